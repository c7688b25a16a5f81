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
from ptquiz_gui.views.key_table import Screen, hint_line
from ptquiz_gui.views.library.bank_columns import BankColumns
from ptquiz_gui.views.library.bank_selection import BankSelection
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
        self.selection = BankSelection(self.view, self.model, self.proxy)

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
        hints = QLabel(drop + display.SEPARATOR + hint_line(Screen.LIBRARY))
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
        current = self.selection.current_bank_id()
        chosen = self.selection.selected_bank_ids() if current else []
        self.model.set_entries(entries)
        self.columns.fit()
        self._say_why_empty()
        if not self.selection.restore(current, chosen, select_bank):
            self._show_no_bank()

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
        if not self.selection.select_row(row):
            self._show_no_bank()

    def _show_no_bank(self) -> None:
        if self._detail is not None:
            self._detail.show_entry(None)

    def show_bank(self, bank_id: str) -> None:
        """Select ``bank_id`` and put the keyboard on the list; a search that hides it is cleared."""
        if self.model.row_of(bank_id) < 0:
            return
        if self.selection.shown_row(bank_id) < 0:
            self.search.clear()
        self.select_row(self.selection.shown_row(bank_id))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_bank_id(self) -> str:
        return self.selection.current_bank_id()

    def selected_bank_ids(self) -> list[str]:
        return self.selection.selected_bank_ids()

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
        self.select_row(max(self.selection.shown_row(current), 0))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection.follow_a_pick(selected)
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
