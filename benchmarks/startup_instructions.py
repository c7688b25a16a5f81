"""Start-up in instructions, phase by phase and module by module, under valgrind's callgrind.

Wall-clock and CPU times of a start are too noisy on a shared machine to tell two trees
apart by a few milliseconds; an instruction count repeats to within a few tenths of a
percent. The measured process calls ``os.times()`` at each phase mark (and, with
``--modules``, around each module it imports for the first time); callgrind's
``--dump-before=times`` writes one profile part per mark, so each part holds what ran
between two marks. On the 2-CPU machine of docs/performance.md 1M instructions take about
0.2 ms.

    .venv/bin/python benchmarks/startup_instructions.py [app|floor|empty] [--modules N] [--x11]

``--x11`` runs under a private Xvfb (as ``x11_start``), otherwise offscreen. The data folder
is a scratch one, started once first so that the banks come from the bank cache and every
module from its ``.pyc``, as for a user. Not part of ``make bench``: it needs valgrind and
takes about half a minute. The module attribution patches ``importlib._bootstrap``, a
CPython internal, in the measured process only.
"""

from __future__ import annotations

# The measured process runs this file too: only os and sys are imported before its first
# mark, and everything the parent alone needs is imported in main().
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from typing import Any

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
TARGETS = {"floor": "probe_library_floor.py", "empty": "probe_empty_window.py"}
AFTER_PAINT = "after the first paint: "


# --- in the measured process -------------------------------------------------------------


def child(target: str, log_path: str, modules: bool) -> None:
    log = open(log_path, "w", encoding="utf-8")  # noqa: SIM115 - open until os._exit

    def mark(label: str) -> None:
        log.write(label + "\n")
        os.times()

    mark("= interpreter")
    import PySide6.QtCore  # noqa: F401
    import PySide6.QtGui  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401

    mark("= import PySide6 (QtCore, QtGui, QtWidgets)")
    if modules:
        import importlib._bootstrap as bootstrap

        find_and_load = bootstrap._find_and_load  # type: ignore[attr-defined]

        def traced(name: str, import_: object) -> object:
            if name in sys.modules:
                return find_and_load(name, import_)
            mark("> " + name)
            try:
                return find_and_load(name, import_)
            finally:
                mark("< " + name)

        bootstrap._find_and_load = traced  # type: ignore[attr-defined]
    import ptquiz_gui.views.startup_probe as probe

    last = "show() to the end of the first paint" if target == "app" else "the script, to its first paint"

    def painted() -> None:
        mark("= " + last)
        if target != "app":
            log.close()
            os._exit(0)

    probe._report = painted  # type: ignore[attr-defined]
    if target != "app":
        import runpy

        sys.argv = [os.path.join(BENCH_DIR, TARGETS[target])]
        runpy.run_path(sys.argv[0], run_name="__main__")
        return
    import ptquiz_gui.app as app

    mark("= ptquiz's modules (first use of Qt's enums included)")
    for name, label in (
        ("create_application", "QApplication"),
        ("build_services", "settings, language, theme, banks"),
        ("build_window", "main window, library filled"),
    ):
        setattr(app, name, _marked(getattr(app, name), label, mark))
    # The app makes the library's details pane right after the first paint: counted apart.
    page = app.MainWindow.__init__.__globals__["LibraryPage"]
    add_details = page.add_details

    def details_added(self: Any) -> Any:
        added = add_details(self)
        mark("= " + AFTER_PAINT + "the library's details pane")
        log.close()
        os._exit(0)
        return added

    page.add_details = details_added
    sys.exit(app.run_gui(None))


