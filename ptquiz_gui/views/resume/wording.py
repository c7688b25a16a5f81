"""How an unfinished attempt is described wherever it can be resumed.

One line for the library's details, "Resume exam · question 4 of 10 · 06:12 left", and a
longer one naming the bank and when it began for the start-up list, History and questions.
Each is a whole phrase in the window's language; the questions quote it after a colon, so
no sentence is glued together from pieces.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt_kinds import Mode, PlanKind

if TYPE_CHECKING:
    from ptquiz_gui.storage.records import AttemptSummary


class ResumeWording(QObject):
    """The phrases (a QObject for ``tr``: lupdate finds plural forms only in ``tr`` calls)."""

    def resume(self, summary: AttemptSummary) -> str:
        """``Resume exam``, ``Resume retry practice``, ``Resume review``."""
        exam = summary.mode is Mode.EXAM
        if summary.kind is PlanKind.REVIEW:
            return self.tr("Resume review")
        if summary.kind is PlanKind.RETRY:
            return self.tr("Resume retry exam") if exam else self.tr("Resume retry practice")
        return self.tr("Resume exam") if exam else self.tr("Resume practice")

    def attempt(self, summary: AttemptSummary) -> str:
        """``Exam of “Title”``, ``Retry practice of “Title”``, ``Review of “Title”`` (a mixed
        exam's title says "Mixed exam: …")."""
        exam = summary.mode is Mode.EXAM
        if summary.kind is PlanKind.REVIEW:
            phrase = self.tr("Review of “{title}”")
        elif summary.kind is PlanKind.RETRY:
            phrase = self.tr("Retry exam of “{title}”") if exam else self.tr("Retry practice of “{title}”")
        else:
            phrase = self.tr("Exam of “{title}”") if exam else self.tr("Practice of “{title}”")
        return phrase.format(title=summary.title)

    def where(self, summary: AttemptSummary) -> str:
        """``question 4 of 10 · 06:12 left`` (an exam) or ``question 4 of 10 · 03:20 elapsed``."""
        number = display.current_locale().number
        position = self.tr("question {number} of {total}").format(
            number=number(min(summary.current + 1, summary.total)), total=number(summary.total)
        )
        remaining = summary.remaining
        if remaining is None:
            clock = self.tr("{time} elapsed").format(time=display.duration(summary.elapsed))
        else:
            clock = self.tr("{time} left").format(time=display.time_left(remaining))
        return f"{position} · {clock}"

    def described(self, summary: AttemptSummary) -> str:
        answered = self.tr("{answered} of %Ln questions answered", "", summary.total).format(
            answered=display.current_locale().number(summary.answered)
        )
        return self.tr("{attempt}, started {started}: {where}, {answered}").format(
            attempt=self.attempt(summary),
            started=display.moment(summary.started_at),
            where=self.where(summary),
            answered=answered,
        )


@cache
def _wording() -> ResumeWording:
    return ResumeWording()


def where(summary: AttemptSummary) -> str:
    return _wording().where(summary)


def resume_label(summary: AttemptSummary) -> str:
    """The library's button: ``Resume exam · question 4 of 10 · 06:12 left``."""
    return f"{_wording().resume(summary)} · {where(summary)}"


def described(summary: AttemptSummary) -> str:
    """``Exam of “Title”, started 2026-12-06 17:05: question 4 of 10 · 06:12 left, 3 of 10
    questions answered``: a phrase that stands on its own (a label, or after a colon)."""
    return _wording().described(summary)
