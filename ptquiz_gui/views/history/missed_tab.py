"""The questions missed most often across the history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.qtmodels.missed_model import Column, MissedModel
from ptquiz_gui.storage.records import MissedQuestion
from ptquiz_gui.views.theme import show_as_hint

MISSED_LIMIT = 50


class MissedTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missed_tab")
        self.model = MissedModel(self)
        self.view = QTreeView()
        self.view.setObjectName("missed_list")
        self.view.setAccessibleName("Most missed questions")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.BANK, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WRONG, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.BANK, 220)
        self.empty_label = QLabel(
            "No missed questions yet. Questions you answer wrongly in finished attempts are listed here, "
            "most often missed first."
        )
        self.empty_label.setObjectName("missed_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        intro = QLabel(f"The {MISSED_LIMIT} questions you got wrong (or left unanswered) most often.")
        show_as_hint(intro)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)

    def set_questions(self, questions: Sequence[MissedQuestion], titles: Mapping[str, str]) -> None:
        self.model.set_questions(questions, titles)
        self.stack.setCurrentWidget(self.view if questions else self.empty_label)
        if questions:
            self.view.setCurrentIndex(self.model.index(0, 0))
