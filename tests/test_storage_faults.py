"""Disk full, I/O errors and read-only files while an attempt runs: nothing raised, nothing lost."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.daily import backup_now
from helpers.faults import FlakyConnection, RecordingConnection
from helpers.sample import answer, answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.domain.attempt import CHECKPOINT_SECONDS, Attempt, Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.history import History


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def path(data_dir: Path) -> Path:
    return data_dir / "history.sqlite3"


def on_disk(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _big_bank() -> Bank:
    text = "A long prompt that takes room on disk. " * 100
    questions = tuple(
        Question(id=f"big{i}", prompt=f"{i}: {text}", choices=("a", "b", "c", "d"), answer=i % 4)
        for i in range(30)
    )
    return Bank(id="big", title="Big", questions=questions)


@pytest.fixture
def recorded(path: Path, clock: FakeClock) -> Iterator[tuple[History, sqlite3.Connection, list[str]]]:
    RecordingConnection.made.clear()
    errors: list[str] = []
    store = History.open(path, clock=clock, on_error=errors.append, factory=RecordingConnection)
    own = RecordingConnection.made[-1]
    yield store, own, errors
    store.close()


def test_disk_full_keeps_the_attempt_in_memory_and_saves_it_when_space_returns(
    recorded: tuple[History, sqlite3.Connection, list[str]], path: Path, clock: FakeClock
) -> None:
    store, own, errors = recorded
    Attempt(make_plan(), clock, store.recorder).finish()  # the history already holds something
    pages = own.execute("PRAGMA page_count").fetchone()[0]
    own.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full, for real, inside SQLite

    attempt = Attempt(make_plan(_big_bank()), clock, store.recorder)  # needs new pages: SQLITE_FULL

    assert attempt.attempt_id is None  # the attempt goes on; SQLite numbers it once it is stored
    assert store.recorder.pending_count == 1
    assert len(errors) == 1
    assert "the disk is full" in errors[0] and str(path) in errors[0] and "kept in memory" in errors[0]
    assert on_disk(path, "SELECT count(*) FROM attempts") == [(1,)]  # rolled back: no half attempt
    assert on_disk(path, "SELECT count(*) FROM attempt_items") == [(len(make_plan().items),)]

    chosen = []
    for _ in range(3):
        answer_wrong(attempt)
        chosen.append(attempt.answers[attempt.current].choice)
        attempt.next()
    assert store.recorder.pending_count == 4
    assert len(errors) == 4  # each unsaved answer is reported

    own.execute("PRAGMA max_page_count = 1000000")  # space is freed
    answer_right(attempt)  # the next write carries everything that waited

    assert store.recorder.pending_count == 0
    assert attempt.attempt_id is not None
    saved = on_disk(
        path, "SELECT choice FROM attempt_items WHERE attempt_id = ? ORDER BY position", attempt.attempt_id
    )
    assert [r[0] for r in saved[:4]] == [*chosen, attempt.answers[3].choice]
    attempt.finish()
    assert store.reader.summary(attempt.attempt_id).status is Status.FINISHED
    assert len(errors) == 4


@pytest.mark.parametrize(
    ("code", "words"),
    [(10, "read or write error"), (13, "the disk is full"), (8, "cannot be written")],
)
def test_a_failed_commit_rolls_back_reports_and_is_retried(
    path: Path, clock: FakeClock, code: int, words: str
) -> None:
    errors: list[str] = []
    store = History.open(path, clock=clock, on_error=errors.append, factory=FlakyConnection)
    try:
        attempt = Attempt(make_plan(), clock, store.recorder)
        original = FlakyConnection.execute

        def failing(self: FlakyConnection, sql: str, parameters: object = (), /) -> sqlite3.Cursor:
            if sql == "COMMIT" and FlakyConnection.fail_commits > 0:
                FlakyConnection.fail_commits -= 1
                error = sqlite3.OperationalError("simulated")
                error.sqlite_errorcode = code
                raise error
            return original(self, sql, parameters)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(FlakyConnection, "execute", failing)
            FlakyConnection.fail_commits = 1
            answer_wrong(attempt)
        assert store.recorder.pending_count == 1
        assert len(errors) == 1 and words in errors[0] and str(path) in errors[0]
        assert on_disk(path, "SELECT count(*) FROM attempt_items WHERE choice IS NOT NULL") == [(0,)]

        assert store.recorder.flush_pending() is True
        assert store.recorder.pending_count == 0
        assert on_disk(path, "SELECT choice FROM attempt_items WHERE position = 0") == [
            (attempt.answers[0].choice,)
        ]
    finally:
        FlakyConnection.fail_commits = 0
        store.close()


def test_unsaved_changes_can_be_exported_as_json(path: Path, clock: FakeClock, tmp_path: Path) -> None:
    store = History.open(path, clock=clock, factory=FlakyConnection)
    try:
        attempt = Attempt(make_plan(make_bank("alpha")), clock, store.recorder)
        FlakyConnection.fail_commits = 10**6
        chosen = attempt.item.question.answer
        answer(attempt, chosen)
        attempt.toggle_flag()
        target = tmp_path / "unsaved.json"
        assert store.recorder.export_pending_json(target) == 2

        body = json.loads(target.read_text(encoding="utf-8"))
        assert body["history_file"] == str(path)
        first, second = body["pending"]
        assert first["kind"] == "answer_recorded" and first["attempt_id"] == attempt.attempt_id
        assert (first["bank_id"], first["question_id"], first["choice"], first["correct"]) == (
            "alpha",
            attempt.item.question.id,
            chosen,
            True,
        )
        assert second == {
            "kind": "flag_changed",
            "attempt_id": attempt.attempt_id,
            "token": first["token"],  # the attempt's own random name, the same in every write
            "position": 0,
            "flagged": True,
        }
    finally:
        FlakyConnection.fail_commits = 0
        store.close()


def test_checkpoints_that_cannot_be_saved_do_not_pile_up_or_flood_the_user(
    path: Path, clock: FakeClock
) -> None:
    errors: list[str] = []
    store = History.open(path, clock=clock, on_error=errors.append, factory=FlakyConnection)
    try:
        attempt = Attempt(make_plan(), clock, store.recorder)
        FlakyConnection.fail_commits = 10**6
        for _ in range(20):
            clock.advance(CHECKPOINT_SECONDS)
            attempt.tick()
        assert store.recorder.pending_count == 1
        assert len(errors) == 1
        FlakyConnection.fail_commits = 0
        assert store.recorder.flush_pending()
        assert on_disk(path, "SELECT elapsed FROM attempts") == [(20 * CHECKPOINT_SECONDS,)]
    finally:
        FlakyConnection.fail_commits = 0
        store.close()


def test_a_faulty_error_callback_does_not_break_the_attempt(path: Path, clock: FakeClock) -> None:
    def explode(message: str) -> None:
        raise RuntimeError(message)

    store = History.open(path, clock=clock, on_error=explode, factory=FlakyConnection)
    try:
        attempt = Attempt(make_plan(), clock, store.recorder)
        FlakyConnection.fail_commits = 1
        answer_right(attempt)
        assert store.recorder.pending_count == 1
    finally:
        FlakyConnection.fail_commits = 0
        store.close()


def test_user_actions_wait_for_unsaved_changes_and_say_so(path: Path, clock: FakeClock) -> None:
    store = History.open(path, clock=clock, factory=FlakyConnection)
    try:
        done = Attempt(make_plan(), clock, store.recorder)
        done.finish()
        backup = backup_now(store, clock.now())
        assert backup is not None
        running = Attempt(make_plan(), clock, store.recorder)
        FlakyConnection.fail_commits = 10**6
        answer_right(running)
        running.suspend()  # left with Esc; while it runs, these are refused for that reason first
        with pytest.raises(StorageError, match="still waiting"):
            store.maintenance.delete_attempt(done.attempt_id or 0)
        with pytest.raises(StorageError, match="not saved yet"):
            store.maintenance.restore(backup.path)
        FlakyConnection.fail_commits = 0
        assert store.maintenance.delete_attempt(done.attempt_id or 0)
        assert store.recorder.pending_count == 0
    finally:
        FlakyConnection.fail_commits = 0
        store.close()


def test_a_database_error_while_reading_becomes_a_plain_storage_error(path: Path, clock: FakeClock) -> None:
    store = History.open(path, clock=clock)
    store.close()
    with pytest.raises(StorageError, match=str(path)):
        store.reader.count_attempts()
