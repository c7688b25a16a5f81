"""Start-up: process start to the first painted main window, against an empty QMainWindow.

Both programs print ``time.monotonic()`` from their first paint (``PTQUIZ_BENCH_EXIT_AFTER_PAINT=1``,
see ``ptquiz_gui/views/startup_probe.py``) and quit; the start is the parent's
``time.monotonic()`` just before it spawns them. Runs alternate between the app and the
baseline so a change in the machine's load falls on both. ``-X importtime`` shows what
the start path imports: QtCharts, Pygments and the history screen must not be among them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from history_gen import copy_history
from report import Figure, failed, median, skipped
from workspace import BENCH_DIR, PYTHON, REPO_ROOT, qt_env, remove_scratch, scratch_dir
from x11_start import alternate_under_x, xvfb_available

from ptquiz_gui.views.startup_probe import ENV_VAR, MARKER

SECTION = "startup"
MAX_RATIO = 1.3
MAX_X11_RATIO = 1.5  # under a real X server (Xvfb), where users see the window
LATE_MODULES = ("PySide6.QtCharts", "pygments", "ptquiz_gui.views.history")
FROZEN_APP = REPO_ROOT / "dist" / "ptquiz" / "ptquiz"
FROZEN_BASELINE = REPO_ROOT / "dist" / "baseline" / "onedir" / "baseline" / "baseline"


def app_command() -> list[str]:
    """The app as a double-click starts it: no options, so its folders come from platformdirs
    (pointed by ``start_env`` at the scratch folder)."""
    script = Path(PYTHON).parent / "ptquiz"
    return [str(script)] if script.exists() else [PYTHON, "-m", "ptquiz_gui"]


def user_data_root(scratch: Path) -> Path:
    """Where the app keeps its data under ``start_env(scratch)`` (platformdirs on Linux)."""
    return scratch / "xdg-data" / "ptquiz"


def baseline_command() -> list[str]:
    return [PYTHON, str(BENCH_DIR / "probe_empty_window.py")]


def floor_command() -> list[str]:
    return [PYTHON, str(BENCH_DIR / "probe_library_floor.py")]


def start_env(scratch: Path) -> dict[str, str]:
    env = qt_env(scratch, {ENV_VAR: "1"})
    env.pop("PYTHONPATH", None)  # the app and the yardstick start with the same plain path
    env.pop("PTQUIZ_DATA_DIR", None)  # the platform's folders, as for a user
    return env


def time_to_paint(command: Sequence[str], env: dict[str, str], timeout: float = 180) -> float:
    """Milliseconds from spawning ``command`` to the end of its first paint."""
    started = time.monotonic()
    done = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=timeout)
    for line in done.stdout.splitlines():
        if line.startswith(MARKER + " "):
            return (float(line.split()[1]) - started) * 1000
    tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-5:])
    raise RuntimeError(f"{Path(command[0]).name} exited {done.returncode} without painting: {tail}")


def alternate(*commands: Sequence[str], env: dict[str, str], runs: int) -> list[list[float]]:
    """Each command's times to first paint, the commands taking turns run after run."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, samples in zip(commands, times, strict=True):
            samples.append(time_to_paint(command, env))
    return times


def ratio_figure(
    name: str, app: list[float], base: list[float], base_label: str, note: str = "", limit: float = MAX_RATIO
) -> Figure:
    ratio = median(app) / median(base)
    return Figure(
        SECTION,
        name,
        "ms",
        median(app),
        median(base),
        base_label,
        f"≤ {limit}× baseline",
        ratio <= limit,
        note,
        samples=app,
    )


def imported_modules(command: Sequence[str], env: dict[str, str]) -> tuple[list[str], dict[str, int]]:
    """Modules a start imports up to its first paint (``-X importtime``, cut where the probe
    marks the paint on standard error), and each one's cumulative microseconds."""
    done = subprocess.run(
        [PYTHON, "-X", "importtime", *command], env=env, capture_output=True, text=True, timeout=180
    )
    if MARKER not in done.stdout:
        raise RuntimeError(f"-X importtime run did not paint: {done.stderr.strip().splitlines()[-3:]}")
    names: list[str] = []
    cumulative: dict[str, int] = {}
    for line in done.stderr.splitlines():
        if line.strip() == MARKER:
            break
        if not line.startswith("import time:") or "imported package" in line:
            continue
        _, us, name = line.removeprefix("import time:").split("|")
        names.append(name.strip())
        cumulative[name.strip()] = int(us)
    return names, cumulative


def imports_figure(env: dict[str, str]) -> Figure:
    app_names, cumulative = imported_modules(app_command(), env)
    base_names, _ = imported_modules([str(BENCH_DIR / "probe_empty_window.py")], env)
    late = sorted(n for n in app_names if any(n == m or n.startswith(m + ".") for m in LATE_MODULES))
    ours = sorted(
        ((us, n) for n, us in cumulative.items() if n.startswith("ptquiz_gui.") and n.count(".") <= 2),
        reverse=True,
    )[:5]
    heaviest = ", ".join(f"{n} {us / 1000:.0f} ms" for us, n in ours)
    note = (
        f"loaded at start: {', '.join(late)}"
        if late
        else f"none of {', '.join(LATE_MODULES)} imported; heaviest (cumulative, -X importtime): {heaviest}"
    )
    return Figure(
        SECTION,
        "Modules imported up to the first paint (-X importtime)",
        "modules",
        float(len(app_names)),
        float(len(base_names)),
        "(empty QMainWindow script)",
        "no QtCharts, Pygments or history screen",
        not late,
        note,
    )


