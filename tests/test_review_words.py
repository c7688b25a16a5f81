"""What the review loop says, in the student's local days, in the window's English (its plurals come
from the English catalogue) and German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from ptquiz_gui.domain.fsrs_cards import MemoryState
from ptquiz_gui.domain.review_words import comes_back_words, day_words, next_review_words
from ptquiz_gui.views.language import Translations

NOW = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)  # a Sunday evening


def _language(app: QApplication, code: str) -> Iterator[None]:
    translations = Translations()
    translations.install(app, code)
    yield
    translations.uninstall(app)


pytestmark = pytest.mark.usefixtures("english")  # conftest: the window's English catalogue


def test_days_read_as_today_tomorrow_a_weekday_then_a_date() -> None:
    today = date(2026, 12, 6)
    assert day_words(today, today) == "today"
    assert day_words(today + timedelta(days=1), today) == "tomorrow"
    assert day_words(today + timedelta(days=3), today) == "on Wednesday"
    assert day_words(today + timedelta(days=10), today) == "on Wed 16 Dec"
    assert day_words(date(2027, 1, 20), today) == "on Wed 20 Jan 2027"


def test_next_review_names_the_first_day_and_counts_only_that_day() -> None:
    dues = [NOW + timedelta(hours=h) for h in (13, 14, 20)] + [NOW + timedelta(days=3)]
    assert next_review_words(dues, NOW, UTC) == "Next review tomorrow, 3 questions."
    assert next_review_words(dues[-1:], NOW, UTC) == "Next review on Wednesday, 1 question."
    assert next_review_words([], NOW, UTC) == (
        "Nothing is scheduled for review yet: questions you miss come back here."
    )


def test_a_review_answer_says_the_new_interval_and_the_return_day() -> None:
    memory = MemoryState(9.0, 5.0, NOW, NOW + timedelta(days=9))
    assert comes_back_words(memory, NOW, UTC) == "New interval: 9 days · back on Tue 15 Dec"
    tomorrow = MemoryState(0.2, 6.4, NOW, NOW + timedelta(days=1))
    assert comes_back_words(tomorrow, NOW, UTC) == "New interval: 1 day · back tomorrow (7 Dec)"


def test_the_days_and_counts_read_in_german(qapp: QApplication) -> None:
    for _ in _language(qapp, "de"):
        today = date(2026, 12, 6)
        assert day_words(today + timedelta(days=3), today) == "am Mittwoch"
        assert day_words(today + timedelta(days=10), today) == "am Mi., 16. Dez."
        dues = [NOW + timedelta(hours=13)]
        assert next_review_words(dues, NOW, UTC) == "Nächste Wiederholung morgen, 1 Frage."
        memory = MemoryState(9.0, 5.0, NOW, NOW + timedelta(days=9))
        assert comes_back_words(memory, NOW, UTC) == "Neues Intervall: 9 Tage · wieder fällig am Di., 15. Dez."
