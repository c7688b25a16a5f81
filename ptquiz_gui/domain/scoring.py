"""What one answer to one question is worth: a pure function of the question and the picks.

- A single-answer or true/false question scores 1 for its key, else 0.
- A multiple-answer question scored ``all-or-nothing`` scores 1 only when exactly its keys
  are picked.
- Scored ``partial``, it follows Moodle's multichoice rule (``grade_response`` of
  ``qtype_multichoice_multi_question``): each picked choice adds its fraction, and the sum
  is clamped to 0-1. ptquiz gives every key the fraction 1/k (k keys) and every other
  choice -1/(n-k) (n choices), the fractions Moodle's own form suggests, so ticking every
  box scores 0, not a pass.

Sums are exact (``Fraction``), so three thirds make 1, never 0.9999999999999999; screens
round for display with ``display.score``.
"""

from __future__ import annotations

from collections.abc import Collection
from fractions import Fraction

from ptquiz_gui.domain.model import Question, QuestionType, Scoring


def choice_fraction(question: Question, index: int) -> Fraction:
    """The fraction of a point picking choice ``index`` adds under partial scoring."""
    keys = len(question.answers)
    if index in question.answers:
        return Fraction(1, keys)
    wrong = len(question.choices) - keys
    return Fraction(-1, wrong) if wrong else Fraction(0)


def exact_score(question: Question, chosen: Collection[int]) -> Fraction:
    picked = set(chosen)
    if not picked:
        return Fraction(0)
    if question.type is not QuestionType.MULTIPLE:
        return Fraction(int(picked == {question.answer}))
    if question.scoring is Scoring.ALL_OR_NOTHING:
        return Fraction(int(picked == set(question.answers)))
    total = sum((choice_fraction(question, i) for i in picked if 0 <= i < len(question.choices)), Fraction(0))
    return min(max(total, Fraction(0)), Fraction(1))


def score(question: Question, chosen: Collection[int]) -> float:
    """The points (0 to 1) for picking the choices ``chosen`` (0-based file indexes)."""
    return float(exact_score(question, chosen))
