"""Rebuilding an attempt's plan, progress and result from what was stored, bank or no bank."""

from __future__ import annotations

import sqlite3

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import SavedProgress, Status
from ptquiz_gui.domain.plan import AttemptPlan, Mode, PlanKind, QuizItem
from ptquiz_gui.domain.result import AnswerState, Result, build_result
from ptquiz_gui.storage.errors import AttemptNotFoundError
from ptquiz_gui.storage.snapshots import SNAPSHOT_COLUMNS, SNAPSHOT_WIDTH, order_from_text, question_from_row
from ptquiz_gui.storage.times import from_db


def load_plan(conn: sqlite3.Connection, attempt_id: int) -> tuple[AttemptPlan, list[AnswerState]]:
    head = conn.execute(
        "SELECT title, bank_id, mode, seed, time_limit, pass_mark, kind, bank_hash"
        " FROM attempts WHERE id = ?",
        (attempt_id,),
    ).fetchone()
    if head is None:
        raise AttemptNotFoundError(attempt_id)
    rows = conn.execute(
        f"""
        SELECT s.bank_id, {SNAPSHOT_COLUMNS}, i.choice_order, i.choices, i.flagged, i.seconds
        FROM attempt_items AS i JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE i.attempt_id = ?
        ORDER BY i.position
        """,
        (attempt_id,),
    ).fetchall()
    if not rows:
        empty = display.translate("storage", "Attempt {id} has no stored questions.")
        raise AttemptNotFoundError(attempt_id, empty)
    at = 1 + SNAPSHOT_WIDTH  # the columns after the snapshot's
    items = tuple(QuizItem(r[0], question_from_row(r, 1), order_from_text(r[at])) for r in rows)
    answers = [AnswerState(order_from_text(r[at + 1]), bool(r[at + 2]), r[at + 3]) for r in rows]
    title, bank_id, mode, seed, time_limit, pass_mark, kind, bank_hash = head
    plan = AttemptPlan(
        title=title,
        bank_id=bank_id,
        mode=Mode(mode),
        items=items,
        seed=seed,
        time_limit=time_limit,
        pass_mark=pass_mark,
        kind=PlanKind(kind),
        bank_hash=bank_hash,
    )
    return plan, answers


def load_progress(conn: sqlite3.Connection, attempt_id: int) -> tuple[AttemptPlan, SavedProgress]:
    """The plan and saved state of an unfinished attempt."""
    row = conn.execute(
        "SELECT status, started_at, current, elapsed FROM attempts WHERE id = ?", (attempt_id,)
    ).fetchone()
    if row is None:
        raise AttemptNotFoundError(attempt_id)
    if row[0] != Status.IN_PROGRESS.value:
        over = display.translate("storage", "Attempt {id} is already over and cannot be resumed.")
        raise AttemptNotFoundError(attempt_id, over)
    plan, answers = load_plan(conn, attempt_id)
    return plan, SavedProgress(attempt_id, from_db(row[1]), tuple(answers), row[2], row[3])


def load_result(conn: sqlite3.Connection, attempt_id: int) -> Result:
    row = conn.execute("SELECT elapsed, timed_out FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
    if row is None:
        raise AttemptNotFoundError(attempt_id)
    plan, answers = load_plan(conn, attempt_id)
    return build_result(plan, answers, row[0], bool(row[1]))
