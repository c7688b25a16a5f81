"""What the Results page says about a result, in the window's language.

The words are methods of a QObject because ``pyside6-lupdate`` marks a message as a plural
(``%Ln``) only in a ``self.tr(text, "", n)`` call; ``ResultWords`` is never subclassed, so its
name is the translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ptquiz_gui.domain import display
from ptquiz_gui.domain.plan import AttemptPlan, Mode
from ptquiz_gui.domain.result import Outcome, Result
from ptquiz_gui.qtmodels.review_model import ReviewFilter



class ResultWords(QObject):
    def kind(self, plan: AttemptPlan, read_only: bool) -> str:
        """"Exam finished", or "Past attempt · Exam" for one opened from history."""
        exam = plan.mode is Mode.EXAM
        if read_only:
            return self.tr("Past attempt · Exam") if exam else self.tr("Past attempt · Practice")
        return self.tr("Exam finished") if exam else self.tr("Practice finished")

    def summary(self, result: Result, read_only: bool) -> str:
        """What a screen reader says as the page opens: "Exam finished: score 2 of 4, 50%. Not passed."."""
        points, _, total = display.score(result.score, result.total).partition("/")
        return self.tr("{kind}: score {points} of {total}, {percent}. {verdict}.").format(
            kind=self.kind(result.plan, read_only),
            points=points,
            total=total,
            percent=display.percent(result.percent),
            verdict=display.verdict(result.passed),
        )

    def score_name(self, result: Result) -> str:
        """The score as a screen reader says it: "Score 2 of 4" (the label shows "2/4")."""
        points, _, total = display.score(result.score, result.total).partition("/")
        return self.tr("Score {points} of {total}").format(points=points, total=total)

    def pass_mark(self, plan: AttemptPlan) -> str:
        return self.tr("Pass mark {percent}").format(percent=display.percent(plan.pass_mark))

    def time_used(self, result: Result) -> str:
        used = display.duration(result.time_used)
        limit = result.plan.time_limit
        if not limit:
            return self.tr("Time used {used}").format(used=used)
        return self.tr("Time used {used} of {limit}").format(used=used, limit=display.duration(limit))

    def pace(self, result: Result) -> str:
        pace = display.seconds_used(result.seconds_per_question)
        target = result.target_seconds_per_question
        if target is None:
            return self.tr("{pace} per question").format(pace=pace)
        return self.tr("{pace} per question (limit pace {limit})").format(
            pace=pace, limit=display.seconds_used(target)
        )

    def counts(self, result: Result) -> str:
        """"2 right · 1 wrong (1 partly right) · 1 unanswered · 2 flagged"."""
        wrong = result.count(Outcome.WRONG)
        partly = sum(1 for o in result.outcomes if o.partial)
        if partly:
            wrong_words = self.tr("%Ln wrong ({partly})", "", wrong).format(
                partly=self.tr("%Ln partly right", "", partly)
            )
        else:
            wrong_words = self.tr("%Ln wrong", "", wrong)
        counts = (
            self.tr("%Ln right", "", result.correct_count),
            wrong_words,
            self.tr("%Ln unanswered", "", result.count(Outcome.UNANSWERED)),
            self.tr("%Ln flagged", "", result.flagged_count),
        )
        return display.parts_line(counts)  # it breaks between two counts, never inside one

    def timeout(self, result: Result) -> str:
        return self.tr(
            "Time ran out, so the exam was submitted automatically; "
            "%Ln unanswered questions scored no points.",
            "",
            result.count(Outcome.UNANSWERED),
        )

    def retry_button(self, result: Result) -> str:
        """What a retry practises, named and counted as the counts and filters do, and its key:
        "Retry 9 wrong or unanswered (R)", "Retry 3 wrong (R)", "Retry 2 unanswered (R)"."""
        wrong, unanswered = result.count(Outcome.WRONG), result.count(Outcome.UNANSWERED)
        if wrong and unanswered:
            return self.tr("Retry %Ln wrong or unanswered (R)", "", wrong + unanswered)
        if wrong:
            return self.tr("Retry %Ln wrong (R)", "", wrong)
        if unanswered:
            return self.tr("Retry %Ln unanswered (R)", "", unanswered)
        return self.tr("Nothing to retry")

    def retry_name(self, result: Result) -> str:
        """The retry button's accessible name: its text without the key."""
        wrong, unanswered = result.count(Outcome.WRONG), result.count(Outcome.UNANSWERED)
        if wrong and unanswered:
            return self.tr("Retry %Ln wrong or unanswered", "", wrong + unanswered)
        if wrong:
            return self.tr("Retry %Ln wrong", "", wrong)
        if unanswered:
            return self.tr("Retry %Ln unanswered", "", unanswered)
        return self.tr("Nothing to retry")

    def retry_tooltip(self, result: Result) -> str:
        wrong, unanswered = result.count(Outcome.WRONG), result.count(Outcome.UNANSWERED)
        if wrong and unanswered:
            both = self.tr("Practise the {wrong} answered wrongly and the {unanswered} left unanswered")
            return both.format(
                wrong=self.tr("%Ln questions", "", wrong), unanswered=self.tr("%Ln questions", "", unanswered)
            )
        if wrong:
            return self.tr("Practise the %Ln questions answered wrongly", "", wrong)
        if unanswered:
            return self.tr("Practise the %Ln questions left unanswered", "", unanswered)
        return self.tr("Every question was answered correctly")

    def back(self, read_only: bool) -> str:
        return self.tr("Back to history (Esc)") if read_only else self.tr("Back to library (Esc)")

    def back_name(self, read_only: bool) -> str:
        return self.tr("Back to history") if read_only else self.tr("Back to library")

    def filter_label(self, review_filter: ReviewFilter, count: int) -> str:
        """A filter button's text: "Wrong (1)"."""
        if review_filter is ReviewFilter.WRONG:
            return self.tr("Wrong (%Ln)", "", count)
        if review_filter is ReviewFilter.FLAGGED:
            return self.tr("Flagged (%Ln)", "", count)
        if review_filter is ReviewFilter.UNANSWERED:
            return self.tr("Unanswered (%Ln)", "", count)
        return self.tr("All (%Ln)", "", count)

    def filter_name(self, review_filter: ReviewFilter, count: int) -> str:
        """A filter button's accessible name: "Show the 1 wrong question"."""
        if review_filter is ReviewFilter.WRONG:
            return self.tr("Show the %Ln wrong questions", "", count)
        if review_filter is ReviewFilter.FLAGGED:
            return self.tr("Show the %Ln flagged questions", "", count)
        if review_filter is ReviewFilter.UNANSWERED:
            return self.tr("Show the %Ln unanswered questions", "", count)
        return self.tr("Show all %Ln questions", "", count)
