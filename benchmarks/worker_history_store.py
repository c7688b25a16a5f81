"""Worker: the history store on a large file — opening it, the library's figures, and
recording answers with their durable commit — against a bare SQLite commit on the same disk.

    python benchmarks/worker_history_store.py FOLDER   (FOLDER holds a copy of the large history)
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

from history_gen import ClockAfterHistory
from report import emit

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import bundled_banks_dir
from ptquiz_gui.storage.history import History

ATTEMPTS = 8


def bare_commit_ms(folder: Path, samples: int) -> list[float]:
    """BEGIN IMMEDIATE; one UPDATE; COMMIT — in WAL with synchronous=FULL, like the store."""
    conn = sqlite3.connect(str(folder / "bare.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (k INTEGER PRIMARY KEY, v INTEGER)")
    conn.execute("INSERT OR REPLACE INTO t VALUES (1, 0)")
    times = []
    for i in range(samples + 3):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET v = ? WHERE k = 1", (i,))
        conn.execute("COMMIT")
        if i >= 3:
            times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times


def bare_open_ms(path: Path) -> float:
    """Connecting and reading the schema: the least any open of the same file costs."""
    started = time.perf_counter()
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    return (time.perf_counter() - started) * 1000


def main(folder: Path) -> None:
    clock = ClockAfterHistory()
    bare_open = bare_open_ms(folder / "history.sqlite3")
    started = time.perf_counter()
    store = History.open(folder / "history.sqlite3", clock=clock)
    open_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    store.reader.best_by_bank()
    store.reader.due_count(clock.now())
    library_figures_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    store.reader.count_attempts()
    count_ms = (time.perf_counter() - started) * 1000

    library = load_library(bundled_banks_dir(), folder / "no-user-banks")
    bank = library.banks[0]
    record_ms: list[float] = []
    finish_ms: list[float] = []
    for seed in range(ATTEMPTS):
        attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=seed), clock, store.recorder)
        for position in range(attempt.size):
            attempt.go_to(position)
            attempt.select(seed % len(attempt.item.choice_order))
            started = time.perf_counter()
            attempt.confirm()
            record_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        attempt.finish()
        finish_ms.append((time.perf_counter() - started) * 1000)
    if store.recorder.pending_count:
        raise SystemExit(f"{store.recorder.pending_count} writes did not reach the file")
    store.close()
    emit(
        {
            "open_ms": open_ms,
            "bare_open_ms": bare_open,
            "library_figures_ms": library_figures_ms,
            "count_ms": count_ms,
            "record_ms": record_ms,
            "finish_ms": finish_ms,
            "bare_commit_ms": bare_commit_ms(folder, len(record_ms)),
            "median_record_ms": statistics.median(record_ms),
        }
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
