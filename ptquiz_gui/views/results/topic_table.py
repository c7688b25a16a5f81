"""The Results page's score per topic: a read-only table, as tall as its rows up to a limit.

It is one Tab stop: Tab and Shift+Tab leave it, the arrows walk its cells (a screen reader
reads each with its column's header), and the current cell shows while it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from ptquiz_gui.qtmodels.review_model import TopicColumn


class TopicTable(QTableView):
    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topic_table")
        self.setAccessibleName(QCoreApplication.translate("TopicTable", "Score per topic"))
        self.setModel(model)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TopicColumn.TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TopicColumn.SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TopicColumn.PERCENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.setMinimumWidth(320)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by Tab, the focus lands on a cell, so that it shows and is read."""
        super().focusInEvent(event)
        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, TopicColumn.TOPIC))

    def fit_rows(self, most: int) -> None:
        """As tall as its rows, up to ``most``; more rows scroll."""
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, most)
        row_height = self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + rows * row_height + 2 * self.frameWidth())
