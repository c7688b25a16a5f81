"""The library: one row per loaded bank, with the user's best score and last attempt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from ptquiz_gui.domain.model import Bank, BankSource
from ptquiz_gui.qtmodels.fixed_table import FixedTableModel, Index
from ptquiz_gui.qtmodels.plain_text import plain_tooltip


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    bank: Bank
    best_percent: float | None = None
    last_attempt: datetime | None = None
    attempts: int = 0


class Column(IntEnum):
    TITLE = 0
    TOPICS = 1
    QUESTIONS = 2
    TIME_LIMIT = 3
    BEST = 4
    LAST = 5


HEADERS = {
    Column.TITLE: "Title",
    Column.TOPICS: "Topics",
    Column.QUESTIONS: "Questions",
    Column.TIME_LIMIT: "Time limit",
    Column.BEST: "Best score",
    Column.LAST: "Last attempt",
}


class Roles(IntEnum):
    SORT = Qt.ItemDataRole.UserRole
    BANK_ID = Qt.ItemDataRole.UserRole + 1
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
    ENTRY = Qt.ItemDataRole.UserRole + 3


def format_minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" if not rest else f"{minutes} min {rest} s"


class LibraryModel(FixedTableModel):
    headers = tuple(HEADERS[c] for c in Column)
    right_aligned = frozenset({Column.QUESTIONS, Column.TIME_LIMIT, Column.BEST})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []

    def set_entries(self, entries: Sequence[LibraryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._entries)

    def entry(self, row: int) -> LibraryEntry:
        return self._entries[row]

    def row_of(self, bank_id: str) -> int:
        for row, e in enumerate(self._entries):
            if e.bank.id == bank_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.cell_in_range(index):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Roles.SORT:
            return self._sort_key(entry, column)
        if role == Roles.BANK_ID:
            return entry.bank.id
        if role == Roles.SEARCH_TEXT:
            b = entry.bank
            return " ".join((b.id, b.title, b.description, " ".join(b.topics))).casefold()
        if role == Roles.ENTRY:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            where = "bundled with ptquiz" if entry.bank.source is BankSource.BUNDLED else str(entry.bank.path)
            return plain_tooltip(f"{entry.bank.title}\n{entry.bank.id} — {where}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    @staticmethod
    def _display(entry: LibraryEntry, column: Column) -> str:
        bank = entry.bank
        if column is Column.TITLE:
            return bank.title
        if column is Column.TOPICS:
            return ", ".join(bank.topics)
        if column is Column.QUESTIONS:
            return str(len(bank.questions))
        if column is Column.TIME_LIMIT:
            return format_minutes(bank.effective_time_limit)
        if column is Column.BEST:
            return "—" if entry.best_percent is None else f"{entry.best_percent:.0f}%"
        if entry.last_attempt is None:
            return "never"
        return entry.last_attempt.astimezone().strftime("%Y-%m-%d %H:%M")

    @staticmethod
    def _sort_key(entry: LibraryEntry, column: Column) -> object:
        bank = entry.bank
        if column is Column.TITLE:
            return bank.title.casefold()
        if column is Column.TOPICS:
            return ", ".join(bank.topics).casefold()
        if column is Column.QUESTIONS:
            return len(bank.questions)
        if column is Column.TIME_LIMIT:
            return bank.effective_time_limit
        if column is Column.BEST:
            return -1.0 if entry.best_percent is None else entry.best_percent
        return entry.last_attempt.timestamp() if entry.last_attempt else 0.0


class LibraryFilterProxy(QSortFilterProxyModel):
    """Matches every word of the search box against title, id, topics and description."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Roles.SORT)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(Roles.SEARCH_TEXT) or "")
        return all(word in haystack for word in self._words)
