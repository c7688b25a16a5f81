"""Moving a history kept in memory (the disk was unusable) into the real file.

Attempts get new ids from the file (SQLite numbers them) and keep their tokens, so
writes still waiting in memory find them; question snapshots are matched by content;
the cards of the questions answered in memory are replayed from all their answers;
per-question totals add up and per-bank totals are recounted.
"""

from __future__ import annotations

import sqlite3

from ptquiz_gui.domain.fsrs_cards import DEFAULT_RETENTION
from ptquiz_gui.storage.cards import scheduler_for
from ptquiz_gui.storage.fsrs_migration import rebuild_cards
from ptquiz_gui.storage.totals import recount_banks

_ATTEMPT_COLUMNS = (
    "bank_id, bank_hash, mode, kind, title, seed, pass_mark, time_limit, started_at, finished_at, status,"
    " timed_out, total, answered, score, percent, elapsed, current, token"
)
_SNAPSHOT_COLUMNS = (
    "digest, bank_id, question_id, prompt, choices, answer, explanation, topic,"
    " qtype, answers, scoring, shuffle, choose"
)
_ITEM_COLUMNS = (
    "attempt_id, position, snapshot_id, choice_order, choice, correct, seconds, flagged, answered_at,"
    " choices, points"
)


def _marks(columns: str) -> str:
    return ", ".join("?" * (columns.count(",") + 1))


def _snapshot_ids(source: sqlite3.Connection, target: sqlite3.Connection) -> dict[int, int]:
    mapping = {}
    for row in source.execute(f"SELECT id, {_SNAPSHOT_COLUMNS} FROM question_snapshots"):
        found = target.execute("SELECT id FROM question_snapshots WHERE digest = ?", (row[1],)).fetchone()
        if found is None:
            cursor = target.execute(
                f"INSERT INTO question_snapshots ({_SNAPSHOT_COLUMNS}) VALUES ({_marks(_SNAPSHOT_COLUMNS)})",
                row[1:],
            )
            assert cursor.lastrowid is not None
            mapping[row[0]] = cursor.lastrowid
        else:
            mapping[row[0]] = int(found[0])
    return mapping


def merge_into(
    source: sqlite3.Connection, target: sqlite3.Connection, desired_retention: float = DEFAULT_RETENTION
) -> dict[int, int]:
    """Copy everything from ``source`` into ``target`` in one transaction, the replayed cards
    due at ``desired_retention``; returns ``{old id: new id}``."""
    target.execute("BEGIN IMMEDIATE")
    try:
        snapshots = _snapshot_ids(source, target)
        attempts: dict[int, int] = {}
        placeholders = _marks(_ATTEMPT_COLUMNS)
        for row in source.execute(f"SELECT id, {_ATTEMPT_COLUMNS} FROM attempts ORDER BY id").fetchall():
            inserted = target.execute(
                f"INSERT INTO attempts ({_ATTEMPT_COLUMNS}) VALUES ({placeholders}) RETURNING id", row[1:]
            ).fetchall()
            attempts[row[0]] = int(inserted[0][0])
        items = source.execute(f"SELECT {_ITEM_COLUMNS} FROM attempt_items").fetchall()
        target.executemany(
            f"INSERT INTO attempt_items ({_ITEM_COLUMNS}) VALUES ({_marks(_ITEM_COLUMNS)})",
            ((attempts[r[0]], r[1], snapshots[r[2]], *r[3:]) for r in items),
        )
        touched = source.execute("SELECT bank_id, question_id FROM question_cards").fetchall()
        rebuild_cards(target, scheduler_for(desired_retention), [(str(b), str(q)) for b, q in touched])
        totals = source.execute(
            "SELECT bank_id, question_id, asked, wrong, snapshot_id FROM question_stats"
        ).fetchall()
        target.executemany(
            """
            INSERT INTO question_stats (bank_id, question_id, asked, wrong, snapshot_id)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (bank_id, question_id) DO UPDATE SET
                asked = asked + excluded.asked, wrong = wrong + excluded.wrong,
                snapshot_id = excluded.snapshot_id
            """,
            ((*r[:4], snapshots[r[4]]) for r in totals),
        )
        banks = [r[0] for r in source.execute("SELECT bank_id FROM bank_stats")]
        recount_banks(target, banks)
        target.execute("COMMIT")
    except BaseException:
        if target.in_transaction:
            target.execute("ROLLBACK")
        raise
    return attempts
