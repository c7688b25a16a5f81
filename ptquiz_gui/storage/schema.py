"""The history schema and its forward migrations.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` takes a database
from version ``n`` to ``n + 1``; each runs inside the caller's transaction, so a
failed migration leaves the file as it was. Never edit a released step: add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from functools import partial

Migration = Callable[[sqlite3.Connection], None]
Progress = Callable[[int, int], None]


def _create_history(conn: sqlite3.Connection) -> None:
    """Version 1: attempts, the question snapshots they showed, answers, review cards."""
    conn.execute(
        """
        CREATE TABLE attempts (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            bank_id     TEXT    NOT NULL,
            bank_hash   TEXT    NOT NULL DEFAULT '',
            mode        TEXT    NOT NULL CHECK (mode IN ('practice', 'exam')),
            kind        TEXT    NOT NULL,
            title       TEXT    NOT NULL,
            seed        INTEGER NOT NULL,
            pass_mark   INTEGER NOT NULL,
            time_limit  INTEGER,
            started_at  TEXT    NOT NULL,
            finished_at TEXT,
            status      TEXT    NOT NULL CHECK (status IN ('in_progress', 'finished', 'abandoned')),
            timed_out   INTEGER NOT NULL DEFAULT 0,
            total       INTEGER NOT NULL,
            answered    INTEGER NOT NULL DEFAULT 0,
            score       INTEGER,
            percent     REAL,
            elapsed     REAL    NOT NULL DEFAULT 0,
            current     INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    # One row per distinct question text; attempts showing the same text share it.
    conn.execute(
        """
        CREATE TABLE question_snapshots (
            id          INTEGER PRIMARY KEY,
            digest      TEXT    NOT NULL UNIQUE,
            bank_id     TEXT    NOT NULL,
            question_id TEXT    NOT NULL,
            prompt      TEXT    NOT NULL,
            choices     TEXT    NOT NULL,
            answer      INTEGER NOT NULL,
            explanation TEXT    NOT NULL,
            topic       TEXT    NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE attempt_items (
            attempt_id   INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
            position     INTEGER NOT NULL,
            snapshot_id  INTEGER NOT NULL REFERENCES question_snapshots (id),
            choice_order TEXT    NOT NULL,
            choice       INTEGER,
            correct      INTEGER NOT NULL DEFAULT 0,
            seconds      REAL    NOT NULL DEFAULT 0,
            flagged      INTEGER NOT NULL DEFAULT 0,
            answered_at  TEXT,
            PRIMARY KEY (attempt_id, position)
        ) WITHOUT ROWID
        """
    )
    conn.execute(
        """
        CREATE TABLE review_cards (
            bank_id     TEXT    NOT NULL,
            question_id TEXT    NOT NULL,
            box         INTEGER NOT NULL,
            due         TEXT    NOT NULL,
            lapses      INTEGER NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES question_snapshots (id),
            PRIMARY KEY (bank_id, question_id)
        ) WITHOUT ROWID
        """
    )
    for name, table, columns in (
        ("attempts_started", "attempts", "started_at"),
        ("attempts_bank", "attempts", "bank_id, started_at"),
        ("attempts_mode", "attempts", "mode, started_at"),
        ("attempts_score", "attempts", "score, started_at"),
        ("attempts_percent", "attempts", "percent, started_at"),
        ("attempts_elapsed", "attempts", "elapsed, started_at"),
        ("attempts_status", "attempts", "status, started_at"),
        ("attempts_best", "attempts", "kind, status, bank_id, percent, finished_at"),
        ("attempt_items_snapshot", "attempt_items", "snapshot_id"),
        ("review_cards_due", "review_cards", "due"),
        ("review_cards_snapshot", "review_cards", "snapshot_id"),
    ):
        conn.execute(f"CREATE INDEX {name} ON {table} ({columns})")


def _add_derived_totals(conn: sqlite3.Connection) -> None:
    """Version 2: totals kept up to date as attempts end, so the library's best scores,
    "most missed" and topic accuracy read a few rows instead of the whole history:
    per question over finished attempts, and per bank over finished whole-bank attempts."""
    conn.execute(
        """
        CREATE TABLE question_stats (
            bank_id     TEXT    NOT NULL,
            question_id TEXT    NOT NULL,
            asked       INTEGER NOT NULL,
            wrong       INTEGER NOT NULL,
            snapshot_id INTEGER NOT NULL REFERENCES question_snapshots (id),
            PRIMARY KEY (bank_id, question_id)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX question_stats_wrong ON question_stats (wrong)")
    conn.execute("CREATE INDEX question_stats_snapshot ON question_stats (snapshot_id)")
    conn.execute(
        """
        INSERT INTO question_stats (bank_id, question_id, asked, wrong, snapshot_id)
        SELECT s.bank_id, s.question_id, count(*), sum(1 - i.correct), max(s.id)
        FROM attempt_items AS i
        JOIN attempts AS a ON a.id = i.attempt_id
        JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE a.status = 'finished'
        GROUP BY s.bank_id, s.question_id
        """
    )
    conn.execute(
        """
        CREATE TABLE bank_stats (
            bank_id       TEXT    NOT NULL PRIMARY KEY,
            attempts      INTEGER NOT NULL,
            best_percent  REAL    NOT NULL,
            last_finished TEXT    NOT NULL
        ) WITHOUT ROWID
        """
    )
    conn.execute(
        """
        INSERT INTO bank_stats (bank_id, attempts, best_percent, last_finished)
        SELECT bank_id, count(*), max(percent), max(finished_at)
        FROM attempts WHERE kind = 'bank' AND status = 'finished'
        GROUP BY bank_id
        """
    )


# "ptqz": marks a file as a ptquiz history (``PRAGMA application_id``), so another
# program's SQLite file is never mistaken for one. Files from before version 3 lack it
# and are recognised by their tables instead (``storage.identity``).
APPLICATION_ID = 0x7074717A


def _add_attempt_tokens(conn: sqlite3.Connection) -> None:
    """Version 3: each attempt gets a random token, and every write names its attempt by it,
    so a write can never land on another attempt, even one given the same id after a restore.
    The file is marked as a ptquiz history."""
    conn.execute("ALTER TABLE attempts ADD COLUMN token TEXT")
    conn.execute("UPDATE attempts SET token = lower(hex(randomblob(16)))")
    conn.execute("CREATE UNIQUE INDEX attempts_token ON attempts (token)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")


def _add_answer_sets(conn: sqlite3.Connection) -> None:
    """Version 4: questions with several right answers, and true/false.

    Each position keeps the set of chosen indexes (``choices``, a JSON list in file order,
    sorted; ``[]`` when unanswered) and the points it earned (``points``, 0-1, fractional
    under partial scoring). ``choice`` stays the one chosen index of a single-answer or
    true/false question and is NULL for a multiple-answer one; ``correct`` means full marks.
    An attempt's ``score`` may now be fractional. Snapshots keep the question's type, keys,
    scoring, shuffle and "choose N", so old attempts review, resume and score as shown.
    Everything recorded before was a single-answer question, shuffled, all-or-nothing.
    """
    conn.execute("ALTER TABLE attempt_items ADD COLUMN choices TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE attempt_items ADD COLUMN points REAL NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE attempt_items SET choices = '[' || choice || ']', points = correct WHERE choice IS NOT NULL"
    )
    for column in (
        "qtype TEXT NOT NULL DEFAULT 'single'",
        "answers TEXT NOT NULL DEFAULT '[]'",
        "scoring TEXT NOT NULL DEFAULT 'all-or-nothing'",
        "shuffle INTEGER NOT NULL DEFAULT 1",
        "choose INTEGER",
    ):
        conn.execute(f"ALTER TABLE question_snapshots ADD COLUMN {column}")
    conn.execute("UPDATE question_snapshots SET answers = '[' || answer || ']'")


def _add_fsrs_cards(
    conn: sqlite3.Connection, *, desired_retention: float | None = None, progress: Progress | None = None
) -> None:
    """Version 5: FSRS cards replayed from each question's answers; the Leitner boxes go
    (``storage.fsrs_migration``, loaded only when a file needs it)."""
    from ptquiz_gui.storage.fsrs_migration import add_fsrs_cards

    add_fsrs_cards(conn, progress, desired_retention=desired_retention)


MIGRATIONS: Sequence[Migration] = (
    _create_history,
    _add_derived_totals,
    _add_attempt_tokens,
    _add_answer_sets,
    _add_fsrs_cards,
)
SCHEMA_VERSION = len(MIGRATIONS)
FSRS_VERSION = 5  # the version whose migration replays the history


def migrations(
    desired_retention: float | None = None, progress: Progress | None = None
) -> Sequence[Migration]:
    """``MIGRATIONS`` with the FSRS replay setting due dates at the student's
    ``desired_retention`` (the default when None) and reporting ``progress(done, total)``."""
    steps = list(MIGRATIONS)
    steps[FSRS_VERSION - 1] = partial(_add_fsrs_cards, desired_retention=desired_retention, progress=progress)
    return tuple(steps)

REQUIRED_TABLES = frozenset(
    {
        "attempts",
        "question_snapshots",
        "attempt_items",
        "question_cards",
        "review_outcomes",
        "question_stats",
        "bank_stats",
    }
)


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database up to ``len(migrations)`` in one transaction; returns the old version.

    The caller has checked that the file is not newer than this app.
    """
    target = len(migrations)
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = user_version(conn)
        for step in migrations[found:]:
            step(conn)
        if found < target:
            conn.execute(f"PRAGMA user_version = {target:d}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found


def missing_tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return set(REQUIRED_TABLES) - {str(r[0]) for r in rows}
