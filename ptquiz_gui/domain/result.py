"""Scoring a finished (or recorded) attempt: totals, pass/fail, topics and pace."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from ptquiz_gui.domain.answer_events import is_full_marks
from ptquiz_gui.domain.plan import AttemptPlan, QuizItem
from ptquiz_gui.domain.scoring import exact_score


def chosen_set(indexes: Iterable[int]) -> tuple[int, ...]:
    """Chosen indexes as every record keeps them: sorted, each once."""
    return tuple(sorted(set(indexes)))


@dataclass(slots=True)
class AnswerState:
    """What the user did with one question of an attempt.

    ``choices`` are the chosen indexes in file order, sorted; empty when unanswered. A
    single-answer or true/false question has at most one.
    """

    choices: tuple[int, ...] = ()
    flagged: bool = False
    seconds: float = 0.0

    @property
    def answered(self) -> bool:
        return bool(self.choices)

    @property
    def choice(self) -> int | None:
        """The chosen index when exactly one was chosen."""
        return self.choices[0] if len(self.choices) == 1 else None


class Outcome(StrEnum):
    CORRECT = "correct"
    WRONG = "wrong"
    UNANSWERED = "unanswered"


class Mark(StrEnum):
    """What one choice was, once the keys are revealed."""

    RIGHT = "right"  # a key, chosen
    WRONG = "wrong"  # not a key, chosen
    MISSED = "missed"  # a key, not chosen
    LEFT_OUT = "left out"  # not a key, not chosen


def choice_marks(keys: Iterable[int], chosen: Iterable[int], count: int) -> tuple[Mark, ...]:
    """The mark of each of ``count`` choices, given the key and chosen indexes (same order)."""
    key_set, chosen_set_ = set(keys), set(chosen)
    return tuple(
        (Mark.RIGHT if i in chosen_set_ else Mark.MISSED)
        if i in key_set
        else (Mark.WRONG if i in chosen_set_ else Mark.LEFT_OUT)
        for i in range(count)
    )


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """One position of a result. ``choices`` are file indexes, sorted (empty: unanswered).

    It is ``CORRECT`` only with full marks; a partly right answer to a multiple-answer
    question is ``WRONG`` and earns its ``points`` (a fraction of one).
    """

    position: int
    item: QuizItem
    choices: tuple[int, ...]
    flagged: bool
    seconds: float

    @property
    def choice(self) -> int | None:
        """The chosen index when exactly one was chosen."""
        return self.choices[0] if len(self.choices) == 1 else None

    @property
    def exact_points(self) -> Fraction:
        return exact_score(self.item.question, self.choices)

    @property
    def points(self) -> float:
        return float(self.exact_points)

    @property
    def outcome(self) -> Outcome:
        if not self.choices:
            return Outcome.UNANSWERED
        return Outcome.CORRECT if is_full_marks(self.exact_points) else Outcome.WRONG

    @property
    def correct(self) -> bool:
        return self.outcome is Outcome.CORRECT

    @property
    def partial(self) -> bool:
        """Wrong, yet worth some points (partial scoring)."""
        return 0 < self.exact_points < 1

    @property
    def marks(self) -> tuple[Mark, ...]:
        """Each choice's mark, in file order."""
        question = self.item.question
        return choice_marks(question.answers, self.choices, len(question.choices))

    @property
    def missed_keys(self) -> tuple[int, ...]:
        """Keys (file indexes) the answer did not choose."""
        return tuple(k for k in self.item.question.answers if k not in self.choices)


@dataclass(frozen=True, slots=True)
class TopicScore:
    """Right answers (full marks) of one topic."""

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
    def points(self) -> Fraction:
        """The exact sum of every position's points."""
        return sum((o.exact_points for o in self.outcomes), Fraction(0))

    @property
    def score(self) -> float:
        """The points: a whole number (an ``int``) unless partial scoring gave a fraction."""
        points = self.points
        return int(points) if points.denominator == 1 else float(points)

    @property
    def correct_count(self) -> int:
        """Questions answered with full marks."""
        return self.count(Outcome.CORRECT)

    @property
    def percent(self) -> float:
        return float(100 * self.points / self.total)

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
        ItemOutcome(i, item, chosen_set(a.choices), a.flagged, a.seconds)
        for i, (item, a) in enumerate(zip(plan.items, answers, strict=True))
    )
    return Result(plan=plan, outcomes=outcomes, time_used=time_used, timed_out=timed_out)
