"""How an unfinished attempt is described wherever it can be resumed (no Qt).

One line for the library's details, "Resume exam · question 4 of 10 · 06:12 left", and a
longer one naming the bank and when it began for the start-up list, History and questions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ptquiz_gui.domain import display
from ptquiz_gui.domain.plan import PlanKind

if TYPE_CHECKING:
    from ptquiz_gui.storage.records import AttemptSummary

_KIND_WORDS = {
    PlanKind.BANK: "",
    PlanKind.RETRY: "retry ",
    PlanKind.MIXED: "",  # its title says "Mixed exam: …"
    PlanKind.REVIEW: "review ",
}


def what(summary: AttemptSummary) -> str:
    """``exam``, ``practice``, ``retry practice``, ``mixed exam``…"""
    if summary.kind is PlanKind.REVIEW:
        return "review"
    return f"{_KIND_WORDS[summary.kind]}{summary.mode.value}"


def where(summary: AttemptSummary) -> str:
    """``question 4 of 10 · 06:12 left`` (an exam) or ``question 4 of 10 · 03:20 elapsed``."""
    position = f"question {min(summary.current + 1, summary.total)} of {summary.total}"
    remaining = summary.remaining
    clock = (
        f"{display.duration(summary.elapsed)} elapsed"
        if remaining is None
        else f"{display.time_left(remaining)} left"
    )
    return f"{position} · {clock}"


def resume_label(summary: AttemptSummary) -> str:
    """The library's button: ``Resume exam · question 4 of 10 · 06:12 left``."""
    return f"Resume {what(summary)} · {where(summary)}"


def described(summary: AttemptSummary) -> str:
    """``exam of “Title”, started 2026-12-06 17:05: question 4 of 10 · 06:12 left, 3 of 10 answered``."""
    answered = f"{summary.answered} of {display.count(summary.total, 'question')} answered"
    started = display.moment(summary.started_at)
    return f"{what(summary)} of “{summary.title}”, started {started}: {where(summary)}, {answered}"
