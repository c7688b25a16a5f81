"""FSRS cards: how an answer is graded, when it changes a card, and replaying a history into cards.

The hand-checked numbers come from FSRS-6's default parameters in fsrs 6.3.2: a first
Again gives stability w0 = 0.212 days, a first Good w2 = 2.3065 days (Hard would give
w1 = 1.2931), and at 90 % desired retention the interval equals the stability.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptquiz_gui.domain.answer_events import AnswerEvent, Grade, changes_card, grade_of
from ptquiz_gui.domain.fsrs_cards import (
    MAX_RETENTION,
    MIN_RETENTION,
    PROGRESS_EVERY,
    CardScheduler,
    MemoryState,
    QuestionCard,
    check_retention,
    review_outcome,
)

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def ev(
    hours: float, score: float | Fraction = 1, *, review: bool = False, blank: bool = False, key: str = "q"
) -> AnswerEvent:
    return AnswerEvent(key, "bank", START + timedelta(hours=hours), score, review, blank)


def card_after(*events: AnswerEvent, retention: float = 0.9) -> QuestionCard:
    replay = CardScheduler(retention).replay(list(events))
    return replay.cards[events[0].question_key]


# grading


def test_a_wrong_answer_grades_again_and_a_right_one_good() -> None:
    assert grade_of(ev(0, 0)) is Grade.AGAIN
    assert grade_of(ev(0, 1)) is Grade.GOOD
    assert grade_of(ev(0, True)) is Grade.GOOD and grade_of(ev(0, False)) is Grade.AGAIN


def test_a_question_left_unanswered_in_an_exam_grades_again() -> None:
    assert grade_of(ev(0, 0, blank=True)) is Grade.AGAIN


def test_with_partial_scoring_anything_short_of_full_marks_is_again() -> None:
    assert grade_of(ev(0, Fraction(2, 3))) is Grade.AGAIN
    assert grade_of(ev(0, 0.99)) is Grade.AGAIN
    assert grade_of(ev(0, Fraction(3, 3))) is Grade.GOOD
    assert grade_of(ev(0, 1 / 3 + 1 / 3 + 1 / 3 - 1e-12)) is Grade.GOOD  # float thirds summing to a hair under 1


def test_a_failure_is_never_graded_hard() -> None:
    assert set(Grade) == {Grade.AGAIN, Grade.GOOD}
    missed = card_after(ev(0, Fraction(1, 2), review=True))
    assert missed.memory is not None and missed.memory.stability == pytest.approx(0.212)  # Again's, not Hard's 1.2931


def test_outside_review_only_a_miss_changes_a_card() -> None:
    assert not changes_card(ev(0, 1))
    assert changes_card(ev(0, 0))
    assert changes_card(ev(0, 0, blank=True))
    assert changes_card(ev(0, 1, review=True)) and changes_card(ev(0, 0, review=True))


def test_an_answer_needs_a_time_zone_and_a_score_between_0_and_1() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        AnswerEvent("q", "bank", datetime(2026, 1, 5, 9), 1)
    with pytest.raises(ValueError, match="outside 0-1"):
        AnswerEvent("q", "bank", START, 1.5)


# cards


def test_every_answered_question_gets_a_card_but_a_right_answer_schedules_nothing() -> None:
    card = card_after(ev(0, 1), ev(24, 1))
    assert (card.answers, card.misses, card.reviews, card.memory) == (2, 0, 0, None)
    assert card.first_answered == START and card.last_answered == START + timedelta(hours=24)
    assert not card.is_due(START + timedelta(days=400))


def test_a_first_miss_is_due_a_day_later_with_no_same_day_step() -> None:
    card = card_after(ev(0, 0))
    assert card.memory is not None
    assert card.memory.due == START + timedelta(days=1)
    assert card.memory.difficulty == pytest.approx(6.4133)  # w4, Again's initial difficulty
    assert not card.is_due(START + timedelta(hours=23)) and card.is_due(START + timedelta(days=1))


def test_a_first_right_review_follows_fsrs_good() -> None:
    card = card_after(ev(0, 1, review=True))
    assert card.memory is not None
    assert card.memory.stability == pytest.approx(2.3065)
    assert card.memory.interval_days == 2  # round(2.3065) at 90 %


def test_a_lucky_exam_guess_does_not_push_a_card_out() -> None:
    missed = card_after(ev(0, 0))
    guessed = card_after(ev(0, 0), ev(5, 1), ev(30, 1))
    assert guessed.memory == missed.memory
    assert (guessed.answers, guessed.misses, guessed.reviews) == (3, 1, 1)


def test_a_right_review_on_time_lengthens_the_interval_and_a_miss_shortens_it() -> None:
    missed = card_after(ev(0, 0))
    assert missed.memory is not None
    due_hours = 24 * missed.memory.interval_days
    right = card_after(ev(0, 0), ev(due_hours, 1, review=True))
    wrong = card_after(ev(0, 0), ev(due_hours, 0, review=True))
    assert right.memory is not None and wrong.memory is not None
    assert right.memory.stability > missed.memory.stability > wrong.memory.stability
    assert right.memory.interval_days >= missed.memory.interval_days >= wrong.memory.interval_days >= 1


def test_a_miss_in_an_exam_counts_even_for_a_scheduled_card() -> None:
    reviewed = card_after(ev(0, 0), ev(24, 1, review=True))
    then_missed = card_after(ev(0, 0), ev(24, 1, review=True), ev(100, 0))
    assert reviewed.memory is not None and then_missed.memory is not None
    assert then_missed.memory.stability < reviewed.memory.stability
    assert then_missed.misses == 2


# desired retention


def test_desired_retention_is_checked_against_its_range() -> None:
    assert check_retention(MIN_RETENTION) == 0.80 and check_retention(MAX_RETENTION) == 0.97
    for bad in (0.79, 0.98, 0.0, 1.0):
        with pytest.raises(ValueError, match="0.80-0.97"):
            CardScheduler(bad)


def test_a_higher_retention_gives_shorter_intervals() -> None:
    intervals = [CardScheduler(r).interval_days(10.0) for r in (0.80, 0.90, 0.97)]
    assert intervals[1] == 10  # at 90 % the interval is the stability
    assert intervals[0] > intervals[1] > intervals[2] >= 1


def test_retrievability_is_90_percent_after_stability_days_and_falls_with_time() -> None:
    scheduler = CardScheduler()
    memory = MemoryState(10.0, 5.0, START, START + timedelta(days=10))
    assert scheduler.retrievability(memory, START) == 1.0
    assert scheduler.retrievability(memory, START + timedelta(days=10)) == pytest.approx(0.9)
    assert scheduler.retrievability(memory, START + timedelta(days=10, hours=23)) == pytest.approx(0.9)  # whole days
    values = [scheduler.retrievability(memory, START + timedelta(days=d)) for d in range(0, 400, 7)]
    assert values == sorted(values, reverse=True) and values[-1] > 0


# replay

events_strategy = st.lists(
    st.builds(
        ev,
        hours=st.floats(0, 24 * 200, allow_nan=False),
        score=st.sampled_from([0, 1, Fraction(1, 2)]),
        review=st.booleans(),
        blank=st.booleans(),
        key=st.sampled_from(["a", "b"]),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(events_strategy, st.sampled_from([0.8, 0.9, 0.97]))
def test_replay_equals_answering_one_by_one_and_the_librarys_reschedule(
    events: list[AnswerEvent], retention: float
) -> None:
    scheduler = CardScheduler(retention)
    replayed = scheduler.replay(events).cards
    one_by_one: dict[str, QuestionCard] = {}
    outcomes = []
    for event in sorted(events, key=lambda e: e.answered_at):
        before = one_by_one.get(event.question_key)
        outcome = review_outcome(before, event)
        outcomes += [outcome] if outcome is not None else []
        one_by_one[event.question_key] = scheduler.answer(before, event)
    assert replayed == one_by_one
    assert scheduler.replay(events).reviews == outcomes
    for key, card in replayed.items():
        assert card.memory == scheduler.rescheduled_by_library(e for e in events if e.question_key == key)
        assert card.answers == sum(e.question_key == key for e in events)


@settings(max_examples=40, deadline=None)
@given(events_strategy)
def test_replay_does_not_depend_on_the_order_answers_are_handed_over(events: list[AnswerEvent]) -> None:
    scheduler = CardScheduler()
    assert scheduler.replay(events).cards == scheduler.replay(sorted(events, key=lambda e: e.answered_at)).cards


@settings(max_examples=40, deadline=None)
@given(events_strategy)
def test_every_scheduled_card_is_due_at_least_a_day_after_its_last_review(events: list[AnswerEvent]) -> None:
    scheduler = CardScheduler()
    for card in scheduler.replay(events).cards.values():
        if card.memory is not None:
            assert card.memory.interval_days == scheduler.interval_days(card.memory.stability) >= 1
            assert card.memory.due - card.memory.last_review >= timedelta(days=1)


def test_times_in_any_zone_give_the_same_card_as_in_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    utc_events = [ev(0, 0), ev(30, 1, review=True), ev(100, 0, review=True)]
    local_events = [
        AnswerEvent(e.question_key, e.bank_id, e.answered_at.astimezone(plus_two), e.score, e.in_review_session)
        for e in utc_events
    ]
    assert card_after(*local_events).memory == card_after(*utc_events).memory


def test_replay_reports_progress_and_ends_at_the_total() -> None:
    events = [ev(i / 100, i % 2, key=f"q{i % 50}") for i in range(PROGRESS_EVERY * 2 + 5)]
    seen: list[tuple[int, int]] = []
    CardScheduler().replay(events, progress=lambda done, total: seen.append((done, total)))
    total = len(events)
    assert seen == [(PROGRESS_EVERY, total), (2 * PROGRESS_EVERY, total), (total, total)]


def test_replay_records_review_answers_of_scheduled_cards_with_their_interval() -> None:
    replay = CardScheduler().replay([ev(0, 1, review=True), ev(50, 0, review=True), ev(60, 0), ev(200, 1, review=True)])
    assert [(r.interval_days, r.elapsed_days, r.right) for r in replay.reviews] == [(2, 2, False), (1, 5, True)]
    assert [r.answered_at for r in replay.reviews] == [START + timedelta(hours=50), START + timedelta(hours=200)]
