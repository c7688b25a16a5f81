"""Every write the store makes for an attempt is on disk as soon as the listener returns."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.sample import answer, answer_right, answer_wrong, make_bank, make_plan, wrong_choice

from ptquiz_gui.domain.attempt import CHECKPOINT_SECONDS, Attempt, Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.domain.plan import Mode, PlanKind, plan_mixed
from ptquiz_gui.storage.errors import AttemptNotFoundError
from ptquiz_gui.storage.history import History


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "history.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FakeClock, errors: list[str]) -> Iterator[History]:
    opened = History.open(db_path, clock=clock, on_error=errors.append)
    yield opened
    opened.close()
    assert errors == []


def on_disk(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read with a separate connection: only committed data is visible."""
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_starting_writes_the_attempt_and_a_snapshot_of_every_position(
    store: History, db_path: Path, clock: FakeClock
) -> None:
    plan = make_plan(make_bank("alpha", 5), Mode.EXAM)
    attempt = Attempt(plan, clock, store.recorder)

    assert attempt.attempt_id is not None
    head = on_disk(
        db_path,
        "SELECT bank_id, bank_hash, mode, kind, title, seed, pass_mark, time_limit, started_at, status, total"
        " FROM attempts WHERE id = ?",
        attempt.attempt_id,
    )
    assert head == [
        (
            "alpha",
            "hash-alpha",
            "exam",
            "bank",
            "Bank alpha",
            plan.seed,
            50,
            plan.time_limit,
            "2026-01-05T09:00:00.000000+00:00",
            "in_progress",
            5,
        )
    ]
    items = on_disk(
        db_path,
        "SELECT i.position, s.bank_id, s.question_id, s.prompt, s.choices, s.answer, s.explanation, s.topic,"
        " i.choice_order FROM attempt_items AS i JOIN question_snapshots AS s ON s.id = i.snapshot_id"
        " WHERE i.attempt_id = ? ORDER BY i.position",
        attempt.attempt_id,
    )
    assert len(items) == 5
    for (position, bank_id, qid, prompt, choices, key, why, topic, order), (expected_position, item) in zip(
        items, enumerate(plan.items), strict=True
    ):
        assert position == expected_position
        q = item.question
        assert (bank_id, qid, prompt, key, why, topic) == (
            "alpha",
            q.id,
            q.prompt,
            q.answer,
            q.explanation,
            q.topic,
        )
        assert choices == '["' + '", "'.join(q.choices) + '"]'
        assert order == "[" + ",".join(map(str, item.choice_order)) + "]"


