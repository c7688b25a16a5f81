"""Run something once a window has been painted for the first time.

Work that the first screen does not need (opening the history, the daily backup, the
resume offer) waits for this, so the window appears as soon as the library is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Qt paints the window and then its children in one pass; run after the pass.
            QTimer.singleShot(0, self._run)
        return False

    @Slot()
    def _run(self) -> None:
        self._callback()
        self.deleteLater()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call before ``window.show()``."""
    _FirstPaint(window, callback)
