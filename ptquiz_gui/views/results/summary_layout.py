"""The top of the Results page, arranged to the room it has: the heading beside the retry and
back buttons, then the score and its figures beside the score per topic.

Each pair sits side by side where both read well, else one under the other, so that a longer
language or larger text makes the page taller, never wider than the window: the buttons go
under the heading when beside it they would leave the title less than half the row, and the
topic table goes under the figures when beside it the time, pace or counts would wrap onto more
than ``STAT_LINES`` lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from ptquiz_gui.views.flow_layout import FlowLayout

STAT_LINES = 3  # a figure beside the topic table may wrap onto this many lines
GAP = 32  # between the score, the figures and the topic table


class SummaryLayout:
    """``top`` (heading and buttons) and ``summary`` (figures and topic table), for the page's layout."""

    def __init__(
        self,
        heading: Sequence[QLabel],
        buttons: Sequence[QWidget],
        score: tuple[QLabel, QLabel, QLabel, QLabel],  # score, percent, verdict, pass mark
        stats: Sequence[QLabel],
        table: QWidget,
    ) -> None:
        self._heading = QVBoxLayout()
        self._heading.setSpacing(2)
        for label in heading:
            self._heading.addWidget(label)
        self._buttons = FlowLayout()
        self._buttons.push_right()
        for button in buttons:
            self._buttons.addWidget(button)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.addLayout(self._heading, 1)
        self.top.addLayout(self._buttons)

        self._score = QGridLayout()
        self._score.setHorizontalSpacing(18)
        self._score.setVerticalSpacing(4)
        score_label, percent, verdict, pass_mark = score
        self._score.addWidget(score_label, 0, 0, 2, 1)
        self._score.addWidget(percent, 0, 1, 1, 2)
        self._score.addWidget(verdict, 1, 1)
        self._score.addWidget(pass_mark, 1, 2)
        self._score.setRowStretch(2, 1)  # a tall topic table must not pull the verdict away from the score
        column = QVBoxLayout()
        column.setSpacing(6)
        for label in stats:
            column.addWidget(label)
        column.addStretch(1)
        self._stats = tuple(stats)
        self._figures = QHBoxLayout()
        self._figures.setSpacing(GAP)
        self._figures.addLayout(self._score)
        self._figures.addLayout(column, 1)
        self._table = table
        self.summary = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.summary.setSpacing(GAP)
        self.summary.addLayout(self._figures)
        self.summary.addWidget(table, 1, Qt.AlignmentFlag.AlignTop)
        self.table_beside = True

    def arrange(self, room: int) -> None:
        """Side by side or one under the other, for a page ``room`` pixels wide inside its margins."""
        self._set(self.top, self._buttons_beside(room))
        self.table_beside = self._table_beside(room)
        self._set(self.summary, self.table_beside)

    def _buttons_beside(self, room: int) -> bool:
        title = max((_width(item) for item in _items(self._heading)), default=0)
        left = room - self.top.spacing() - self._buttons.sizeHint().width()
        return left >= min(title, room // 2)

    def _table_beside(self, room: int) -> bool:
        width = room - GAP - self._table.minimumWidth() - self._score.sizeHint().width() - GAP
        return width > 0 and all(
            label.heightForWidth(width) <= STAT_LINES * label.fontMetrics().lineSpacing() for label in self._stats
        )

    @staticmethod
    def _set(box: QBoxLayout, beside: bool) -> None:
        box.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)


def _items(layout: QLayout) -> list[QWidget]:
    items = (layout.itemAt(i) for i in range(layout.count()))
    widgets = (item.widget() for item in items if item is not None)
    return [widget for widget in widgets if widget is not None]


def _width(widget: QWidget) -> int:
    """A label's text on one line (a word-wrapped QLabel's size hint is a guess)."""
    if isinstance(widget, QLabel):
        return widget.fontMetrics().horizontalAdvance(widget.text()) + 2 * widget.margin()
    return widget.sizeHint().width()
