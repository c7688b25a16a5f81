"""The one display module: each rounding and wording rule, tested once for every screen and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Status


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "00:00"), (0.99, "00:00"), (59.6, "00:59"), (60, "01:00"), (3599.9, "59:59"), (3600, "1:00:00"),
     (3725.5, "1:02:05"), (-3, "00:00")],
)
def test_time_used_counts_whole_seconds_already_gone(seconds: float, shown: str) -> None:
    assert display.duration(seconds) == shown


@pytest.mark.parametrize(("seconds", "shown"), [(0, "00:00"), (0.2, "00:01"), (59.6, "01:00"), (600, "10:00")])
def test_time_left_counts_up_to_the_next_second(seconds: float, shown: str) -> None:
    assert display.time_left(seconds) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, "—"), (0, "0%"), (50, "50%"), (100, "100%"), (200 / 3, "66.6%"), (66.7, "66.7%"), (69.99, "69.9%"),
     (100 * 7 / 10, "70%"), (12.5, "12.5%")],
)
def test_percentages_are_cut_never_rounded_up(value: float | None, shown: str) -> None:
    assert display.percent(value) == shown


@given(st.integers(min_value=1, max_value=500), st.data())
def test_a_shown_percentage_never_exceeds_the_true_one(total: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(min_value=0, max_value=total))
    shown = float(display.percent_of(part, total).rstrip("%"))
    assert shown <= 100 * part / total + 1e-9
    assert 100 * part / total - shown < 0.1 + 1e-9


def test_percent_of_nothing_is_a_dash() -> None:
    assert display.percent_of(3, 0) == "—"


@pytest.mark.parametrize(("points", "total", "shown"), [(7, 10, "7/10"), (6.666, 10, "6.66/10"), (0.5, 2, "0.50/2")])
def test_scores_show_fractions_of_a_point_to_two_decimals(points: float, total: int, shown: str) -> None:
    assert display.score(points, total) == shown


def test_counts_agree_with_their_noun() -> None:
    assert display.count(1, "attempt") == "1 attempt"
    assert display.count(0, "attempt") == "0 attempts"
    assert display.count(12000, "attempt") == "12,000 attempts"
    assert display.count(2, "query", "queries") == "2 queries"


def test_moments_are_local_time_in_one_format() -> None:
    when = datetime(2026, 12, 6, 17, 5, 9, tzinfo=UTC)
    local = when.astimezone()
    assert display.moment(when) == local.strftime("%Y-%m-%d %H:%M")
    assert display.moment_seconds(when) == local.strftime("%Y-%m-%d %H:%M:%S")
    assert display.day(when) == local.strftime("%Y-%m-%d")


def test_one_verdict_wording() -> None:
    assert (display.verdict(True), display.verdict(False)) == ("Passed", "Not passed")


def test_time_limits_read_as_minutes() -> None:
    assert display.minutes(900) == "15 min"
    assert display.minutes(90) == "1 min 30 s"


@pytest.mark.parametrize(("seconds", "shown"), [(0, "0 s"), (19.87, "19 s"), (30, "30 s"), (-1, "0 s")])
def test_a_pace_counts_whole_seconds_already_gone(seconds: float, shown: str) -> None:
    assert display.seconds_used(seconds) == shown


@pytest.mark.parametrize(("value", "shown"), [(200 / 3, 66.6), (100 * 7 / 10, 70.0), (69.99, 69.9), (0, 0.0)])
def test_a_chart_bar_is_the_number_the_label_shows(value: float, shown: float) -> None:
    assert display.shown_percent(value) == shown
    assert display.percent(value) == f"{shown:g}%"


@pytest.mark.parametrize(
    ("status", "passed", "timed_out", "shown"),
    [
        (Status.IN_PROGRESS, None, False, "In progress"),
        (Status.ABANDONED, None, False, "Abandoned"),
        (Status.FINISHED, True, False, "Passed"),
        (Status.FINISHED, False, False, "Not passed"),
        (Status.FINISHED, False, True, "Not passed (time up)"),
    ],
)
def test_an_attempt_state_has_one_name(status: Status, passed: bool | None, timed_out: bool, shown: str) -> None:
    assert display.attempt_status(status, passed, timed_out) == shown
