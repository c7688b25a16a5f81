"""The first screen: every bank with search, details, start buttons and load problems.

Keys: Ctrl+F focuses the search; arrows move through banks; Enter starts the selected
bank in practice; Ctrl+E starts it as an exam.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.file_kinds import IMPORT_SUFFIXES
from ptquiz_gui.domain.model import Problem
from ptquiz_gui.qtmodels.library_model import Column, LibraryEntry, LibraryFilterProxy, LibraryModel, Roles
from ptquiz_gui.views.key_table import SEPARATOR, Screen, hint_line
from ptquiz_gui.views.library.bank_columns import BankColumns
from ptquiz_gui.views.library.problems_panel import ProblemsPanel
from ptquiz_gui.views.theme import show_as_hint

if TYPE_CHECKING:
    from ptquiz_gui.domain.lint.linter import Finding
    from ptquiz_gui.views.library.detail_pane import DetailPane
    from ptquiz_gui.storage.records import AttemptSummary

WIDE_CHARS = 130  # narrower than this many average characters, the details go under the list
LIST_STRETCH, DETAILS_STRETCH = 3, 2  # how the splitter shares out room the window gains


class LibraryPage(QWidget):
    practice_requested = Signal(str)
    exam_requested = Signal(str)
    mixed_requested = Signal(list)
    review_requested = Signal()
    history_requested = Signal()
    files_dropped = Signal(list)
    remove_requested = Signal(str)
    resume_requested = Signal(int)  # an unfinished attempt's id
    discard_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, details_now: bool = True) -> None:
        """With ``details_now=False`` the details pane (Markdown, its modules and their Qt
        types) is left out until ``add_details()``: the app calls it once the list has been
        painted, so the banks appear first."""
        super().__init__(parent)
        self.setObjectName("library_page")
        self.setAcceptDrops(True)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._unfinished: list[AttemptSummary] = []

        self.search = QLineEdit()
        self.search.setObjectName("library_search")
        self.search.setAccessibleName(self.tr("Search banks"))
        # The key is in the tool tip and the hint line: with it, the placeholder outgrew the box
        # in longer languages.
        self.search.setPlaceholderText(self.tr("Search by title, topic or id"))
        self.search.setToolTip(self.tr("Search banks by title, topic or id (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        clear_button = self.search.findChild(QToolButton)  # Qt's own gives a screen reader no name
        if clear_button is not None:
            clear_button.setAccessibleName(self.tr("Clear search"))
            clear_button.setToolTip(self.tr("Clear search (Esc)"))

        self.review_button = QPushButton()
        self.review_button.setObjectName("review_button")
        self.review_button.setToolTip(self.tr("Questions you missed come back on a schedule (Ctrl+R)"))
        self.set_due_count(0)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setObjectName("history_button")
        self.history_button.setAccessibleName(self.tr("Open history"))
        self.history_button.setToolTip(self.tr("Past attempts, charts and most-missed questions (Ctrl+H)"))

        self.view = QTreeView()
        self.view.setObjectName("library_view")
        self.view.setAccessibleName(self.tr("Banks"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        # No sort indicator at first: banks keep their file order (bundled banks in course order).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Topics are searched and shown in the detail pane; the narrow list keeps titles readable.
        self.view.setColumnHidden(Column.TOPICS, True)
        self.view.installEventFilter(self)
        self.search.installEventFilter(self)  # ↓ into the list, Esc clears; once the list exists
        self.columns = BankColumns(self.view)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("library_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the search
        self.empty_label.setVisible(False)
        self.first_run_label = QLabel(
            self.tr(
                "New here? Pick a bank and press Enter to practise with the reasoning after each answer, "
                "or press Ctrl+E for a timed exam."
            )
        )
        self.first_run_label.setObjectName("library_first_run")
        self.first_run_label.setWordWrap(True)
        self.first_run_label.setVisible(False)

        self._detail: DetailPane | None = None
        self._details_slot = QWidget()  # holds the details' place in the splitter until they come
        self.problems = ProblemsPanel()
        drop = self.tr("Drop .yaml, .txt (Aiken), .gift or .xml (Moodle) files here to import")
        hints = QLabel(drop + SEPARATOR + hint_line(Screen.LIBRARY))
        hints.setObjectName("library_hints")
        hints.setWordWrap(True)
        show_as_hint(hints)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.review_button)
        top.addWidget(self.history_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.first_run_label)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_label)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("library_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self._details_slot)
        splitter.setStretchFactor(0, LIST_STRETCH)
        splitter.setStretchFactor(1, DETAILS_STRETCH)
        splitter.setSizes([720, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(hints)
        self._connect_signals()
        if details_now:
            self.add_details()

    @property
    def detail(self) -> DetailPane:
        return self.add_details()

    def add_details(self) -> DetailPane:
        """The details pane, made in its place beside the list (once), showing the current bank."""
        if self._detail is not None:
            return self._detail
        from ptquiz_gui.views.library.detail_pane import DetailPane

        detail = self._detail = DetailPane()
        place = self.splitter.indexOf(self._details_slot)
        self.splitter.replaceWidget(place, detail)
        self.splitter.setStretchFactor(place, DETAILS_STRETCH)  # it was the place holder's
        self._details_slot.deleteLater()
        detail.practice_clicked.connect(self._request_practice)
        detail.exam_clicked.connect(self._request_exam)
        detail.mixed_clicked.connect(self._request_mixed)
        detail.remove_clicked.connect(self._request_remove)
        detail.unfinished.resume_clicked.connect(self.resume_requested)
        detail.unfinished.discard_clicked.connect(self.discard_requested)
        focus_chain = [  # reading order: the row above the list, the list, then the details
            self.search,
            self.review_button,
            self.history_button,
            self.view,
            detail.practice_button,
            detail.exam_button,
            detail.mixed_button,
            detail.remove_button,
        ]
        for first, second in zip(focus_chain, focus_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._on_selection(QItemSelection(), QItemSelection())
        return detail

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._focus_results)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(self._on_activated)
        self.review_button.clicked.connect(self.review_requested)
        self.history_button.clicked.connect(self.history_requested)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+E"), self, self._request_exam)
        QShortcut(QKeySequence("Ctrl+R"), self, self.review_requested.emit)
        QShortcut(QKeySequence("Ctrl+H"), self, self.history_requested.emit)

    def _arrange(self) -> None:
        """The details beside the list where titles stay readable, else under it."""
        across = self.width() >= WIDE_CHARS * self.fontMetrics().averageCharWidth()
        orientation = Qt.Orientation.Horizontal if across else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            length = self.splitter.width() if across else self.splitter.height()
            self.splitter.setSizes([length * 3 // 5, length - length * 3 // 5])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- content ---------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[LibraryEntry], select_bank: str = "") -> None:
        """Show ``entries``. The bank current before stays current, and a selection of several
        (for a mixed exam) stays selected; with none current (the first fill) or the current
        bank gone, ``select_bank`` is chosen, else the first row."""
        current = self.current_bank_id()
        chosen = self.selected_bank_ids() if current else []
        self.model.set_entries(entries)
        self.columns.fit()
        self._say_why_empty()
        shown = [self._proxy_row(bank) for bank in (current, select_bank)]
        self.select_row(next((row for row in shown if row >= 0), 0))
        if len(chosen) > 1:  # in one go: one row selected alone is taken as a screen reader's pick
            rows = QItemSelection()
            for row in (self._proxy_row(bank) for bank in chosen):
                if row >= 0:
                    rows.select(self.proxy.index(row, 0), self.proxy.index(row, 0))
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(rows, flags)

    def _say_why_empty(self) -> None:
        """Under an empty list: that there are no banks yet, or that none matches the search."""
        if not self.model.row_total():
            text = self.tr("No banks yet. Import Aiken, GIFT, Moodle XML or YAML files with File → Import bank…")
        elif not self.proxy.rowCount():
            search = self.search.text().strip()
            text = self.tr("No bank matches “{search}”. Esc clears the search.").format(search=search)
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _proxy_row(self, bank_id: str) -> int:
        """The row ``bank_id`` is shown in, or -1 (none such, or hidden by the search)."""
        row = self.model.row_of(bank_id) if bank_id else -1
        return self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.set_problems(problems)

    @Slot(list)
    def set_lint_warnings(self, warnings: list[Finding]) -> None:
        self.problems.set_warnings(warnings)

    def set_first_run(self, first: bool) -> None:
        """Say where to begin until there is a history."""
        self.first_run_label.setVisible(first)

    def set_unfinished(self, attempts: list[AttemptSummary]) -> None:
        """The unfinished attempts; the details show those of the selected bank."""
        self._unfinished = list(attempts)
        self._on_selection(QItemSelection(), QItemSelection())

    def set_due_count(self, count: int) -> None:
        shown = display.current_locale().number(count)
        self.review_button.setText(self.tr("Review due ({count})").format(count=shown))
        self.review_button.setAccessibleName(self.tr("Start spaced review of %Ln due questions", "", count))
        self.review_button.setEnabled(count > 0)

    def select_row(self, row: int) -> None:
        if self.proxy.rowCount() == 0:
            if self._detail is not None:
                self._detail.show_entry(None)
            return
        row = min(max(row, 0), self.proxy.rowCount() - 1)
        index = self.proxy.index(row, 0)
        self.view.setCurrentIndex(index)  # (where Shift+arrows extend from)
        selection = self.view.selectionModel()
        if [selected.row() for selected in selection.selectedRows()] != [row]:
            # Qt read a key held at that moment: Ctrl, held for Ctrl+V or Ctrl+Backspace in the
            # search box, made it toggle the bank rather than select it alone.
            flags = QItemSelectionModel.SelectionFlag
            selection.select(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)

    def show_bank(self, bank_id: str) -> None:
        """Select ``bank_id`` and put the keyboard on the list; a search that hides it is cleared."""
        row = self.model.row_of(bank_id)
        if row < 0:
            return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search.clear()
        self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_bank_id(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(Roles.BANK_ID)) if index.isValid() else ""

    def selected_bank_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        ids = [str(i.data(Roles.BANK_ID)) for i in sorted(rows, key=lambda i: i.row())]
        current = self.current_bank_id()
        return ids or ([current] if current else [])

    # --- input -----------------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first: a window torn down from Python (its attributes gone) still
        # sends its children events on the way out.
        kind = event.type()
        if kind == QEvent.Type.FontChange and watched is self.view:
            # A new theme or text size changes fonts and style in several steps; arrange
            # once they are all done.
            QTimer.singleShot(0, self, self._arrange)
        if kind == QEvent.Type.KeyPress and watched is self.search:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                self.select_row(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        if kind == QEvent.Type.KeyPress and watched is self.view:
            assert isinstance(event, QKeyEvent)
            no_modifiers = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and no_modifiers:
                self._request_practice()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _focus_results(self) -> None:
        if self.proxy.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.select_row(0)

    @Slot(str)
    def _on_search(self, text: str) -> None:
        current = self.current_bank_id()
        self.proxy.set_search_text(text)
        self._say_why_empty()
        row = self.model.row_of(current)
        mapped = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        self.select_row(mapped.row() if mapped.isValid() else 0)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._current_follows(selected)
        detail = self._detail
        if detail is None:
            return  # add_details() shows the current bank
        index = self.view.currentIndex()
        entry = index.data(Roles.ENTRY) if index.isValid() else None
        detail.show_entry(entry, max(1, len(self.view.selectionModel().selectedRows())))
        bank_id = self.current_bank_id()
        detail.show_unfinished([a for a in self._unfinished if bank_id and a.bank_id == bank_id])
        previous: QWidget = self.view  # Tab goes from the list to Resume, then on to Practice
        for button in detail.unfinished.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _current_follows(self, selected: QItemSelection) -> None:
        """One bank selected without moving the current row, as a screen reader or a switch
        selects through AT-SPI, is taken as a click on it: it becomes the current bank, and
        the only one selected, and the details follow. A click or the keyboard moves the
        current row with the selection already (Ctrl and Shift still select several for a
        mixed exam); selecting all leaves the current row where it is."""
        rows = {index.row() for index in selected.indexes()}
        if len(rows) != 1 or self.view.currentIndex().row() in rows:
            return
        index = selected.indexes()[0].siblingAtColumn(0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    @Slot(QModelIndex)
    def _on_activated(self, _index: QModelIndex) -> None:
        self._request_practice()

    @Slot()
    def _request_practice(self) -> None:
        if bank_id := self.current_bank_id():
            self.practice_requested.emit(bank_id)

    @Slot()
    def _request_exam(self) -> None:
        if bank_id := self.current_bank_id():
            self.exam_requested.emit(bank_id)

    @Slot()
    def _request_remove(self) -> None:
        if bank_id := self.current_bank_id():
            self.remove_requested.emit(bank_id)

    @staticmethod
    def _importable_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._importable_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._importable_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    @Slot()
    def _request_mixed(self) -> None:
        if ids := self.selected_bank_ids():
            self.mixed_requested.emit(ids)
