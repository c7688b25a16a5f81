"""Every answer lands on its own attempt, or is reported: ids from SQLite, writes named by
the attempt's token and checked in SQL, and one write that can never succeed set aside
instead of blocking every later one (issue 15, items 1, 3 and 4)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.daily import backup_now
from helpers.sample import answer, answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.domain.attempt import Attempt, Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.writes import FlagWrite


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def path(data_dir: Path) -> Path:
    return data_paths(data_dir).history_db


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def store(path: Path, clock: FakeClock, errors: list[str]) -> Iterator[History]:
    opened = History.open(path, clock=clock, on_error=errors.append)
    yield opened
    opened.close()


def on_disk(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def choices_of(path: Path, attempt_id: int | None) -> list[object]:
    sql = "SELECT choice FROM attempt_items WHERE attempt_id = ? ORDER BY position"
    return [r[0] for r in on_disk(path, sql, attempt_id)]


# --- 1. two writers on one file ----------------------------------------------------------------


def test_two_stores_on_one_file_each_keep_their_own_attempt(path: Path, clock: FakeClock) -> None:
    """The lock keeps a second ptquiz from writing at all; should two writers still meet, the
    ids come from SQLite, so neither attempt is lost and no answer lands on the other."""
    first_errors: list[str] = []
    second_errors: list[str] = []
    first = History.open(path, clock=clock, on_error=first_errors.append)
    second = History.open(path, clock=clock, on_error=second_errors.append)
    try:
        mine = Attempt(make_plan(make_bank("alpha")), clock, first.recorder)
        theirs = Attempt(make_plan(make_bank("beta")), clock, second.recorder)
        assert mine.attempt_id is not None and theirs.attempt_id is not None
        assert mine.attempt_id != theirs.attempt_id
        answer_right(mine)
        answer_wrong(theirs)
        theirs.next()
        answer_wrong(theirs)
    finally:
        first.close()
        second.close()
    assert first_errors == [] and second_errors == []
    assert on_disk(path, "SELECT id, bank_id FROM attempts ORDER BY id") == [
        (mine.attempt_id, "alpha"),
        (theirs.attempt_id, "beta"),
    ]
    assert choices_of(path, mine.attempt_id)[:2] == [mine.answers[0].choice, None]
    assert choices_of(path, theirs.attempt_id)[:2] == [theirs.answers[0].choice, theirs.answers[1].choice]


def test_a_write_whose_attempt_row_is_gone_is_reported_not_ignored(
    store: History, path: Path, clock: FakeClock, errors: list[str]
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    other = Attempt(make_plan(make_bank("beta")), clock, store.recorder)
    on_disk_conn = sqlite3.connect(str(path), isolation_level=None)
    on_disk_conn.execute("PRAGMA foreign_keys = ON")
    on_disk_conn.execute("DELETE FROM attempts WHERE id = ?", (attempt.attempt_id,))  # behind its back
    on_disk_conn.close()

    answer_right(attempt)

    assert len(errors) == 1
    assert "no longer in progress" in errors[0] and str(path) in errors[0] and "set aside" in errors[0]
    assert store.recorder.pending_count == 0 and store.recorder.set_aside_count == 1
    answer_right(other)  # the queue is not blocked
    assert choices_of(path, other.attempt_id)[0] == other.answers[0].choice
    assert on_disk(path, "SELECT count(*) FROM attempt_items WHERE choice IS NOT NULL") == [(1,)]


# --- 3. one bad write blocks every later write -------------------------------------------------


def test_a_write_that_raises_a_non_sqlite_error_is_set_aside_and_later_answers_still_save(
    store: History, path: Path, clock: FakeClock, errors: list[str], tmp_path: Path
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    original = FlagWrite.apply

    def broken(self: FlagWrite, conn: sqlite3.Connection) -> None:
        original(self, conn)  # the write has begun changing the file when it fails
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(FlagWrite, "apply", broken)
        attempt.toggle_flag()  # the listener does not raise

    assert len(errors) == 1
    assert "cannot be stored" in errors[0] and "set aside" in errors[0] and "still saved" in errors[0]
    assert store.recorder.pending_count == 0 and store.recorder.set_aside_count == 1
    assert on_disk(path, "SELECT count(*) FROM attempt_items WHERE flagged = 1") == [(0,)]  # rolled back

    for _ in range(3):
        answer_wrong(attempt)
        attempt.next()
    attempt.finish()

    assert errors == errors[:1]  # every later write saved, nothing more to report
    assert choices_of(path, attempt.attempt_id)[:3] == [a.choice for a in attempt.answers[:3]]
    assert store.reader.summary(attempt.attempt_id or 0).status is Status.FINISHED
    exported = tmp_path / "unsaved.json"
    assert store.recorder.export_pending_json(exported) == 1
    body = json.loads(exported.read_text(encoding="utf-8"))
    assert body["pending"] == []
    assert [w["kind"] for w in body["set_aside"]] == ["flag_changed"]


def test_an_attempt_whose_seed_cannot_be_stored_does_not_stop_the_next_one(
    store: History, path: Path, clock: FakeClock, errors: list[str]
) -> None:
    huge = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=10**23), clock, store.recorder)
    answer_right(huge)
    huge.next()
    answer_right(huge)

    assert huge.attempt_id is None  # never stored
    assert len(errors) == 1 and "the new attempt" in errors[0] and "set aside" in errors[0]
    assert "cannot start a transaction" not in " ".join(errors)

    fine = Attempt(make_plan(), clock, store.recorder)
    answer_right(fine)
    fine.finish()
    assert len(errors) == 1
    assert on_disk(path, "SELECT id, status FROM attempts") == [(fine.attempt_id, "finished")]
    assert store.recorder.pending_count == 0 and store.recorder.set_aside_count == 3


# --- 4. restore, clear or delete during a running attempt --------------------------------------


def _backup_with_finished_attempt_1(tmp_path: Path, clock: FakeClock) -> Path:
    other = History.open(tmp_path / "elsewhere" / "history.sqlite3", clock=clock)
    try:
        old = Attempt(make_plan(make_bank("old")), clock, other.recorder)
        answer(old, 3)
        old.finish()
        assert old.attempt_id == 1
        made = backup_now(other, clock.now())
        assert made is not None
        return made.path
    finally:
        other.close()


def test_restore_clear_and_delete_are_refused_while_an_attempt_runs(
    store: History, path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    backup = _backup_with_finished_attempt_1(tmp_path, clock)
    running = Attempt(make_plan(), clock, store.recorder)
    assert running.attempt_id == 1
    with pytest.raises(StorageError, match="while an attempt is running"):
        store.maintenance.restore(backup)
    with pytest.raises(StorageError, match="while an attempt is running"):
        store.maintenance.clear_history()
    with pytest.raises(StorageError, match="while an attempt is running"):
        store.maintenance.delete_attempt(1)

    answer_right(running)  # nothing changed under it
    assert on_disk(path, "SELECT bank_id, status FROM attempts") == [("alpha", "in_progress")]
    assert choices_of(path, 1)[0] == running.answers[0].choice


def test_an_attempt_left_open_cannot_write_into_a_restored_history(
    store: History, path: Path, clock: FakeClock, errors: list[str], tmp_path: Path
) -> None:
    """The issue's case: attempt 1 runs, a backup whose attempt 1 is finished is restored,
    then an answer comes: the old attempt must not change, and the user is told."""
    backup = _backup_with_finished_attempt_1(tmp_path, clock)
    running = Attempt(make_plan(), clock, store.recorder)
    assert running.attempt_id == 1
    running.suspend()  # left: the restore goes ahead
    store.maintenance.restore(backup)
    before = on_disk(path, "SELECT * FROM attempt_items ORDER BY position")

    running.resume()  # whatever still holds the attempt keeps going
    answer_wrong(running)
    running.finish()

    assert on_disk(path, "SELECT * FROM attempt_items ORDER BY position") == before
    assert on_disk(path, "SELECT bank_id, status FROM attempts") == [("old", "finished")]
    assert len(errors) == 1 and "no longer in progress" in errors[0]


def test_a_finished_attempt_is_never_written_again(
    store: History, path: Path, clock: FakeClock, errors: list[str]
) -> None:
    attempt = Attempt(make_plan(), clock, store.recorder)
    answer_right(attempt)
    attempt.finish()
    before = on_disk(path, "SELECT * FROM attempt_items ORDER BY position")
    store.recorder.answer_recorded(attempt, 1)  # a stray write after the end, as a faulty caller might send
    assert on_disk(path, "SELECT * FROM attempt_items ORDER BY position") == before
    assert len(errors) == 1 and "no longer in progress" in errors[0]


def test_an_unfinished_attempt_without_a_token_is_named_when_resumed(
    store: History, path: Path, clock: FakeClock, errors: list[str]
) -> None:
    left = Attempt(make_plan(), clock, store.recorder)
    left.suspend()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("UPDATE attempts SET token = NULL")  # as a row written by another tool would be
    conn.close()

    resumed = store.recorder.resume(left.attempt_id or 0, clock, store.recorder)
    answer_right(resumed)

    assert errors == []
    assert choices_of(path, left.attempt_id)[0] == resumed.answers[0].choice
