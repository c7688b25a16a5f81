"""One question across the history: its text as last shown, and every finished answer to it.

Both come from the stored snapshots, so they read the same after the bank is edited or removed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ptquiz_gui.domain.plan import Mode, QuizItem
from ptquiz_gui.domain.result import ItemOutcome
from ptquiz_gui.storage.snapshots import SNAPSHOT_COLUMNS, order_from_text, question_from_row
from ptquiz_gui.storage.times import from_db

QuestionKey = tuple[str, str]  # (bank id, question id)


@dataclass(frozen=True, slots=True)
class PastAnswer:
    """One finished attempt's answer to the question, with the question as that attempt showed it."""

    attempt_id: int
    title: str
    mode: Mode
    finished_at: datetime
    outcome: ItemOutcome


def last_shown(conn: sqlite3.Connection, keys: Sequence[QuestionKey]) -> list[QuizItem]:
    """The questions as last shown (choices in file order), in the order of ``keys``;
    a question with no statistics is left out."""
    items = []
    for bank_id, question_id in keys:
        row = conn.execute(
            f"""
            SELECT {SNAPSHOT_COLUMNS}
            FROM question_stats AS t JOIN question_snapshots AS s ON s.id = t.snapshot_id
            WHERE t.bank_id = ? AND t.question_id = ?
            """,
            (bank_id, question_id),
        ).fetchone()
        if row is not None:
            question = question_from_row(row)
            items.append(QuizItem(bank_id, question, tuple(range(len(question.choices)))))
    return items


def past_answers(
    conn: sqlite3.Connection, bank_id: str, question_id: str, limit: int
) -> tuple[list[PastAnswer], int]:
    """The newest ``limit`` answers to the question in finished attempts, newest first,
    and how many there are in all."""
    where = """
        FROM attempt_items AS i
        JOIN attempts AS a ON a.id = i.attempt_id
        JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE s.bank_id = ? AND s.question_id = ? AND a.status = 'finished'
    """
    total = conn.execute(f"SELECT count(*) {where}", (bank_id, question_id)).fetchone()[0]
    rows = conn.execute(
        f"""
        SELECT a.id, a.title, a.mode, a.finished_at, i.position, i.choice_order, i.choices,
               i.flagged, i.seconds, {SNAPSHOT_COLUMNS}
        {where}
        ORDER BY a.finished_at DESC, a.id DESC
        LIMIT ?
        """,
        (bank_id, question_id, max(0, limit)),
    ).fetchall()
    answers = []
    for row in rows:
        attempt_id, title, mode, finished_at, position, order, chosen, flagged, seconds = row[:9]
        item = QuizItem(bank_id, question_from_row(row, 9), order_from_text(order))
        outcome = ItemOutcome(position, item, order_from_text(chosen), bool(flagged), seconds)
        answers.append(PastAnswer(attempt_id, title, Mode(mode), from_db(finished_at), outcome))
    return answers, int(total)
