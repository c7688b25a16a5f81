"""Statistics of the spaced review: due forecast, true retention, days studied and the streak.

A day is a calendar day in the student's local time: the time zone passed as ``tz``, or
when it is None the computer's own zone at each moment (so summer time is followed). A
day counts as studied when at least one question was answered in it, anywhere in the app.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from ptquiz_gui.domain.fsrs_cards import QuestionCard, ReviewOutcome

FORECAST_DAYS = 30
MATURE_DAYS = 21  # Anki's line between young and mature cards
BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("1 day", 0, 1),
    ("2–6 days", 2, 6),
    ("7–20 days", 7, 20),
    ("21–89 days", 21, 89),
    ("90 days or more", 90, None),
)


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


@dataclass(frozen=True, slots=True)
class DueDay:
    day: date
    count: int


def due_forecast(
    cards: Iterable[QuestionCard], now: datetime, days: int = FORECAST_DAYS, tz: tzinfo | None = None
) -> list[DueDay]:
    """Cards falling due on each of the next ``days`` local days, today first; overdue cards count today."""
    today = local_day(now, tz)
    counts: Counter[int] = Counter()
    for card in cards:
        if card.memory is not None:
            offset = max(0, (local_day(card.memory.due, tz) - today).days)
            if offset < days:
                counts[offset] += 1
    return [DueDay(today + timedelta(days=d), counts[d]) for d in range(days)]


@dataclass(frozen=True, slots=True)
class RetentionBand:
    """Review answers whose card had been scheduled ``lowest``-``highest`` days (None: no upper end)."""

    label: str
    lowest: int
    highest: int | None
    reviews: int
    right: int

    @property
    def retention(self) -> float | None:
        return self.right / self.reviews if self.reviews else None

    def holds(self, interval_days: int) -> bool:
        return self.lowest <= interval_days and (self.highest is None or interval_days <= self.highest)


@dataclass(frozen=True, slots=True)
class TrueRetention:
    young: RetentionBand
    mature: RetentionBand
    total: RetentionBand
    bands: tuple[RetentionBand, ...]


def true_retention(reviews: Iterable[ReviewOutcome], since: datetime | None = None) -> TrueRetention:
    """The share of review answers that were right, by the interval the card had been given.

    As in Anki's true retention table, only reviews of scheduled cards count (in ptquiz, the
    answers given in review sessions), and a card is young while that interval is under
    21 days, mature from 21 days. ``since`` keeps the reviews from that moment on.
    """
    tally: Counter[int] = Counter()
    right: Counter[int] = Counter()
    for review in reviews:
        if since is None or review.answered_at >= since:
            tally[review.interval_days] += 1
            right[review.interval_days] += review.right

    def band(label: str, lowest: int, highest: int | None) -> RetentionBand:
        inside = [d for d in tally if lowest <= d and (highest is None or d <= highest)]
        return RetentionBand(label, lowest, highest, sum(tally[d] for d in inside), sum(right[d] for d in inside))

    return TrueRetention(
        young=band("young (under 21 days)", 0, MATURE_DAYS - 1),
        mature=band("mature (21 days or more)", MATURE_DAYS, None),
        total=band("all reviews", 0, None),
        bands=tuple(band(*spec) for spec in BANDS),
    )


def study_days(answer_times: Iterable[datetime], tz: tzinfo | None = None) -> dict[date, int]:
    """The heatmap: answers given on each local day that has any."""
    return dict(Counter(local_day(moment, tz) for moment in answer_times))


def current_streak(days_studied: Collection[date], today: date) -> int:
    """Consecutive studied days up to today.

    A streak is not broken before today ends: when nothing has been answered yet today,
    it counts back from yesterday.
    """
    day = today if today in days_studied else today - timedelta(days=1)
    streak = 0
    while day in days_studied:
        streak += 1
        day -= timedelta(days=1)
    return streak
