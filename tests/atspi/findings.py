"""What the walk through the app found, requirement by requirement.

The walk runs once and checks many requirements on the way; each test in tests/test_atspi.py
then asserts one of them. A requirement the walk never reached fails too, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# One key per requirement of the issue that a test asserts.
LIBRARY_NAMED = "library: every control has a name"
LIBRARY_TABLE = "library: the bank table exposes its cells with their column headers"
LIBRARY_SEARCH_CLEAR = "library: the search box's clear button has a name and clears"
LIBRARY_SELECT = "library: a bank selected through AT-SPI becomes current and the details follow"
QUIZ_NAMED = "quiz: every control has a name, the page is no unnamed focus stop"
QUIZ_PAUSE_FOCUS = "quiz: Pause leaves the focus on a named node"
QUIZ_CHOICE_ROLES = "quiz: choices are radio buttons or check boxes with a checked state"
QUIZ_CHOICE_ACTION = "quiz: an AT-SPI action on a choice picks it"
QUIZ_FLAG_ACTION = "quiz: every action of the Flag control flags the question"
QUIZ_NAVIGATOR = "quiz: a navigator cell's action opens its question"
QUIZ_STATE_WORDS = "quiz: answered, flagged, right, wrong and current are said in words"
QUIZ_VERDICT = "quiz: the verdict is spoken after checking, and the explanation can be read"
QUIZ_NEXT_PROMPT = "quiz: moving on speaks the new question"
QUIZ_FOCUS_NEXT = "quiz: moving on puts the keyboard focus on the new question's choices"
QUIZ_STATUS = "quiz: status-line messages reach the bus"
QUIZ_MARKERS = "quiz: no U+FDD0/U+FDD1 frame markers in any text"
NO_HTML = "every page: no raw HTML in names or descriptions"
QUIZ_BY_ACTIONS = "quiz: taken through AT-SPI actions alone, start to results"
DIALOGS_NAMED = "dialogs: every control has a name"
DIALOGS_REPLY = "dialogs: an action that opens a dialog answers at once, not when the dialog closes"
RESULTS_NAMED = "results: every control has a name, the page is no unnamed focus stop"
RESULTS_ANSWERS = "results: the review exposes the answers given and the correct ones"
RESULTS_TAB = "results: Tab leaves the per-topic table"
HISTORY_COMBOS = "history: the Bank and Mode filters are named by their labels"
HISTORY_NAMED = "history: every control has a name"
TIMER_WARNING = "exam: the last-10 % time warning is spoken"


@dataclass
class Findings:
    problems: dict[str, list[str]] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)
    blocked: dict[str, str] = field(default_factory=dict)
    fallbacks: list[str] = field(default_factory=list)  # where a key stood in for a failed AT-SPI action
    steps: list[str] = field(default_factory=list)
    html: set[str] = field(default_factory=set)  # texts with raw HTML, and where
    markers: set[str] = field(default_factory=set)  # texts with U+FDD0/U+FDD1, and where

    def check(self, key: str, ok: bool, message: str) -> bool:
        self.reached.add(key)
        if not ok:
            self.problems.setdefault(key, []).append(message)
        return ok

    def block(self, key: str, why: str) -> None:
        """``key`` could not be checked: the walk did not get there."""
        if key not in self.reached:
            self.blocked.setdefault(key, why)

    def fallback(self, what: str) -> None:
        self.fallbacks.append(what)

    def report(self, key: str) -> str | None:
        """None when ``key`` was checked and held; else why it fails, as the bus showed it."""
        if key not in self.reached:
            return f"not checked: {self.blocked.get(key, 'the walk never got there')}"
        problems = self.problems.get(key)
        if not problems:
            return None
        return f"{key}:\n" + "\n\n".join(problems)
