"""Scoring a finished (or recorded) attempt: totals, pass/fail, topics and pace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ptquiz_gui.domain.plan import AttemptPlan, QuizItem


@dataclass(slots=True)
class AnswerState:
    """What the user did with one question of an attempt (indexes in file order)."""

    choice: int | None = None
    flagged: bool = False
    seconds: float = 0.0

    @property
    def answered(self) -> bool:
        return self.choice is not None


class Outcome(StrEnum):
    CORRECT = "correct"
    WRONG = "wrong"
    UNANSWERED = "unanswered"


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    position: int
    item: QuizItem
    choice: int | None
    flagged: bool
    seconds: float

    @property
    def outcome(self) -> Outcome:
        if self.choice is None:
            return Outcome.UNANSWERED
        return Outcome.CORRECT if self.choice == self.item.question.answer else Outcome.WRONG

    @property
    def correct(self) -> bool:
        return self.outcome is Outcome.CORRECT


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: str
    correct: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Result:
    plan: AttemptPlan
    outcomes: tuple[ItemOutcome, ...]
    time_used: float
    timed_out: bool = False

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def score(self) -> int:
        return sum(1 for o in self.outcomes if o.correct)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total

    @property
    def passed(self) -> bool:
        return self.percent >= self.plan.pass_mark

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome is outcome)

    @property
    def flagged_count(self) -> int:
        return sum(1 for o in self.outcomes if o.flagged)

    @property
    def seconds_per_question(self) -> float:
        return self.time_used / self.total

    @property
    def target_seconds_per_question(self) -> float | None:
        """The pace the time limit allows, or ``None`` for untimed practice."""
        return self.plan.time_limit / self.total if self.plan.time_limit else None

    def per_topic(self) -> tuple[TopicScore, ...]:
        totals: dict[str, list[int]] = {}
        for o in self.outcomes:
            entry = totals.setdefault(o.item.question.topic or "general", [0, 0])
            entry[0] += int(o.correct)
            entry[1] += 1
        return tuple(TopicScore(t, c, n) for t, (c, n) in sorted(totals.items()))

    def missed(self) -> tuple[ItemOutcome, ...]:
        """Wrong and unanswered questions, in the order shown."""
        return tuple(o for o in self.outcomes if not o.correct)


def build_result(
    plan: AttemptPlan, answers: Sequence[AnswerState], time_used: float, timed_out: bool = False
) -> Result:
    outcomes = tuple(
        ItemOutcome(i, item, a.choice, a.flagged, a.seconds)
        for i, (item, a) in enumerate(zip(plan.items, answers, strict=True))
    )
    return Result(plan=plan, outcomes=outcomes, time_used=time_used, timed_out=timed_out)
