"""One walk through ptquiz as a screen reader user: library, a practice attempt, results, History.

And, in a second app beside it, an exam with a short time limit, for the last-10 % warning.
"""

from __future__ import annotations

import re
import time
from typing import Any

from atspi import findings as req
from atspi.findings import Findings
from atspi.session import AppOnBus, StepFailed
from atspi.tree import carried, heard, summary
from atspi.walk_after import AfterWalk
from atspi.walk_library import LibraryWalk
from atspi.walk_quiz import QuizWalk

ALL = [value for name, value in vars(req).items() if name.isupper() and isinstance(value, str)]
EXAM_SECONDS = 15
EXAM_ARGS = ("start", "a11y-check", "--mode", "exam", "--time-limit", str(EXAM_SECONDS), "--seed", "1")
ROUTINE_CLOCK = re.compile(r"^(\s*(time left|elapsed)?\s*[\d:]+\s*)+$", re.I)
ENDED = re.compile(r"time up|time's up|time is up|ran out|exam finished|submitted", re.I)
WARNING = re.compile(r"left|remaining|minute|second|warning|running out|hurry", re.I)


def walk(s: AppOnBus) -> Findings:
    f = Findings()
    quiz = QuizWalk(s, f)
    steps = (
        ("the library", LibraryWalk(s, f).run),
        ("the practice attempt", quiz.run),
        ("results and History", AfterWalk(s, f).run),
    )
    for what, step in steps:
        began = time.monotonic()
        try:
            step()
            f.steps.append(f"{what} ({time.monotonic() - began:.1f} s)")
        except StepFailed as error:
            message = str(error)
            if len(message) > 6000:
                message = message[:6000] + "\n…"
            why = f"the walk stopped in {what}: {message}\n  ptquiz's output:\n{s.app_output()[-1500:]}"
            for key in ALL:
                f.block(key, why)
            break
    if len(f.steps) >= 2:  # the attempt was finished
        verdicts = f.problems.get(req.QUIZ_VERDICT, [])
        f.check(
            req.QUIZ_BY_ACTIONS,
            not quiz.stand_ins and not verdicts,
            "steps a key had to do because their AT-SPI action did nothing:\n    "
            + "\n    ".join(quiz.stand_ins or ["none"])
            + f"\n  verdicts or explanations not spoken: {len(verdicts)}",
        )
    if len(f.steps) == len(steps):  # every page was read
        f.check(req.NO_HTML, not f.html, "raw HTML reaches the bus:\n" + "\n".join(sorted(f.html)))
        f.check(
            req.QUIZ_MARKERS, not f.markers, "texts with Qt's frame markers:\n" + "\n".join(sorted(f.markers))
        )
    return f


def exam_focus(s: AppOnBus) -> set[str]:
    tree = s.tree()
    return {n.path for n in tree.focus()}


def check_timer(s: AppOnBus, f: Findings, started: float, focus: set[str]) -> None:
    """The exam of ``EXAM_SECONDS`` s runs out while the main walk runs; its last 10 % must be spoken."""
    events: list[dict[str, Any]] = s.events()
    deadline = started + EXAM_SECONDS + 5
    while time.monotonic() < deadline and not any(ENDED.search(carried(e)) for e in events):
        events += s.events(0.5)
    end = next((i for i, e in enumerate(events) if ENDED.search(carried(e))), len(events))
    before_end = events[:end]
    spoken = heard([e for e in before_end if not ROUTINE_CLOCK.match(carried(e))], focus, WARNING)
    f.check(
        req.TIMER_WARNING,
        bool(spoken),
        f"in a {EXAM_SECONDS} s exam, nothing but the clock's ticks was spoken before it ended "
        f"(events before the end: {len(before_end)} of {len(events)}):\n{summary(before_end)}",
    )
