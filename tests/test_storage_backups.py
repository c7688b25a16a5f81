"""Daily backups made with SQLite's backup API: once a day, seven kept, each verified, restorable."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.daily import backup_now, scramble_an_index
from helpers.sample import answer_right, make_bank, make_plan

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.backups import backup_name, count_attempts, make_backup
from ptquiz_gui.storage.errors import DatabaseDamagedError, DatabaseTooNewError, StorageError
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.records import BackupReason
from ptquiz_gui.storage.schema import MIGRATIONS, SCHEMA_VERSION, migrate

HOUR = 3600
DAY = 24 * HOUR


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def store(data_dir: Path, clock: FakeClock, errors: list[str]) -> Iterator[History]:
    opened = History.open(data_paths(data_dir).history_db, clock=clock, on_error=errors.append)
    yield opened
    opened.close()


def _attempt(store: History, clock: FakeClock, bank_id: str = "alpha") -> int:
    attempt = Attempt(make_plan(make_bank(bank_id)), clock, store.recorder)
    answer_right(attempt)
    attempt.finish()
    return attempt.attempt_id or 0


def _backup_names(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_paths(data_dir).backups_dir.iterdir())


def test_no_backup_of_an_empty_history(store: History, clock: FakeClock, data_dir: Path) -> None:
    assert backup_now(store, clock.now()) is None
    assert store.maintenance.list_backups() == []


def test_a_backup_is_a_verified_self_contained_copy(
    store: History, clock: FakeClock, data_dir: Path, errors: list[str]
) -> None:
    attempt_id = _attempt(store, clock)
    made = backup_now(store, clock.now())
    assert made is not None
    assert made.path == data_paths(data_dir).backups_dir / "history-20260105-090000-daily.sqlite3"
    assert _backup_names(data_dir) == ["history-20260105-090000-daily.sqlite3"]  # no -wal, no partial file
    conn = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT id FROM attempts").fetchall() == [(attempt_id,)]
    finally:
        conn.close()
    assert store.maintenance.list_backups() == [made] and errors == []


def test_at_most_one_backup_a_day(store: History, clock: FakeClock, data_dir: Path) -> None:
    _attempt(store, clock)
    assert backup_now(store, clock.now()) is not None
    clock.advance(23 * HOUR)
    assert backup_now(store, clock.now()) is None
    clock.advance(HOUR)
    assert backup_now(store, clock.now()) is not None
    assert _backup_names(data_dir) == [
        "history-20260105-090000-daily.sqlite3",
        "history-20260106-090000-daily.sqlite3",
    ]


def test_only_the_newest_seven_are_kept_and_other_files_are_never_touched(
    store: History, clock: FakeClock, data_dir: Path
) -> None:
    _attempt(store, clock)
    folder = data_paths(data_dir).backups_dir
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "history-before-upgrade.sqlite3").write_bytes(b"mine too")
    for _ in range(10):
        assert backup_now(store, clock.now()) is not None
        clock.advance(DAY)
    kept = [b.path.name for b in store.maintenance.list_backups()]
    assert kept == [f"history-202601{day:02d}-090000-daily.sqlite3" for day in range(14, 7, -1)]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "history-before-upgrade.sqlite3").read_bytes() == b"mine too"


def test_each_backup_is_named_with_why_it_was_taken_and_no_two_share_a_second(
    store: History, clock: FakeClock, data_dir: Path
) -> None:
    _attempt(store, clock)
    daily = backup_now(store, clock.now())
    by_hand = store.maintenance.start_backup()()
    assert daily is not None and by_hand is not None
    _attempt(store, clock, "beta")
    before_restore = store.maintenance.restore(daily.path)
    before_clear = store.maintenance.clear_history()
    assert before_restore is not None and before_clear is not None

    listed = store.maintenance.list_backups()
    assert [(b.path.name, b.reason) for b in listed] == [
        ("history-20260105-090003-before-clear.sqlite3", BackupReason.BEFORE_CLEAR),
        ("history-20260105-090002-before-restore.sqlite3", BackupReason.BEFORE_RESTORE),
        ("history-20260105-090001-by-hand.sqlite3", BackupReason.BY_HAND),
        ("history-20260105-090000-daily.sqlite3", BackupReason.DAILY),
    ]
    assert [count_attempts(b.path) for b in listed] == [1, 2, 1, 1]


def test_a_backup_named_by_an_older_ptquiz_is_a_daily_one(
    store: History, clock: FakeClock, data_dir: Path
) -> None:
    _attempt(store, clock)
    made = backup_now(store, clock.now())
    assert made is not None
    old = made.path.with_name("history-20260101-120000.sqlite3")
    made.path.rename(old)
    (listed,) = store.maintenance.list_backups()
    assert (listed.path, listed.reason) == (old, BackupReason.DAILY)
    assert count_attempts(old) == 1
    clock.advance(DAY)
    assert backup_now(store, clock.now()) is not None  # seen as the last daily backup, then pruned alike


def test_a_backup_by_hand_needs_no_day_to_pass_but_an_attempt(store: History, clock: FakeClock) -> None:
    assert store.maintenance.start_backup()() is None  # nothing to keep
    _attempt(store, clock)
    assert backup_now(store, clock.now()) is not None
    made = store.maintenance.start_backup()()  # the same minute as the daily one
    assert made is not None and made.reason is BackupReason.BY_HAND
    assert len(store.maintenance.list_backups()) == 2


def test_counting_a_file_that_is_no_database_says_which_file(tmp_path: Path) -> None:
    junk = tmp_path / "history-20260101-000000-daily.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match=str(junk)):
        count_attempts(junk)


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    data_dir: Path, store: History, clock: FakeClock, errors: list[str]
) -> None:
    first = _attempt(store, clock)
    backup = backup_now(store, clock.now())
    assert backup is not None
    clock.advance(HOUR)
    second = _attempt(store, clock, "beta")

    safety = store.maintenance.restore(backup.path)

    assert [a.id for a in store.reader.list_attempts()] == [first]
    assert safety is not None and safety.path != backup.path
    assert {b.path for b in store.maintenance.list_backups()} == {backup.path, safety.path}
    conn = sqlite3.connect(f"{safety.path.as_uri()}?mode=ro", uri=True)
    assert sorted(r[0] for r in conn.execute("SELECT id FROM attempts")) == [first, second]
    conn.close()
    third = _attempt(store, clock)  # the store goes on working after a restore
    assert third > first
    assert errors == []

    reopened = History.open(data_paths(data_dir).history_db, clock=clock)
    try:
        assert sorted(a.id for a in reopened.reader.list_attempts()) == [first, third]
    finally:
        reopened.close()


def test_a_backup_from_an_older_version_is_migrated_when_restored(
    store: History, clock: FakeClock, tmp_path: Path
) -> None:
    old = tmp_path / "history-20251201-120000.sqlite3"
    conn = sqlite3.connect(str(old), isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO attempts (id, bank_id, mode, kind, title, seed, pass_mark, started_at, status, total)"
        " VALUES (5, 'old', 'practice', 'bank', 'Old', 1, 50,"
        " '2025-12-01T12:00:00.000000+00:00', 'abandoned', 3)"
    )
    conn.close()
    _attempt(store, clock)
    store.maintenance.restore(old)
    assert [a.id for a in store.reader.list_attempts()] == [5]
    assert store.reader.most_missed() == []  # the version-2 tables exist after the restore


def test_restore_refuses_a_backup_from_a_newer_version_and_changes_nothing(
    store: History, clock: FakeClock, data_dir: Path
) -> None:
    _attempt(store, clock)
    made = backup_now(store, clock.now())
    assert made is not None
    conn = sqlite3.connect(str(made.path), isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = store.reader.count_attempts()
    with pytest.raises(DatabaseTooNewError):
        store.maintenance.restore(made.path)
    assert store.reader.count_attempts() == before
    assert len(store.maintenance.list_backups()) == 1  # no safety copy: nothing was replaced


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    store: History, clock: FakeClock, tmp_path: Path
) -> None:
    _attempt(store, clock)
    bad = tmp_path / "history-20260101-000000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DatabaseDamagedError):
        store.maintenance.restore(bad)
    assert store.reader.count_attempts() == 1


def test_a_backup_that_fails_its_integrity_check_is_not_kept_and_says_why(
    data_dir: Path, clock: FakeClock
) -> None:
    """What the user is then told is in test_app_startup (``DailyBackup.failed``)."""
    path = data_paths(data_dir).history_db
    store = History.open(path, clock=clock)
    for n in range(30):
        _attempt(store, clock, f"bank{n}")
    store.close()
    scramble_an_index(path)

    store = History.open(path, clock=clock)
    try:
        with pytest.raises(DatabaseDamagedError, match="damaged") as raised:
            backup_now(store, clock.now())
        assert str(path) in str(raised.value)
        assert store.maintenance.list_backups() == []
    finally:
        store.close()
    assert [p.name for p in data_paths(data_dir).backups_dir.iterdir()] == []


def test_a_failed_backup_leaves_neither_its_partial_copy_nor_the_journal_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 6, 9, tzinfo=UTC)
    partial = folder / f"{backup_name(now, BackupReason.DAILY)}.{os.getpid()}.partial"
    journal = partial.with_name(partial.name + "-journal")
    journal.write_bytes(b"")  # what SQLite leaves when the copy stops on a full disk
    source = sqlite3.connect(":memory:")
    source.close()  # the copy fails

    with pytest.raises(StorageError, match="Could not make a backup"):
        make_backup(source, folder, now, reason=BackupReason.DAILY)
    assert sorted(p.name for p in folder.iterdir()) == []
