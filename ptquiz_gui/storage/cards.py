"""Question cards in the history (FSRS spaced review): read them, move one after an answer,
list the due ones, and the review answers true retention counts.

A row of ``question_cards`` is a ``QuestionCard``: every answered question has one; its
memory columns (stability, difficulty, last review, due) are NULL until its first review
(the first miss, or the first answer in a review session; see ``domain.answer_events``).
``review_outcomes`` keeps each review-session answer to a scheduled card.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from ptquiz_gui.domain.answer_events import AnswerEvent, question_key
from ptquiz_gui.domain.fsrs_cards import CardScheduler, MemoryState, QuestionCard, ReviewOutcome, review_outcome
from ptquiz_gui.domain.plan import QuizItem
from ptquiz_gui.domain.review_queue import due_queue
from ptquiz_gui.storage.snapshots import SNAPSHOT_COLUMNS, question_from_row
from ptquiz_gui.storage.times import from_db, to_db

CARD_COLUMNS = (
    "c.bank_id, c.question_id, c.first_answered, c.last_answered, c.answers, c.misses, c.reviews,"
    " c.stability, c.difficulty, c.last_review, c.due"
)
_WIDTH = CARD_COLUMNS.count(",") + 1

UPSERT_CARD = """
    INSERT INTO question_cards (bank_id, question_id, first_answered, last_answered, answers, misses,
                                reviews, stability, difficulty, last_review, due, snapshot_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (bank_id, question_id) DO UPDATE SET
        first_answered = excluded.first_answered, last_answered = excluded.last_answered,
        answers = excluded.answers, misses = excluded.misses, reviews = excluded.reviews,
        stability = excluded.stability, difficulty = excluded.difficulty,
        last_review = excluded.last_review, due = excluded.due, snapshot_id = excluded.snapshot_id
"""
INSERT_OUTCOME = (
    "INSERT INTO review_outcomes (bank_id, question_id, answered_at, interval_days, elapsed_days, right)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


@lru_cache(maxsize=8)
def scheduler_for(desired_retention: float) -> CardScheduler:
    return CardScheduler(desired_retention)


def card_from_row(row: Sequence[Any], start: int = 0) -> QuestionCard:
    (bank_id, qid, first, last, answers, misses, reviews, stability, difficulty, last_review, due) = row[
        start : start + _WIDTH
    ]
    memory = None
    if stability is not None:
        memory = MemoryState(float(stability), float(difficulty), from_db(last_review), from_db(due))
    return QuestionCard(
        question_key(bank_id, qid), bank_id, from_db(first), from_db(last), answers, misses, reviews, memory
    )


def card_row(card: QuestionCard, question_id: str, snapshot_id: int) -> tuple[object, ...]:
    memory = card.memory
    return (
        card.bank_id,
        question_id,
        to_db(card.first_answered),
        to_db(card.last_answered),
        card.answers,
        card.misses,
        card.reviews,
        None if memory is None else memory.stability,
        None if memory is None else memory.difficulty,
        None if memory is None else to_db(memory.last_review),
        None if memory is None else to_db(memory.due),
        snapshot_id,
    )


def outcome_row(outcome: ReviewOutcome, question_id: str) -> tuple[object, ...]:
    return (
        outcome.bank_id,
        question_id,
        to_db(outcome.answered_at),
        outcome.interval_days,
        outcome.elapsed_days,
        int(outcome.right),
    )


def read_card(conn: sqlite3.Connection, bank_id: str, question_id: str) -> QuestionCard | None:
    row = conn.execute(
        f"SELECT {CARD_COLUMNS} FROM question_cards AS c WHERE c.bank_id = ? AND c.question_id = ?",
        (bank_id, question_id),
    ).fetchone()
    return None if row is None else card_from_row(row)


def record_answer(
    conn: sqlite3.Connection,
    event: AnswerEvent,
    *,
    question_id: str,
    snapshot_id: int,
    scheduler: CardScheduler,
) -> QuestionCard:
    """The question's card after one more answer, stored; a review of a scheduled card is logged."""
    before = read_card(conn, event.bank_id, question_id)
    after = scheduler.answer(before, event)
    conn.execute(UPSERT_CARD, card_row(after, question_id, snapshot_id))
    outcome = review_outcome(before, event)
    if outcome is not None:
        conn.execute(INSERT_OUTCOME, outcome_row(outcome, question_id))
    return after


def all_cards(conn: sqlite3.Connection) -> list[QuestionCard]:
    rows = conn.execute(f"SELECT {CARD_COLUMNS} FROM question_cards AS c").fetchall()
    return [card_from_row(r) for r in rows]


def due_count(conn: sqlite3.Connection, now: datetime) -> int:
    row = conn.execute("SELECT count(*) FROM question_cards WHERE due <= ?", (to_db(now),)).fetchone()
    return int(row[0])


def upcoming_dues(conn: sqlite3.Connection, now: datetime, limit: int = 5000) -> list[datetime]:
    """The due dates after ``now``, soonest first (at most ``limit``)."""
    rows = conn.execute(
        "SELECT due FROM question_cards WHERE due > ? ORDER BY due LIMIT ?", (to_db(now), limit)
    ).fetchall()
    return [from_db(r[0]) for r in rows]


def review_items(conn: sqlite3.Connection, now: datetime, scheduler: CardScheduler) -> list[QuizItem]:
    """The due questions as last shown, least likely to be remembered first (choices in file order)."""
    rows = conn.execute(
        f"""
        SELECT {CARD_COLUMNS}, {SNAPSHOT_COLUMNS}
        FROM question_cards AS c JOIN question_snapshots AS s ON s.id = c.snapshot_id
        WHERE c.due <= ?
        """,
        (to_db(now),),
    ).fetchall()
    by_key = {}
    cards = []
    for row in rows:
        card = card_from_row(row)
        question = question_from_row(row, _WIDTH)
        by_key[card.question_key] = QuizItem(card.bank_id, question, tuple(range(len(question.choices))))
        cards.append(card)
    return [by_key[q.card.question_key] for q in due_queue(cards, now, scheduler)]


def review_outcomes(conn: sqlite3.Connection) -> list[ReviewOutcome]:
    rows = conn.execute(
        "SELECT bank_id, question_id, answered_at, interval_days, elapsed_days, right FROM review_outcomes"
        " ORDER BY answered_at"
    ).fetchall()
    return [ReviewOutcome(question_key(r[0], r[1]), r[0], from_db(r[2]), r[3], r[4], bool(r[5])) for r in rows]


def card_answers(conn: sqlite3.Connection, bank_id: str, question_id: str) -> list[tuple[datetime, str, float, bool]]:
    """The answers that reached the question's card, oldest first: (when, the attempt's
    title, points 0-1, left blank). An exam's count at its submission."""
    rows = conn.execute(
        """
        SELECT CASE WHEN a.mode = 'exam' THEN a.finished_at ELSE i.answered_at END AS at,
               a.title, i.points, i.choices = '[]'
        FROM question_snapshots AS s
        JOIN attempt_items AS i ON i.snapshot_id = s.id
        JOIN attempts AS a ON a.id = i.attempt_id
        WHERE s.bank_id = ? AND s.question_id = ?
          AND ((a.mode = 'practice' AND i.choices <> '[]' AND i.answered_at IS NOT NULL)
               OR (a.mode = 'exam' AND a.status = 'finished' AND a.finished_at IS NOT NULL))
        ORDER BY at
        """,
        (bank_id, question_id),
    ).fetchall()
    return [(from_db(at), str(title), float(points), bool(blank)) for at, title, points, blank in rows]