def frozen_figures(runs: int, env: dict[str, str]) -> list[Figure]:
    name = "Frozen one-folder app vs frozen empty window"
    if not (FROZEN_APP.exists() and FROZEN_BASELINE.exists()):
        return [skipped(SECTION, name, "skipped: build with make dist first")]
    app = [str(FROZEN_APP)]
    base = [str(FROZEN_BASELINE)]
    for command in (app, base):
        try:
            time_to_paint(command, env, timeout=30)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            return [
                skipped(
                    SECTION,
                    name,
                    f"skipped: {Path(command[0]).name} in dist/ does not report its first paint "
                    f"({error}); rebuild with make dist",
                )
            ]
    app_ms, base_ms = alternate(app, base, env=env, runs=runs)
    return [ratio_figure(name + ", start to first paint", app_ms, base_ms, "(frozen empty QMainWindow)")]


def x11_figures(runs: int, env: dict[str, str]) -> list[Figure]:
    """Spawn to the window mapped, and to its first paint, under Xvfb: app, empty window, floor."""
    name = "Under Xvfb"
    if not xvfb_available():
        return [skipped(SECTION, name, "skipped: needs Xvfb (apt xvfb) and python-xlib (the bench extra)")]
    app, base, floor = alternate_under_x(app_command(), baseline_command(), floor_command(), env=env, runs=runs)
    floor_note = "the library floor (plain PySide6) {:.0f} ms, {:.2f}× the empty window"
    figures = []
    for label, pick in (("window mapped", "mapped_ms"), ("first paint", "painted_ms")):
        app_ms = [getattr(s, pick) for s in app]
        base_ms = [getattr(s, pick) for s in base]
        floor_ms = [getattr(s, pick) for s in floor]
        note = floor_note.format(median(floor_ms), median(floor_ms) / median(base_ms))
        figures.append(
            ratio_figure(
                f"Under Xvfb: start to {label}, library filled",
                app_ms,
                base_ms,
                "(empty QMainWindow script)",
                note,
                limit=MAX_X11_RATIO,
            )
        )
    return figures


def large_history_figures(runs: int, base_ms: list[float]) -> list[Figure]:
    folder = scratch_dir("startup-history-")
    try:
        copy_history(user_data_root(folder))
        env = start_env(folder)
        command = app_command()
        first = time_to_paint(command, env)  # the day's first start also makes the daily backup
        app_ms = [time_to_paint(command, env) for _ in range(runs)]
    finally:
        remove_scratch(folder)
    return [
        Figure(
            SECTION,
            "Start to first paint, 100,000-attempt history, first start "
            "(banks parsed and cached, daily backup made)",
            "ms",
            first,
            median(base_ms),
            "(empty QMainWindow)",
            "",
            None,
        ),
        ratio_figure(
            "Start to first paint, 100,000-attempt history",
            app_ms,
            base_ms,
            "(empty QMainWindow)",
        ),
    ]


def run(runs: int) -> list[Figure]:
    folder = scratch_dir("startup-")
    figures: list[Figure] = []
    try:
        env = start_env(folder)
        app, base = app_command(), baseline_command()
        try:
            floor = floor_command()
            alternate(app, base, floor, env=env, runs=1)  # creates the data folder; warms the disk cache
            app_ms, base_ms, floor_ms = alternate(app, base, floor, env=env, runs=runs)
            figures.append(
                ratio_figure(
                    "Start to first painted main window, library filled (from source, no history yet)",
                    app_ms,
                    base_ms,
                    "(empty QMainWindow script)",
                    f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs after the runs; "
                    f"{median(app_ms) / median(floor_ms):.2f}× the same widgets in plain PySide6",
                )
            )
            figures.append(
                Figure(
                    SECTION,
                    "Floor: the library screen's widgets in plain PySide6, no ptquiz code",
                    "ms",
                    median(floor_ms),
                    median(base_ms),
                    "(empty QMainWindow script)",
                    "",
                    None,
                    "benchmarks/probe_library_floor.py: what PySide6 and Qt alone charge for this screen",
                    samples=floor_ms,
                )
            )
        except RuntimeError as error:
            figures.append(failed(SECTION, "Start to first painted main window", str(error)))
            return figures
        try:
            figures.append(imports_figure(env))
        except RuntimeError as error:
            figures.append(failed(SECTION, "Modules imported up to the first paint", str(error)))
        try:
            figures += large_history_figures(runs, base_ms)
        except RuntimeError as error:
            figures.append(failed(SECTION, "Start-up with a large history", str(error)))
        figures += frozen_figures(runs, env)
        try:
            figures += x11_figures(runs, env)
        except RuntimeError as error:
            figures.append(failed(SECTION, "Start-up under Xvfb", str(error)))
    finally:
        remove_scratch(folder)
    return figures


if __name__ == "__main__":
    for figure in run(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        print(figure)
