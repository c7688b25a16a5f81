"""Start-up measurement for ``benchmarks/``: the moment the main window is first painted.

With ``PTQUIZ_BENCH_EXIT_AFTER_PAINT=1`` in the environment, the window's first paint
prints ``PTQUIZ_FIRST_PAINT <time.monotonic()>`` (a clock shared by every process on the
machine, so the benchmark can subtract the moment it started the process), writes the
marker to standard error too, and quits the application. Without the variable
``watch_first_paint`` does nothing.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ptquiz_gui.views.first_paint import after_first_paint

ENV_VAR = "PTQUIZ_BENCH_EXIT_AFTER_PAINT"
MARKER = "PTQUIZ_FIRST_PAINT"


def _report() -> None:
    print(f"{MARKER} {time.monotonic():.6f}", flush=True)
    print(MARKER, file=sys.stderr, flush=True)  # marks where ``-X importtime`` output passes the paint
    QCoreApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Call just before ``window.show()``, after every other ``after_first_paint`` of the
    window: Qt asks the most recently installed event filter first, so the report is queued
    ahead of the work that waits for the first paint, and that work is not counted."""
    if os.environ.get(ENV_VAR) == "1":
        after_first_paint(window, _report)
