"""The attempts table's columns: the date, mode, figures and status exactly as wide as their
widest cell or heading, and the bank's title in the rest, elided.

Sized for the longest text each column might ever show, or with room for a sort arrow in
every heading, the figures' columns alone were wider than the table in German at 800 px: a
horizontal scroll bar, the status cut to "Nicht besta" and the bank squeezed to "…". Only the
loaded rows are measured (the table loads a page at a time), with the font now used.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QStyleOptionViewItem, QTreeView

from ptquiz_gui.qtmodels.history_model import Column, HistoryModel

FITTED = (Column.DATE, Column.MODE, Column.SCORE, Column.PERCENT, Column.DURATION, Column.STATUS)


class AttemptColumns(QObject):
    """Fits the columns of ``view`` to its loaded rows; it follows new rows, sorting and font."""

    def __init__(self, view: QTreeView, model: HistoryModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._widest: dict[Column, int] = {}  # the widest text of each column's loaded cells
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.BANK, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self._on_rows_inserted)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        view.installEventFilter(self)
        self.fit()

    @Slot()
    def fit(self) -> None:
        """Measure every loaded row again (new rows, a new sort or filter, a new font)."""
        self._widest = {}
        self._measure(0, self._model.rowCount() - 1)

    @Slot(QModelIndex, int, int)
    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._measure(first, last)

    @Slot(int, Qt.SortOrder)
    def _on_sort_changed(self, _section: int, _order: Qt.SortOrder) -> None:
        self._apply()  # the sorted column's heading makes room for its arrow

    def _measure(self, first: int, last: int) -> None:
        metrics = QFontMetricsF(self._view.font())
        for column in FITTED:
            texts = self._model.column_texts(column, first, last)
            widest = max((math.ceil(metrics.horizontalAdvance(text)) for text in texts), default=0)
            self._widest[column] = max(self._widest.get(column, 0), widest)
        self._apply()

    def _apply(self) -> None:
        header = self._view.header()
        for column in FITTED:
            cells = self._widest.get(column, 0)
            width = self.heading_width(column)
            if cells:
                width = max(width, cells + self._cell_room(column))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def heading_width(self, column: Column) -> int:
        """The heading's width as the style lays it out, with the sort arrow only where it shows."""
        header = self._view.header()
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = column
        option.text = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        option.fontMetrics = header.fontMetrics()
        option.sortIndicator = QStyleOptionHeader.SortIndicator.None_
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        style = header.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header).width()

    def _cell_room(self, column: Column) -> int:
        """What a cell adds to its text: the style's margins and the theme's padding."""
        index = self._model.index(0, column)
        text = index.data()
        option = QStyleOptionViewItem()
        self._view.initViewItemOption(option)
        hint = self._view.itemDelegateForIndex(index).sizeHint(option, index).width()
        return hint - math.ceil(QFontMetricsF(self._view.font()).horizontalAdvance(str(text or "")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is self._view:
            # A new theme or text size changes fonts and style in several steps; measure
            # once they are all done.
            QTimer.singleShot(0, self, self.fit)
        return False
