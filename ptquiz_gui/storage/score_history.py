"""What the honest check of readiness (``domain.score_check``) reads from a history: every
answer that reaches a card, each finished attempt with the questions it asked and its real
score, and each question's chance of being guessed.

The answers are the ones the cards are built from, at the moments they count
(``fsrs_migration``): a practice or review answer when given, a submitted exam's at its
submission. An attempt is predicted at the moment it started, so its own answers never
count towards its prediction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ptquiz_gui.domain.answer_events import AnswerEvent, question_key
from ptquiz_gui.domain.readiness import question_guess_rate
from ptquiz_gui.domain.score_check import FinishedAttempt
from ptquiz_gui.storage.fsrs_migration import answer_events
from ptquiz_gui.storage.snapshots import SNAPSHOT_COLUMNS, question_from_row
from ptquiz_gui.storage.times import from_db


@dataclass(frozen=True, slots=True)
class ScoreHistory:
    events: list[AnswerEvent]
    attempts: list[FinishedAttempt]  # every finished attempt, oldest first
    guess_rates: dict[str, float]  # question key: the chance of guessing it (its latest snapshot)
    kinds: dict[str, str]  # attempt id: "practice", "exam" or "review" (a spaced review session)


def read_score_history(conn: sqlite3.Connection) -> ScoreHistory:
    rows = conn.execute(
        """
        SELECT a.id, a.bank_id, a.mode, a.kind, a.started_at, a.percent, s.bank_id, s.question_id
        FROM attempts AS a
        JOIN attempt_items AS i ON i.attempt_id = a.id
        JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE a.status = 'finished'
        ORDER BY a.started_at, a.id, i.position
        """
    ).fetchall()
    asked: dict[str, list[str]] = {}
    heads: dict[str, tuple[str, str, float]] = {}
    kinds: dict[str, str] = {}
    for attempt_id, bank_id, mode, kind, started_at, percent, q_bank, q_id in rows:
        key = str(attempt_id)
        if key not in heads:
            heads[key] = (bank_id, started_at, float(percent or 0) / 100)
            kinds[key] = "review" if kind == "review" else str(mode)
            asked[key] = []
        asked[key].append(question_key(q_bank, q_id))
    attempts = [
        FinishedAttempt(key, bank_id, from_db(started_at), tuple(asked[key]), score)
        for key, (bank_id, started_at, score) in heads.items()
    ]
    snapshots = conn.execute(
        f"SELECT {SNAPSHOT_COLUMNS}, s.bank_id FROM question_snapshots AS s ORDER BY s.id"
    ).fetchall()
    guess_rates = {}
    for row in snapshots:  # a question's later snapshot replaces its earlier ones
        guess_rates[question_key(row[-1], row[0])] = question_guess_rate(question_from_row(row))
    return ScoreHistory(answer_events(conn), attempts, guess_rates, kinds)
