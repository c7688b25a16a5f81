"""The bank list's columns: the figures fitted to their text, and those the details repeat
left out while the list is too narrow for the titles beside them.

In a language with long column titles (or with larger text) the figures' columns alone can
be wider than the list; the titles were then squeezed to a few letters behind a horizontal
scroll bar. Instead the columns whose figures the detail pane also shows go, one at a time,
until a title has room for ``TITLE_CHARS`` characters; they come back as the list widens.
The title is what a user reads to choose a bank (German at 800×600 left it 18 letters while
readiness repeated the pass mark in every row): the figures take no more than their text
needs, and a column with no figure yet in any row (every best score a dash before the first
attempt) says least, so it goes first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QTreeView, QWidget

from ptquiz_gui.domain.display import NO_VALUE
from ptquiz_gui.qtmodels.library_model import Column

FITTED_COLUMNS = (Column.QUESTIONS, Column.TIME_LIMIT, Column.BEST, Column.LAST, Column.READINESS)
# Left out first to last; each is also in the details (the last attempt only in the list).
# Readiness, how an exam today would go, outlasts the best score of the past.
DROPPED_IN_ORDER = (Column.TIME_LIMIT, Column.QUESTIONS, Column.BEST, Column.READINESS, Column.LAST)
TITLE_CHARS = 25


class BankColumns(QObject):
    """Fits and shows the columns of ``view``; it follows the view's width and font."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._widths: dict[Column, int] = {}
        self._blank: set[Column] = set()  # no figure in any row yet
        self._viewport = viewport_of(view)  # resized after the view: its width is the room
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def fit(self) -> None:
        """Measure the figures' columns (once per change of content or font: ResizeToContents
        would measure every cell again on each layout pass), then keep those there is room for."""
        header = self._view.header()
        for column in FITTED_COLUMNS:
            self._view.setColumnHidden(column, False)
            self._view.resizeColumnToContents(column)
            self._widths[column] = header.sectionSize(column)
        model = self._view.model()
        rows = range(model.rowCount())
        self._blank = {
            column
            for column in FITTED_COLUMNS
            if rows and all(model.index(row, column).data() == NO_VALUE for row in rows)
        }
        self.follow_width()

    def dropping_order(self) -> list[Column]:
        """The columns in the order they give way: those with nothing to show yet first."""
        blank = [column for column in DROPPED_IN_ORDER if column in self._blank]
        return blank + [column for column in DROPPED_IN_ORDER if column not in self._blank]

    def follow_width(self) -> None:
        if not self._widths:
            return
        room = self._viewport.width()
        dropped: set[Column] = set()
        shown = sum(self._widths.values())
        for column in self.dropping_order():
            if shown + self.title_room() <= room:
                break
            dropped.add(column)
            shown -= self._widths[column]
        for column in FITTED_COLUMNS:
            if self._view.isColumnHidden(column) != (column in dropped):
                self._view.setColumnHidden(column, column in dropped)
                if column not in dropped:
                    self._view.setColumnWidth(column, self._widths[column])

    def title_room(self) -> int:
        """What the title column keeps: ``TITLE_CHARS`` characters, and at least its heading."""
        heading = self._view.header().sectionSizeHint(Column.TITLE)
        return max(TITLE_CHARS * self._view.fontMetrics().averageCharWidth(), heading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.follow_width()
        elif kind == QEvent.Type.FontChange and watched is self._view:
            # A new theme or text size changes fonts and style in several steps; measure
            # once they are all done.
            QTimer.singleShot(0, self, self.fit)
        return False


def viewport_of(view: QAbstractScrollArea) -> QWidget:
    """The view's viewport, found by the name Qt gives it. Asked for with ``viewport()`` first,
    PySide looks for its Python type among ~50 widget classes and builds each one's enum types
    on the way (~40M instructions, 8 ms of a start); once it has a Python object, ``viewport()``
    is cheap."""
    found = view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else view.viewport()
