"""Start-up measurement for ``benchmarks/``: the moment the main window is first painted.

With ``PTQUIZ_BENCH_EXIT_AFTER_PAINT=1`` in the environment, the window's first paint
prints ``PTQUIZ_FIRST_PAINT <time.monotonic()>`` (a clock shared by every process on the
machine, so the benchmark can subtract the moment it started the process) and quits the
application. Without the variable ``watch_first_paint`` does nothing.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

ENV_VAR = "PTQUIZ_BENCH_EXIT_AFTER_PAINT"
MARKER = "PTQUIZ_FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Qt paints the window and then its children in one pass; report after the pass.
            QTimer.singleShot(0, self._report)
        return False

    @Slot()
    def _report(self) -> None:
        print(f"{MARKER} {time.monotonic():.6f}", flush=True)
        QCoreApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Call before ``window.show()``."""
    if os.environ.get(ENV_VAR) == "1":
        _FirstPaint(window)
