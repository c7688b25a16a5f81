"""What the quiz says to a screen reader without moving the focus: the verdict after an answer
is checked, each new question's prompt, the clock's last-tenth warning and the status line.

Each is an announcement event (``status_announcer.announce``), which Qt's AT-SPI bridge
passes on as the ``Announcement`` signal a screen reader speaks; the widget it comes from
also carries the words in its accessible name or description, for reading on demand.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ptquiz_gui.views.status_announcer import announce
from ptquiz_gui.views.wrapping_label import WrappingLabel


def without_mark(text: str) -> str:
    """"✓ Correct" as a screen reader should say it: the leading mark is for the eye."""
    return text.lstrip("✓✗◐●☑○⚑· ")


MESSAGE_CHARS = 40


class StatusLine(WrappingLabel):
    """The quiz's short messages ("Already answered…", "Paused…"), on one line where there is
    room. Its accessible name is the message itself, and each new message is announced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("status_label")
        self.setAccessibleDescription(self.tr("Status"))

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        # Beside the long hint line the layout squeezed a short message ("Pausiert. Die Uhr
        # steht.") into a column of single words; it keeps one line up to about 40 letters.
        metrics = self.fontMetrics()
        self.setMinimumWidth(min(metrics.horizontalAdvance(text) + 2, MESSAGE_CHARS * metrics.averageCharWidth()))
        if text:
            announce(self, text)

    def clear(self) -> None:
        super().clear()
        self.setMinimumWidth(0)
        self.setAccessibleName("")
