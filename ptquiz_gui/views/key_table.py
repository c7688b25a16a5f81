"""Every key each screen answers to, in one table.

The hint line under each screen and Help → Keyboard shortcuts are both made from it, so
they cannot disagree. The README's keyboard table names the same keys (a test checks it).
The menus' shortcuts live on their actions; the shortcuts dialog reads them from there.

The table holds English; ``shown_keys``, ``described`` and ``hint_line`` give the window's
language (keys are translated too: German writes "Strg+F" and "Entf").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt_kinds import Mode

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "key_table"
# on a quiz's hint line, the keys of the question's own choices take their place
CHOICE_KEYS = QT_TRANSLATE_NOOP("key_table", "1–9 or A–H")


def _shown(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


class Screen(Enum):
    LIBRARY = "Library"
    QUIZ = "Quiz"
    RESULTS = "Results"
    HISTORY = "History"


@dataclass(frozen=True, slots=True)
class Shortcut:
    keys: str  # as Help → Keyboard shortcuts writes them
    does: str
    hint: str = ""  # its word on the screen's hint line; empty: the dialog lists it, the line does not
    hint_keys: str = ""  # the keys as the hint line writes them, when shorter than ``keys``
    mode: Mode | None = None  # on the quiz screen: only in practice, or only in an exam

    def shown_keys(self) -> str:
        """The keys in the window's language, as the dialog writes them."""
        return _shown(self.keys)

    def described(self) -> str:
        """What it does, in the window's language, with the mode it belongs to, as the dialog says it."""
        does = _shown(self.does)
        if self.mode is None:
            return does
        if self.mode is Mode.PRACTICE:
            return QCoreApplication.translate("key_table", "In practice: {action}").format(action=does)
        return QCoreApplication.translate("key_table", "In an exam: {action}").format(action=does)