def _marked(function: Callable[..., Any], label: str, mark: Callable[[str], None]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        mark("= " + label)
        return result

    return call


# --- the parent ----------------------------------------------------------------------------


def part_costs(folder: Path) -> dict[int, int]:
    costs = {}
    for part in folder.glob("callgrind.out.*"):
        with part.open(encoding="utf-8", errors="replace") as lines:
            summary = next(line for line in lines if line.startswith("summary:"))
        costs[int(part.suffix[1:])] = int(summary.split()[1])
    return costs


def attribute(costs: dict[int, int], events: list[str]) -> tuple[list[tuple[str, int]], dict[str, list[int]]]:
    """Phases with their instructions, and each module's own and cumulative instructions.
    Part ``n`` of the profile is what ran before the ``n``-th mark."""
    import collections

    phases: list[tuple[str, int]] = []
    per_module: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    stack: list[str] = []
    phase = 0
    for number, event in enumerate(events, start=1):
        cost = costs.get(number, 0)
        phase += cost
        if stack:
            per_module[stack[-1]][0] += cost
            for name in set(stack):
                per_module[name][1] += cost
        if event.startswith("> "):
            stack.append(event[2:])
        elif event.startswith("< "):
            stack.pop()
        else:
            phases.append((event[2:], phase))
            phase = 0
    return phases, per_module


def main(argv: list[str]) -> int:
    import argparse
    import contextlib
    import shutil
    import subprocess

    @contextlib.contextmanager
    def display(x11: bool) -> Iterator[dict[str, str]]:
        if not x11:
            yield {"QT_QPA_PLATFORM": "offscreen"}
            return
        from x11_start import xvfb

        with xvfb() as number:
            yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": number}

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("target", nargs="?", default="app", choices=("app", *TARGETS))
    parser.add_argument("--modules", type=int, default=0, metavar="N", help="list the N costliest modules")
    parser.add_argument("--x11", action="store_true", help="under a private Xvfb instead of offscreen")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("needs valgrind (apt install valgrind)", file=sys.stderr)
        return 1
    from bench_startup import start_env
    from workspace import PYTHON, remove_scratch, scratch_dir

    folder = scratch_dir("instructions-")
    try:
        with display(args.x11) as screen:
            env = dict(start_env(folder), **screen, PYTHONPATH=os.path.dirname(BENCH_DIR))
            log = str(folder / "marks.log")
            command = [PYTHON, __file__, "--child", args.target, log, str(args.modules)]
            # The first start makes the data folder, the bank cache and the .pyc files.
            first = [PYTHON, "-m", "ptquiz_gui"]
            subprocess.run(first, env=env, capture_output=True, timeout=300, check=False)
            subprocess.run(command, env=env, capture_output=True, timeout=300, check=True)
            profile = ["valgrind", "--tool=callgrind", "--dump-before=times", "--dump-instr=no"]
            profile.append(f"--callgrind-out-file={folder / 'callgrind.out'}")
            subprocess.run(profile + command, env=env, capture_output=True, timeout=900, check=True)
        events = (folder / "marks.log").read_text(encoding="utf-8").splitlines()
        phases, per_module = attribute(part_costs(folder), events)
    finally:
        remove_scratch(folder)
    print(f"{args.target}, {'Xvfb' if args.x11 else 'offscreen'}: instructions to the first paint")
    before = [(label, cost) for label, cost in phases if not label.startswith(AFTER_PAINT)]
    for label, cost in before:
        print(f"  {cost / 1e6:8.1f}M  {label}")
    print(f"  {sum(cost for _, cost in before) / 1e6:8.1f}M  total")
    for label, cost in phases[len(before) :]:
        print(f"  {cost / 1e6:8.1f}M  {label}")
    if args.modules:
        print("  own (cumulative) instructions of the costliest modules imported after PySide6:")
        ranked = sorted(per_module.items(), key=lambda item: -item[1][0])[: args.modules]
        for name, (own, cumulative) in ranked:
            print(f"  {own / 1e6:8.1f}M ({cumulative / 1e6:6.1f}M)  {name}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], sys.argv[4] != "0")
    else:
        sys.exit(main(sys.argv[1:]))
