"""Readiness: the score a bank's exam is predicted to give if it were taken at a given moment.

It is the mean, over the bank's questions, of the chance of answering each right:

- a question with a scheduled card (missed at least once, or reviewed): its FSRS
  retrievability, the chance FSRS gives of remembering it after the days since its last
  review;
- a question answered right every time and never reviewed: Laplace's rule of succession,
  ``(n + 1) / (n + 2)`` after ``n`` right answers (2/3 after one, 3/4 after two, 0.92 after
  ten). It is the chance of the next success when the only thing known is ``n`` successes
  in ``n`` tries and every chance was as likely as any other beforehand: it never claims
  certainty from a few answers, some of which may have been guesses, and it grows with
  every right answer;
- a question never answered: the chance of guessing it (``guessing_rate``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from math import comb

from ptquiz_gui.domain.fsrs_cards import CardScheduler, QuestionCard
from ptquiz_gui.domain.model import Question, Scoring

PROJECTION_DAYS = 30


@dataclass(frozen=True, slots=True)
class QuestionSlot:
    """A question of a bank as readiness needs it: its key and its chance of being guessed."""

    question_key: str
    guess_rate: float


@dataclass(frozen=True, slots=True)
class ProjectedReadiness:
    day: int  # days from the start of the projection
    at: datetime
    score: float


def never_missed_prior(right_answers: int) -> float:
    """The chance of a right answer to a question answered right ``right_answers`` times, never missed."""
    return (right_answers + 1) / (right_answers + 2)


def guessing_rate(choices: int, keys: int = 1, *, choose_shown: bool = True, partial: bool = False) -> float:
    """The expected score (0-1) of picking at random.

    A single-answer question (``keys=1``) or true/false gives ``1 / choices``. With several
    keys the student who is told "Choose k" picks ``k`` choices, otherwise any non-empty
    set of choices, each set as likely. Under partial scoring a pick earns ``1/k`` per key
    and loses ``1/(choices-k)`` per other choice, clamped to 0-1 (``domain.scoring``);
    otherwise only the exact set of keys scores.
    """
    if choices < 2 or not 1 <= keys <= choices:
        raise ValueError(f"a question needs at least 2 choices and 1 to {choices} keys, not {keys}")
    others = choices - keys
    sizes = [keys] if choose_shown else list(range(1, choices + 1))
    total, ways = Fraction(0), 0
    for size in sizes:
        for hits in range(max(0, size - others), min(size, keys) + 1):
            count = comb(keys, hits) * comb(others, size - hits)
            ways += count
            total += count * _pick_score(hits, size - hits, keys, others, partial)
    return float(total / ways)


def _pick_score(hits: int, misses: int, keys: int, others: int, partial: bool) -> Fraction:
    if not partial:
        return Fraction(int(hits == keys and misses == 0))
    earned = Fraction(hits, keys) - (Fraction(misses, others) if others else Fraction(0))
    return min(max(earned, Fraction(0)), Fraction(1))


def question_guess_rate(question: Question) -> float:
    if not question.multiple:
        return guessing_rate(len(question.choices))
    return guessing_rate(
        len(question.choices),
        len(question.answers),
        choose_shown=question.choose is not None,
        partial=question.scoring is Scoring.PARTIAL,
    )


def probability_right(
    card: QuestionCard | None, guess_rate: float, at: datetime, scheduler: CardScheduler
) -> float:
    if card is None or card.answers == 0:
        return guess_rate
    if card.memory is not None:
        return scheduler.retrievability(card.memory, at)
    return never_missed_prior(card.answers - card.misses)


def bank_readiness(
    slots: Sequence[QuestionSlot], cards: Mapping[str, QuestionCard], at: datetime, scheduler: CardScheduler
) -> float | None:
    """The predicted score (0-1) of the bank at ``at``; None for a bank without questions."""
    if not slots:
        return None
    total = sum(probability_right(cards.get(s.question_key), s.guess_rate, at, scheduler) for s in slots)
    return total / len(slots)


def readiness_by_bank(
    banks: Mapping[str, Sequence[QuestionSlot]],
    cards: Mapping[str, QuestionCard],
    at: datetime,
    scheduler: CardScheduler,
) -> dict[str, float | None]:
    return {bank_id: bank_readiness(slots, cards, at, scheduler) for bank_id, slots in banks.items()}


def readiness_projection(
    slots: Sequence[QuestionSlot],
    cards: Mapping[str, QuestionCard],
    start: datetime,
    scheduler: CardScheduler,
    days: int = PROJECTION_DAYS,
) -> list[ProjectedReadiness]:
    """Readiness on each of the next ``days`` days (day 0 is ``start``) if nothing is reviewed or answered.

    Scheduled cards fade as FSRS predicts; the priors and guessing rates stay as they are.
    """
    if not slots:
        return []
    fixed = 0.0
    scheduled = []
    for slot in slots:
        card = cards.get(slot.question_key)
        if card is not None and card.memory is not None:
            scheduled.append(card.memory)
        else:
            fixed += probability_right(card, slot.guess_rate, start, scheduler)
    points = []
    for day in range(days + 1):
        at = start + timedelta(days=day)
        fading = sum(scheduler.retrievability(memory, at) for memory in scheduled)
        points.append(ProjectedReadiness(day, at, (fixed + fading) / len(slots)))
    return points
