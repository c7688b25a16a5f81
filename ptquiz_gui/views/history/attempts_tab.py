"""The attempts table (loaded page by page as it scrolls), its buttons, and the empty-history message.

Keys on the table: Enter opens the attempt, Delete asks to delete it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.display import SEPARATOR
from ptquiz_gui.qtmodels.history_model import Column, HistoryModel
from ptquiz_gui.storage.records import AttemptSummary
from ptquiz_gui.views.history.attempt_columns import AttemptColumns
from ptquiz_gui.views.history.status_delegate import StatusDelegate
from ptquiz_gui.views.key_table import Screen, hint_line
from ptquiz_gui.views.theme import show_as_hint

_PLAIN_KEYS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class AttemptsTab(QWidget):
    open_requested = Signal(int)  # attempt id
    delete_requested = Signal(int)  # attempt id
    clear_requested = Signal()

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attempts_tab")
        self.model = model
        self._locked = False  # a background job is working on the history
        self._can_clear = False
        self.view = QTreeView()
        self.view.setObjectName("history_table")
        self.view.setAccessibleName(self.tr("Past attempts"))
        self.view.setModel(model)
        self.status_delegate = StatusDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.STATUS, self.status_delegate)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.columns = AttemptColumns(self.view, model)
        self.view.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open_attempt_button")
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("delete_attempt_button")
        self.delete_button.setAccessibleName(self.tr("Delete the selected attempt"))
        self.delete_button.setToolTip(self.tr("Remove this attempt from the history (Delete)"))
        self.clear_button = QPushButton(self.tr("Clear &all history…"))
        self.clear_button.setObjectName("clear_history_button")
        self.clear_button.setAccessibleName(self.tr("Clear all history"))
        self.clear_button.setToolTip(self.tr("Delete every attempt, statistic and review card"))
        hints = QLabel(hint_line(Screen.HISTORY) + SEPARATOR + self.tr("click a column heading to sort"))
        hints.setObjectName("history_hints")
        hints.setWordWrap(True)
        show_as_hint(hints)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(hints)
        QWidget.setTabOrder(self.view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.clear_button)
        self._connect_signals()
        self._sync_buttons()

    def _connect_signals(self) -> None:
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._sync_buttons)
        self.open_button.clicked.connect(self._request_open)
        self.delete_button.clicked.connect(self._request_delete)
        self.clear_button.clicked.connect(self.clear_requested)

    # --- state -----------------------------------------------------------------------------

    def show_empty(self, text: str) -> None:
        """Show ``text`` instead of the table (no attempts at all, or none match the filters)."""
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)
        self._sync_buttons()

    def show_table(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self._sync_buttons()

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.view

    def current_summary(self) -> AttemptSummary | None:
        index = self.view.currentIndex()
        if not self.showing_table or not index.isValid():
            return None
        return self.model.summary(index.row())

    def select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            self._sync_buttons()
            return
        index = self.model.index(min(max(row, 0), count - 1), 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self._sync_buttons()

    def set_can_clear(self, can_clear: bool) -> None:
        self._can_clear = can_clear
        self._sync_buttons()

    def set_locked(self, locked: bool) -> None:
        """Delete and Clear wait while a background job works on the history."""
        self._locked = locked
        self._sync_buttons()

    @Slot()
    def _sync_buttons(self) -> None:
        summary = self.current_summary()
        self.open_button.setEnabled(summary is not None)
        unfinished = summary is not None and summary.status is Status.IN_PROGRESS
        if unfinished:
            self.open_button.setText(self.tr("&Resume or discard…"))
            self.open_button.setAccessibleName(self.tr("Resume or discard the selected attempt"))
            self.open_button.setToolTip(self.tr("Carry on with this unfinished attempt, or end it (Enter)"))
        else:
            self.open_button.setText(self.tr("&Open"))
            self.open_button.setAccessibleName(self.tr("Open the selected attempt"))
            self.open_button.setToolTip(self.tr("Review the attempt question by question (Enter)"))
        self.delete_button.setEnabled(summary is not None and not self._locked)
        self.clear_button.setEnabled(self._can_clear and not self._locked)

    # --- input -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.view:  # the type first: a torn-down window has no view
            assert isinstance(event, QKeyEvent)
            if event.modifiers() in _PLAIN_KEYS:
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._request_open()
                    return True
                if event.key() == Qt.Key.Key_Delete:
                    self._request_delete()
                    return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._sync_buttons()

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self._request_open()

    @Slot()
    def _request_open(self) -> None:
        if (summary := self.current_summary()) is not None:
            self.open_requested.emit(summary.id)

    @Slot()
    def _request_delete(self) -> None:
        if (summary := self.current_summary()) is not None:
            self.delete_requested.emit(summary.id)
