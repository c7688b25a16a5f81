"""The display module's ``Locale`` for the window: Qt's translations and ``QLocale``.

English keeps the house style of the command line (``12,000``, ``66.6%``, ISO dates) through
the C locale with digit grouping; every other language writes numbers and dates as its
``QLocale`` does (``12.000``, ``66,6 %``, ``06.12.26 17:05`` in German).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ptquiz_gui.domain.display import Precision

_ISO: dict[Precision, str] = {"day": "yyyy-MM-dd", "minute": "yyyy-MM-dd HH:mm", "second": "yyyy-MM-dd HH:mm:ss"}


def number_locale(language: str) -> QLocale:
    """The ``QLocale`` numbers and dates follow for a UI language code (``en``, ``de``)."""
    if language in ("en", "pseudo", ""):
        locale = QLocale.c()
        locale.setNumberOptions(QLocale.NumberOption.OmitLeadingZeroInExponent)  # groups digits
        return locale
    return QLocale(language)


class QtLocaleFormat:
    """Words through ``QCoreApplication.translate``; numbers, percentages and moments through ``QLocale``."""

    def __init__(self, language: str) -> None:
        self._locale = number_locale(language)
        self._iso = language in ("en", "pseudo", "")
        short_date = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        self._patterns: dict[Precision, str] = (
            _ISO
            if self._iso
            else {"day": short_date, "minute": f"{short_date} HH:mm", "second": f"{short_date} HH:mm:ss"}
        )

    @property
    def locale(self) -> QLocale:
        return self._locale

    def translate(self, context: str, text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self._locale.toString(int(round(value)))
        return self._locale.toString(float(value), "f", decimals)

    def percent(self, number: str) -> str:
        sign = self._locale.percent()
        return f"{number}{sign}" if self._iso else f"{number}\N{NO-BREAK SPACE}{sign}"

    def moment(self, when: datetime, precision: Precision) -> str:
        from PySide6.QtCore import QDateTime, QTimeZone  # not before the first paint, which shows no time

        local = when.astimezone()
        stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()), QTimeZone.systemTimeZone())
        return self._locale.toString(stamp, self._patterns[precision])
