"""FSRS cards kept in the history, driven by real attempts on a fake clock: which answers move
a card, when it comes back, the queue's order, and the review log true retention reads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.sample import answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.domain.answer_events import Grade, question_key
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.fsrs_cards import CardScheduler, QuestionCard
from ptquiz_gui.domain.plan import REVIEW_BANK_ID, Mode, PlanKind, plan_for_bank, plan_subset
from ptquiz_gui.storage.history import History

DAY = 24 * 3600


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[History]:
    opened = History.open(data_dir / "history.sqlite3", clock=clock)
    yield opened
    opened.close()


def _cards(store: History) -> dict[str, QuestionCard]:
    return {c.question_key.split("\x1f")[1]: c for c in store.reader.question_cards()}


def _practice(store: History, clock: FakeClock, *, miss: set[int]) -> Attempt:
    """Practice the bank in file order, missing the positions in ``miss``."""
    attempt = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=1, shuffle=False), clock, store.recorder)
    for position in range(attempt.size):
        if position:
            attempt.next()
        (answer_wrong if position in miss else answer_right)(attempt)
    attempt.finish()
    return attempt


def _review(store: History, clock: FakeClock, right: bool) -> Attempt:
    items = store.reader.review_items(clock.now())
    plan = plan_subset(items, title="Review", bank_id=REVIEW_BANK_ID, kind=PlanKind.REVIEW, pass_mark=0, seed=5)
    attempt = Attempt(plan, clock, store.recorder)
    (answer_right if right else answer_wrong)(attempt)
    attempt.finish()
    return attempt


def test_every_answered_question_gets_a_card_and_only_a_miss_schedules_it(store: History, clock: FakeClock) -> None:
    attempt = _practice(store, clock, miss={0})
    cards = _cards(store)
    assert set(cards) == {item.question.id for item in attempt.plan.items}
    missed = cards["q0"]
    assert (missed.answers, missed.misses, missed.reviews) == (1, 1, 1)
    assert missed.memory is not None and missed.memory.due == clock.now() + timedelta(days=1)
    assert all(c.memory is None and c.answers == 1 and c.misses == 0 for k, c in cards.items() if k != "q0")
    assert store.reader.due_count(clock.now()) == 0
    assert store.reader.upcoming_dues(clock.now()) == [missed.memory.due]
    clock.advance(DAY)
    assert store.reader.due_count(clock.now()) == 1


def test_a_right_answer_outside_review_leaves_the_card_as_it_is(store: History, clock: FakeClock) -> None:
    _practice(store, clock, miss={0})
    before = _cards(store)["q0"]
    clock.advance(DAY)
    _practice(store, clock, miss=set())
    after = _cards(store)["q0"]
    assert after.memory == before.memory and after.answers == 2 and after.reviews == 1


def test_a_review_answer_moves_the_card_as_fsrs_says_and_is_logged(store: History, clock: FakeClock) -> None:
    _practice(store, clock, miss={0})
    missed_at = clock.now()
    clock.advance(DAY)
    _review(store, clock, right=True)
    card = _cards(store)["q0"]
    scheduler = CardScheduler()
    expected = scheduler.review(scheduler.review(None, Grade.AGAIN, missed_at), Grade.GOOD, clock.now())
    assert card.memory == expected
    assert card.memory.interval_days >= 2
    [outcome] = store.reader.review_outcomes()
    assert (outcome.interval_days, outcome.elapsed_days, outcome.right) == (1, 1, True)


def test_a_submitted_exam_schedules_its_misses_and_blanks_but_not_its_right_answers(
    store: History, clock: FakeClock
) -> None:
    exam = Attempt(plan_for_bank(make_bank(), Mode.EXAM, seed=1, shuffle=False), clock, store.recorder)
    answer_wrong(exam)
    answer_right(exam)  # changed before submitting: not a miss
    exam.next()
    answer_wrong(exam)  # q1 wrong; q2 and the rest left blank
    assert store.reader.question_cards() == []  # nothing is final until the exam is submitted
    clock.advance(60)
    exam.finish()
    cards = _cards(store)
    assert cards["q0"].memory is None and cards["q0"].misses == 0
    blank = [k for k, c in cards.items() if k not in ("q0", "q1")]
    assert blank and all(cards[k].memory is not None and cards[k].misses == 1 for k in blank)
    assert cards["q1"].memory is not None and cards["q1"].memory.due == clock.now() + timedelta(days=1)


def test_an_abandoned_exam_schedules_nothing(store: History, clock: FakeClock) -> None:
    exam = Attempt(make_plan(mode=Mode.EXAM), clock, store.recorder)
    answer_wrong(exam)
    exam.abandon()
    assert store.reader.question_cards() == []


def test_the_queue_asks_the_least_likely_remembered_first(store: History, clock: FakeClock) -> None:
    _practice(store, clock, miss={1})  # q1 missed first: the longer ago, the lower its chance
    clock.advance(2 * DAY)
    _practice(store, clock, miss={0})
    clock.advance(3 * DAY)
    items = store.reader.review_items(clock.now())
    assert [i.question.id for i in items] == ["q1", "q0"]
    assert all(i.choice_order == tuple(range(len(i.question.choices))) for i in items)


def test_clearing_the_history_removes_cards_and_review_log(store: History, clock: FakeClock) -> None:
    _practice(store, clock, miss={0})
    clock.advance(DAY)
    _review(store, clock, right=False)
    assert store.reader.review_outcomes()
    store.maintenance.clear_history()
    assert store.reader.question_cards() == [] and store.reader.review_outcomes() == []


def test_study_days_count_answers_per_local_day(store: History, clock: FakeClock) -> None:
    _practice(store, clock, miss=set())
    clock.advance(2 * DAY)
    _practice(store, clock, miss=set())
    days = store.reader.study_days()
    assert len(days) == 2 and set(days.values()) == {len(make_bank().questions)}


def test_card_keys_name_bank_and_question() -> None:
    assert question_key("alpha", "q1") != question_key("alph", "aq1")


def test_a_history_moved_out_of_memory_keeps_the_due_dates_of_the_chosen_retention(
    data_dir: Path, clock: FakeClock
) -> None:
    memory = History.in_memory(clock=clock)
    memory.recorder.desired_retention = 0.80
    try:
        _practice(memory, clock, miss={0})
        clock.advance(3 * DAY)
        _review(memory, clock, right=True)
        before = _cards(memory)
        assert memory.recorder.try_attach(data_dir / "history.sqlite3")
        assert not memory.recorder.is_in_memory
        after = _cards(memory)
    finally:
        memory.close()
    assert after == before  # replayed into the file at 0.80, as the session scheduled them
    reviewed = after["q0"].memory
    assert reviewed is not None
    assert reviewed.interval_days == CardScheduler(0.80).interval_days(reviewed.stability)
    assert reviewed.interval_days > CardScheduler(0.90).interval_days(reviewed.stability)
