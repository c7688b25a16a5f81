"""The history file's format: connection settings, forward migrations, and files from a newer ptquiz."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers.sample import make_bank, make_plan

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.connection import connect
from ptquiz_gui.storage.errors import DatabaseTooNewError
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.schema import MIGRATIONS, REQUIRED_TABLES, SCHEMA_VERSION, migrate


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path), isolation_level=None)


def _version(path: Path) -> int:
    conn = _raw(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_new_history_file_uses_wal_full_sync_foreign_keys_and_current_version(data_dir: Path) -> None:
    path = data_paths(data_dir).history_db
    store = History.open(path)
    try:
        assert path.name == "history.sqlite3" and path.parent == data_dir
        conn = sqlite3.connect(str(path))
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.close()
    finally:
        store.close()
    # Per-connection settings are checked on a connection made the way the store makes them.
    conn = connect(path)
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    finally:
        conn.close()


@pytest.mark.parametrize("start", range(SCHEMA_VERSION))
def test_each_migration_step_brings_an_older_file_to_the_current_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "history.sqlite3"
    conn = _raw(path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, MIGRATIONS[:start])
    conn.close()
    assert _version(path) == start

    History.open(path).close()

    assert _version(path) == SCHEMA_VERSION
    conn = _raw(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert tables >= REQUIRED_TABLES


def _insert_v1_attempt(
    conn: sqlite3.Connection, attempt_id: int, status: str, choices: list[int | None], keys: list[int]
) -> None:
    """One attempt written with plain SQL against the version-1 tables, as ptquiz 1 would have."""
    finished = status != "in_progress"
    score = sum(1 for c, k in zip(choices, keys, strict=True) if c == k)
    conn.execute(
        "INSERT INTO attempts (id, bank_id, bank_hash, mode, kind, title, seed, pass_mark, time_limit,"
        " started_at, finished_at, status, total, answered, score, percent, elapsed, current)"
        " VALUES (?, 'old', 'h1', 'practice', 'bank', 'Old bank', 3, 60, NULL, ?, ?, ?, ?, ?, ?, ?, 42.5, 1)",
        (
            attempt_id,
            f"2025-12-0{attempt_id}T10:00:00.000000+00:00",
            f"2025-12-0{attempt_id}T10:05:00.000000+00:00" if finished else None,
            status,
            len(keys),
            sum(c is not None for c in choices),
            score if finished else None,
            100.0 * score / len(keys) if finished else None,
        ),
    )
    for position, (choice, key) in enumerate(zip(choices, keys, strict=True)):
        digest = f"digest-{position}"
        conn.execute(
            "INSERT OR IGNORE INTO question_snapshots"
            " (id, digest, bank_id, question_id, prompt, choices, answer, explanation, topic)"
            " VALUES (?, ?, 'old', ?, ?, ?, ?, 'why', ?)",
            (
                position + 1,
                digest,
                f"q{position}",
                f"Old prompt {position}",
                json.dumps(["a", "b", "c"]),
                key,
                "topic-a" if position % 2 == 0 else "topic-b",
            ),
        )
        conn.execute(
            "INSERT INTO attempt_items"
            " (attempt_id, position, snapshot_id, choice_order, choice, correct, seconds)"
            " VALUES (?, ?, ?, '[2,0,1]', ?, ?, 5.0)",
            (attempt_id, position, position + 1, choice, int(choice == key)),
        )


def test_a_version_1_history_keeps_every_attempt_and_gains_derived_totals(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = _raw(path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, MIGRATIONS[:1])
    conn.execute("BEGIN")
    keys = [0, 1, 2]
    _insert_v1_attempt(conn, 1, "finished", [0, 0, None], keys)  # q0 right, q1 wrong, q2 unanswered
    _insert_v1_attempt(conn, 2, "finished", [0, 1, 0], keys)  # q0 right, q1 right, q2 wrong
    _insert_v1_attempt(conn, 3, "in_progress", [1, None, None], keys)  # not counted: not finished
    conn.execute("COMMIT")
    conn.close()
    assert _version(path) == 1

    store = History.open(path)
    try:
        assert store.reader.count_attempts() == 3
        old = store.reader.result_of(1)
        assert [o.choice for o in old.outcomes] == [0, 0, None]
        assert old.outcomes[0].item.question.prompt == "Old prompt 0"
        assert old.outcomes[0].item.choice_order == (2, 0, 1)
        assert old.score == 1 and old.time_used == 42.5
        assert store.reader.unfinished()[0].id == 3

        missed = {(m.question_id, m.times_wrong, m.times_asked) for m in store.reader.most_missed()}
        assert missed == {("q1", 1, 2), ("q2", 2, 2)}
        topics = {(t.topic, t.correct, t.total) for t in store.reader.topic_accuracy("old")}
        assert topics == {("topic-a", 2, 4), ("topic-b", 1, 2)}
        best = store.reader.best_by_bank()["old"]
        assert (best.attempts, round(best.best_percent, 1)) == (2, 66.7)
        assert best.last_attempt == store.reader.summary(2).finished_at
    finally:
        store.close()
    assert _version(path) == SCHEMA_VERSION


def _newer_file(path: Path) -> bytes:
    store = History.open(path)
    Attempt(make_plan(make_bank()), FakeClock(), store.recorder)
    store.close()
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert not Path(f"{path}-wal").exists()
    return path.read_bytes()


def test_a_file_from_a_newer_ptquiz_is_refused_with_a_clear_message_and_left_untouched(
    data_dir: Path,
) -> None:
    path = data_paths(data_dir).history_db
    before = _newer_file(path)
    listing_before = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(DatabaseTooNewError) as refused:
        History.open(path)

    message = str(refused.value)
    assert str(path) in message
    assert f"format {SCHEMA_VERSION + 1}" in message and f"up to {SCHEMA_VERSION}" in message
    assert "has not been changed" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == listing_before


def test_a_reader_also_refuses_a_newer_file_without_touching_it(data_dir: Path) -> None:
    path = data_paths(data_dir).history_db
    before = _newer_file(path)
    with pytest.raises(DatabaseTooNewError):
        HistoryReader.open_read_only(path)
    assert path.read_bytes() == before


def test_a_reader_reads_an_older_file_without_migrating_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = _raw(path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn, MIGRATIONS[:1])
    conn.execute("BEGIN")
    _insert_v1_attempt(conn, 1, "finished", [0, 1], [0, 1])
    conn.execute("COMMIT")
    conn.close()
    before = path.read_bytes()

    with HistoryReader.open_read_only(path) as reader:
        assert [a.score for a in reader.list_attempts()] == [2]

    assert _version(path) == 1
    assert path.read_bytes() == before
