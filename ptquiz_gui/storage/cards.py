"""Spaced-review cards in the database: read one, apply ``after_answer``, list the due ones."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ptquiz_gui.domain.plan import QuizItem
from ptquiz_gui.domain.scheduling import ReviewCard, after_answer
from ptquiz_gui.storage.snapshots import SNAPSHOT_COLUMNS, question_from_row
from ptquiz_gui.storage.times import from_db, to_db

_CARD_COLUMNS = "c.bank_id, c.question_id, c.box, c.due, c.lapses"


def _card(row: Sequence[Any]) -> ReviewCard:
    return ReviewCard(row[0], row[1], row[2], from_db(row[3]), row[4])


def read_card(conn: sqlite3.Connection, bank_id: str, question_id: str) -> ReviewCard | None:
    row = conn.execute(
        f"SELECT {_CARD_COLUMNS} FROM review_cards AS c WHERE c.bank_id = ? AND c.question_id = ?",
        (bank_id, question_id),
    ).fetchone()
    return None if row is None else _card(row)


def record_answer(
    conn: sqlite3.Connection,
    *,
    bank_id: str,
    question_id: str,
    correct: bool,
    now: datetime,
    in_review: bool,
    snapshot_id: int,
) -> ReviewCard | None:
    """Move the question's card after an answer; returns the card as it now stands."""
    before = read_card(conn, bank_id, question_id)
    after = after_answer(before, bank_id, question_id, correct, now, in_review=in_review)
    if after is None:
        if before is not None:
            conn.execute(
                "DELETE FROM review_cards WHERE bank_id = ? AND question_id = ?", (bank_id, question_id)
            )
        return None
    if after == before:
        return after
    conn.execute(
        """
        INSERT INTO review_cards (bank_id, question_id, box, due, lapses, snapshot_id)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (bank_id, question_id) DO UPDATE SET
            box = excluded.box, due = excluded.due, lapses = excluded.lapses,
            snapshot_id = excluded.snapshot_id
        """,
        (bank_id, question_id, after.box, to_db(after.due), after.lapses, snapshot_id),
    )
    return after


def due_cards(conn: sqlite3.Connection, now: datetime) -> list[ReviewCard]:
    rows = conn.execute(
        f"SELECT {_CARD_COLUMNS} FROM review_cards AS c WHERE c.due <= ?"
        " ORDER BY c.due, c.bank_id, c.question_id",
        (to_db(now),),
    ).fetchall()
    return [_card(r) for r in rows]


def due_count(conn: sqlite3.Connection, now: datetime) -> int:
    row = conn.execute("SELECT count(*) FROM review_cards WHERE due <= ?", (to_db(now),)).fetchone()
    return int(row[0])


def all_cards(conn: sqlite3.Connection) -> list[ReviewCard]:
    rows = conn.execute(
        f"SELECT {_CARD_COLUMNS} FROM review_cards AS c ORDER BY c.due, c.bank_id, c.question_id"
    ).fetchall()
    return [_card(r) for r in rows]


def review_items(conn: sqlite3.Connection, now: datetime) -> list[QuizItem]:
    """The due questions as last shown, choices in file order (the caller shuffles)."""
    rows = conn.execute(
        f"""
        SELECT c.bank_id, {SNAPSHOT_COLUMNS}
        FROM review_cards AS c JOIN question_snapshots AS s ON s.id = c.snapshot_id
        WHERE c.due <= ?
        ORDER BY c.due, c.bank_id, c.question_id
        """,
        (to_db(now),),
    ).fetchall()
    items = []
    for row in rows:
        question = question_from_row(row, 1)
        items.append(QuizItem(row[0], question, tuple(range(len(question.choices)))))
    return items
