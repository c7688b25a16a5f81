"""History: 100,000 attempts and 1,000,000 answers — the screen, its lazy table, its chart, and writes."""

from __future__ import annotations

import shutil
from pathlib import Path

from bank_gen import bank_path
from history_gen import ATTEMPTS, ITEMS_PER_ATTEMPT, copy_history
from report import Figure, cpu_note, failed, median
from workspace import qt_env, remove_scratch, run_worker, scratch_dir

SECTION = "history"
OPEN_MS = 300.0
CHART_MS = 300.0
RECORD_MS = 5.0
STALL_MS = 100.0  # the window may not stop painting for longer than this during long work
PREVIEW_BIG_BANKS = 3  # copies of the 10,000-question bank among the bundled banks
LAZY_ROWS = ATTEMPTS // 100  # "≪ 100,000": at most 1% of the attempts read after one scroll to the end
SIZE = f"{ATTEMPTS:,} attempts, {ATTEMPTS * ITEMS_PER_ATTEMPT:,} answers"


def _all(payloads: list[dict[str, object]], key: str) -> list[float]:
    values: list[float] = []
    for p in payloads:
        value = p[key]
        values += [float(v) for v in value] if isinstance(value, list) else [float(value)]  # type: ignore[arg-type]
    return values


def _view_figures(payloads: list[dict[str, object]]) -> list[Figure]:
    open_ms = _all(payloads, "open_ms")
    read = _all(payloads, "read_after_scroll")
    first_chart = _all(payloads, "first_chart_ms")
    switches = _all(payloads, "switch_chart_ms")
    queries = _all(payloads, "chart_query_ms")
    points = _all(payloads, "chart_points")
    return [
        Figure(
            SECTION,
            f"History screen opens ({SIZE}): import, build, first page painted",
            "ms",
            median(open_ms),
            median(_all(payloads, "table_floor_ms")),
            "(plain QTreeView painting the same 200 rows)",
            f"≤ {OPEN_MS:.0f} ms",
            median(open_ms) <= OPEN_MS,
            cpu_note(_all(payloads, "open_cpu_ms")),
            samples=open_ms,
        ),
        Figure(
            SECTION,
            "Attempt rows read from the store after opening and scrolling to the end once",
            "rows",
            max(read),
            float(ATTEMPTS),
            "(every attempt)",
            f"≤ {LAZY_ROWS:,} rows (1%)",
            max(read) <= LAZY_ROWS,
            f"rows in the model after the scroll: {max(_all(payloads, 'rows_after_scroll')):,.0f}",
            samples=read,
        ),
        Figure(
            SECTION,
            "Scroll the attempts table to the end once (fetch and paint)",
            "ms",
            median(_all(payloads, "scroll_ms")),
            median(_all(payloads, "table_floor_scroll_ms")),
            "(plain QTreeView scrolling its 200 rows)",
            "",
            None,
        ),
        Figure(
            SECTION,
            "Per-bank score chart, first draw (Progress tab opened)",
            "ms",
            median(first_chart),
            median(queries),
            "(the store's queries for one bank's chart)",
            f"≤ {CHART_MS:.0f} ms",
            median(first_chart) <= CHART_MS,
            samples=first_chart,
        ),
        Figure(
            SECTION,
            f"Per-bank score chart, choosing another bank (query and draw ~{median(points):,.0f} points)",
            "ms",
            median(switches),
            median(queries),
            "(the store's queries for one bank's chart)",
            f"≤ {CHART_MS:.0f} ms",
            median(switches) <= CHART_MS,
            cpu_note(_all(payloads, "switch_chart_cpu_ms")),
            samples=switches,
        ),
    ]


