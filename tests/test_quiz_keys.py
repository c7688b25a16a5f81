"""The quiz keyboard contract as a table: which key, from where, asks for what."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ptquiz_gui.views.quiz.keys import Action, KeyCommand, Source, command_for

K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


@pytest.mark.parametrize(
    ("key", "modifiers", "expected"),
    [
        (K.Key_1, NONE, KeyCommand(Action.CHOOSE, 0)),
        (K.Key_9, NONE, KeyCommand(Action.CHOOSE, 8)),
        (K.Key_A, NONE, KeyCommand(Action.CHOOSE, 0)),
        (K.Key_E, SHIFT, KeyCommand(Action.CHOOSE, 4)),
        (K.Key_G, NONE, KeyCommand(Action.CHOOSE, 6)),
        (K.Key_H, NONE, KeyCommand(Action.CHOOSE, 7)),
        (K.Key_F, NONE, KeyCommand(Action.FLAG)),
        (K.Key_I, NONE, None),
        (K.Key_Return, NONE, KeyCommand(Action.ENTER)),
        (K.Key_Enter, KEYPAD, KeyCommand(Action.ENTER)),
        (K.Key_Return, CTRL, KeyCommand(Action.FINISH)),
        (K.Key_Enter, CTRL | KEYPAD, KeyCommand(Action.FINISH)),
        (K.Key_Left, NONE, KeyCommand(Action.PREVIOUS)),
        (K.Key_PageUp, NONE, KeyCommand(Action.PREVIOUS)),
        (K.Key_Right, NONE, KeyCommand(Action.NEXT)),
        (K.Key_PageDown, NONE, KeyCommand(Action.NEXT)),
        (K.Key_P, NONE, KeyCommand(Action.PAUSE)),
        (K.Key_Escape, NONE, KeyCommand(Action.LEAVE)),
        (K.Key_1, CTRL, None),
        (K.Key_F, Qt.KeyboardModifier.AltModifier, None),
    ],
)
def test_keys_on_the_page(key: Qt.Key, modifiers: Qt.KeyboardModifier, expected: KeyCommand | None) -> None:
    assert command_for(key, modifiers, Source.PAGE, paused=False) == expected


def test_a_paused_attempt_hears_only_pause_leave_and_finish() -> None:
    heard = {
        key: command_for(key, NONE, Source.PAGE, paused=True)
        for key in (K.Key_1, K.Key_A, K.Key_F, K.Key_Return, K.Key_Right, K.Key_P, K.Key_Escape)
    }
    assert {key for key, command in heard.items() if command is not None} == {K.Key_P, K.Key_Escape}
    assert command_for(K.Key_Return, CTRL, Source.PAGE, paused=True) == KeyCommand(Action.FINISH)


@pytest.mark.parametrize(
    ("source", "own", "passed_on"),
    [
        (
            Source.CHOICE_LIST,
            [K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End],
            [K.Key_Left, K.Key_Return, K.Key_2],
        ),
        (
            Source.NAVIGATOR,
            [K.Key_Left, K.Key_Right, K.Key_Return, K.Key_Up],
            [K.Key_PageDown, K.Key_F, K.Key_3],
        ),
        (Source.BUTTON, [K.Key_Space], [K.Key_Return, K.Key_Right, K.Key_1]),
    ],
)
def test_a_focused_child_keeps_its_own_keys_and_passes_the_rest(
    source: Source, own: list[Qt.Key], passed_on: list[Qt.Key]
) -> None:
    assert [command_for(key, NONE, source, paused=False) for key in own] == [None] * len(own)
    assert all(command_for(key, NONE, source, paused=False) is not None for key in passed_on)
    assert command_for(K.Key_Escape, NONE, source, paused=False) == KeyCommand(Action.LEAVE)
