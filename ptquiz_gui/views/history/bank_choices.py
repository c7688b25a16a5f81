"""Which banks the history screen offers to filter by: loaded banks and banks found in the history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ptquiz_gui.domain.model import LoadResult
from ptquiz_gui.domain.plan import MISSED_BANK_ID, MIXED_BANK_ID, REVIEW_BANK_ID
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import HistoryFilter, HistorySort

PSEUDO_BANKS = {  # English sources, listed translated
    MIXED_BANK_ID: str(QT_TRANSLATE_NOOP("bank_choices", "Mixed exams")),
    REVIEW_BANK_ID: str(QT_TRANSLATE_NOOP("bank_choices", "Spaced review")),
    MISSED_BANK_ID: str(QT_TRANSLATE_NOOP("bank_choices", "Most missed practice")),
}
DEFAULT_PASS_MARK = 70


@dataclass(frozen=True, slots=True)
class BankChoice:
    bank_id: str
    title: str
    pass_mark: int
    pseudo: bool = False  # mixed exams, spaced review, most missed: no single bank behind it


def bank_choices(reader: HistoryReader, library: LoadResult) -> list[BankChoice]:
    """Loaded banks, then banks that are only in the history (removed or renamed files),
    by title; mixed exams and spaced review last, when the history has any.

    Raises ``StorageError`` when the history cannot be read.
    """
    found: dict[str, BankChoice] = {b.id: BankChoice(b.id, b.title, b.pass_mark) for b in library.banks}
    in_history = set(reader.best_by_bank())
    in_history.update(s.bank_id for s in reader.unfinished())
    for bank_id in sorted(in_history - found.keys() - PSEUDO_BANKS.keys()):
        latest = reader.list_attempts(HistoryFilter(bank_id=bank_id), HistorySort(), 0, 1)
        if latest:
            found[bank_id] = BankChoice(bank_id, latest[0].title, latest[0].pass_mark)
    ordered = sorted(found.values(), key=lambda c: (c.title.casefold(), c.bank_id))
    for bank_id, title in PSEUDO_BANKS.items():
        if reader.count_attempts(HistoryFilter(bank_id=bank_id)):
            shown = QCoreApplication.translate("bank_choices", title)
            ordered.append(BankChoice(bank_id, shown, DEFAULT_PASS_MARK, pseudo=True))
    return ordered
