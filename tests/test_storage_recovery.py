"""Opening a history that cannot be used: damaged files, missing or unwritable folders, memory fallback."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.daily import backup_now
from helpers.readonly import read_only_folder
from helpers.sample import answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.domain.attempt import Attempt, Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.errors import StorageUnavailableError
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import SCHEMA_VERSION


def _history_with_one_attempt(path: Path, clock: FakeClock) -> None:
    store = History.open(path, clock=clock)
    attempt = Attempt(make_plan(make_bank(count=40)), clock, store.recorder)
    answer_right(attempt)
    attempt.finish()
    store.close()


def _flip_magic(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:6] = bytes(b ^ 0xFF for b in data[0:6])
    path.write_bytes(bytes(data))


def _flip_page_size(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16] ^= 0x55
    path.write_bytes(bytes(data))


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncate_inside_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(4).randbytes(path.stat().st_size))


def _not_sqlite(path: Path) -> None:
    path.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")


def _unreadable_schema(path: Path) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE attempts (' WHERE name = 'attempts'")
    conn.close()


def _tables_missing(path: Path) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE question_cards")
    conn.close()


def _someone_elses_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('bread')")
    conn.close()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "flipped header bytes": _flip_magic,
    "flipped page size": _flip_page_size,
    "truncated to half": _truncate_half,
    "truncated inside the header": _truncate_inside_header,
    "random garbage": _garbage,
    "a text file": _not_sqlite,
    "unreadable schema": _unreadable_schema,
    "a table missing": _tables_missing,
    "another program's database": _someone_elses_database,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_moved_aside_and_a_fresh_history_started(data_dir: Path, damage: str) -> None:
    clock = FakeClock()
    path = data_paths(data_dir).history_db
    _history_with_one_attempt(path, clock)
    DAMAGE[damage](path)
    damaged_bytes = path.read_bytes()
    stray_wal = b"not a real write-ahead log"
    Path(f"{path}-wal").write_bytes(stray_wal)

    store = History.open(path, clock=clock)
    try:
        notice = store.maintenance.recovery
        assert notice is not None
        assert notice.moved_to == data_dir / "history.sqlite3.damaged-20260105-090000"
        assert notice.moved_to.read_bytes() == damaged_bytes
        assert Path(f"{notice.moved_to}-wal").read_bytes() == stray_wal  # journals are moved, never deleted
        assert str(path) in notice.message and str(notice.moved_to) in notice.message
        assert "No backup was found" in notice.message and notice.newest_backup is None

        assert store.reader.count_attempts() == 0
        attempt = Attempt(make_plan(), clock, store.recorder)
        answer_wrong(attempt)
        attempt.finish()
        assert store.reader.count_attempts() == 1
    finally:
        store.close()
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_the_recovery_notice_names_the_newest_backup(data_dir: Path) -> None:
    clock = FakeClock()
    path = data_paths(data_dir).history_db
    _history_with_one_attempt(path, clock)
    store = History.open(path, clock=clock)
    made = backup_now(store, clock.now())
    store.close()
    assert made is not None
    _flip_magic(path)
    clock.advance(3600)

    store = History.open(path, clock=clock)
    try:
        assert store.maintenance.recovery is not None and store.maintenance.recovery.newest_backup == made
        assert str(made.path) in store.maintenance.recovery.message
        store.maintenance.restore(made.path)
        assert store.reader.count_attempts() == 1
    finally:
        store.close()


def test_two_damaged_files_in_the_same_second_do_not_overwrite_each_other(data_dir: Path) -> None:
    clock = FakeClock()
    path = data_dir / "history.sqlite3"
    moved = []
    for _ in range(2):
        _not_sqlite(path)
        store = History.open(path, clock=clock)
        assert store.maintenance.recovery is not None
        moved.append(store.maintenance.recovery.moved_to)
        store.close()
    assert moved[0] != moved[1] and all(p.exists() for p in moved)


def test_a_zero_byte_file_is_simply_a_new_history(data_dir: Path) -> None:
    path = data_dir / "history.sqlite3"
    path.touch()
    store = History.open(path)
    try:
        assert store.maintenance.recovery is None and store.reader.count_attempts() == 0
        Attempt(make_plan(), FakeClock(), store.recorder)
        assert store.reader.count_attempts() == 1
    finally:
        store.close()
    assert sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name) == []


def test_a_missing_data_folder_is_created(tmp_path: Path) -> None:
    path = data_paths(tmp_path / "not" / "yet" / "there").history_db
    store = History.open(path)
    store.close()
    assert path.is_file()


def test_a_file_where_the_data_folder_should_be_is_refused_by_name(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("in the way", encoding="utf-8")
    with pytest.raises(StorageUnavailableError) as refused:
        History.open(data_paths(blocker).history_db)
    assert str(blocker) in str(refused.value)
    assert blocker.read_text(encoding="utf-8") == "in the way"

    with pytest.raises(StorageUnavailableError):
        History.open(data_paths(blocker / "deeper").history_db)


def test_a_read_only_data_folder_is_refused_and_the_history_left_alone(data_dir: Path) -> None:
    path = data_paths(data_dir).history_db
    _history_with_one_attempt(path, FakeClock())
    before = path.read_bytes()
    with read_only_folder(data_dir):
        with pytest.raises(StorageUnavailableError) as refused:
            History.open(path)
        assert str(data_dir) in str(refused.value)
    assert path.read_bytes() == before
    assert [p.name for p in data_dir.iterdir() if "damaged" in p.name] == []


def test_a_read_only_empty_folder_is_refused(data_dir: Path) -> None:
    with read_only_folder(data_dir), pytest.raises(StorageUnavailableError):
        History.open(data_dir / "history.sqlite3")


def test_in_memory_store_keeps_the_attempt_and_moves_it_to_disk_later(tmp_path: Path) -> None:
    clock = FakeClock()
    errors: list[str] = []
    blocker = tmp_path / "data"
    blocker.write_text("in the way", encoding="utf-8")
    with pytest.raises(StorageUnavailableError):
        History.open(data_paths(blocker).history_db)

    store = History.in_memory(clock=clock, on_error=errors.append)
    assert store.recorder.is_in_memory and store.reader.path is None
    attempt = Attempt(make_plan(make_bank("beta", count=6)), clock, store.recorder)
    answer_wrong(attempt)
    attempt.next()
    answer_right(attempt)
    attempt.toggle_flag()
    memory_id = attempt.attempt_id

    assert store.recorder.try_attach(data_paths(blocker).history_db) is False  # still blocked
    assert store.recorder.is_in_memory

    blocker.unlink()
    path = data_paths(blocker).history_db
    _history_with_one_attempt(path, clock)  # the file already holds an older attempt
    assert store.recorder.try_attach(path) is True
    assert store.reader.path == path and not store.recorder.is_in_memory
    assert attempt.attempt_id != memory_id

    attempt.next()
    answer_right(attempt)  # the running attempt goes on, now into the file
    attempt.finish()
    store.close()
    assert errors == []

    reopened = History.open(path, clock=clock)
    try:
        assert reopened.reader.count_attempts() == 2
        saved = reopened.reader.summary(attempt.attempt_id or 0)
        assert saved.status is Status.FINISHED and saved.answered == 3 and saved.score == 2
        result = reopened.reader.result_of(attempt.attempt_id or 0)
        assert [o.flagged for o in result.outcomes][:3] == [False, True, False]
        assert sum(c.memory is not None for c in reopened.reader.question_cards()) == 1  # the miss made in memory
        assert {m.times_asked for m in reopened.reader.most_missed()} == {1}
    finally:
        reopened.close()
