"""Messages a screen reader should hear without the focus moving: the status bar's, and any
other a widget hands to ``announce``.

Qt sends them as announcement events (``QAccessibleAnnouncementEvent``), which its AT-SPI
bridge passes on as the ``Announcement`` signal that Orca speaks. The status bar's own
accessible name follows its message as well, for a screen reader that reads it on demand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStatusBar


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Ask a screen reader to say ``text`` (at once if ``assertive``, else when it is free)."""
    # Imported here: PySide builds QAccessible's eight enum types with it (~3 ms), which the
    # start does without until there is something to say.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class StatusAnnouncer(QObject):
    """Announces each message the status bar shows once its window is up (the first one,
    the data folder, is there to read, not to be said at every start)."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._status_bar = status_bar
        status_bar.messageChanged.connect(self._on_message)

    @Slot(str)
    def _on_message(self, text: str) -> None:
        if text and self._status_bar.isVisible():
            announce(self._status_bar, text)
