"""One cell per question of a running attempt: answered, flagged, current, right or wrong."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.scoring import exact_score

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class NavState(StrEnum):
    UNANSWERED = "unanswered"
    ANSWERED = "answered"  # committed, key not shown (exam)
    CORRECT = "correct"  # committed and revealed right (practice)
    WRONG = "wrong"  # committed and revealed wrong (practice)


class Roles(IntEnum):
    STATE = Qt.ItemDataRole.UserRole
    FLAGGED = Qt.ItemDataRole.UserRole + 1
    CURRENT = Qt.ItemDataRole.UserRole + 2
    POSITION = Qt.ItemDataRole.UserRole + 3


_DESCRIBED = [int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole)]
_CURRENT_ROLES = [int(Roles.CURRENT), *_DESCRIBED]
_STATE_ROLES = [int(Roles.STATE), *_DESCRIBED]
_FLAG_ROLES = [int(Roles.FLAGGED), *_DESCRIBED]

_STATE_WORDS = {
    NavState.UNANSWERED: QT_TRANSLATE_NOOP("NavigatorModel", "not answered"),
    NavState.ANSWERED: QT_TRANSLATE_NOOP("NavigatorModel", "answered"),
    NavState.CORRECT: QT_TRANSLATE_NOOP("NavigatorModel", "answered correctly"),
    NavState.WRONG: QT_TRANSLATE_NOOP("NavigatorModel", "answered wrongly"),
}


def nav_state(attempt: Attempt, position: int) -> NavState:
    answer = attempt.answers[position]
    if not answer.answered:
        return NavState.UNANSWERED
    if not attempt.is_revealed(position):
        return NavState.ANSWERED
    points = exact_score(attempt.plan.items[position].question, answer.choices)
    return NavState.CORRECT if points == 1 else NavState.WRONG  # partly right is not right


class NavigatorModel(QAbstractListModel):
    """Reads the attempt on every ``data`` call.

    The quiz page connects the session's signals to the slots below, and each one tells
    views about the rows and roles it changed, never the whole list.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attempt: Attempt | None = None
        self._current = -1

    def set_attempt(self, attempt: Attempt | None) -> None:
        self.beginResetModel()
        self._attempt = attempt
        self._current = -1 if attempt is None else attempt.current
        self.endResetModel()

    @Slot(int)
    def current_moved(self, position: int) -> None:
        """The attempt's current question is now ``position``: both the old and new cells change."""
        previous, self._current = self._current, position
        for row in {previous, position}:
            self._emit_changed(row, _CURRENT_ROLES)

    @Slot(int)
    def answer_changed(self, position: int) -> None:
        self._emit_changed(position, _STATE_ROLES)

    @Slot(int)
    def flag_changed(self, position: int) -> None:
        self._emit_changed(position, _FLAG_ROLES)

    def _emit_changed(self, row: int, roles: list[int]) -> None:
        if 0 <= row < self.rowCount():
            index = self.index(row)
            self.dataChanged.emit(index, index, roles)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() or self._attempt is None:
            return 0
        return self._attempt.size

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        attempt = self._attempt
        if attempt is None or not index.isValid() or not 0 <= index.row() < attempt.size:
            return None
        position = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(position + 1)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(attempt, position)
        if role == Roles.STATE:
            return nav_state(attempt, position)
        if role == Roles.FLAGGED:
            return attempt.answers[position].flagged
        if role == Roles.CURRENT:
            return position == attempt.current
        if role == Roles.POSITION:
            return position
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in Roles})
        return names

    def _describe(self, attempt: Attempt, position: int) -> str:
        """"Question 3, answered wrongly, flagged, current": what the cell's look shows, in words."""
        state = _STATE_WORDS[nav_state(attempt, position)]
        words = [
            self.tr("Question {number}").format(number=position + 1),
            QCoreApplication.translate("NavigatorModel", state),
        ]
        if attempt.answers[position].flagged:
            words.append(self.tr("flagged"))
        if position == attempt.current:
            words.append(self.tr("current"))
        return ", ".join(words)
