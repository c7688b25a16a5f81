"""The kinds of attempt, by mode and by what they draw from: plain names, for the screens and
the store that only label or filter attempts and have no plan to build.

``domain.plan`` builds the plans and re-exports these; the start-up screens import them from
here, so the first window does not load the planner's dataclasses.
"""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    PRACTICE = "practice"
    EXAM = "exam"


class PlanKind(StrEnum):
    BANK = "bank"  # one whole bank
    MIXED = "mixed"  # N random questions from several banks
    RETRY = "retry"  # the questions missed in an earlier attempt
    REVIEW = "review"  # spaced review of due questions across banks


MIXED_BANK_ID = "mixed"
REVIEW_BANK_ID = "review"
MISSED_BANK_ID = "missed"  # a practice of the most missed questions of several banks
PSEUDO_BANK_IDS = frozenset({MIXED_BANK_ID, REVIEW_BANK_ID, MISSED_BANK_ID})  # no one bank behind them
