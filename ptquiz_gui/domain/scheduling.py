"""Spaced review of missed questions with Leitner boxes.

A question enters box 1 when it is answered wrong anywhere (practice, exam or review).
In a review session a right answer moves it up one box and a wrong one back to box 1.
A card is due ``INTERVAL_DAYS[box]`` days after its last review; a right answer in the
last box retires it. Leitner's fixed intervals are predictable for a learner ("missed
twice, back tomorrow"), which matters more here than SM-2's per-card ease factors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

INTERVAL_DAYS: dict[int, int] = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16}
LAST_BOX = max(INTERVAL_DAYS)


@dataclass(frozen=True, slots=True)
class ReviewCard:
    bank_id: str
    question_id: str
    box: int
    due: datetime
    lapses: int = 0

    def is_due(self, now: datetime) -> bool:
        return self.due <= now


def after_answer(
    card: ReviewCard | None,
    bank_id: str,
    question_id: str,
    correct: bool,
    now: datetime,
    *,
    in_review: bool,
) -> ReviewCard | None:
    """The card's next state after an answer; ``None`` means not (or no longer) scheduled.

    Outside a review session only a wrong answer changes anything, so a lucky right
    answer in an exam does not skip a box.
    """
    if not correct:
        lapses = card.lapses + 1 if card else 1
        return ReviewCard(bank_id, question_id, 1, now + timedelta(days=INTERVAL_DAYS[1]), lapses)
    if card is None or not in_review:
        return card
    if card.box >= LAST_BOX:
        return None
    box = card.box + 1
    return replace(card, box=box, due=now + timedelta(days=INTERVAL_DAYS[box]))
