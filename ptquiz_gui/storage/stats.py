"""Progress figures for the library and the statistics page."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ptquiz_gui.domain.plan import PlanKind
from ptquiz_gui.domain.result import TopicScore
from ptquiz_gui.storage.records import BankStats, MissedQuestion
from ptquiz_gui.storage.times import from_db

GENERAL_TOPIC = "general"  # what a question without a topic counts under, as in Result.per_topic


def best_by_bank(conn: sqlite3.Connection) -> dict[str, BankStats]:
    rows = conn.execute("SELECT bank_id, attempts, best_percent, last_finished FROM bank_stats").fetchall()
    return {r[0]: BankStats(r[0], r[1], r[2], from_db(r[3])) for r in rows}


def score_series(conn: sqlite3.Connection, bank_id: str) -> list[tuple[datetime, float]]:
    """Finished whole-bank attempts of one bank, oldest first: (finished_at, percent)."""
    rows = conn.execute(
        """
        SELECT finished_at, percent FROM attempts
        WHERE kind = ? AND status = 'finished' AND bank_id = ?
        ORDER BY finished_at, id
        """,
        (PlanKind.BANK.value, bank_id),
    ).fetchall()
    return [(from_db(r[0]), r[1]) for r in rows]


def topic_accuracy(conn: sqlite3.Connection, bank_id: str | None) -> list[TopicScore]:
    """Right answers per topic over finished attempts (unanswered counts as not right)."""
    where = "" if bank_id is None else "WHERE t.bank_id = ?"
    rows = conn.execute(
        f"""
        SELECT coalesce(nullif(s.topic, ''), ?) AS topic, sum(t.asked - t.wrong), sum(t.asked)
        FROM question_stats AS t JOIN question_snapshots AS s ON s.id = t.snapshot_id
        {where}
        GROUP BY topic ORDER BY topic
        """,
        (GENERAL_TOPIC,) if bank_id is None else (GENERAL_TOPIC, bank_id),
    ).fetchall()
    return [TopicScore(r[0], r[1], r[2]) for r in rows]


def most_missed(conn: sqlite3.Connection, limit: int) -> list[MissedQuestion]:
    rows = conn.execute(
        """
        SELECT t.bank_id, t.question_id, s.prompt, s.topic, t.wrong, t.asked
        FROM question_stats AS t JOIN question_snapshots AS s ON s.id = t.snapshot_id
        WHERE t.wrong > 0
        ORDER BY t.wrong DESC, t.asked ASC, t.bank_id, t.question_id
        LIMIT ?
        """,
        (max(0, limit),),
    ).fetchall()
    return [MissedQuestion(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
