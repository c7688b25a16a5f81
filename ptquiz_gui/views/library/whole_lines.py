"""A scroll area whose bottom edge falls between two lines of text, never through one.

What the details say about a bank (labels, then a Markdown description) is often more than a
short window has room for. A plain scroll area ends wherever the room ends, so it showed the
top half of a line ("Themen:" cut through, half a line of description above "Übung
fortsetzen"). This one ends its viewport where the last line that fits ends, wherever it is
scrolled to, and leaves the few pixels below blank; scrolled, it stops at the top of a line.
It keeps room for ``LEAST_LINES`` lines, so the layout around it cannot squeeze it to a sliver.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QScrollArea, QTextEdit, QWidget

LEAST_LINES = 3


def label_line_ends(label: QLabel) -> list[int]:
    """Where each line of a plain-text label ends, from the label's top."""
    text = label.text()
    if not text:
        return []
    room = label.contentsRect()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    ends = []
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(room.width())
        height += line.leading() + line.height()
        ends.append(height)
    layout.endLayout()
    alignment = label.alignment()
    if alignment & Qt.AlignmentFlag.AlignTop:
        top = room.top()
    elif alignment & Qt.AlignmentFlag.AlignBottom:
        top = room.bottom() + 1 - math.ceil(height)
    else:
        top = room.top() + (room.height() - math.ceil(height)) // 2
    return [top + math.ceil(end) for end in ends]


def text_view_line_ends(view: QTextEdit) -> list[int]:
    """Where each line of a text view's document ends, from the view's top."""
    document = view.document()
    layout = document.documentLayout()
    offset = view.viewport().mapTo(view, QPoint(0, 0)).y() - view.verticalScrollBar().value()
    ends = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            ends.append(offset + math.ceil(top + line.y() + line.height()))
        block = block.next()
    return ends


def line_ends(contents: QWidget) -> tuple[list[int], list[int]]:
    """The ends of the lines of text ``contents`` shows, and the bottoms of its parts (a
    part that is no text, or the frame of a text box, is whole or not shown), from its top."""
    lines: list[int] = []
    parts: list[int] = []
    for part in contents.children():
        if not isinstance(part, QWidget) or part.isWindow() or not part.isVisibleTo(contents):
            continue
        top = part.y()
        if isinstance(part, QLabel):
            lines.extend(top + end for end in label_line_ends(part))
        elif isinstance(part, QTextEdit):
            lines.extend(top + end for end in text_view_line_ends(part))
        parts.append(part.geometry().bottom() + 1)
    return sorted(lines), sorted(parts)


class WholeLinesArea(QScrollArea):
    """Set its widget with ``setWidget``; it keeps watching the widget's layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self._pending = False
        self._top = 0
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit_soon()

    def fit_soon(self) -> None:
        """Fit once the layouts have settled (a wrapped text grows them a pass late)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        self.fit()

    def _scrolled(self, top: int) -> None:
        """Scrolled to ``top``: on to the next line's top the way it moved, then fit the bottom."""
        contents = self.widget()
        if contents is None or self._fitting:
            return
        lines, parts = line_ends(contents)
        starts = [0, *lines, *parts]
        if top not in starts:
            onward = [start for start in starts if (start > top if top > self._top else start < top)]
            if onward:
                top = min(onward) if top > self._top else max(onward)
        self._top = top
        self._fit(top, lines, parts)  # the room below a line's top changes how far it scrolls
        if top != self.verticalScrollBar().value():
            self._fitting = True
            try:
                self.verticalScrollBar().setValue(top)
            finally:
                self._fitting = False

    def fit(self) -> None:
        contents = self.widget()
        if contents is not None and not self._fitting:
            self._fit(self.verticalScrollBar().value(), *line_ends(contents))

    def _fit(self, top: int, lines: list[int], parts: list[int]) -> None:
        """End the viewport where the last line that fits below ``top`` ends."""
        self._fitting = True
        try:
            room = self.contentsRect().height()
            fitting = [end for end in lines + parts if top < end <= top + room]
            gap = top + room - max(fitting) if fitting else 0
            if gap != self.viewportMargins().bottom():
                self.setViewportMargins(0, 0, 0, gap)
            frame = self.height() - room
            least = frame + lines[min(LEAST_LINES, len(lines)) - 1] if lines else 0
            if least != self.minimumHeight():
                self.setMinimumHeight(least)
            self.verticalScrollBar().setSingleStep(self.fontMetrics().lineSpacing())
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit_soon()
        return super().eventFilter(watched, event)
