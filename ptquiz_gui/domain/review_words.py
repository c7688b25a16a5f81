"""What the review loop says: when a reviewed question comes back, and when the next review is.

Days are the student's local calendar days (``review_stats.local_day``): a question due
at 08:00 tomorrow is "tomorrow" tonight, whatever the hours in between.

The words are shown in the window, in its language; the plural forms ("1 day", "3 days") come
from the window's catalogue, English included.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from ptquiz_gui.domain import display
from ptquiz_gui.domain.fsrs_cards import MemoryState
from ptquiz_gui.domain.review_stats import local_day


review_words = display.TranslationContext("review_words")  # named as its translation context


def _weekday(day: date) -> str:
    names = (
        review_words.tr("Monday"),
        review_words.tr("Tuesday"),
        review_words.tr("Wednesday"),
        review_words.tr("Thursday"),
        review_words.tr("Friday"),
        review_words.tr("Saturday"),
        review_words.tr("Sunday"),
    )
    return names[day.weekday()]


def _short_weekday(day: date) -> str:
    names = (
        review_words.tr("Mon"),
        review_words.tr("Tue"),
        review_words.tr("Wed"),
        review_words.tr("Thu"),
        review_words.tr("Fri"),
        review_words.tr("Sat"),
        review_words.tr("Sun"),
    )
    return names[day.weekday()]


def _short_month(day: date) -> str:
    names = (
        review_words.tr("Jan"),
        review_words.tr("Feb"),
        review_words.tr("Mar"),
        review_words.tr("Apr"),
        review_words.tr("May"),
        review_words.tr("Jun"),
        review_words.tr("Jul"),
        review_words.tr("Aug"),
        review_words.tr("Sep"),
        review_words.tr("Oct"),
        review_words.tr("Nov"),
        review_words.tr("Dec"),
    )
    return names[day.month - 1]


def day_words(day: date, today: date) -> str:
    """``today``, ``tomorrow``, ``on Wednesday`` within a week, else ``on Wed 16 Dec`` (year added when it differs)."""
    offset = (day - today).days
    if offset <= 0:
        return review_words.tr("today")
    if offset == 1:
        return review_words.tr("tomorrow")
    if offset < 7:
        return review_words.tr("on {weekday}").format(weekday=_weekday(day))
    weekday, month = _short_weekday(day), _short_month(day)
    if day.year == today.year:
        return review_words.tr("on {weekday} {day} {month}").format(weekday=weekday, day=day.day, month=month)
    return review_words.tr("on {weekday} {day} {month} {year}").format(
        weekday=weekday, day=day.day, month=month, year=day.year
    )


def next_review_words(dues: Sequence[datetime], now: datetime, tz: tzinfo | None = None) -> str:
    """"Next review tomorrow, 3 questions": the first day with questions due, and how many fall due that day.

    ``dues`` are the due dates after ``now``, soonest first.
    """
    if not dues:
        return review_words.tr("Nothing is scheduled for review yet: questions you miss come back here.")
    first = local_day(dues[0], tz)
    same_day = sum(1 for due in dues if local_day(due, tz) == first)
    when = day_words(first, local_day(now, tz))
    return review_words.tr("Next review {when}, %n questions.", "", same_day).format(when=when)


def comes_back_words(memory: MemoryState, now: datetime, tz: tzinfo | None = None) -> str:
    """After a review answer: "New interval: 3 days · back on Wednesday (9 Dec)"."""
    due_day = local_day(memory.due, tz)
    interval = max(1, memory.interval_days)
    today = local_day(now, tz)
    when = day_words(due_day, today)
    if (due_day - today).days < 7:  # "tomorrow", a weekday: the date too
        date_words = review_words.tr("{day} {month}").format(day=due_day.day, month=_short_month(due_day))
        return review_words.tr("New interval: %n days · back {when} ({date})", "", interval).format(
            when=when, date=date_words
        )
    return review_words.tr("New interval: %n days · back {when}", "", interval).format(when=when)
