"""Start-up loads only what the first screen needs.

QtCharts, Pygments and the history screen are heavy and are loaded when first used (the
History screen, the first code block), so the app starts as fast as an empty window.
The app is started for real, in its own process, up to its first painted window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ptquiz_gui.views.startup_probe import ENV_VAR, MARKER

LATE_MODULES = ("PySide6.QtCharts", "pygments", "ptquiz_gui.views.history")

_START_AND_LIST_MODULES = """
import json, sys
from ptquiz_gui.cli import main
code = main(["--data-dir", sys.argv[1]])
print("MODULES " + json.dumps(sorted(sys.modules)))
sys.exit(code)
"""


def start_app(data_dir: Path) -> tuple[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{ENV_VAR: "1"})
    done = subprocess.run(
        [sys.executable, "-c", _START_AND_LIST_MODULES, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    listing = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return done.stdout, json.loads(listing.removeprefix("MODULES "))


def test_the_first_window_paints_without_charts_pygments_or_the_history_screen(data_dir: Path) -> None:
    output, modules = start_app(data_dir)
    assert MARKER in output  # the main window really was painted
    assert "ptquiz_gui.views.main_window" in modules
    assert "ptquiz_gui.views.library.library_page" in modules
    loaded_late = [m for m in modules if any(m == late or m.startswith(late + ".") for late in LATE_MODULES)]
    assert loaded_late == []