def _store_figures(payloads: list[dict[str, object]]) -> list[Figure]:
    record = _all(payloads, "record_ms")
    bare = _all(payloads, "bare_commit_ms")
    return [
        Figure(
            SECTION,
            "Record one practice answer, durable commit (WAL, synchronous=FULL)",
            "ms",
            median(record),
            median(bare),
            "(bare SQLite UPDATE+COMMIT, same disk and settings)",
            f"≤ {RECORD_MS:.0f} ms",
            median(record) <= RECORD_MS,
            f"{len(record)} answers; slowest {max(record):.1f} ms",
            samples=record,
        ),
        Figure(
            SECTION,
            "Finish a 10-question attempt (score, statistics, review cards, commit)",
            "ms",
            median(_all(payloads, "finish_ms")),
            median(bare),
            "(bare SQLite UPDATE+COMMIT)",
            "",
            None,
        ),
        Figure(
            SECTION,
            "Open the large history file (History.open: checks and migrations)",
            "ms",
            median(_all(payloads, "open_ms")),
            median(_all(payloads, "bare_open_ms")),
            "(sqlite3.connect and read the schema)",
            "",
            None,
        ),
        Figure(
            SECTION,
            "Library figures from the large history (best per bank, reviews due)",
            "ms",
            median(_all(payloads, "library_figures_ms")),
            median(_all(payloads, "count_ms")),
            "(counting all attempts)",
            "",
            None,
        ),
    ]


_STALLS = (
    ("open_history", f"Event-loop stall: opening History ({SIZE})", False),
    ("scroll", "Event-loop stall: scrolling the attempts table to its end", False),
    ("export", f"Event-loop stall: History → Export JSON ({ATTEMPTS:,} attempts, background job)", True),
    ("clear", "Event-loop stall: Clear history (backup, integrity check, delete, VACUUM; background job)", True),
    ("restore", "Event-loop stall: Restore a backup of the large history (background job)", True),
    ("preview", "Event-loop stall: import preview of a folder of banks (background job)", True),
)


def _stall_figures(payloads: list[dict[str, object]]) -> list[Figure]:
    figures = []
    for key, name, _job in _STALLS:
        rows = [p["results"][key] for p in payloads]  # type: ignore[index]
        stalls = [float(r["stall_ms"]) for r in rows]
        idle = [float(r["idle_ms"]) for r in rows]
        seconds = [float(r["seconds"]) for r in rows]
        worst = max(stalls)
        figures.append(
            Figure(
                SECTION,
                name + " — worst lateness of a 16 ms timer",
                "ms",
                worst,
                max(idle),
                "(the same timer, idle for as long, same process)",
                f"≤ {STALL_MS:.0f} ms",
                worst <= STALL_MS,
                f"median {median(stalls):.0f} ms; the work took {median(seconds):.1f} s",
                samples=stalls,
            )
        )
    return figures


def _preview_folder(folder: Path) -> Path:
    """The bundled banks and a few copies of the large generated bank, as a user might pick them."""
    from ptquiz_gui.paths import bundled_banks_dir

    banks = folder / "to-import"
    banks.mkdir()
    for bank in sorted(bundled_banks_dir().glob("*.yaml")):
        shutil.copyfile(bank, banks / bank.name)
    for n in range(PREVIEW_BIG_BANKS):
        shutil.copyfile(bank_path(), banks / f"large-{n}.yaml")
    return banks


def run(runs: int) -> list[Figure]:
    folder = scratch_dir("history-")
    figures: list[Figure] = []
    try:
        copy_history(folder)
        env = qt_env(folder)
        try:
            views = [run_worker("worker_history_view.py", [str(folder)], env) for _ in range(runs)]
            figures += _view_figures(views)
        except RuntimeError as error:
            figures.append(failed(SECTION, "History screen", str(error), f"≤ {OPEN_MS:.0f} ms"))
        try:
            stalls = []
            for _ in range(runs):  # clear and restore change the file: each run starts from a fresh copy
                scratch = scratch_dir("stall-")
                try:
                    copy_history(scratch)
                    banks = _preview_folder(scratch)
                    stalls.append(run_worker("worker_event_loop.py", [str(scratch), str(banks)], qt_env(scratch)))
                finally:
                    remove_scratch(scratch)
            figures += _stall_figures(stalls)
        except RuntimeError as error:
            figures.append(failed(SECTION, "Event-loop stalls", str(error), f"≤ {STALL_MS:.0f} ms"))
        try:
            stores = [run_worker("worker_history_store.py", [str(folder)], env) for _ in range(runs)]
            figures += _store_figures(stores)
        except RuntimeError as error:
            figures.append(failed(SECTION, "Recording answers", str(error), f"≤ {RECORD_MS:.0f} ms"))
    finally:
        remove_scratch(folder)
    return figures
