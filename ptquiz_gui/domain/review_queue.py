"""Which cards a review session asks, in which order, and how many reviews a retention costs.

The queue holds the cards due now, least likely to be remembered first (lowest FSRS
retrievability): if a session is cut short, the questions most at risk were asked.

Desired retention trades reviews for certainty: FSRS schedules each card for the day its
chance of a right answer falls to the desired retention, so a higher target means shorter
intervals and more reviews a day, a lower one fewer reviews and more forgotten answers.
``expected_reviews_per_day`` shows that cost for the student's own cards.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ptquiz_gui.domain.fsrs_cards import CardScheduler, MemoryState, QuestionCard

WORKLOAD_DAYS = 365
SIMULATED_CARDS = 1000  # card histories simulated per estimate: enough for a steady figure, quick to run


@dataclass(frozen=True, slots=True)
class QueuedCard:
    card: QuestionCard
    retrievability: float


def due_queue(cards: Iterable[QuestionCard], now: datetime, scheduler: CardScheduler) -> list[QueuedCard]:
    """The cards due at ``now``, lowest retrievability first (then the longest overdue, then by key)."""
    queued = [
        QueuedCard(card, scheduler.retrievability(card.memory, now))
        for card in cards
        if card.memory is not None and card.memory.due <= now
    ]
    queued.sort(key=lambda q: (q.retrievability, _due(q.card), q.card.question_key))
    return queued


def _due(card: QuestionCard) -> datetime:
    assert card.memory is not None
    return card.memory.due


def expected_reviews_per_day(
    cards: Iterable[QuestionCard],
    desired_retention: float,
    now: datetime,
    *,
    days: int = WORKLOAD_DAYS,
    seed: int = 0,
) -> float:
    """The mean number of reviews a day over the next ``days`` if every due card is reviewed on time.

    Each scheduled card's future is simulated with FSRS at ``desired_retention``: at each
    due date it is answered right with its retrievability then, and rescheduled. The
    questions missed in future exams are not counted. Small collections are simulated
    several times over, large ones sampled, so the figure is steady; it is a pure
    function of its inputs (the random draws are seeded).
    """
    scheduler = CardScheduler(desired_retention)
    memories = [c.memory for c in cards if c.memory is not None]
    if not memories or days <= 0:
        return 0.0
    rng = random.Random(seed)
    if len(memories) > SIMULATED_CARDS:
        sample: Sequence[MemoryState] = rng.sample(memories, SIMULATED_CARDS)
    else:
        sample = memories
    runs = math.ceil(SIMULATED_CARDS / len(sample))
    end = now + timedelta(days=days)
    reviews = sum(scheduler.simulated_reviews(m, now, end, rng.random) for _ in range(runs) for m in sample)
    return reviews / (runs * len(sample)) * len(memories) / days

