"""A restored backup that cannot be opened afterwards (hostile round 2).

Backups taken before an upgrade are in an older history format, so the file a restore
writes must still be upgraded when it is opened. Before, a failure there (a record the
upgrade cannot read, a disk with no room for it) left the window's history with a closed
connection: every later answer was "set aside" with "Cannot operate on a closed
database", and the callers were told the restore had worked. Now the history is never
left without a connection: a file that cannot be upgraded is moved aside like a damaged
one (the safety backup is offered), and one that cannot be written keeps the history in
memory until it can be.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import SCHEMA_VERSION

V3_FILE = Path(__file__).parent / "data" / "history_v3" / "history.sqlite3"
NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _version(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _old_backup(folder: Path, *, bad_time: bool) -> Path:
    """A backup as a schema-3 ptquiz wrote it (rollback journal), optionally holding an answer
    time that is not a time, which no upgrade can replay."""
    folder.mkdir(parents=True, exist_ok=True)
    backup = folder / "history-20260101-000000.sqlite3"
    shutil.copyfile(V3_FILE, backup)
    conn = sqlite3.connect(str(backup), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        if bad_time:
            conn.execute("UPDATE attempt_items SET answered_at = 'garbage' WHERE attempt_id = 1 AND position = 0")
    finally:
        conn.close()
    assert _version(backup) == 3
    return backup


def _answer_one(store: History, clock: FakeClock) -> Attempt:
    bank = Bank("fresh", "Fresh", (Question("q0", "Which adds?", ("add", "mul"), 0, "Adds.", "ops"),))
    attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=1), clock, store.recorder)
    assert attempt.select(attempt.item.to_shown_index(0))
    assert attempt.confirm()
    attempt.finish()
    return attempt


def test_a_backup_that_cannot_be_upgraded_is_moved_aside_and_the_history_stays_usable(data_dir: Path) -> None:
    path = data_dir / "history.sqlite3"
    backup = _old_backup(data_dir / "backups", bad_time=True)
    told: list[str] = []
    clock = FakeClock(NOW)
    with History.open(path, clock=clock, on_error=told.append) as store:
        _answer_one(store, clock)
        with pytest.raises(StorageError, match="was copied but cannot be used") as refused:
            store.maintenance.restore(backup)
        assert "could not be upgraded to this version of ptquiz" in str(refused.value)
        notice = store.maintenance.recovery
        assert notice is not None and notice.moved_to is not None and notice.moved_to.exists()
        assert notice.newest_backup is not None and notice.newest_backup.path.name in str(refused.value)
        assert told and "a new, empty history was started" in told[-1]
        # The window's history is whole: it reads, and a new answer is stored in the file.
        assert store.reader.list_attempts() == []
        _answer_one(store, clock)
        assert store.recorder.unsaved_count == 0
        # The safety backup holds what was there before the restore, and restores cleanly.
        store.maintenance.restore(notice.newest_backup.path)
        assert len(store.reader.list_attempts()) == 1
        assert store.maintenance.recovery is None


class _NoRoomForUpgrades(sqlite3.Connection):
    """A disk with no room left for an upgrade: a connection to a file of an older format may
    not make it grow (``max_page_count``, so SQLite itself reports the disk full)."""

    full = True

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        version = int(self.execute("PRAGMA user_version").fetchone()[0])
        if self.full and 0 < version < SCHEMA_VERSION:
            pages = int(self.execute("PRAGMA page_count").fetchone()[0])
            self.execute(f"PRAGMA max_page_count = {pages}")


def test_a_restored_file_with_no_room_to_upgrade_keeps_the_history_in_memory_until_it_has(
    data_dir: Path,
) -> None:
    path = data_dir / "history.sqlite3"
    backup = _old_backup(data_dir / "backups", bad_time=False)
    told: list[str] = []
    clock = FakeClock(NOW)
    with History.open(path, clock=clock, on_error=told.append, factory=_NoRoomForUpgrades) as store:
        _answer_one(store, clock)
        with pytest.raises(StorageError, match="the disk is full"):
            store.maintenance.restore(backup)
        assert told and "the disk is full" in told[-1] and "kept in memory" in told[-1]
        assert store.recorder.is_in_memory
        # Answers go on being kept (in memory), never set aside against a closed connection.
        _answer_one(store, clock)
        assert store.recorder.set_aside_count == 0
        assert [a.bank_id for a in store.reader.list_attempts()] == ["fresh"]
        _NoRoomForUpgrades.full = False
        try:
            assert store.recorder.try_attach(path)
        finally:
            _NoRoomForUpgrades.full = True
        assert not store.recorder.is_in_memory
    assert _version(path) == SCHEMA_VERSION
    conn = sqlite3.connect(str(path))
    try:
        banks = sorted(str(r[0]) for r in conn.execute("SELECT bank_id FROM attempts"))
    finally:
        conn.close()
    assert banks == ["fresh", "legacy", "legacy", "legacy", "legacy", "review"]  # the backup's five


def test_a_history_that_cannot_be_upgraded_is_reported_by_the_command_and_moved_aside_by_the_app(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same file as the history itself: before, ``ptquiz history`` and every start of
    the app ended in a ``ValueError`` traceback from the upgrade, and the app never opened
    its history."""
    from ptquiz_gui.cli import main

    path = data_dir / "history.sqlite3"
    shutil.move(_old_backup(data_dir / "old", bad_time=True), path)
    before = path.read_bytes()
    assert main(["--data-dir", str(data_dir), "history"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{path} is damaged: a record in it could not be upgraded" in err and "'garbage'" in err
    assert path.read_bytes() == before  # the command only reads
    with History.open(path, clock=FakeClock(NOW)) as store:
        notice = store.maintenance.recovery
        assert notice is not None and notice.moved_to is not None
        assert _version(notice.moved_to) == 3  # moved aside as it was, never half upgraded
        kept = sqlite3.connect(str(notice.moved_to))
        try:
            assert kept.execute("SELECT count(*) FROM attempts").fetchone()[0] == 5
        finally:
            kept.close()
        assert store.reader.list_attempts() == []
