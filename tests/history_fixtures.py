"""Histories for the history screen tests: real attempts run through a real store, and a
bulk copier that turns them into thousands of rows in one transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.sample import answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, LoadResult
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.paths import DataPaths
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.times import to_db

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
QUESTIONS = 4


@dataclass(frozen=True, slots=True)
class Ran:
    """What a test needs to know about one attempt it ran."""

    id: int
    bank_id: str
    mode: Mode
    started_at: datetime
    score: int
    status: str


def banks() -> list[Bank]:
    return [make_bank(name, QUESTIONS) for name in ("alpha", "beta", "gamma")]


def run_attempt(
    store: History,
    bank: Bank,
    mode: Mode,
    *,
    at: datetime,
    right: int,
    end: str = "finish",
    seed: int = 1,
    clock: FakeClock | None = None,
) -> Ran:
    """Answer ``right`` questions right and the rest wrong, a few seconds each, then end
    the attempt with ``finish``, ``abandon`` or ``suspend`` (left in progress).

    The attempt runs on a clock of its own at ``at``, or on ``clock`` moved on to ``at``."""
    if clock is None:
        clock = FakeClock(at)
    else:
        clock.advance((at - clock.now()).total_seconds())
    attempt = Attempt(make_plan(bank, mode, seed=seed), clock, store.recorder)
    for position in range(len(bank.questions)):
        clock.advance(3 + position)
        if position < right:
            answer_right(attempt)
        else:
            answer_wrong(attempt)
        attempt.next()
    clock.advance(1)
    status = {"finish": "finished", "abandon": "abandoned", "suspend": "in_progress"}[end]
    if end == "finish":
        attempt.finish()
    elif end == "abandon":
        attempt.abandon()
    else:
        attempt.suspend()
    assert attempt.attempt_id is not None
    return Ran(attempt.attempt_id, bank.id, mode, at, right, status)


def fill_history(store: History, clock: FakeClock | None = None) -> list[Ran]:
    """Twelve attempts, one every 12 hours: three banks, both modes, every status, scores 0–4.

    Without ``clock`` each attempt runs on a clock of its own, and the answers carry the
    store's time; with the store's own clock they carry the time they were given, as in
    the app (what the readiness check needs: no answer may seem older than it is)."""
    made = []
    for n in range(12):
        bank = banks()[n % 3]
        mode = Mode.EXAM if n % 2 else Mode.PRACTICE
        end = "suspend" if n == 11 else "abandon" if n == 7 else "finish"
        made.append(
            run_attempt(
                store,
                bank,
                mode,
                at=START + timedelta(hours=12 * n),
                right=(n * 3) % 5,
                end=end,
                seed=n,
                clock=clock,
            )
        )
    return made


def clone_finished(path: Path, count: int, *, start: datetime, step: timedelta) -> None:
    """Add ``count`` copies of the finished attempts in the (closed) history at ``path``,
    started ``step`` apart from ``start`` on: each copy keeps its answers, so it opens and
    scores like the attempt it copies."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # Each copy is an attempt of its own: a new id and a new token.
        columns = [row[1] for row in conn.execute("PRAGMA table_info(attempts)") if row[1] not in ("id", "token")]
        sources = conn.execute(
            f"SELECT id, {', '.join(columns)} FROM attempts WHERE status = 'finished' ORDER BY id"
        ).fetchall()
        started = columns.index("started_at")
        finished = columns.index("finished_at")
        insert = (
            f"INSERT INTO attempts (token, {', '.join(columns)})"
            f" VALUES (lower(hex(randomblob(16))), {', '.join('?' for _ in columns)})"
        )
        conn.execute("BEGIN")
        for k in range(count):
            source_id, *values = sources[k % len(sources)]
            moment = start + step * k
            values[started] = to_db(moment)
            values[finished] = to_db(moment + timedelta(minutes=2))
            new_id = conn.execute(insert, values).lastrowid
            conn.execute(
                "INSERT INTO attempt_items (attempt_id, position, snapshot_id, choice_order, choice,"
                " choices, correct, points, seconds, flagged, answered_at)"
                " SELECT ?, position, snapshot_id, choice_order, choice, choices, correct, points, seconds,"
                " flagged, answered_at FROM attempt_items WHERE attempt_id = ?",
                (new_id, source_id),
            )
        conn.execute("COMMIT")
    finally:
        conn.close()


def make_services(root: Path, store: History, library: list[Bank] | None = None) -> Services:
    return Services(
        paths=DataPaths(root=root, config_dir=root),
        clock=FakeClock(START + timedelta(days=8)),
        settings=Settings(),
        history=store,
        library=LoadResult(banks=banks() if library is None else library),
    )
