"""Answer histories for the spaced-review benchmark, made in memory (no store, no Qt).

``learner_history``: a student whose memory follows a KNOWN model, to check readiness.
Each question has its own stability ``s`` (days, log-normal around 2); after an answer the
student has seen the explanation, and ``t`` days later answers right with chance
``g + (1 - g) * exp(-t / s)`` (``g`` the guessing rate); a never-seen question only by
guessing. Each answer multiplies ``s`` by 1.6 when right, by 1.1 when wrong. On 60 % of the days
the student first reviews the cards ptquiz has due (lowest retrievability first, at most
25), then takes one or two 10-question exams of a random bank.

``large_history``: 100,000 attempts and 1,000,000 answers with the shape of
``history_gen`` (answers 15 minutes apart, a skill per attempt, 4 % left blank, 3 % of the
attempts review sessions), over 100 banks of 50 questions: what migration replays.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ptquiz_gui.domain.answer_events import AnswerEvent
from ptquiz_gui.domain.fsrs_cards import CardScheduler, QuestionCard
from ptquiz_gui.domain.readiness import QuestionSlot
from ptquiz_gui.domain.review_queue import due_queue
from ptquiz_gui.domain.score_check import FinishedAttempt

FIRST_DAY = datetime(2025, 1, 6, 7, 0, tzinfo=UTC)
LEARNER_DAYS = 365
LEARNER_BANKS = 10
LEARNER_QUESTIONS = 40
EXAM_SIZE = 10
REVIEW_LIMIT = 25
GROWTH_RIGHT, GROWTH_WRONG = 1.6, 1.1

LARGE_ATTEMPTS = 100_000
LARGE_ITEMS = 10
LARGE_BANKS = 100
LARGE_QUESTIONS = 50


@dataclass
class History:
    events: list[AnswerEvent] = field(default_factory=list)
    attempts: list[FinishedAttempt] = field(default_factory=list)
    banks: dict[str, list[QuestionSlot]] = field(default_factory=dict)
    true_chances: dict[str, float] = field(default_factory=dict)  # attempt id: the known model's expected score

    @property
    def guess_rates(self) -> dict[str, float]:
        return {s.question_key: s.guess_rate for slots in self.banks.values() for s in slots}


class _Learner:
    def __init__(self, rng: random.Random, guess: dict[str, float]) -> None:
        self.rng, self.guess = rng, guess
        self.stability = {key: math.exp(rng.gauss(math.log(2.0), 0.8)) for key in guess}
        self.seen: dict[str, datetime] = {}

    def chance(self, key: str, at: datetime) -> float:
        g = self.guess[key]
        if key not in self.seen:
            return g
        days = (at - self.seen[key]).total_seconds() / 86400
        return g + (1 - g) * math.exp(-days / self.stability[key])

    def answer(self, key: str, at: datetime) -> bool:
        right = self.rng.random() < self.chance(key, at)
        self.stability[key] *= GROWTH_RIGHT if right else GROWTH_WRONG
        self.seen[key] = at
        return right


def learner_history(seed: int = 19, scheduler: CardScheduler | None = None) -> History:
    rng = random.Random(seed)
    scheduler = scheduler or CardScheduler()
    history = History()
    for b in range(LEARNER_BANKS):
        bank = f"bank{b}"
        history.banks[bank] = [
            QuestionSlot(f"{bank}/q{q}", 0.5 if q % 5 == 0 else 0.25) for q in range(LEARNER_QUESTIONS)
        ]
    learner = _Learner(rng, history.guess_rates)
    cards: dict[str, QuestionCard] = {}

    def record(key: str, bank: str, at: datetime, review: bool) -> bool:
        right = learner.answer(key, at)
        event = AnswerEvent(key, bank, at, int(right), review)
        history.events.append(event)
        cards[key] = scheduler.answer(cards.get(key), event)
        return right

    for day in range(LEARNER_DAYS):
        if rng.random() > 0.6:
            continue
        at = FIRST_DAY + timedelta(days=day, minutes=rng.uniform(0, 600))
        for queued in due_queue(cards.values(), at, scheduler)[:REVIEW_LIMIT]:
            at += timedelta(seconds=30)
            record(queued.card.question_key, queued.card.bank_id, at, True)
        for _ in range(rng.choice((1, 1, 2))):
            bank = rng.choice(sorted(history.banks))
            keys = tuple(s.question_key for s in rng.sample(history.banks[bank], EXAM_SIZE))
            started = at + timedelta(minutes=5)
            attempt_id = str(len(history.attempts) + 1)
            history.true_chances[attempt_id] = sum(learner.chance(k, started) for k in keys) / len(keys)
            at = started
            right = 0
            for key in keys:
                at += timedelta(seconds=40)
                right += record(key, bank, at, False)
            history.attempts.append(FinishedAttempt(attempt_id, bank, started, keys, right / len(keys)))
    return history


def running_mean_predictions(history: History) -> list[float]:
    """The baseline: each attempt predicted by the mean score of the bank's earlier attempts."""
    totals: dict[str, tuple[float, int]] = {}
    predictions = []
    for attempt in sorted(history.attempts, key=lambda a: a.started_at):
        total, count = totals.get(attempt.bank_id, (0.0, 0))
        if count:
            predictions.append(total / count)
        else:
            slots = history.banks[attempt.bank_id]
            predictions.append(sum(s.guess_rate for s in slots) / len(slots))
        totals[attempt.bank_id] = (total + attempt.score, count + 1)
    return predictions


def large_history(seed: int = 20260105) -> History:
    rng = random.Random(seed)
    history = History()
    for b in range(LARGE_BANKS):
        bank = f"bank{b:03d}"
        history.banks[bank] = [
            QuestionSlot(f"{bank}/q{q:02d}", 0.5 if q % 7 == 0 else 0.25) for q in range(LARGE_QUESTIONS)
        ]
    bank_ids = sorted(history.banks)
    spacing, step = timedelta(minutes=15), timedelta(seconds=40)
    start = datetime(2023, 1, 2, 8, 0, tzinfo=UTC)
    events = history.events
    for attempt in range(LARGE_ATTEMPTS):
        review = rng.random() < 0.03
        slots = rng.sample(history.banks[rng.choice(bank_ids)], LARGE_ITEMS)
        skill = rng.uniform(0.35, 0.95)
        at = start + spacing * attempt
        for slot in slots:
            at += step
            blank = rng.random() < 0.04
            right = not blank and rng.random() < skill
            events.append(AnswerEvent(slot.question_key, slot.question_key[:7], at, int(right), review, blank))
    return history
