"""The choices of the question on screen, in shown order, with what the user picked.

A multiple-answer question's choices are check boxes (``Qt.CheckStateRole``); once its
keys are revealed each choice reads right, wrong, missed or plain. Its accessible text is
"A: text", and its accessible description says in words what its look shows.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
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
)

from ptquiz_gui.domain.model import Question, QuestionType
from ptquiz_gui.domain.result import Mark, choice_marks

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

LETTERS = "ABCDEFGH"


class ChoiceState(StrEnum):
    NORMAL = "normal"
    SELECTED = "selected"  # picked, key not shown
    KEY = "key"  # the key, revealed, not picked
    CORRECT_PICK = "correct_pick"  # picked and it is the key
    WRONG_PICK = "wrong_pick"  # picked and it is not the key
    MISSED = "missed"  # a key of a multiple-answer question, revealed, not picked


class Roles(IntEnum):
    LETTER = Qt.ItemDataRole.UserRole
    STATE = Qt.ItemDataRole.UserRole + 1
    TAG = Qt.ItemDataRole.UserRole + 2  # words that say what the state means, or ""


_CONTEXT = "ChoiceModel"

TAGS = {
    ChoiceState.NORMAL: "",
    ChoiceState.SELECTED: QT_TRANSLATE_NOOP("ChoiceModel", "● Selected"),
    ChoiceState.KEY: QT_TRANSLATE_NOOP("ChoiceModel", "✓ Correct answer"),
    ChoiceState.CORRECT_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "✓ Your answer, correct"),
    ChoiceState.WRONG_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "✗ Your answer"),
    ChoiceState.MISSED: QT_TRANSLATE_NOOP("ChoiceModel", "✓ Correct answer"),
}
# A multiple-answer question: each ticked box and each key says right, wrong or missed.
MULTIPLE_TAGS = {
    ChoiceState.NORMAL: "",
    ChoiceState.SELECTED: QT_TRANSLATE_NOOP("ChoiceModel", "☑ Ticked"),
    ChoiceState.KEY: QT_TRANSLATE_NOOP("ChoiceModel", "✓ Correct answer"),
    ChoiceState.CORRECT_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "✓ Ticked, right"),
    ChoiceState.WRONG_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "✗ Ticked, wrong"),
    ChoiceState.MISSED: QT_TRANSLATE_NOOP("ChoiceModel", "○ Missed, a right answer"),
}
# What a screen reader says of a revealed choice (its checked state says what was picked).
SPOKEN = {
    ChoiceState.KEY: QT_TRANSLATE_NOOP("ChoiceModel", "Correct answer"),
    ChoiceState.CORRECT_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "Your answer, correct"),
    ChoiceState.WRONG_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "Your answer, wrong"),
}
MULTIPLE_SPOKEN = {
    ChoiceState.KEY: QT_TRANSLATE_NOOP("ChoiceModel", "Correct answer"),
    ChoiceState.CORRECT_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "Ticked, right"),
    ChoiceState.WRONG_PICK: QT_TRANSLATE_NOOP("ChoiceModel", "Ticked, wrong"),
    ChoiceState.MISSED: QT_TRANSLATE_NOOP("ChoiceModel", "Missed, a right answer"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text) if text else ""


def _indexes(value: int | Collection[int] | None) -> frozenset[int]:
    if value is None:
        return frozenset()
    if isinstance(value, int):
        return frozenset({value})
    return frozenset(value)


def choice_letter(shown: int) -> str:
    return LETTERS[shown] if 0 <= shown < len(LETTERS) else str(shown + 1)


class ChoiceModel(QAbstractListModel):
    """``show`` a question: ``selected`` are the shown indexes picked (ticked), ``key`` the
    shown indexes of the keys once they may be revealed (``None`` before). ``multiple``
    makes the rows check boxes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: tuple[str, ...] = ()
        self._selected: frozenset[int] = frozenset()
        self._keys: frozenset[int] | None = None
        self._multiple = False

    def show(
        self,
        choices: Sequence[str],
        selected: int | Collection[int] | None,
        key: int | Collection[int] | None,
        *,
        multiple: bool = False,
    ) -> None:
        picked = _indexes(selected)
        keys = None if key is None else _indexes(key)
        if tuple(choices) != self._choices or multiple != self._multiple:
            self.beginResetModel()
            self._choices = tuple(choices)
            self._selected, self._keys, self._multiple = picked, keys, multiple
            self.endResetModel()
            return
        if (picked, keys) != (self._selected, self._keys):
            self._selected, self._keys = picked, keys
            if self._choices:
                self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))

    @property
    def selected(self) -> int | None:
        """The picked row when exactly one is picked."""
        return next(iter(self._selected)) if len(self._selected) == 1 else None

    @property
    def ticked(self) -> tuple[int, ...]:
        return tuple(sorted(self._selected))

    @property
    def multiple(self) -> bool:
        return self._multiple

    @property
    def revealed(self) -> bool:
        return self._keys is not None

    def state(self, row: int) -> ChoiceState:
        picked = row in self._selected
        if self._keys is None:
            return ChoiceState.SELECTED if picked else ChoiceState.NORMAL
        if row in self._keys:
            if picked:
                return ChoiceState.CORRECT_PICK
            return ChoiceState.MISSED if self._multiple else ChoiceState.KEY
        return ChoiceState.WRONG_PICK if picked else ChoiceState.NORMAL

    def tag(self, row: int) -> str:
        return _tr((MULTIPLE_TAGS if self._multiple else TAGS)[self.state(row)])

    def spoken_state(self, row: int) -> str:
        """The state in words for a screen reader, once revealed ("" before: checked says it)."""
        return _tr((MULTIPLE_SPOKEN if self._multiple else SPOKEN).get(self.state(row), ""))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._multiple:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._choices[row]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{letter}: {choice}").format(letter=choice_letter(row), choice=self._choices[row])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.spoken_state(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            if not self._multiple:
                return None
            return Qt.CheckState.Checked if row in self._selected else Qt.CheckState.Unchecked
        if role == Roles.LETTER:
            return choice_letter(row)
        if role == Roles.STATE:
            return self.state(row)
        if role == Roles.TAG:
            return self.tag(row)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in Roles})
        return names


