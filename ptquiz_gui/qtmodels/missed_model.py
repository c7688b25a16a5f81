"""The questions missed most often: first line of the prompt, bank, times wrong of times asked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ptquiz_gui.qtmodels.plain_text import plain_tooltip
from ptquiz_gui.storage.records import MissedQuestion

_Index = QModelIndex | QPersistentModelIndex

FIRST_LINE_LIMIT = 140


class Column(IntEnum):
    QUESTION = 0
    BANK = 1
    WRONG = 2


HEADERS = {
    Column.QUESTION: "Question",
    Column.BANK: "Bank",
    Column.WRONG: "Wrong / asked",
}


class Roles(IntEnum):
    SORT = Qt.ItemDataRole.UserRole
    BANK_ID = Qt.ItemDataRole.UserRole + 1
    QUESTION_ID = Qt.ItemDataRole.UserRole + 2
    MISSED = Qt.ItemDataRole.UserRole + 3  # the whole MissedQuestion


def first_line(prompt: str, limit: int = FIRST_LINE_LIMIT) -> str:
    """The first line of a prompt that says something (code fences and blank lines skipped)."""
    for line in prompt.splitlines():
        text = line.strip()
        if text and not text.startswith(("```", "~~~")):
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


class MissedModel(QAbstractTableModel):
    """Rows in the store's order: most wrong first."""

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

    def bank_title(self, bank_id: str) -> str:
        return self._titles.get(bank_id, bank_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.WRONG:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        q = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.QUESTION:
                return first_line(q.prompt)
            if column is Column.BANK:
                return self.bank_title(q.bank_id)
            return f"{q.times_wrong} / {q.times_asked}"
        if role == Roles.SORT:
            if column is Column.QUESTION:
                return first_line(q.prompt).casefold()
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.WRONG:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, q: MissedQuestion, column: Column) -> str:
        if column is Column.QUESTION:
            body = q.prompt
        elif column is Column.BANK:
            body = f"{self.bank_title(q.bank_id)} ({q.bank_id}), question {q.question_id}"
            if q.topic:
                body += f", topic {q.topic}"
        else:
            body = f"Wrong or unanswered {q.times_wrong} of {q.times_asked} times"
        return plain_tooltip(body)
