"""Spaced review kept in the history: Leitner boxes driven by real attempts on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.sample import answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import REVIEW_BANK_ID, Mode, PlanKind, plan_for_bank, plan_subset
from ptquiz_gui.domain.scheduling import INTERVAL_DAYS, LAST_BOX
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


def _miss_first_question(store: History, clock: FakeClock) -> str:
    """Practice the bank in file order, missing only q0."""
    attempt = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=1, shuffle=False), clock, store.recorder)
    answer_wrong(attempt)
    for _ in range(attempt.size - 1):
        attempt.next()
        answer_right(attempt)
    attempt.finish()
    return attempt.plan.items[0].question.id


def _review(store: History, clock: FakeClock, right: bool) -> Attempt:
    items = store.reader.review_items(clock.now())
    assert len(items) == 1
    plan = plan_subset(
        items, title="Review", bank_id=REVIEW_BANK_ID, kind=PlanKind.REVIEW, pass_mark=0, seed=5
    )
    attempt = Attempt(plan, clock, store.recorder)
    (answer_right if right else answer_wrong)(attempt)
    attempt.finish()
    return attempt


def test_a_wrong_answer_puts_the_question_in_box_1_due_tomorrow(
    store: History, clock: FakeClock
) -> None:
    qid = _miss_first_question(store, clock)
    [card] = store.reader.review_cards()
    assert (card.bank_id, card.question_id, card.box, card.lapses) == ("alpha", qid, 1, 1)
    assert card.due == clock.now() + timedelta(days=1)
    assert store.reader.due_count(clock.now()) == 0 and store.reader.due_cards(clock.now()) == []
    clock.advance(DAY)
    assert store.reader.due_count(clock.now()) == 1 and store.reader.due_cards(clock.now()) == [card]


def test_right_answers_in_review_climb_the_boxes_then_retire_the_card(
    store: History, clock: FakeClock
) -> None:
    _miss_first_question(store, clock)
    clock.advance(DAY)
    for box in range(2, LAST_BOX + 1):
        _review(store, clock, right=True)
        [card] = store.reader.review_cards()
        assert card.box == box
        assert card.due == clock.now() + timedelta(days=INTERVAL_DAYS[box])
        clock.advance(INTERVAL_DAYS[box] * DAY - 1)
        assert store.reader.due_count(clock.now()) == 0
        clock.advance(1)
        assert store.reader.due_count(clock.now()) == 1
    _review(store, clock, right=True)  # right in the last box
    assert store.reader.review_cards() == []
    assert store.reader.due_count(clock.now() + timedelta(days=365)) == 0


def test_a_wrong_answer_in_review_sends_the_card_back_to_box_1(store: History, clock: FakeClock) -> None:
    _miss_first_question(store, clock)
    clock.advance(DAY)
    _review(store, clock, right=True)
    clock.advance(2 * DAY)
    _review(store, clock, right=False)
    [card] = store.reader.review_cards()
    assert (card.box, card.lapses) == (1, 2)
    assert card.due == clock.now() + timedelta(days=1)


def test_a_right_answer_outside_review_leaves_the_card_where_it_is(
    store: History, clock: FakeClock
) -> None:
    _miss_first_question(store, clock)
    [before] = store.reader.review_cards()
    clock.advance(DAY)
    attempt = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=1, shuffle=False), clock, store.recorder)
    answer_right(attempt)
    attempt.finish()
    assert store.reader.review_cards() == [before]


def test_an_exam_schedules_only_its_submitted_answers(store: History, clock: FakeClock) -> None:
    exam = Attempt(plan_for_bank(make_bank(), Mode.EXAM, seed=1, shuffle=False), clock, store.recorder)
    answer_wrong(exam)
    answer_right(exam)  # changed before submitting: not a miss
    exam.next()
    answer_wrong(exam)
    assert store.reader.review_cards() == []  # nothing is final until the exam is submitted
    clock.advance(60)
    exam.finish()
    [card] = store.reader.review_cards()
    assert card.question_id == exam.plan.items[1].question.id
    assert card.due == clock.now() + timedelta(days=1)


def test_an_abandoned_exam_schedules_nothing(store: History, clock: FakeClock) -> None:
    exam = Attempt(make_plan(mode=Mode.EXAM), clock, store.recorder)
    answer_wrong(exam)
    exam.abandon()
    assert store.reader.review_cards() == []


def test_review_items_come_from_the_last_snapshot_in_file_order(
    store: History, clock: FakeClock
) -> None:
    attempt = Attempt(make_plan(make_bank("alpha")), clock, store.recorder)  # shuffled choices
    answer_wrong(attempt)
    attempt.finish()
    shown = attempt.plan.items[0].question
    clock.advance(DAY)
    [item] = store.reader.review_items(clock.now())
    assert item.bank_id == "alpha"
    assert item.question == shown  # the text as asked, even if the bank file is gone now
    assert item.choice_order == tuple(range(len(shown.choices)))
