"""The review queue, the reviews a retention costs, the due forecast, true retention, days studied."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptquiz_gui.domain.fsrs_cards import CardScheduler, MemoryState, QuestionCard, ReviewOutcome
from ptquiz_gui.domain.review_queue import due_queue, expected_reviews_per_day
from ptquiz_gui.domain.review_stats import (
    FORECAST_DAYS,
    current_streak,
    due_forecast,
    local_day,
    study_days,
    true_retention,
)

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SCHEDULER = CardScheduler()


def card(key: str, stability: float | None, last_days_ago: float = 0.0, due_in_days: float = 1.0) -> QuestionCard:
    memory = None
    if stability is not None:
        memory = MemoryState(
            stability, 5.0, NOW - timedelta(days=last_days_ago), NOW + timedelta(days=due_in_days)
        )
    return QuestionCard(key, "bank", NOW, NOW, 1, int(memory is not None), int(memory is not None), memory)


# the queue


def test_the_queue_holds_due_cards_lowest_retrievability_first() -> None:
    cards = [
        card("fresh", 10.0, last_days_ago=2, due_in_days=-1),  # R high: 2 days of a 10-day stability
        card("fading", 1.0, last_days_ago=5, due_in_days=-4),  # R low
        card("middle", 3.0, last_days_ago=4, due_in_days=-1),
        card("not yet", 1.0, last_days_ago=9, due_in_days=1),  # lowest R, but not due
        card("never missed", None),
    ]
    queue = due_queue(cards, NOW, SCHEDULER)
    assert [q.card.question_key for q in queue] == ["fading", "middle", "fresh"]
    assert [q.retrievability for q in queue] == sorted(q.retrievability for q in queue)
    assert queue[-1].retrievability == pytest.approx(SCHEDULER.retrievability(cards[0].memory, NOW))  # type: ignore[arg-type]


def test_equal_retrievability_puts_the_longest_overdue_first_then_the_key() -> None:
    cards = [card("b", 2.0, 3, -1), card("c", 2.0, 3, -2), card("a", 2.0, 3, -1)]
    assert [q.card.question_key for q in due_queue(cards, NOW, SCHEDULER)] == ["c", "a", "b"]


# expected reviews per day


def some_cards() -> list[QuestionCard]:
    return [card(f"q{i}", s, 0, 1) for i, s in enumerate((0.2, 1.0, 2.3, 5.0, 12.0, 40.0, 120.0))]


def test_a_higher_desired_retention_costs_more_reviews_a_day() -> None:
    cards = some_cards()
    workload = [expected_reviews_per_day(cards, r, NOW) for r in (0.80, 0.90, 0.97)]
    assert 0 < workload[0] < workload[1] < workload[2] <= len(cards)


def test_the_workload_estimate_is_repeatable_and_zero_without_scheduled_cards() -> None:
    cards = some_cards()
    assert expected_reviews_per_day(cards, 0.9, NOW) == expected_reviews_per_day(cards, 0.9, NOW)
    assert expected_reviews_per_day([card("x", None)], 0.9, NOW) == 0.0
    with pytest.raises(ValueError, match="0.80-0.97"):
        expected_reviews_per_day(cards, 0.99, NOW)


def test_a_large_collection_is_sampled_and_scaled_to_its_size() -> None:
    one = expected_reviews_per_day([card("q", 2.0)], 0.9, NOW, days=90)
    many = expected_reviews_per_day([card(f"q{i}", 2.0) for i in range(3000)], 0.9, NOW, days=90)
    assert many / 3000 == pytest.approx(one, rel=0.1)


def test_a_card_reviewed_daily_costs_at_most_one_review_a_day() -> None:
    # a lowest-stability card stays on one-day intervals only while it keeps being missed
    assert 0 < expected_reviews_per_day([card("q", 0.01)], 0.97, NOW, days=30) <= 1.0


# due forecast


def test_the_forecast_counts_cards_per_day_with_overdue_ones_today() -> None:
    cards = [card("late", 1.0, 5, -3), card("today", 1.0, 1, 0.2), card("tomorrow", 1.0, 0, 1), card("far", 1, 0, 45)]
    forecast = due_forecast([*cards, card("never missed", None)], NOW, tz=UTC)
    assert len(forecast) == FORECAST_DAYS
    assert forecast[0].day == date(2026, 1, 5) and forecast[-1].day == date(2026, 2, 3)
    assert [d.count for d in forecast[:3]] == [2, 1, 0]
    assert sum(d.count for d in forecast) == 3


def test_the_forecast_uses_the_local_day() -> None:
    evening = datetime(2026, 1, 5, 21, 0, tzinfo=UTC)
    late = QuestionCard("q", "b", NOW, NOW, 1, 1, 1, MemoryState(1.0, 5.0, NOW, datetime(2026, 1, 5, 23, 30, tzinfo=UTC)))
    plus_two = timezone(timedelta(hours=2))
    assert [d.count for d in due_forecast([late], evening, 2, tz=UTC)] == [1, 0]
    assert [d.count for d in due_forecast([late], evening, 2, tz=plus_two)] == [0, 1]  # 01:30 the next local day


# true retention


def outcome(interval: int, right: bool, days_ago: float = 1) -> ReviewOutcome:
    return ReviewOutcome("q", "bank", NOW - timedelta(days=days_ago), interval, interval, right)


def test_true_retention_splits_young_and_mature_at_21_days() -> None:
    reviews = [outcome(1, True), outcome(1, False), outcome(20, True), outcome(21, True), outcome(100, False)]
    table = true_retention(reviews)
    assert (table.young.reviews, table.young.right) == (3, 2) and table.young.retention == pytest.approx(2 / 3)
    assert (table.mature.reviews, table.mature.right, table.mature.retention) == (2, 1, 0.5)
    assert (table.total.reviews, table.total.right) == (5, 3)


def test_true_retention_by_interval_band() -> None:
    reviews = [outcome(1, True), outcome(2, False), outcome(6, True), outcome(7, True), outcome(89, True)]
    bands = {b.label: (b.reviews, b.right) for b in true_retention(reviews).bands}
    assert bands == {
        "1 day": (1, 1),
        "2–6 days": (2, 1),
        "7–20 days": (1, 1),
        "21–89 days": (1, 1),
        "90 days or more": (0, 0),
    }
    assert true_retention(reviews).bands[-1].retention is None


def test_true_retention_since_a_moment_keeps_the_later_reviews() -> None:
    reviews = [outcome(3, False, days_ago=40), outcome(3, True, days_ago=2)]
    assert true_retention(reviews, since=NOW - timedelta(days=30)).total.retention == 1.0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.booleans()), max_size=40))
def test_the_bands_and_the_young_mature_split_each_count_every_review_once(pairs: list[tuple[int, bool]]) -> None:
    table = true_retention([outcome(i, r) for i, r in pairs])
    assert sum(b.reviews for b in table.bands) == table.young.reviews + table.mature.reviews == len(pairs)
    assert sum(b.right for b in table.bands) == table.total.right == sum(r for _, r in pairs)


# days studied and the streak


def test_study_days_count_answers_per_local_day() -> None:
    times = [datetime(2026, 1, 5, 8, tzinfo=UTC), datetime(2026, 1, 5, 22, 30, tzinfo=UTC), datetime(2026, 1, 7, 1, tzinfo=UTC)]
    assert study_days(times, UTC) == {date(2026, 1, 5): 2, date(2026, 1, 7): 1}
    plus_two = timezone(timedelta(hours=2))
    assert study_days(times, plus_two) == {date(2026, 1, 5): 1, date(2026, 1, 6): 1, date(2026, 1, 7): 1}
    assert local_day(times[1]) == times[1].astimezone().date()  # no zone given: the computer's own


def test_the_streak_counts_days_up_to_today_and_survives_until_today_ends() -> None:
    today = date(2026, 1, 10)
    days = {today - timedelta(days=d) for d in (0, 1, 2, 4)}
    assert current_streak(days, today) == 3
    assert current_streak(days - {today}, today) == 2  # nothing yet today: the streak runs to yesterday
    assert current_streak(days - {today, today - timedelta(days=1)}, today) == 0
    assert current_streak(set(), today) == 0
