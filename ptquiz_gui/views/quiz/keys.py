"""The quiz screen's keyboard contract, apart from the widgets it drives.

1–9 or A–H choose (F is always the flag key, so a sixth choice is chosen with 6); on a
multiple-answer question they tick or un-tick the choice instead. Enter checks the answer
in practice, then moves on (in an exam it moves on); Left/Right and
PgUp/PgDn move; F flags; P pauses a practice; Ctrl+Enter finishes after a confirmation;
Esc asks whether to leave (the attempt stays resumable). A child that takes focus passes
these keys on, except keys it needs itself: arrows inside the choice list and the
navigator, Enter on a navigator cell, Space on a button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.choice_model import LETTERS
from ptquiz_gui.views.key_table import Screen, hint_line
from ptquiz_gui.views.quiz.choice_list import ChoiceButton, ChoiceListView
from ptquiz_gui.views.quiz.navigator import NavigatorView

FLAG_KEY = Qt.Key.Key_F
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
CHOICE_LIST_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End})
NAVIGATOR_KEYS = CHOICE_LIST_KEYS | ENTER_KEYS | {Qt.Key.Key_Left, Qt.Key.Key_Right}
BUTTON_KEYS = frozenset({Qt.Key.Key_Space})


class Source(Enum):
    """Where a key press came from, as far as the contract cares."""

    PAGE = auto()
    CHOICE_LIST = auto()
    NAVIGATOR = auto()
    BUTTON = auto()


class Action(Enum):
    FINISH = auto()
    LEAVE = auto()
    PAUSE = auto()
    ENTER = auto()
    PREVIOUS = auto()
    NEXT = auto()
    FLAG = auto()
    CHOOSE = auto()


@dataclass(frozen=True, slots=True)
class KeyCommand:
    action: Action
    choice: int = 0  # for CHOOSE: the shown position, 0-based


_OWN_KEYS = {
    Source.PAGE: frozenset[Qt.Key](),
    Source.CHOICE_LIST: CHOICE_LIST_KEYS,
    Source.NAVIGATOR: NAVIGATOR_KEYS,
    Source.BUTTON: BUTTON_KEYS,
}


def command_for(key: int, modifiers: Qt.KeyboardModifier, source: Source, paused: bool) -> KeyCommand | None:
    """What a key press asks of the quiz screen; None leaves the key to the widget."""
    modifiers &= ~Qt.KeyboardModifier.KeypadModifier
    if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.ControlModifier:
        return KeyCommand(Action.FINISH)
    if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
        return None
    if key == Qt.Key.Key_Escape:
        return KeyCommand(Action.LEAVE)
    if key == Qt.Key.Key_P:
        return KeyCommand(Action.PAUSE)
    if paused or key in _OWN_KEYS[source]:
        return None
    if key in ENTER_KEYS:
        return KeyCommand(Action.ENTER)
    if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
        return KeyCommand(Action.PREVIOUS)
    if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        return KeyCommand(Action.NEXT)
    if key == FLAG_KEY:
        return KeyCommand(Action.FLAG)
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return KeyCommand(Action.CHOOSE, key - Qt.Key.Key_1)
    if Qt.Key.Key_A <= key <= Qt.Key.Key_H:
        return KeyCommand(Action.CHOOSE, key - Qt.Key.Key_A)
    return None


def choice_keys_hint(count: int) -> str:
    """The keys that choose among ``count`` choices, e.g. "1–4 / A–D"; F is never one."""
    letters = [letter for letter in LETTERS[:count] if letter != "F"]
    spans: list[str] = []
    run = [letters[0]] if letters else []
    for letter in letters[1:]:
        if ord(letter) == ord(run[-1]) + 1:
            run.append(letter)
        else:
            spans.append(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}")
            run = [letter]
    if run:
        spans.append(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}")
    return f"1–{count} / {', '.join(spans)}"


def key_hints(mode: Mode, choices: int, multiple: bool = False, *, paused: bool = False) -> str:
    """The quiz screen's hint line, from the one key table (while paused, the keys that work then)."""
    tick = QCoreApplication.translate("quiz_keys", "tick") if multiple else ""
    return hint_line(Screen.QUIZ, mode, choice_keys_hint(choices), tick, paused=paused)


def source_of(widget: QObject | None) -> Source:
    if isinstance(widget, (ChoiceListView, ChoiceButton)):
        return Source.CHOICE_LIST
    if isinstance(widget, NavigatorView):
        return Source.NAVIGATOR
    if isinstance(widget, QAbstractButton):
        return Source.BUTTON
    return Source.PAGE


class KeyRouter(QObject):
    """Hands each key of the contract, pressed on the page or on a child it filters, to ``run``.

    ``paused`` says whether the attempt is paused, or None when no attempt takes keys.
    """

    def __init__(
        self, parent: QObject, paused: Callable[[], bool | None], run: Callable[[KeyCommand], None]
    ) -> None:
        super().__init__(parent)
        self._paused = paused
        self._run = run

    def handle(self, event: QKeyEvent, source: QObject | None) -> bool:
        """Whether the key was the contract's (and was run)."""
        paused = self._paused()
        if paused is None:
            return False
        command = command_for(event.key(), event.modifiers(), source_of(source), paused)
        if command is None:
            return False
        self._run(command)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle(event, watched)
        return super().eventFilter(watched, event)
