"""Totals derived from finished attempts, kept current as attempts end or are deleted."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ptquiz_gui.domain.plan import PlanKind


def count_finished(conn: sqlite3.Connection, attempt_id: int) -> None:
    """Add a just-finished attempt to the per-question and per-bank totals."""
    add_question_stats(conn, attempt_id, +1)
    row = conn.execute(
        "SELECT kind, bank_id, percent, finished_at FROM attempts WHERE id = ?", (attempt_id,)
    ).fetchone()
    if row is None or row[0] != PlanKind.BANK.value:
        return
    conn.execute(
        """
        INSERT INTO bank_stats (bank_id, attempts, best_percent, last_finished) VALUES (?, 1, ?, ?)
        ON CONFLICT (bank_id) DO UPDATE SET
            attempts = attempts + 1,
            best_percent = max(best_percent, excluded.best_percent),
            last_finished = max(last_finished, excluded.last_finished)
        """,
        row[1:],
    )


def uncount_finished(conn: sqlite3.Connection, attempt_id: int) -> None:
    """Take a finished attempt out of the totals (before it is deleted)."""
    add_question_stats(conn, attempt_id, -1)
    row = conn.execute("SELECT kind, bank_id FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
    if row is not None and row[0] == PlanKind.BANK.value:
        recount_banks(conn, [row[1]], excluding=attempt_id)


def recount_banks(conn: sqlite3.Connection, bank_ids: Iterable[str], excluding: int | None = None) -> None:
    """Recompute the per-bank totals of ``bank_ids`` from their attempts."""
    for bank_id in set(bank_ids):
        conn.execute("DELETE FROM bank_stats WHERE bank_id = ?", (bank_id,))
        conn.execute(
            """
            INSERT INTO bank_stats (bank_id, attempts, best_percent, last_finished)
            SELECT bank_id, count(*), max(percent), max(finished_at) FROM attempts
            WHERE kind = ? AND status = 'finished' AND bank_id = ? AND id IS NOT ?
            GROUP BY bank_id
            """,
            (PlanKind.BANK.value, bank_id, excluding),
        )


def add_question_stats(conn: sqlite3.Connection, attempt_id: int, sign: int) -> None:
    """Count (``sign=+1``) or uncount (``-1``) a finished attempt in the per-question totals."""
    rows = conn.execute(
        """
        SELECT s.bank_id, s.question_id, i.correct, i.snapshot_id
        FROM attempt_items AS i JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE i.attempt_id = ?
        """,
        (attempt_id,),
    ).fetchall()
    if sign > 0:
        conn.executemany(
            """
            INSERT INTO question_stats (bank_id, question_id, asked, wrong, snapshot_id)
            VALUES (?, ?, 1, ?, ?)
            ON CONFLICT (bank_id, question_id) DO UPDATE SET
                asked = asked + 1, wrong = wrong + excluded.wrong, snapshot_id = excluded.snapshot_id
            """,
            ((b, q, 1 - c, s) for b, q, c, s in rows),
        )
        return
    conn.executemany(
        "UPDATE question_stats SET asked = asked - 1, wrong = max(0, wrong - ?)"
        " WHERE bank_id = ? AND question_id = ?",
        ((1 - c, b, q) for b, q, c, _ in rows),
    )
    conn.executemany(
        "DELETE FROM question_stats WHERE bank_id = ? AND question_id = ? AND asked <= 0",
        ((b, q) for b, q, _, _ in rows),
    )