def test_each_answer_is_committed_at_once_with_its_file_index(
    store: History, db_path: Path, clock: FakeClock
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    clock.advance(4)
    chosen = wrong_choice(attempt.item.question)
    answer(attempt, chosen)

    rows = on_disk(
        db_path,
        "SELECT s.question_id, i.choice, i.correct, i.seconds, i.flagged, i.answered_at"
        " FROM attempt_items AS i JOIN question_snapshots AS s ON s.id = i.snapshot_id"
        " WHERE i.attempt_id = ? AND i.position = 0",
        attempt.attempt_id,
    )
    assert rows == [(attempt.item.question.id, chosen, 0, 4.0, 0, "2026-01-05T09:00:04.000000+00:00")]
    assert on_disk(db_path, "SELECT answered, elapsed FROM attempts") == [(1, 4.0)]


def test_changing_an_exam_answer_replaces_the_stored_one(
    store: History, db_path: Path, clock: FakeClock
) -> None:
    attempt = Attempt(make_plan(mode=Mode.EXAM), clock, store.recorder)
    answer_wrong(attempt)
    answer_right(attempt)
    rows = on_disk(db_path, "SELECT choice, correct FROM attempt_items WHERE position = 0")
    assert rows == [(attempt.item.question.answer, 1)]
    assert on_disk(db_path, "SELECT answered FROM attempts") == [(1,)]


def test_flags_are_saved_and_cleared(store: History, db_path: Path, clock: FakeClock) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    attempt.toggle_flag(2)
    assert on_disk(db_path, "SELECT position FROM attempt_items WHERE flagged = 1") == [(2,)]
    attempt.toggle_flag(2)
    assert on_disk(db_path, "SELECT position FROM attempt_items WHERE flagged = 1") == []


def test_checkpoint_saves_clock_position_and_time_per_question(
    store: History, db_path: Path, clock: FakeClock
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    clock.advance(2)
    attempt.next()
    clock.advance(CHECKPOINT_SECONDS)
    attempt.tick()
    assert on_disk(db_path, "SELECT elapsed, current FROM attempts") == [(2.0 + CHECKPOINT_SECONDS, 1)]
    seconds = on_disk(db_path, "SELECT seconds FROM attempt_items ORDER BY position")
    assert seconds == [(2.0,), (CHECKPOINT_SECONDS,), (0.0,), (0.0,)]


def test_finishing_writes_status_time_score_and_totals(
    store: History, db_path: Path, clock: FakeClock
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    answer_right(attempt)
    attempt.next()
    answer_wrong(attempt)
    clock.advance(10)
    attempt.finish()

    row = on_disk(
        db_path, "SELECT status, finished_at, score, total, percent, elapsed, timed_out FROM attempts"
    )
    assert row == [("finished", "2026-01-05T09:00:10.000000+00:00", 1, 4, 25.0, 10.0, 0)]
    summary = store.reader.summary(attempt.attempt_id or 0)
    assert summary.status is Status.FINISHED and summary.passed is False and summary.answered == 2


def test_a_timed_out_exam_is_recorded_as_timed_out(store: History, clock: FakeClock) -> None:
    attempt = Attempt(make_plan(mode=Mode.EXAM), clock, store.recorder)
    answer_right(attempt)
    clock.advance(attempt.plan.time_limit or 0)
    assert attempt.tick()
    result = store.reader.result_of(attempt.attempt_id or 0)
    assert result.timed_out and result.score == 1
    assert result.time_used == attempt.plan.time_limit


def test_abandoning_keeps_the_attempt_with_its_score_so_far(store: History, clock: FakeClock) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    answer_right(attempt)
    attempt.abandon()
    summary = store.reader.summary(attempt.attempt_id or 0)
    assert summary.status is Status.ABANDONED and summary.score == 1 and summary.finished_at is not None
    assert store.reader.unfinished() == []


def test_resume_restores_answers_flags_position_and_clock(
    db_path: Path, clock: FakeClock, errors: list[str]
) -> None:
    store = History.open(db_path, clock=clock, on_error=errors.append)
    attempt = Attempt(make_plan(make_bank(count=6), Mode.EXAM), clock, store.recorder)
    clock.advance(30)
    answer_right(attempt)
    attempt.toggle_flag()
    attempt.go_to(3)
    clock.advance(20)
    answer_wrong(attempt)
    attempt.go_to(4)
    clock.advance(7)
    attempt.suspend()  # the app closes
    limit = attempt.plan.time_limit or 0
    store.close()

    later = FakeClock(clock.now() + timedelta(days=2))  # the remaining time does not run while closed
    store = History.open(db_path, clock=later, on_error=errors.append)
    try:
        [offer] = store.reader.unfinished()
        assert offer.id == attempt.attempt_id and offer.answered == 2 and offer.current == 4
        assert offer.remaining == limit - 57

        resumed = store.recorder.resume(offer.id, later, store.recorder)
        assert resumed.attempt_id == attempt.attempt_id
        assert [a.choice for a in resumed.answers] == [a.choice for a in attempt.answers]
        assert [a.flagged for a in resumed.answers] == [True, False, False, False, False, False]
        assert resumed.current == 4
        assert resumed.elapsed() == 57.0
        assert resumed.remaining() == limit - 57
        assert resumed.question_seconds(0) == 30.0 and resumed.question_seconds(3) == 20.0
        assert [i.choice_order for i in resumed.plan.items] == [i.choice_order for i in attempt.plan.items]

        later.advance(3)
        answer_right(resumed)
        resumed.finish()
        assert store.reader.summary(offer.id).status is Status.FINISHED
        assert store.reader.unfinished() == []
    finally:
        store.close()
    assert errors == []


def test_a_finished_attempt_cannot_be_resumed(store: History, clock: FakeClock) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    attempt.finish()
    with pytest.raises(AttemptNotFoundError, match="cannot be resumed"):
        store.recorder.resume(attempt.attempt_id or 0, clock, store.recorder)
    with pytest.raises(AttemptNotFoundError):
        store.recorder.resume(999, clock, store.recorder)


def test_discarding_an_unfinished_attempt_marks_it_abandoned(store: History, clock: FakeClock) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    answer_right(attempt)
    store.recorder.discard(attempt.attempt_id or 0)
    summary = store.reader.summary(attempt.attempt_id or 0)
    assert summary.status is Status.ABANDONED and summary.score == 1 and summary.percent == 25.0
    assert store.reader.unfinished() == []
    with pytest.raises(AttemptNotFoundError):
        store.recorder.discard(12345)


def test_review_of_a_past_attempt_survives_edits_to_and_removal_of_its_bank(
    store: History, clock: FakeClock
) -> None:
    bank = make_bank("alpha", 3)
    attempt = Attempt(make_plan(bank), clock, store.recorder)
    answer_wrong(attempt)
    attempt.finish()
    shown = [(i.question.prompt, i.shown_choices) for i in attempt.plan.items]

    edited = Bank(id="alpha", title="Bank alpha", questions=bank.questions[:1], content_hash="other")
    Attempt(make_plan(edited), clock, store.recorder).finish()  # the bank changed (and could be gone)

    review = store.reader.result_of(attempt.attempt_id or 0)
    assert [(o.item.question.prompt, o.item.shown_choices) for o in review.outcomes] == shown
    assert review.outcomes[0].choice == attempt.answers[0].choice and not review.outcomes[0].correct
    assert review.plan.title == "Bank alpha" and review.plan.bank_hash == "hash-alpha"


def test_deleting_an_attempt_removes_it_and_its_counts(store: History, clock: FakeClock) -> None:
    first = Attempt(make_plan(), clock, store.recorder)
    answer_wrong(first)
    first.finish()
    second = Attempt(make_plan(), clock, store.recorder)
    second.finish()
    assert store.reader.count_attempts() == 2
    missed_before = {m.question_id: m.times_asked for m in store.reader.most_missed()}

    assert store.maintenance.delete_attempt(first.attempt_id or 0)

    assert store.reader.count_attempts() == 1
    assert [a.id for a in store.reader.list_attempts()] == [second.attempt_id]
    with pytest.raises(AttemptNotFoundError):
        store.reader.result_of(first.attempt_id or 0)
    missed_after = {m.question_id: m.times_asked for m in store.reader.most_missed()}
    assert all(missed_after[q] == missed_before[q] - 1 for q in missed_after)
    assert store.maintenance.delete_attempt(first.attempt_id or 0) is False


def test_clearing_the_history_leaves_nothing_behind(
    store: History, db_path: Path, clock: FakeClock
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    answer_wrong(attempt)
    attempt.finish()
    assert store.reader.due_count(clock.now() + timedelta(days=1)) == 1

    store.maintenance.clear_history()

    assert store.reader.count_attempts() == 0
    assert store.reader.most_missed() == [] and store.reader.topic_accuracy() == []
    assert store.reader.due_count(clock.now() + timedelta(days=365)) == 0
    for table in ("attempts", "attempt_items", "question_snapshots", "question_cards", "question_stats"):
        assert on_disk(db_path, f"SELECT count(*) FROM {table}") == [(0,)]
    again = Attempt(make_plan(), clock, store.recorder)
    assert again.attempt_id is not None and again.attempt_id > (attempt.attempt_id or 0)


def test_ids_are_not_reused_after_the_newest_attempt_is_deleted(db_path: Path, clock: FakeClock) -> None:
    store = History.open(db_path, clock=clock)
    first = Attempt(make_plan(), clock, store.recorder)
    first.suspend()  # left with Esc: only a running attempt stops a delete
    store.maintenance.delete_attempt(first.attempt_id or 0)
    store.close()
    store = History.open(db_path, clock=clock)
    second = Attempt(make_plan(), clock, store.recorder)
    store.close()
    assert (second.attempt_id or 0) > (first.attempt_id or 0)


def test_mixed_attempts_record_the_source_bank_of_each_question(
    store: History, clock: FakeClock
) -> None:
    plan = plan_mixed([make_bank("alpha"), make_bank("beta")], 6, Mode.EXAM, seed=3)
    attempt = Attempt(plan, clock, store.recorder)
    attempt.finish()
    [exported] = list(store.reader.iter_export())
    assert exported.summary.kind is PlanKind.MIXED and exported.summary.bank_id == "mixed"
    assert [a.bank_id for a in exported.answers] == [i.bank_id for i in plan.items]
