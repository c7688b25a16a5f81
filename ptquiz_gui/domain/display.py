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
- A line of parts (key hints, counts) is joined by `` · `` and breaks between parts only.

The command line writes English in the house style above (``PLAIN``). The window installs a
``Locale`` backed by ``QLocale`` and Qt's translations (``views/locale_format.py``) with
``use_locale`` once, at start: numbers, dates and words then follow the chosen language,
while the rules (cut, never rounded up; whole seconds) stay the same.
"""

from __future__ import annotations

import math
from datetime import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:  # the library formats at start-up, before the attempt engine is needed
    from ptquiz_gui.domain.attempt import Status

DATE_FORMAT = "%Y-%m-%d"
MINUTE_FORMAT = "%Y-%m-%d %H:%M"
SECOND_FORMAT = "%Y-%m-%d %H:%M:%S"
NO_VALUE = "—"
SEPARATOR = " · "
# Inside a part, spaces are no-break spaces and a word joiner follows each slash: a line never
# breaks within "Ctrl+R review", "↑/↓ choose" or "0 flagged".
_UNBROKEN = str.maketrans({" ": "\N{NO-BREAK SPACE}", "/": "/\N{WORD JOINER}"})
_EPSILON = 1e-9  # float error: 70.00000000000001 % is 70 %

Precision = Literal["day", "minute", "second"]
_PATTERNS: dict[Precision, str] = {"day": DATE_FORMAT, "minute": MINUTE_FORMAT, "second": SECOND_FORMAT}


class Locale(Protocol):
    """How words, numbers and moments are written in one language."""

    def translate(self, context: str, text: str, n: int = -1) -> str:
        """``text`` in this language; ``%n`` in it becomes ``n``, with the plural form it takes."""
        ...

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` with exactly ``decimals`` decimals (already cut by the caller), grouped."""
        ...

    def percent(self, number: str) -> str:
        """A number already written by ``number`` as a percentage: ``66.6%``, ``66,6 %``."""
        ...

    def moment(self, when: datetime, precision: Precision) -> str:
        """A local date, or date and time, to the given precision."""
        ...


class PlainEnglish:
    """The house style of the command line: English, ``12,000``, ``66.6%``, ISO dates."""

    def translate(self, context: str, text: str, n: int = -1) -> str:
        del context
        return text.replace("%n", str(n)) if n >= 0 else text

    def number(self, value: float, decimals: int = 0) -> str:
        return f"{value:,.{decimals}f}"

    def percent(self, number: str) -> str:
        return f"{number}%"

    def moment(self, when: datetime, precision: Precision) -> str:
        return when.astimezone().strftime(_PATTERNS[precision])


PLAIN = PlainEnglish()
_locale: Locale = PLAIN


def use_locale(locale: Locale) -> None:
    """Write everything from now on in ``locale`` (the window calls this once, at start)."""
    global _locale
    _locale = locale


def current_locale() -> Locale:
    return _locale


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language: how Qt-free code marks a string shown in the window.

    ``pyside6-lupdate`` finds these calls as it finds ``QCoreApplication.translate``.
    """
    return _locale.translate(context, text)


class TranslationContext:
    """Plural forms for Qt-free code. ``pyside6-lupdate`` reads ``<name>.tr("%n days", "", n)``
    as a plural message in the context ``<name>`` (it reads no plural from ``translate``), so a
    module keeps one of these in a variable named as its context."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        del disambiguation
        return _locale.translate(self.name, text, n)


display = TranslationContext("display")


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
    return display.tr("%n s", "", math.floor(max(0.0, value) + _EPSILON))


def minutes(seconds: int) -> str:
    """A time limit as people say it: ``15 min``, ``1 min 30 s``."""
    whole, rest = divmod(max(0, seconds), 60)
    if not rest:
        return display.tr("%n min", "", whole)
    return translate("display", "{minutes} min {seconds} s").format(minutes=whole, seconds=rest)


def shown_percent(value: float) -> float:
    """The number ``percent`` shows, cut to a tenth (for charts that print their own labels)."""
    return math.floor(value * 10 + _EPSILON) / 10


def percent(value: float | None) -> str:
    """``70%``, ``66.6%`` (cut, never rounded up), or a dash when there is no value."""
    if value is None:
        return NO_VALUE
    tenths = math.floor(value * 10 + _EPSILON)
    return _locale.percent(_locale.number(tenths / 10, 0 if tenths % 10 == 0 else 1))


def percent_of(part: float, whole: float) -> str:
    """``part`` as a percentage of ``whole``; a dash when ``whole`` is 0."""
    return percent(100.0 * part / whole) if whole else NO_VALUE


def score(points: float, total: int) -> str:
    """``7/10``; fractional points (partial credit) to two decimals, cut: ``6.66/10``."""
    if abs(points - round(points)) < _EPSILON:
        return f"{_locale.number(round(points))}/{_locale.number(total)}"
    hundredths = math.floor(points * 100 + _EPSILON)
    return f"{_locale.number(hundredths / 100, 2)}/{_locale.number(total)}"


def verdict(passed: bool) -> str:
    return translate("display", "Passed") if passed else translate("display", "Not passed")


def attempt_status(status: Status, passed: bool | None, timed_out: bool) -> str:
    """An attempt's state as History and ``ptquiz history`` name it."""
    if status == "in_progress":
        return translate("display", "In progress")
    if status == "abandoned":
        return translate("display", "Abandoned")
    if timed_out:
        return translate("display", "Passed (time up)") if passed else translate("display", "Not passed (time up)")
    return verdict(bool(passed))


def moment(when: datetime) -> str:
    """A local date and time to the minute."""
    return _locale.moment(when, "minute")


def moment_seconds(when: datetime) -> str:
    """A local date and time to the second (backups, finishing times)."""
    return _locale.moment(when, "second")


def day(when: datetime) -> str:
    return _locale.moment(when, "day")


def parts_line(parts: Iterable[str]) -> str:
    """``parts`` joined by ``SEPARATOR``, a line breaking between two parts only."""
    return SEPARATOR.join(part.translate(_UNBROKEN) for part in parts)


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 attempt``, ``3 attempts``, ``12,000 attempts``: the noun agrees with the number.

    English only, for the command line; the window writes counts through Qt's plural forms
    (``tr("%Ln attempts", "", n)``).
    """
    noun = one if n == 1 else (many if many is not None else one + "s")
    return f"{n:,} {noun}"
