"""What the review loop says: when a reviewed question comes back, and when the next review is.

Days are the student's local calendar days (``review_stats.local_day``): a question due
at 08:00 tomorrow is "tomorrow" tonight, whatever the hours in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from ptquiz_gui.domain.display import count
from ptquiz_gui.domain.fsrs_cards import MemoryState
from ptquiz_gui.domain.review_stats import local_day

NOTHING_SCHEDULED = "Nothing is scheduled for review yet: questions you miss come back here."


def day_words(day: date, today: date) -> str:
    """``today``, ``tomorrow``, ``on Wednesday`` within a week, else ``on Wed 16 Dec`` (year added when it differs)."""
    offset = (day - today).days
    if offset <= 0:
        return "today"
    if offset == 1:
        return "tomorrow"
    if offset < 7:
        return f"on {day:%A}"
    text = f"on {day:%a} {day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"


def next_review_words(dues: Sequence[datetime], now: datetime, tz: tzinfo | None = None) -> str:
    """"Next review tomorrow, 3 questions": the first day with questions due, and how many fall due that day.

    ``dues`` are the due dates after ``now``, soonest first.
    """
    if not dues:
        return NOTHING_SCHEDULED
    first = local_day(dues[0], tz)
    same_day = sum(1 for due in dues if local_day(due, tz) == first)
    return f"Next review {day_words(first, local_day(now, tz))}, {count(same_day, 'question')}."


def comes_back_words(memory: MemoryState, now: datetime, tz: tzinfo | None = None) -> str:
    """After a review answer: "New interval: 3 days · back on Wednesday (9 Dec)"."""
    due_day = local_day(memory.due, tz)
    interval = count(max(1, memory.interval_days), "day")
    today = local_day(now, tz)
    when = day_words(due_day, today)
    if (due_day - today).days < 7:  # "tomorrow", a weekday: the date too
        when = f"{when} ({due_day.day} {due_day:%b})"
    return f"New interval: {interval} · back {when}"
