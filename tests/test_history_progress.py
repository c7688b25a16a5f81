"""History → Progress follows the page's one Bank filter, its time axis fits the attempts it
plots, and coming back to History keeps the attempt that was selected."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from history_fixtures import START, banks, fill_history, make_services, run_attempt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain import display
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.history.charts import ScoreChart
from ptquiz_gui.views.history.history_page import HistoryPage


@pytest.fixture
def store(data_dir: Path) -> Iterator[History]:
    opened = History.open(data_dir / "history.sqlite3", clock=FakeClock(START))
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, store: History) -> Iterator[HistoryPage]:
    fill_history(store)
    shown = HistoryPage(make_services(data_dir, store).history_screen(), JobRunner())
    qtbot.addWidget(shown)
    shown.resize(1000, 640)
    shown.refresh()
    yield shown
    shown.jobs.wait_for_all()


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def _axis(chart: ScoreChart) -> tuple[datetime, datetime]:
    low = chart.date_axis.min().toMSecsSinceEpoch() / 1000
    high = chart.date_axis.max().toMSecsSinceEpoch() / 1000
    return datetime.fromtimestamp(low).astimezone(), datetime.fromtimestamp(high).astimezone()


# --- one Bank selector -----------------------------------------------------------------------------


def test_progress_has_no_bank_selector_of_its_own_and_follows_the_page_filter(page: HistoryPage) -> None:
    tab = page.progress_tab
    assert tab.findChildren(QComboBox) == []  # the page's Bank filter is the only one

    # All banks: the bank of the latest finished attempt (beta), and the caption says so
    assert tab.bank_id() == "beta"
    assert tab.score_chart.chart_.title() == "Bank beta — score over time"
    assert not tab.caption.isHidden()
    assert tab.caption.text().startswith("The charts show Bank beta, the bank of your latest finished")

    _choose(page.filter_bar.bank_combo, "Bank gamma")
    assert tab.bank_id() == "gamma" and tab.caption.isHidden()
    assert tab.score_chart.chart_.title() == "Bank gamma — score over time"

    _choose(page.filter_bar.bank_combo, "All banks")
    assert tab.bank_id() == "beta" and not tab.caption.isHidden()


def test_the_chosen_bank_stays_charted_when_the_page_is_read_again(page: HistoryPage) -> None:
    _choose(page.filter_bar.bank_combo, "Bank alpha")
    page.refresh()
    assert page.progress_tab.bank_id() == "alpha" and page.progress_tab.caption.isHidden()


# --- the time axis ---------------------------------------------------------------------------------


def test_attempts_minutes_apart_get_an_axis_of_minutes_read_as_times_of_the_day(qtbot: QtBot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    series = [(START + timedelta(minutes=5 * n), 25.0 * n) for n in range(2)]
    chart.set_scores("Bank alpha", series, 50)

    low, high = _axis(chart)
    assert low <= series[0][0] and high >= series[-1][0]
    assert timedelta(minutes=10) <= high - low <= timedelta(minutes=20)  # not 24 hours
    assert chart.date_axis.format() == "HH:mm"  # ticks minutes apart: no seconds
    assert chart.date_axis.titleText() == display.day(START)


def test_one_attempt_gets_a_few_minutes_either_side(qtbot: QtBot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.set_scores("Bank alpha", [(START, 75.0)], 50)
    low, high = _axis(chart)
    assert high - low == timedelta(minutes=10)
    assert low < START < high
    ticks = (high - low) / (chart.date_axis.tickCount() - 1)
    assert ticks >= timedelta(minutes=1) and chart.date_axis.format() == "HH:mm"


def test_a_long_history_gets_room_in_proportion_and_dates_in_the_labels(qtbot: QtBot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    series = [(START + timedelta(days=30 * n), 50.0) for n in range(7)]  # 180 days
    chart.set_scores("Bank alpha", series, 50)
    low, high = _axis(chart)
    assert series[0][0] - low == high - series[-1][0] == timedelta(days=9)  # a twentieth each side
    assert chart.date_axis.format() == "MMM d" and chart.date_axis.titleText() == ""


def test_a_few_hours_of_one_day_read_as_times_under_the_day(qtbot: QtBot, store: History) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    series = [(START + timedelta(hours=n), 50.0) for n in range(4)]
    chart.set_scores("Bank alpha", series, 50)
    low, high = _axis(chart)
    assert high - low == timedelta(hours=3) * 1.1
    assert chart.date_axis.format() == "HH:mm" and chart.date_axis.titleText() == display.day(START)


# --- the selection ---------------------------------------------------------------------------------


def test_coming_back_keeps_the_selected_attempt_selected(page: HistoryPage, store: History) -> None:
    page.attempts_tab.select_row(4)
    chosen = page.attempts_tab.current_summary()
    assert chosen is not None
    opened: list[int] = []
    page.attempt_opened.connect(opened.append)
    page.attempts_tab.open_button.click()
    assert opened == [chosen.id]

    page.refresh()  # what the window does when History is shown again
    again = page.attempts_tab.current_summary()
    assert again is not None and again.id == chosen.id

    run_attempt(store, banks()[0], Mode.PRACTICE, at=START + timedelta(days=6), right=2)  # a new row on top
    page.refresh()
    again = page.attempts_tab.current_summary()
    assert again is not None and again.id == chosen.id
    assert page.model.row_of(chosen.id) == 5
