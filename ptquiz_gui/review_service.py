"""The spaced review as the window uses it: the queue, what the review loop says, readiness
per bank and the review statistics, read from the history at the student's desired retention.

Plain Python (no Qt); loaded once the history is open, as it loads the FSRS library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ptquiz_gui.domain.answer_events import AnswerEvent, question_key
from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.domain.fsrs_cards import CardScheduler, QuestionCard
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.domain.plan import QuizItem
from ptquiz_gui.domain.readiness import QuestionSlot, question_guess_rate, readiness_projection
from ptquiz_gui.domain.review_stats import (
    DueDay,
    TrueRetention,
    current_streak,
    due_forecast,
    local_day,
    true_retention,
)
from ptquiz_gui.domain.review_words import comes_back_words, next_review_words
from ptquiz_gui.storage.cards import scheduler_for
from ptquiz_gui.storage.reader import HistoryReader


@dataclass(frozen=True, slots=True)
class BankReadiness:
    """A bank's predicted score (0-1) today and on each of the next 30 days with no review."""

    today: float
    pass_mark: int  # percent
    projection: tuple[float, ...]  # day 0 (today) to day 30

    @property
    def in_30_days(self) -> float:
        return self.projection[-1]


@dataclass(frozen=True, slots=True)
class ReviewStatistics:
    forecast: list[DueDay]
    retention: TrueRetention
    days: dict[date, int]
    streak: int
    today: date


def bank_slots(bank: Bank) -> list[QuestionSlot]:
    return [QuestionSlot(question_key(bank.id, q.id), question_guess_rate(q)) for q in bank.questions]


def readiness_of(
    banks: Sequence[Bank], cards: Sequence[QuestionCard], scheduler: CardScheduler, clock: Clock
) -> dict[str, BankReadiness]:
    by_key = {c.question_key: c for c in cards}
    now = clock.now()
    found = {}
    for bank in banks:
        points = readiness_projection(bank_slots(bank), by_key, now, scheduler)
        if points:
            found[bank.id] = BankReadiness(points[0].score, bank.pass_mark, tuple(p.score for p in points))
    return found


class SpacedReview:
    def __init__(self, reader: HistoryReader, clock: Clock, retention: Callable[[], float]) -> None:
        self._reader = reader
        self._clock = clock
        self._retention = retention

    @property
    def scheduler(self) -> CardScheduler:
        return scheduler_for(self._retention())

    def review_items(self) -> list[QuizItem]:
        return self._reader.review_items(self._clock.now(), self.scheduler)

    def due_count(self) -> int:
        return self._reader.due_count(self._clock.now())

    def next_review(self) -> str:
        """"Next review tomorrow, 3 questions." (or that nothing is scheduled)."""
        now = self._clock.now()
        return next_review_words(self._reader.upcoming_dues(now), now)

    def cards(self) -> list[QuestionCard]:
        return self._reader.question_cards()

    def card(self, bank_id: str, question_id: str) -> QuestionCard | None:
        return self._reader.card(bank_id, question_id)

    def card_answers(self, bank_id: str, question_id: str) -> list[tuple[datetime, str, float, bool]]:
        return self._reader.card_answers(bank_id, question_id)

    def retrievability(self, card: QuestionCard) -> float | None:
        return None if card.memory is None else self.scheduler.retrievability(card.memory, self._clock.now())

    def after_review_answer(self, card: QuestionCard | None, bank_id: str, question_id: str, score: float) -> str:
        """What a review answer does to the card read before it: its new interval and return day."""
        now = self._clock.now()
        event = AnswerEvent(question_key(bank_id, question_id), bank_id, now, score, in_review_session=True)
        memory = self.scheduler.answer(card, event).memory
        return "" if memory is None else comes_back_words(memory, now)

    def readiness(self, banks: Sequence[Bank]) -> dict[str, BankReadiness]:
        return readiness_of(banks, self._reader.question_cards(), self.scheduler, self._clock)

    def statistics(self) -> ReviewStatistics:
        now = self._clock.now()
        days = self._reader.study_days()
        today = local_day(now)
        return ReviewStatistics(
            due_forecast(self._reader.question_cards(), now),
            true_retention(self._reader.review_outcomes()),
            days,
            current_streak(days.keys(), today),
            today,
        )


def statistics_work(reader: HistoryReader, clock: Clock, retention: float) -> Callable[[], ReviewStatistics]:
    """The review statistics as work for a worker thread: it opens the history file read-only
    on that thread (a connection belongs to its thread). A history kept in memory is small,
    so it is read now and the work only hands the figures over."""
    path = reader.path
    if path is None:
        figures = SpacedReview(reader, clock, lambda: retention).statistics()
        return lambda: figures

    def work() -> ReviewStatistics:
        with HistoryReader.open_read_only(path) as own:
            return SpacedReview(own, clock, lambda: retention).statistics()

    return work