KEYS: dict[Screen, tuple[Shortcut, ...]] = {
    Screen.LIBRARY: (
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+F"),
            QT_TRANSLATE_NOOP("key_table", "search the banks"),
            QT_TRANSLATE_NOOP("key_table", "search"),
        ),
        Shortcut(
            "↑ ↓",
            QT_TRANSLATE_NOOP("key_table", "choose a bank"),
            QT_TRANSLATE_NOOP("key_table", "choose"),
            "↑/↓",
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Enter"),
            QT_TRANSLATE_NOOP("key_table", "start the selected bank in practice"),
            QT_TRANSLATE_NOOP("key_table", "practice"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+E"),
            QT_TRANSLATE_NOOP("key_table", "start the selected bank as an exam"),
            QT_TRANSLATE_NOOP("key_table", "exam"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+R"),
            QT_TRANSLATE_NOOP("key_table", "review the questions that are due"),
            QT_TRANSLATE_NOOP("key_table", "review"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+H"),
            QT_TRANSLATE_NOOP("key_table", "open the history"),
            QT_TRANSLATE_NOOP("key_table", "history"),
        ),
    ),
    Screen.QUIZ: (
        Shortcut(
            CHOICE_KEYS,
            QT_TRANSLATE_NOOP(
                "key_table",
                "choose a choice, or tick one on a multiple-answer question (F always flags, so the sixth "
                "choice is 6)",
            ),
            QT_TRANSLATE_NOOP("key_table", "choose"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Enter"),
            QT_TRANSLATE_NOOP(
                "key_table", "check the answer and show the reasoning, then go to the next question"
            ),
            QT_TRANSLATE_NOOP("key_table", "check / next"),
            mode=Mode.PRACTICE,
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Enter"),
            QT_TRANSLATE_NOOP("key_table", "go to the next question"),
            QT_TRANSLATE_NOOP("key_table", "next"),
            mode=Mode.EXAM,
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "← →, PgUp PgDn"),
            QT_TRANSLATE_NOOP("key_table", "previous / next question"),
            QT_TRANSLATE_NOOP("key_table", "move"),
            "←/→",
        ),
        Shortcut(
            "F",
            QT_TRANSLATE_NOOP("key_table", "flag or unflag the question"),
            QT_TRANSLATE_NOOP("key_table", "flag"),
        ),
        Shortcut(
            "P",
            QT_TRANSLATE_NOOP("key_table", "pause or resume"),
            QT_TRANSLATE_NOOP("key_table", "pause"),
            mode=Mode.PRACTICE,
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+Enter"),
            QT_TRANSLATE_NOOP("key_table", "finish the attempt (Enter confirms)"),
            QT_TRANSLATE_NOOP("key_table", "finish"),
            mode=Mode.PRACTICE,
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+Enter"),
            QT_TRANSLATE_NOOP("key_table", "submit the exam (Enter confirms)"),
            QT_TRANSLATE_NOOP("key_table", "submit"),
            mode=Mode.EXAM,
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Esc"),
            QT_TRANSLATE_NOOP("key_table", "leave; the attempt stays resumable"),
            QT_TRANSLATE_NOOP("key_table", "leave"),
        ),
    ),
    Screen.RESULTS: (
        Shortcut(
            "1–4",
            QT_TRANSLATE_NOOP("key_table", "show all, wrong, flagged or unanswered questions"),
            QT_TRANSLATE_NOOP("key_table", "filter"),
        ),
        Shortcut(
            "↑ ↓",
            QT_TRANSLATE_NOOP("key_table", "walk the questions under review"),
            QT_TRANSLATE_NOOP("key_table", "questions"),
            "↑/↓",
        ),
        Shortcut(
            "R",
            QT_TRANSLATE_NOOP("key_table", "retry the questions answered wrongly or left unanswered"),
            QT_TRANSLATE_NOOP("key_table", "retry wrong or unanswered"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Esc"),
            QT_TRANSLATE_NOOP("key_table", "back to the library (to History for a past attempt)"),
            QT_TRANSLATE_NOOP("key_table", "back"),
        ),
    ),
    Screen.HISTORY: (
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Enter"),
            QT_TRANSLATE_NOOP(
                "key_table", "open the selected attempt (on Most missed: the selected question)"
            ),
            QT_TRANSLATE_NOOP("key_table", "open"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Delete"),
            QT_TRANSLATE_NOOP("key_table", "delete the selected attempt"),
            QT_TRANSLATE_NOOP("key_table", "remove"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4"),
            QT_TRANSLATE_NOOP("key_table", "show the Attempts, Progress, Most missed or Spaced review tab"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Alt+P"),
            QT_TRANSLATE_NOOP("key_table", "on Most missed: practise the listed questions"),
        ),
        Shortcut(
            QT_TRANSLATE_NOOP("key_table", "Esc"),
            QT_TRANSLATE_NOOP("key_table", "back to the library"),
            QT_TRANSLATE_NOOP("key_table", "back to library"),
        ),
    ),
}


# The keys a paused attempt still hears (``views.quiz.keys``): P resumes it, and it may be
# finished or left; the hint line then names only these.
_PAUSED_KEYS = frozenset({"P", "Ctrl+Enter", "Esc"})


def hint_line(
    screen: Screen,
    mode: Mode | None = None,
    choice_keys: str = "",
    choice_hint: str = "",
    *,
    paused: bool = False,
) -> str:
    """The keys a screen shows under its content, translated: "Ctrl+F search · ↑/↓ choose · …".

    On the quiz screen ``mode`` picks the practice or exam keys, ``choice_keys`` names the
    keys of the question's own choices ("1–4 / A–D") in place of all of them, and
    ``choice_hint`` says what they do when it is not "choose" ("tick"); both come translated.
    ``paused``: the keys a paused attempt hears, P as "resume".
    """
    parts = []
    for shortcut in KEYS[screen]:
        if not shortcut.hint or (shortcut.mode is not None and shortcut.mode is not mode):
            continue
        if paused and shortcut.keys not in _PAUSED_KEYS:
            continue
        keys = _shown(shortcut.hint_keys) or shortcut.shown_keys()
        hint = _shown(shortcut.hint)
        if paused and shortcut.keys == "P":
            hint = QCoreApplication.translate("key_table", "resume")
        if shortcut.keys == CHOICE_KEYS:
            keys, hint = choice_keys or keys, choice_hint or hint
        parts.append(f"{keys} {hint}")
    return display.parts_line(parts)  # it breaks between two keys' hints, never inside one
