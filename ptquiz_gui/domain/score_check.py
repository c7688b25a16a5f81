"""The honest check of readiness: predict each finished attempt from the answers made before it.

Walking the history in time order, each finished attempt's score is predicted, at the
moment it started, as the mean chance of a right answer (``readiness.probability_right``)
over the questions it asked, from the cards built by every answer given before it. The
mean absolute error between those predictions and the real scores says how far to trust
the readiness figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ptquiz_gui.domain.answer_events import AnswerEvent
from ptquiz_gui.domain.fsrs_cards import CardScheduler, QuestionCard
from ptquiz_gui.domain.readiness import probability_right


@dataclass(frozen=True, slots=True)
class FinishedAttempt:
    attempt_id: str
    bank_id: str
    started_at: datetime
    question_keys: tuple[str, ...]
    score: float  # the real score, 0-1


@dataclass(frozen=True, slots=True)
class Prediction:
    attempt: FinishedAttempt
    predicted: float

    @property
    def error(self) -> float:
        return abs(self.predicted - self.attempt.score)


def predict_attempts(
    events: Sequence[AnswerEvent],
    attempts: Sequence[FinishedAttempt],
    guess_rates: Mapping[str, float],
    scheduler: CardScheduler,
) -> list[Prediction]:
    """One prediction per attempt that asked any question, in the order the attempts started."""
    ordered = sorted(events, key=lambda e: e.answered_at)
    cards: dict[str, QuestionCard] = {}
    predictions: list[Prediction] = []
    next_event = 0
    for attempt in sorted(attempts, key=lambda a: a.started_at):
        while next_event < len(ordered) and ordered[next_event].answered_at < attempt.started_at:
            event = ordered[next_event]
            cards[event.question_key] = scheduler.answer(cards.get(event.question_key), event)
            next_event += 1
        if not attempt.question_keys:
            continue
        chances = [
            probability_right(cards.get(key), _guess_rate(guess_rates, key, attempt), attempt.started_at, scheduler)
            for key in attempt.question_keys
        ]
        predictions.append(Prediction(attempt, sum(chances) / len(chances)))
    return predictions


def _guess_rate(guess_rates: Mapping[str, float], key: str, attempt: FinishedAttempt) -> float:
    try:
        return guess_rates[key]
    except KeyError:
        raise ValueError(f"attempt {attempt.attempt_id}: no guessing rate for question {key!r}") from None


def mean_absolute_error(predictions: Sequence[Prediction]) -> float | None:
    if not predictions:
        return None
    return sum(p.error for p in predictions) / len(predictions)
