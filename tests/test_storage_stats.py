"""Progress figures: best score per bank, score over time, topic accuracy, most-missed questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.sample import answer_right, answer_wrong, make_bank

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.domain.plan import Mode, PlanKind, plan_for_bank, plan_mixed, plan_subset
from ptquiz_gui.domain.result import TopicScore
from ptquiz_gui.storage.history import History


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[History]:
    opened = History.open(data_dir / "history.sqlite3", clock=clock)
    yield opened
    opened.close()


def _run(
    store: History, clock: FakeClock, bank: Bank, right: list[bool], *, end: str = "finish"
) -> Attempt:
    """Answer the bank in file order: ``right[i]`` says whether question i is answered right."""
    attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=1, shuffle=False), clock, store.recorder)
    for i, ok in enumerate(right):
        if i:
            attempt.next()
        (answer_right if ok else answer_wrong)(attempt)
    clock.advance(60)
    if end == "finish":
        attempt.finish()
    elif end == "abandon":
        attempt.abandon()
    else:
        attempt.suspend()
    clock.advance(3600)
    return attempt


def test_best_by_bank_counts_finished_whole_bank_attempts_only(store: History, clock: FakeClock) -> None:
    alpha, beta = make_bank("alpha"), make_bank("beta")
    _run(store, clock, alpha, [True, False, False, False])  # 25 %
    _run(store, clock, alpha, [True, True, True, False])  # 75 %
    last = _run(store, clock, alpha, [True, True, False, False])  # 50 %
    _run(store, clock, alpha, [True, True, True, True], end="abandon")  # not finished
    _run(store, clock, alpha, [True, True, True, True], end="suspend")  # still in progress
    _run(store, clock, beta, [False, False, False, False])
    retry_items = [i for i in plan_for_bank(alpha, Mode.PRACTICE, seed=1).items]
    retry = Attempt(
        plan_subset(retry_items, title="Retry", bank_id="alpha", kind=PlanKind.RETRY, pass_mark=50),
        clock,
        store.recorder,
    )
    for _ in range(retry.size):
        answer_right(retry)
        retry.next()
    retry.finish()  # 100 % on a retry must not count as the bank's best
    Attempt(plan_mixed([alpha, beta], 4, seed=2), clock, store.recorder).finish()

    stats = store.reader.best_by_bank()
    assert set(stats) == {"alpha", "beta"}
    assert (stats["alpha"].attempts, stats["alpha"].best_percent) == (3, 75.0)
    assert stats["alpha"].last_attempt == last.finished_at
    assert (stats["beta"].attempts, stats["beta"].best_percent) == (1, 0.0)


def test_best_by_bank_follows_deletions_and_clearing(store: History, clock: FakeClock) -> None:
    alpha = make_bank("alpha")
    low = _run(store, clock, alpha, [True, False, False, False])
    high = _run(store, clock, alpha, [True, True, True, False])
    _run(store, clock, make_bank("beta"), [True, True, False, False])

    store.maintenance.delete_attempt(high.attempt_id or 0)
    stats = store.reader.best_by_bank()
    assert (stats["alpha"].attempts, stats["alpha"].best_percent) == (1, 25.0)
    assert stats["alpha"].last_attempt == low.finished_at

    store.maintenance.delete_attempt(low.attempt_id or 0)
    assert set(store.reader.best_by_bank()) == {"beta"}
    store.maintenance.clear_history()
    assert store.reader.best_by_bank() == {}


def test_score_series_is_oldest_first_for_one_bank(store: History, clock: FakeClock) -> None:
    alpha = make_bank("alpha")
    runs = [
        _run(store, clock, alpha, [True, False, False, False]),
        _run(store, clock, make_bank("beta"), [True, True, True, True]),
        _run(store, clock, alpha, [True, True, True, True]),
        _run(store, clock, alpha, [True, True, False, False]),
    ]
    assert store.reader.score_series("alpha") == [
        (runs[0].finished_at, 25.0),
        (runs[2].finished_at, 100.0),
        (runs[3].finished_at, 50.0),
    ]
    assert store.reader.score_series("nothing") == []


def test_topic_accuracy_over_finished_attempts(store: History, clock: FakeClock) -> None:
    alpha = make_bank("alpha", topics=("tensors", "autograd"))  # q0, q2 tensors; q1, q3 autograd
    beta = make_bank("beta", topics=())
    _run(store, clock, alpha, [True, False, True, True])
    _run(store, clock, alpha, [False, False, True, True])
    _run(store, clock, alpha, [False, False, False, False], end="abandon")  # not counted
    _run(store, clock, beta, [True, False, False, False])

    assert store.reader.topic_accuracy("alpha") == [TopicScore("autograd", 2, 4), TopicScore("tensors", 3, 4)]
    assert store.reader.topic_accuracy() == [
        TopicScore("autograd", 2, 4),
        TopicScore("general", 1, 4),
        TopicScore("tensors", 3, 4),
    ]


def test_most_missed_ranks_by_times_wrong(store: History, clock: FakeClock) -> None:
    alpha = make_bank("alpha")
    _run(store, clock, alpha, [False, False, True, True])
    _run(store, clock, alpha, [False, True, True, False])
    _run(store, clock, alpha, [False, True, True, True])

    missed = store.reader.most_missed()
    assert [(m.question_id, m.times_wrong, m.times_asked) for m in missed] == [
        ("q0", 3, 3),
        ("q1", 1, 3),
        ("q3", 1, 3),
    ]
    assert missed[0].prompt == "Question 0 of alpha?" and missed[0].bank_id == "alpha"
    assert [m.question_id for m in store.reader.most_missed(limit=1)] == ["q0"]


def test_an_unanswered_question_in_a_finished_exam_counts_as_missed(
    store: History, clock: FakeClock
) -> None:
    exam = Attempt(plan_for_bank(make_bank("alpha"), Mode.EXAM, seed=1, shuffle=False), clock, store.recorder)
    answer_right(exam)
    exam.finish()
    assert {m.question_id for m in store.reader.most_missed()} == {"q1", "q2", "q3"}
