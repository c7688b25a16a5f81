"""Listing attempts: summaries, filters, sorting and paging, and the export stream.

Every sort key has an index ending in ``started_at`` (and, implicitly, the row id), so
a page is read straight from an index whatever the direction.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.plan import Mode, PlanKind
from ptquiz_gui.storage.errors import AttemptNotFoundError
from ptquiz_gui.storage.snapshots import order_from_text
from ptquiz_gui.storage.records import (
    AttemptSummary,
    ExportedAnswer,
    ExportedAttempt,
    HistoryFilter,
    HistorySort,
    SortKey,
)
from ptquiz_gui.storage.times import from_db, optional_from_db, to_db

SUMMARY_COLUMNS = (
    "a.id, a.bank_id, a.title, a.mode, a.kind, a.status, a.started_at, a.finished_at, a.total, a.answered,"
    " a.score, a.percent, a.elapsed, a.time_limit, a.pass_mark, a.timed_out, a.current"
)

_SORT_COLUMN = {
    SortKey.DATE: None,
    SortKey.BANK: "a.bank_id",
    SortKey.MODE: "a.mode",
    SortKey.SCORE: "a.score",
    SortKey.PERCENT: "a.percent",
    SortKey.DURATION: "a.elapsed",
    SortKey.STATUS: "a.status",
}


def summary_from_row(row: Sequence[Any]) -> AttemptSummary:
    return AttemptSummary(
        id=row[0],
        bank_id=row[1],
        title=row[2],
        mode=Mode(row[3]),
        kind=PlanKind(row[4]),
        status=Status(row[5]),
        started_at=from_db(row[6]),
        finished_at=optional_from_db(row[7]),
        total=row[8],
        answered=row[9],
        score=None if row[5] == Status.IN_PROGRESS.value else row[10],
        percent=None if row[5] == Status.IN_PROGRESS.value else row[11],
        elapsed=row[12],
        time_limit=row[13],
        pass_mark=row[14],
        timed_out=bool(row[15]),
        current=row[16],
    )


def where_clause(flt: HistoryFilter, sort: HistorySort | None = None) -> tuple[str, list[object]]:
    """The WHERE of a listing. Mode and status have few values, so when sorting by
    something other than date their indexes would leave most rows to sort: the unary
    ``+`` keeps SQLite walking the sort key's index instead."""
    by_date = sort is None or sort.key is SortKey.DATE
    few = "" if by_date else "+"
    terms: list[str] = []
    params: list[object] = []
    if flt.bank_id is not None:
        terms.append("a.bank_id = ?")
        params.append(flt.bank_id)
    if flt.mode is not None:
        terms.append(f"{few}a.mode = ?")
        params.append(flt.mode.value)
    if flt.status is not None:
        terms.append(f"{few}a.status = ?")
        params.append(flt.status.value)
    if flt.since is not None:
        terms.append("a.started_at >= ?")
        params.append(to_db(flt.since))
    if flt.until is not None:
        terms.append("a.started_at < ?")
        params.append(to_db(flt.until))
    return (" WHERE " + " AND ".join(terms) if terms else ""), params


def order_clause(sort: HistorySort) -> str:
    direction = "DESC" if sort.descending else "ASC"
    column = _SORT_COLUMN[sort.key]
    keys = [] if column is None else [column]
    keys += ["a.started_at", "a.id"]
    return " ORDER BY " + ", ".join(f"{k} {direction}" for k in keys)


def count_attempts(conn: sqlite3.Connection, flt: HistoryFilter) -> int:
    where, params = where_clause(flt)
    row = conn.execute(f"SELECT count(*) FROM attempts AS a{where}", params).fetchone()
    return int(row[0])


def list_attempts(
    conn: sqlite3.Connection, flt: HistoryFilter, sort: HistorySort, offset: int, limit: int
) -> list[AttemptSummary]:
    where, params = where_clause(flt, sort)
    rows = conn.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM attempts AS a{where}{order_clause(sort)} LIMIT ? OFFSET ?",
        [*params, max(0, limit), max(0, offset)],
    ).fetchall()
    return [summary_from_row(r) for r in rows]


def summary(conn: sqlite3.Connection, attempt_id: int) -> AttemptSummary:
    row = conn.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM attempts AS a WHERE a.id = ?", (attempt_id,)
    ).fetchone()
    if row is None:
        raise AttemptNotFoundError(attempt_id)
    return summary_from_row(row)


def iter_export(conn: sqlite3.Connection, flt: HistoryFilter) -> Iterator[ExportedAttempt]:
    """Every matching attempt with all its positions, oldest first, streamed.

    Two cursors walk attempts and their positions in the same order, so each attempt's
    columns are read once rather than once per position.
    """
    where, params = where_clause(flt)
    heads = conn.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM attempts AS a{where} ORDER BY a.started_at, a.id", params
    )
    positions = conn.execute(
        f"""
        SELECT a.id, i.position, s.bank_id, s.question_id, i.choice, i.correct, i.seconds, i.flagged,
               i.choices, i.points
        FROM attempts AS a
        JOIN attempt_items AS i ON i.attempt_id = a.id
        JOIN question_snapshots AS s ON s.id = i.snapshot_id
        {where}
        ORDER BY a.started_at, a.id, i.position
        """,
        params,
    )
    groups = itertools.groupby(positions, key=lambda row: row[0])
    ahead = next(groups, None)
    for head in heads:
        answers: tuple[ExportedAnswer, ...] = ()
        if ahead is not None and ahead[0] == head[0]:
            answers = tuple(
                ExportedAnswer(
                    r[1], r[2], r[3], r[4], bool(r[5]), r[6], bool(r[7]), order_from_text(r[8]), r[9]
                )
                for r in ahead[1]
            )
            ahead = next(groups, None)
        yield ExportedAttempt(summary_from_row(head), answers)
