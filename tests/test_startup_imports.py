"""Start-up loads only what the first screen needs.

QtCharts, Pygments and the history screen are heavy and are loaded when first used (the
History screen, the first code block). The history store, Qt's network module (the
single-instance socket), the bank linter and, once the bank cache is written, the YAML
loader wait until the window has been painted. The app is started for real, in its own process, and lists
the modules it had loaded at the moment its first paint was reported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


from ptquiz_gui.views.startup_probe import ENV_VAR, MARKER

LATE_MODULES = ("PySide6.QtCharts", "pygments", "ptquiz_gui.views.history")
AFTER_PAINT_MODULES = (
    "ptquiz_gui.storage.history",
    "PySide6.QtNetwork",
    "ptquiz_gui.domain.lint.linter",
    "ptquiz_gui.domain.attempt",  # the engine, with scoring and results: not needed to list the banks
    "fsrs",  # the spaced review's scheduler: readiness fills in once the history is open
    "ptquiz_gui.views.termination",  # the signal handling (a socket and a thread) is installed after it
    "ptquiz_gui.domain.plan",  # the planner's dataclasses: the first screen only names modes and kinds
    "ptquiz_gui.domain.start_request",
    # The library's details pane, its Markdown view and the highlighter: made right after the
    # first paint, which shows the list of banks (``LibraryPage.add_details``).
    "ptquiz_gui.views.library.detail_pane",
    "ptquiz_gui.views.markdown",
    "ptquiz_gui.views.highlight",
)
# Qt classes whose Python types PySide builds on first use, each with all of its enum types
# (QStyle's ~40 cost ~9 ms, QAccessible's 8 ~3 ms, QIcon's ThemeIcon of 151 values ~2 ms,
# QPainter's ~1 ms): the first paint does without them. The window icon is set right after
# the first paint; the Markdown view paints with a QPainter only a code block or its focus.
LATE_QT_TYPES = ("QStyle", "QAccessible", "QIcon", "QPainter")
# Widgets ptquiz never shows. PySide builds them (and their enum types) only while it looks for
# the Python type of a widget Qt made, such as a scroll area's ``viewport()``: ~50 classes, ~8 ms.
NEVER_SHOWN_QT_TYPES = ("QCalendarWidget", "QMdiArea", "QWizard")
CACHED_START_SKIPS = ("yaml", "ptquiz_gui.domain.loader", "ptquiz_gui.domain.validation")

_START_AND_LIST_MODULES = """
import json, sys
import ptquiz_gui.app  # first, as the ptquiz command imports it: sys and typing, then PySide6
import ptquiz_gui.views.startup_probe as probe
from ptquiz_gui.cli import main
report = probe._report

def listing_report():
    print("MODULES " + json.dumps(sorted(sys.modules)))
    modules = [sys.modules["PySide6." + name] for name in ("QtCore", "QtGui", "QtWidgets")]
    print("QT_TYPES " + json.dumps(sorted(name for module in modules for name in vars(module))))
    report()

probe._report = listing_report
code = main(sys.argv[1:])
from PySide6.QtWidgets import QApplication
print("WINDOW_ICON " + json.dumps(not QApplication.windowIcon().isNull()))
sys.exit(code)
"""


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == name or m.startswith(name + ".") for name in names)]


def start_app(data_dir: Path, arguments: list[str] | None = None) -> tuple[str, list[str]]:
    """Start as ``ptquiz --data-dir DATA_DIR``, or with ``arguments`` instead (the data folder
    then comes from ``PTQUIZ_DATA_DIR``, never the user's own)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PTQUIZ_DATA_DIR=str(data_dir), **{ENV_VAR: "1"})
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _START_AND_LIST_MODULES,
            *(["--data-dir", str(data_dir)] if arguments is None else arguments),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    listing = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return done.stdout, json.loads(listing.removeprefix("MODULES "))


def listed(output: str, what: str) -> list[str]:
    """``QT_TYPES``: the PySide6 classes whose Python types were built when the first paint was
    reported."""
    listing = next(line for line in output.splitlines() if line.startswith(what + " "))
    return list(json.loads(listing.removeprefix(what + " ")))


def test_the_first_window_paints_without_charts_pygments_or_the_history_screen(data_dir: Path) -> None:
    output, modules = start_app(data_dir)
    assert MARKER in output  # the main window really was painted
    assert "ptquiz_gui.views.main_window" in modules
    assert "ptquiz_gui.views.library.library_page" in modules
    assert loaded(modules, LATE_MODULES) == []
    assert loaded(modules, AFTER_PAINT_MODULES) == []


def test_the_first_paint_builds_none_of_the_costly_qt_types_it_does_without(data_dir: Path) -> None:
    output, _ = start_app(data_dir)
    built = listed(output, "QT_TYPES")
    assert {"QMainWindow", "QTreeView"} <= set(built)  # the listing sees the types the window built
    assert [name for name in LATE_QT_TYPES if name in built] == []
    assert [name for name in NEVER_SHOWN_QT_TYPES if name in built] == []
    assert "WINDOW_ICON true" in output.splitlines()  # set by the work queued for after the paint


def test_a_second_start_takes_the_banks_from_the_cache_without_the_yaml_loader(data_dir: Path) -> None:
    _, first = start_app(data_dir)
    assert loaded(first, CACHED_START_SKIPS) != []  # the first start parses the bank files
    assert (data_dir / "cache" / "banks.json").is_file()
    output, second = start_app(data_dir)
    assert MARKER in output
    assert loaded(second, CACHED_START_SKIPS) == []


def test_the_application_is_made_with_the_fusion_style_and_the_first_theme_keeps_it() -> None:
    script = (
        "from ptquiz_gui.app import create_application\n"
        "from ptquiz_gui.settings import Theme\n"
        "from ptquiz_gui.views.theme import apply_theme\n"
        "app = create_application()\n"
        "made_with = app.style().name()\n"
        "apply_theme(app, Theme.DARK, 1.0)\n"
        "print(made_with, app.palette().window().color().lightness() < 128)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["fusion", "True"]


def test_a_bare_start_opens_the_window_on_the_data_folder_from_the_environment(data_dir: Path) -> None:
    output, modules = start_app(data_dir, [])  # the folder comes from PTQUIZ_DATA_DIR (conftest)
    assert MARKER in output
    assert "ptquiz_gui.views.library.library_page" in modules
    assert (data_dir / "cache" / "banks.json").is_file()


def test_a_double_click_start_never_builds_the_command_line_parser(data_dir: Path) -> None:
    output, modules = start_app(data_dir, arguments=[])
    assert MARKER in output
    assert (data_dir / "cache").is_dir(), "the start used the folder it was given"
    assert loaded(modules, ("ptquiz_gui.cli_parser",)) == []
