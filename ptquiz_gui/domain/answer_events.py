"""One recorded answer as the spaced review reads it, and the rules that grade it.

Storage hands the review plain ``AnswerEvent`` records; nothing here knows SQLite or FSRS.

- A wrong answer, or a question left unanswered in a finished exam, grades ``AGAIN``.
  With several right answers and partial scoring, anything short of full marks is
  ``AGAIN`` too: FSRS reads every grade above Again as "remembered", so a failure is
  never graded Hard.
- A right answer (full marks) grades ``GOOD``.
- Outside a review session only a miss changes a card. A right answer in an exam or in
  practice may be a guess between a few choices (one in four is right by chance), and
  letting it stretch the interval would push a half-known question out of review. In a
  review session every answer counts, right or wrong: that is the test FSRS schedules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from fractions import Fraction

FULL_MARKS_TOLERANCE = 1e-9  # a float score summed from thirds may land a hair below 1


KEY_SEPARATOR = "\x1f"  # never in a bank or question id (they are printable text)


def question_key(bank_id: str, question_id: str) -> str:
    """The name of a question across attempts, as cards and readiness use it."""
    return f"{bank_id}{KEY_SEPARATOR}{question_id}"


def split_key(key: str) -> tuple[str, str]:
    bank_id, _, question_id = key.partition(KEY_SEPARATOR)
    return bank_id, question_id


class Grade(Enum):
    AGAIN = "again"
    GOOD = "good"


@dataclass(frozen=True, slots=True)
class AnswerEvent:
    """One answer to one question, as recorded.

    ``question_key`` names the question across attempts (storage chooses it, e.g. bank id
    and question id). ``answered_at`` is timezone-aware. ``score`` is the points 0-1 the
    answer earned (``True``/``False`` work too). ``unanswered`` marks a question left blank
    in a finished exam; storage should not feed the blanks of an abandoned attempt.
    """

    question_key: str
    bank_id: str
    answered_at: datetime
    score: float | Fraction
    in_review_session: bool = False
    unanswered: bool = False

    def __post_init__(self) -> None:
        if self.answered_at.tzinfo is None or self.answered_at.utcoffset() is None:
            raise ValueError(f"answer to {self.question_key!r}: answered_at must be timezone-aware")
        if not 0 <= self.score <= 1:
            raise ValueError(f"answer to {self.question_key!r}: score {self.score} is outside 0-1")

    @property
    def full_marks(self) -> bool:
        return not self.unanswered and is_full_marks(self.score)


def is_full_marks(score: float | Fraction) -> bool:
    if isinstance(score, Fraction):
        return score >= 1
    return score >= 1 - FULL_MARKS_TOLERANCE


def grade_of(event: AnswerEvent) -> Grade:
    return Grade.GOOD if event.full_marks else Grade.AGAIN


def changes_card(event: AnswerEvent) -> bool:
    """Whether this answer is a review of the question's card (else it leaves the card as it is)."""
    return event.in_review_session or not event.full_marks