MARK_WORDS = {
    Mark.RIGHT: QT_TRANSLATE_NOOP("ChoiceModel", "✓ {choice}: right"),
    Mark.WRONG: QT_TRANSLATE_NOOP("ChoiceModel", "✗ {choice}: wrong, not a right answer"),
    Mark.MISSED: QT_TRANSLATE_NOOP("ChoiceModel", "○ {choice}: missed, a right answer"),
    Mark.LEFT_OUT: QT_TRANSLATE_NOOP("ChoiceModel", "· {choice}: left out, not a right answer"),
}


def how_to_answer(question: Question) -> str:
    """What the prompt asks for, shown with it: "Choose 2", "Choose all that apply", "True or false"."""
    if question.type is QuestionType.TRUEFALSE:
        return QCoreApplication.translate("ChoiceModel", "True or false")
    if not question.multiple:
        return ""
    if question.choose:
        return QCoreApplication.translate("ChoiceModel", "Choose {count}").format(count=question.choose)
    return QCoreApplication.translate("ChoiceModel", "Choose all that apply")


def lettered(choices: Sequence[str], shown: int) -> str:
    """A choice as the attempt shows it: "B — text"."""
    return f"{choice_letter(shown)} — {choices[shown]}"


def marked_choices(choices: Sequence[str], keys: Collection[int], picked: Collection[int]) -> list[str]:
    """Every shown choice with its mark, "✓ A — text: right" (indexes in shown order)."""
    marks = choice_marks(keys, picked, len(choices))
    return [_tr(MARK_WORDS[mark]).format(choice=lettered(choices, i)) for i, mark in enumerate(marks)]
