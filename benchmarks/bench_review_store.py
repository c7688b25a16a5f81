"""Spaced review on the SQLite history: the FSRS migration of the 100,000-attempt /
1,000,000-answer history, and the review queue and readiness of every bank read from it.

The history is ``history_gen``'s, filled into the version-1 tables and migrated to
version 4 (the release before FSRS), cached apart from the current one; each run migrates
a copy with ``storage.upgrade``, as the app does on a worker at start-up.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
from pathlib import Path

from history_gen import ATTEMPTS, ITEMS_PER_ATTEMPT, _fill, end_of_history, schema_digest
from report import Figure, cpu_note, median
from timing import timed
from workspace import cache_dir, remove_scratch, scratch_dir

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.paths import bundled_banks_dir
from ptquiz_gui.review_service import SpacedReview
from ptquiz_gui.storage import fsrs_migration
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import FSRS_VERSION, MIGRATIONS, migrate
from ptquiz_gui.storage.upgrade import upgrade

SECTION = "review"
MIGRATE_S = 30.0
QUEUE_MS = 100.0
QUICK_REPEATS = 20


def schema4_history() -> Path:
    """The large history as the release before FSRS left it (cached)."""
    path = cache_dir() / f"history-{ATTEMPTS}x{ITEMS_PER_ATTEMPT}-v{FSRS_VERSION - 1}-{schema_digest()}.sqlite3"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(str(partial), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = OFF")
    migrate(conn, MIGRATIONS[:1])
    conn.execute("BEGIN")
    _fill(conn)
    conn.execute("COMMIT")
    migrate(conn, MIGRATIONS[: FSRS_VERSION - 1])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    partial.replace(path)
    return path


def _read_answers_only(path: Path) -> int:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        return len(fsrs_migration._answers(conn, None).events)
    finally:
        conn.close()


def run(runs: int) -> list[Figure]:
    source = schema4_history()
    folder = scratch_dir("review-")
    try:
        migrations, cpu, floors = [], [], []
        migrated = folder / "history.sqlite3"
        for _ in range(runs):
            shutil.copyfile(source, migrated)
            floors.append(timed(lambda: _read_answers_only(migrated))[1].wall_ms / 1000)
            gc.collect()
            reports: list[tuple[int, int]] = []
            _, took = timed(lambda: upgrade(migrated, lambda d, t: reports.append((d, t))))
            migrations.append(took.wall_ms / 1000)
            cpu.append(took.cpu_ms / 1000)
        answers = reports[-1][1] if reports else 0
        return [
            Figure(
                SECTION,
                f"FSRS migration of the {ATTEMPTS:,}-attempt history (schema 4 → 5, on the start-up worker)",
                "s",
                median(migrations),
                median(floors),
                "(reading the answers that reach a card, no FSRS, no writes)",
                f"≤ {MIGRATE_S:.0f} s",
                median(migrations) <= MIGRATE_S,
                f"median CPU time {median(cpu):.1f} s; {answers:,} answers replayed, "
                f"{len(reports)} progress reports",
                samples=migrations,
            ),
            *_queue(migrated, runs),
        ]
    finally:
        remove_scratch(folder)


def _queue(path: Path, runs: int) -> list[Figure]:
    banks = load_library(bundled_banks_dir(), Path("/nonexistent")).banks
    clock = FakeClock(end_of_history())
    with History.open(path, clock=clock) as history:
        review = SpacedReview(history.reader, clock, lambda: 0.90)
        cards = len(review.cards())

        def queue_and_readiness() -> int:
            return len(review.review_items()) + len(review.readiness(banks))

        quick, quick_cpu, floor = [], [], []
        for _ in range(runs * QUICK_REPEATS):
            _, took = timed(queue_and_readiness)
            quick.append(took.wall_ms)
            quick_cpu.append(took.cpu_ms)
            floor.append(timed(review.due_count)[1].wall_ms)
        due = len(review.review_items())
    return [
        Figure(
            SECTION,
            f"Review queue and readiness of all {len(banks)} banks read from that history "
            f"(SQLite, {cards:,} cards)",
            "ms",
            median(quick),
            median(floor),
            "(counting the due cards in SQLite)",
            f"≤ {QUEUE_MS:.0f} ms",
            median(quick) <= QUEUE_MS,
            f"{cpu_note(quick_cpu)}; {due:,} due; the cards, their snapshots and every bank's questions",
            samples=quick,
        )
    ]
