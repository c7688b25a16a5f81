"""Every key each screen answers to, in one table.

The hint line under each screen and Help → Keyboard shortcuts are both made from it, so
they cannot disagree. The README's keyboard table names the same keys (a test checks it).
The menus' shortcuts live on their actions; the shortcuts dialog reads them from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ptquiz_gui.domain.plan import Mode

CHOICE_KEYS = "1–9 or A–H"  # on a quiz's hint line, the keys of the question's own choices
SEPARATOR = " · "


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

    def described(self) -> str:
        """What it does, with the mode it belongs to, as the dialog says it."""
        if self.mode is None:
            return self.does
        return f"{'In practice' if self.mode is Mode.PRACTICE else 'In an exam'}: {self.does}"


KEYS: dict[Screen, tuple[Shortcut, ...]] = {
    Screen.LIBRARY: (
        Shortcut("Ctrl+F", "search the banks", "search"),
        Shortcut("↑ ↓", "choose a bank", "choose", "↑/↓"),
        Shortcut("Enter", "start the selected bank in practice", "practice"),
        Shortcut("Ctrl+E", "start the selected bank as an exam", "exam"),
        Shortcut("Ctrl+R", "review the questions that are due", "review"),
        Shortcut("Ctrl+H", "open the history", "history"),
    ),
    Screen.QUIZ: (
        Shortcut(
            CHOICE_KEYS,
            "choose a choice, or tick one on a multiple-answer question (F always flags, so the sixth "
            "choice is 6)",
            "choose",
        ),
        Shortcut(
            "Enter",
            "check the answer and show the reasoning, then go to the next question",
            "check / next",
            mode=Mode.PRACTICE,
        ),
        Shortcut("Enter", "go to the next question", "next", mode=Mode.EXAM),
        Shortcut("← →, PgUp PgDn", "previous / next question", "move", "←/→"),
        Shortcut("F", "flag or unflag the question", "flag"),
        Shortcut("P", "pause or resume", "pause", mode=Mode.PRACTICE),
        Shortcut("Ctrl+Enter", "finish the attempt (Enter confirms)", "finish", mode=Mode.PRACTICE),
        Shortcut("Ctrl+Enter", "submit the exam (Enter confirms)", "submit", mode=Mode.EXAM),
        Shortcut("Esc", "leave; the attempt stays resumable", "leave"),
    ),
    Screen.RESULTS: (
        Shortcut("1–4", "show all, wrong, flagged or unanswered questions", "filter"),
        Shortcut("↑ ↓", "walk the questions under review", "questions", "↑/↓"),
        Shortcut("R", "retry the questions answered wrongly or left unanswered", "retry wrong or unanswered"),
        Shortcut("Esc", "back to the library (to History for a past attempt)", "back"),
    ),
    Screen.HISTORY: (
        Shortcut("Enter", "open the selected attempt (on Most missed: the selected question)", "open"),
        Shortcut("Delete", "delete the selected attempt", "remove"),
        Shortcut("Ctrl+1, Ctrl+2, Ctrl+3", "show the Attempts, Progress or Most missed tab"),
        Shortcut("Alt+P", "on Most missed: practise the listed questions"),
        Shortcut("Esc", "back to the library", "back to library"),
    ),
}


def hint_line(screen: Screen, mode: Mode | None = None, choice_keys: str = "", choice_hint: str = "") -> str:
    """The keys a screen shows under its content, e.g. "Ctrl+F search · ↑/↓ choose · …".

    On the quiz screen ``mode`` picks the practice or exam keys, ``choice_keys`` names the
    keys of the question's own choices ("1–4 / A–D") in place of all of them, and
    ``choice_hint`` says what they do when it is not "choose" ("tick").
    """
    parts = []
    for shortcut in KEYS[screen]:
        if not shortcut.hint or (shortcut.mode is not None and shortcut.mode is not mode):
            continue
        keys = shortcut.hint_keys or shortcut.keys
        hint = shortcut.hint
        if shortcut.keys == CHOICE_KEYS:
            keys, hint = choice_keys or keys, choice_hint or hint
        parts.append(f"{keys} {hint}")
    return SEPARATOR.join(parts)
