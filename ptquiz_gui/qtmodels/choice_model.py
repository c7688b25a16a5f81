"""The choices of the question on screen, in shown order, with what the user picked."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

LETTERS = "ABCDEFGH"


class ChoiceState(StrEnum):
    NORMAL = "normal"
    SELECTED = "selected"  # picked, key not shown
    KEY = "key"  # the key, revealed, not picked
    CORRECT_PICK = "correct_pick"  # picked and it is the key
    WRONG_PICK = "wrong_pick"  # picked and it is not the key


class Roles(IntEnum):
    LETTER = Qt.ItemDataRole.UserRole
    STATE = Qt.ItemDataRole.UserRole + 1
    TAG = Qt.ItemDataRole.UserRole + 2  # words that say what the state means, or ""


TAGS = {
    ChoiceState.NORMAL: "",
    ChoiceState.SELECTED: "● Selected",
    ChoiceState.KEY: "✓ Correct answer",
    ChoiceState.CORRECT_PICK: "✓ Your answer, correct",
    ChoiceState.WRONG_PICK: "✗ Your answer",
}


def choice_letter(shown: int) -> str:
    return LETTERS[shown] if 0 <= shown < len(LETTERS) else str(shown + 1)


class ChoiceModel(QAbstractListModel):
    """``show`` a question; ``key`` is the shown index of the key once it may be revealed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: tuple[str, ...] = ()
        self._selected: int | None = None
        self._key: int | None = None

    def show(self, choices: Sequence[str], selected: int | None, key: int | None) -> None:
        if tuple(choices) != self._choices:
            self.beginResetModel()
            self._choices = tuple(choices)
            self._selected, self._key = selected, key
            self.endResetModel()
            return
        if (selected, key) != (self._selected, self._key):
            self._selected, self._key = selected, key
            if self._choices:
                self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))

    @property
    def selected(self) -> int | None:
        return self._selected

    @property
    def revealed(self) -> bool:
        return self._key is not None

    def state(self, row: int) -> ChoiceState:
        picked = row == self._selected
        if self._key is None:
            return ChoiceState.SELECTED if picked else ChoiceState.NORMAL
        if row == self._key:
            return ChoiceState.CORRECT_PICK if picked else ChoiceState.KEY
        return ChoiceState.WRONG_PICK if picked else ChoiceState.NORMAL

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._choices[row]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = [f"{choice_letter(row)}: {self._choices[row]}"]
            tag = TAGS[self.state(row)]
            if tag:
                words.append(tag.lstrip("●✓✗ ").lower())
            return ". ".join(words)
        if role == Roles.LETTER:
            return choice_letter(row)
        if role == Roles.STATE:
            return self.state(row)
        if role == Roles.TAG:
            return TAGS[self.state(row)]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in Roles})
        return names
