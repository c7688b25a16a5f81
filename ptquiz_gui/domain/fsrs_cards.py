"""The one door to the ``fsrs`` package (py-fsrs 6.3.2, FSRS-6): question cards built from answers.

Every answered question gets a ``QuestionCard`` (its counts and dates). Its FSRS memory
state (stability, difficulty, due date) starts at its first review: the first miss
anywhere, or the first answer in a review session (see ``answer_events`` for why a right
answer outside review changes nothing). Until then the card is not scheduled and the
readiness figure uses a prior for it.

The scheduler runs with no same-day steps (``learning_steps=()``, no relearning steps):
asking a multiple-choice question again ten minutes later tests whether the student
recognises the choice just seen, not whether they remember, so the first interval is
always at least a day. Fuzz is off, so replaying the same history always gives the same
cards. Only this module imports ``fsrs``; the rest of ptquiz sees plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card, Rating, ReviewLog, Scheduler, State

from ptquiz_gui.domain.answer_events import AnswerEvent, Grade, changes_card, grade_of

DEFAULT_RETENTION = 0.90
MIN_RETENTION = 0.80
MAX_RETENTION = 0.97
PROGRESS_EVERY = 10_000  # answers between two progress reports of a replay

_RATING = {Grade.AGAIN: Rating.Again, Grade.GOOD: Rating.Good}


def check_retention(value: float) -> float:
    """``value`` if it is an allowed desired retention, else a ValueError saying the range."""
    if not MIN_RETENTION <= value <= MAX_RETENTION:
        raise ValueError(
            f"desired retention {value:g} is outside {MIN_RETENTION:.2f}-{MAX_RETENTION:.2f} "
            f"(the share of due questions you aim to still answer right)"
        )
    return value


@dataclass(frozen=True, slots=True)
class MemoryState:
    """FSRS's model of one question in the student's memory (all times UTC).

    ``stability`` is the number of days after which the chance of a right answer has fallen
    to 90 %; ``difficulty`` runs from 1 (easy) to 10 (hard).
    """

    stability: float
    difficulty: float
    last_review: datetime
    due: datetime

    @property
    def interval_days(self) -> int:
        return (self.due - self.last_review).days


@dataclass(frozen=True, slots=True)
class QuestionCard:
    question_key: str
    bank_id: str
    first_answered: datetime
    last_answered: datetime
    answers: int
    misses: int
    reviews: int  # answers that changed the memory state
    memory: MemoryState | None = None

    @property
    def due(self) -> datetime | None:
        return None if self.memory is None else self.memory.due

    def is_due(self, now: datetime) -> bool:
        return self.memory is not None and self.memory.due <= now


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """A review-session answer to a scheduled card: what true retention counts."""

    question_key: str
    bank_id: str
    answered_at: datetime
    interval_days: int  # the interval the card had been scheduled with
    elapsed_days: int  # days since its previous review
    right: bool


@dataclass(frozen=True, slots=True)
class Replay:
    cards: dict[str, QuestionCard]
    reviews: list[ReviewOutcome]


def review_outcome(card: QuestionCard | None, event: AnswerEvent) -> ReviewOutcome | None:
    """What true retention records for ``event`` given the card before it (None: not a review of a scheduled card).

    The app calls it as each answer is recorded; ``CardScheduler.replay`` gives the same list for a history.
    """
    if card is None or card.memory is None or not event.in_review_session:
        return None
    memory = card.memory
    return ReviewOutcome(
        event.question_key,
        event.bank_id,
        event.answered_at,
        memory.interval_days,
        (event.answered_at - memory.last_review).days,
        event.full_marks,
    )


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no time zone")
    return moment.astimezone(UTC)


def _memory(card: Card) -> MemoryState:
    assert card.stability is not None and card.difficulty is not None and card.last_review is not None
    return MemoryState(card.stability, card.difficulty, card.last_review, card.due)


def _fsrs_card(memory: MemoryState) -> Card:
    return Card(
        card_id=0,
        state=State.Review,
        step=None,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )


class CardScheduler:
    """FSRS at one desired retention, with ptquiz's rules (no same-day steps, no fuzz)."""

    def __init__(self, desired_retention: float = DEFAULT_RETENTION) -> None:
        self._scheduler = Scheduler(
            desired_retention=check_retention(desired_retention),
            learning_steps=(),
            relearning_steps=(),
            enable_fuzzing=False,
        )
        self._decay = -self._scheduler.parameters[20]
        self._factor = 0.9 ** (1 / self._decay) - 1

    @property
    def desired_retention(self) -> float:
        return self._scheduler.desired_retention

    def retrievability(self, memory: MemoryState, at: datetime) -> float:
        """The chance of a right answer at ``at``; FSRS counts whole days since the last review."""
        return self.retrievability_after(memory.stability, (at - memory.last_review).days)

    def retrievability_after(self, stability: float, elapsed_days: int) -> float:
        return float((1 + self._factor * max(0, elapsed_days) / stability) ** self._decay)

    def review(self, memory: MemoryState | None, grade: Grade, at: datetime) -> MemoryState:
        """The memory state after a review graded ``grade`` at ``at`` (a fresh card when None)."""
        moment = _utc(at)
        card = Card(card_id=0, due=moment) if memory is None else _fsrs_card(memory)
        reviewed, _ = self._scheduler.review_card(card, _RATING[grade], moment)
        return _memory(reviewed)

    def answer(self, card: QuestionCard | None, event: AnswerEvent) -> QuestionCard:
        """The question's card after one more answer: what the app does as each answer is recorded."""
        missed = not event.full_marks
        if card is None:
            card = QuestionCard(event.question_key, event.bank_id, event.answered_at, event.answered_at, 0, 0, 0)
        memory, reviews = card.memory, card.reviews
        if changes_card(event):
            memory, reviews = self.review(memory, grade_of(event), event.answered_at), reviews + 1
        return QuestionCard(
            card.question_key,
            card.bank_id,
            card.first_answered,
            max(card.last_answered, event.answered_at),
            card.answers + 1,
            card.misses + missed,
            reviews,
            memory,
        )

    def replay(
        self, events: Sequence[AnswerEvent], progress: Callable[[int, int], None] | None = None
    ) -> Replay:
        """Every question's card from its whole answer history, in time order (ties keep input order).

        This is ``Scheduler.reschedule_card`` (``review_card`` over the logs sorted by time)
        applied to the answers that change a card, keeping each card as an fsrs ``Card``
        until the end. ``progress(done, total)`` is called every ``PROGRESS_EVERY`` answers.
        """
        tracks: dict[str, _Track] = {}
        reviews: list[ReviewOutcome] = []
        total = len(events)
        for done, event in enumerate(sorted(events, key=_answered_at), start=1):
            track = tracks.get(event.question_key)
            if track is None:
                track = tracks[event.question_key] = _Track(event)
            track.add(event)
            if changes_card(event):
                self._review_track(track, event, reviews)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
        if progress is not None:
            progress(total, total)
        return Replay({key: t.card() for key, t in tracks.items()}, reviews)

    def _review_track(self, track: _Track, event: AnswerEvent, reviews: list[ReviewOutcome]) -> None:
        moment = _utc(event.answered_at)
        before = track.fsrs
        if before is None:
            before = Card(card_id=0, due=moment)
        elif event.in_review_session and before.last_review is not None:
            reviews.append(
                ReviewOutcome(
                    event.question_key,
                    event.bank_id,
                    event.answered_at,
                    (before.due - before.last_review).days,
                    (moment - before.last_review).days,
                    event.full_marks,
                )
            )
        track.fsrs, _ = self._scheduler.review_card(before, _RATING[grade_of(event)], moment)
        track.reviews += 1

    def rescheduled_by_library(self, events: Iterable[AnswerEvent]) -> MemoryState | None:
        """One question's memory state from ``Scheduler.reschedule_card`` itself, for cross-checks."""
        logs = [
            ReviewLog(0, _RATING[grade_of(e)], _utc(e.answered_at), None) for e in events if changes_card(e)
        ]
        if not logs:
            return None
        card = self._scheduler.reschedule_card(Card(card_id=0, due=logs[0].review_datetime), logs)
        return _memory(card)

    def simulated_reviews(self, memory: MemoryState, start: datetime, end: datetime, draw: Callable[[], float]) -> int:
        """Reviews of one card from ``start`` to ``end`` if it is reviewed on each due date.

        Each review is right when ``draw()`` (uniform in 0-1) falls below its retrievability then.
        """
        card, at, count = _fsrs_card(memory), _utc(max(memory.due, start)), 0
        while at < end:
            right = draw() < self._scheduler.get_card_retrievability(card, at)
            card, _ = self._scheduler.review_card(card, Rating.Good if right else Rating.Again, at)
            count += 1
            at = card.due
        return count

    def interval_days(self, stability: float) -> int:
        """The interval FSRS gives a card of this stability at this retention (whole days, at least 1)."""
        ideal = stability / self._factor * (self.desired_retention ** (1 / self._decay) - 1)
        return int(min(max(round(ideal), 1), self._scheduler.maximum_interval))


def _answered_at(event: AnswerEvent) -> datetime:
    return event.answered_at


class _Track:
    __slots__ = ("answers", "bank_id", "first", "fsrs", "key", "last", "misses", "reviews")

    def __init__(self, event: AnswerEvent) -> None:
        self.key, self.bank_id = event.question_key, event.bank_id
        self.first = self.last = event.answered_at
        self.answers = self.misses = self.reviews = 0
        self.fsrs: Card | None = None

    def add(self, event: AnswerEvent) -> None:
        self.last = event.answered_at
        self.answers += 1
        self.misses += not event.full_marks

    def card(self) -> QuestionCard:
        memory = None if self.fsrs is None else _memory(self.fsrs)
        return QuestionCard(
            self.key, self.bank_id, self.first, self.last, self.answers, self.misses, self.reviews, memory
        )

