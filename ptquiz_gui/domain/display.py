"""How every screen and the command line write times, durations, percentages and counts.

One rule each, so an attempt reads the same on Results, in History, in the library and in
``ptquiz history``:

- A duration that has been used (time spent, elapsed) counts whole seconds already gone, as
  a stopwatch does: 59.6 s is ``00:59``. Time left counts up to the next whole second, as an
  exam clock does, so ``00:00`` means the time is over. Both read ``mm:ss`` below an hour
  and ``h:mm:ss`` from an hour up.
- A percentage is never rounded up: 66.7 % of a 67 % pass mark must not read as a pass.
  Whole values show whole (``70%``), others with one decimal cut, not rounded (``66.6%``).
- Moments are local time, ``2026-12-06 17:05``, with seconds where two can fall in one minute.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the library formats at start-up, before the attempt engine is needed
    from ptquiz_gui.domain.attempt import Status

DATE_FORMAT = "%Y-%m-%d"
MINUTE_FORMAT = "%Y-%m-%d %H:%M"
SECOND_FORMAT = "%Y-%m-%d %H:%M:%S"
NO_VALUE = "—"
_EPSILON = 1e-9  # float error: 70.00000000000001 % is 70 %


def _clock(whole_seconds: int) -> str:
    hours, rest = divmod(max(0, whole_seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def duration(seconds: float) -> str:
    """Time used or elapsed: whole seconds already gone."""
    return _clock(math.floor(seconds + _EPSILON))


def time_left(seconds: float) -> str:
    """Time remaining on a clock: up to the next whole second."""
    return _clock(math.ceil(seconds - _EPSILON))


def seconds_used(value: float) -> str:
    """A short time used, such as a pace, in whole seconds already gone: ``59 s``."""
    return f"{math.floor(max(0.0, value) + _EPSILON)} s"


def minutes(seconds: int) -> str:
    """A time limit as people say it: ``15 min``, ``1 min 30 s``."""
    whole, rest = divmod(max(0, seconds), 60)
    return f"{whole} min" if not rest else f"{whole} min {rest} s"


def shown_percent(value: float) -> float:
    """The number ``percent`` shows, cut to a tenth (for charts that print their own labels)."""
    return math.floor(value * 10 + _EPSILON) / 10


def percent(value: float | None) -> str:
    """``70%``, ``66.6%`` (cut, never rounded up), or a dash when there is no value."""
    if value is None:
        return NO_VALUE
    tenths = math.floor(value * 10 + _EPSILON)
    whole, tenth = divmod(tenths, 10)
    return f"{whole}%" if tenth == 0 else f"{whole}.{tenth}%"


def percent_of(part: float, whole: float) -> str:
    """``part`` as a percentage of ``whole``; a dash when ``whole`` is 0."""
    return percent(100.0 * part / whole) if whole else NO_VALUE


def score(points: float, total: int) -> str:
    """``7/10``; fractional points (partial credit) to two decimals, cut: ``6.66/10``."""
    if abs(points - round(points)) < _EPSILON:
        return f"{round(points)}/{total}"
    hundredths = math.floor(points * 100 + _EPSILON)
    return f"{hundredths // 100}.{hundredths % 100:02d}/{total}"


def verdict(passed: bool) -> str:
    return "Passed" if passed else "Not passed"


def attempt_status(status: Status, passed: bool | None, timed_out: bool) -> str:
    """An attempt's state as History and ``ptquiz history`` name it."""
    if status == "in_progress":
        return "In progress"
    if status == "abandoned":
        return "Abandoned"
    text = verdict(bool(passed))
    return f"{text} (time up)" if timed_out else text


def moment(when: datetime) -> str:
    """A local date and time to the minute."""
    return when.astimezone().strftime(MINUTE_FORMAT)


def moment_seconds(when: datetime) -> str:
    """A local date and time to the second (backups, finishing times)."""
    return when.astimezone().strftime(SECOND_FORMAT)


def day(when: datetime) -> str:
    return when.astimezone().strftime(DATE_FORMAT)


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 attempt``, ``3 attempts``, ``12,000 attempts``: the noun agrees with the number."""
    noun = one if n == 1 else (many if many is not None else one + "s")
    return f"{n:,} {noun}"
