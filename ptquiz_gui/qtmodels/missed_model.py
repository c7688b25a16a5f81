"""The questions missed most often: the prompt in one line, bank, times wrong of times asked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from ptquiz_gui.qtmodels.fixed_table import FixedTableModel, Index
from ptquiz_gui.qtmodels.plain_text import plain_summary, plain_tooltip
from ptquiz_gui.storage.records import MissedQuestion

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


class Column(IntEnum):
    QUESTION = 0
    BANK = 1
    WRONG = 2


HEADERS = {
    Column.QUESTION: QT_TRANSLATE_NOOP("MissedModel", "Question"),
    Column.BANK: QT_TRANSLATE_NOOP("MissedModel", "Bank"),
    Column.WRONG: QT_TRANSLATE_NOOP("MissedModel", "Wrong / asked"),
}


class Roles(IntEnum):
    SORT = Qt.ItemDataRole.UserRole
    BANK_ID = Qt.ItemDataRole.UserRole + 1
    QUESTION_ID = Qt.ItemDataRole.UserRole + 2
    MISSED = Qt.ItemDataRole.UserRole + 3  # the whole MissedQuestion


class MissedModel(FixedTableModel):
    """Rows in the store's order: most wrong first."""

    headers = tuple(HEADERS[c] for c in Column)
    right_aligned = frozenset({Column.WRONG})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MissedQuestion] = []
        self._titles: dict[str, str] = {}

    def set_questions(self, questions: Sequence[MissedQuestion], titles: Mapping[str, str]) -> None:
        """``titles`` maps bank ids to titles; a bank missing from it shows its id."""
        self.beginResetModel()
        self._rows = list(questions)
        self._titles = dict(titles)
        self.endResetModel()

    def question(self, row: int) -> MissedQuestion:
        return self._rows[row]

    def row_total(self) -> int:
        return len(self._rows)

    def bank_title(self, bank_id: str) -> str:
        return self._titles.get(bank_id, bank_id)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        shown = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(shown, str):
            return self.tr(shown)
        return shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.cell_in_range(index):
            return None
        q = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.QUESTION:
                return plain_summary(q.prompt)
            if column is Column.BANK:
                return self.bank_title(q.bank_id)
            return f"{q.times_wrong} / {q.times_asked}"
        if role == Roles.SORT:
            if column is Column.QUESTION:
                return plain_summary(q.prompt).casefold()
            if column is Column.BANK:
                return self.bank_title(q.bank_id).casefold()
            return q.times_wrong
        if role == Roles.BANK_ID:
            return q.bank_id
        if role == Roles.QUESTION_ID:
            return q.question_id
        if role == Roles.MISSED:
            return q
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(q, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    def _tooltip(self, q: MissedQuestion, column: Column) -> str:
        if column is Column.QUESTION:
            body = q.prompt
        elif column is Column.BANK:
            title = self.bank_title(q.bank_id)
            if q.topic:
                body = self.tr("{title} ({bank}), question {question}, topic {topic}").format(
                    title=title, bank=q.bank_id, question=q.question_id, topic=q.topic
                )
            else:
                body = self.tr("{title} ({bank}), question {question}").format(
                    title=title, bank=q.bank_id, question=q.question_id
                )
        else:
            asked = self.tr("Wrong or unanswered {wrong} of %Ln times", "", q.times_asked)
            body = asked.format(wrong=q.times_wrong)
        return plain_tooltip(body)
