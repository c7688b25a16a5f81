"""Knowing when a widget has been painted, and bringing a window up to date synchronously."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


class PaintCounter(QObject):
    """Counts the paint events a widget receives (for a scroll area: its viewport's)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        self.target.installEventFilter(self)
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle(app: QApplication, counter: PaintCounter | None = None) -> None:
    """Deliver what is pending (layouts, fetches, updates: Qt paints on its update request),
    then paint the watched widget synchronously if Qt has not painted it yet."""
    before = counter.count if counter is not None else 0
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()
    if counter is not None and counter.count == before:
        counter.target.repaint()
        if counter.count == before:
            raise RuntimeError(f"{counter.target.objectName() or counter.target} was never painted")
