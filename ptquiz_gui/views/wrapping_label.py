"""A label that stays on one line where there is room and wraps onto more where there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    """Word-wrapped, but asking for the width of its whole text: a plain word-wrapped label
    asks for a guessed width and wraps even in a row with room to spare."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        lines = self.text().splitlines()
        width = max((self.fontMetrics().horizontalAdvance(line) for line in lines), default=0)
        width += extra + 1
        return QSize(width, self.heightForWidth(width))
