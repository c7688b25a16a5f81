"""The History screen: past attempts, progress charts, most-missed questions, export and backups.

Keys: Enter opens the selected attempt, Delete deletes it (after asking), Ctrl+1, Ctrl+2…
show the tabs in order (Spaced review's too), Esc goes back to the library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ptquiz_gui.app_services import HistoryScreen
from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.qtmodels.history_model import HistoryModel
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.maintenance import Cleared
from ptquiz_gui.storage.records import HistoryFilter, HistorySort
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.history.attempts_tab import AttemptsTab
from ptquiz_gui.views.history.bank_choices import BankChoice, bank_choices
from ptquiz_gui.views.history.confirm import HistoryQuestions, show_problem
from ptquiz_gui.views.history.export import ExportFormat
from ptquiz_gui.views.history.export_action import HistoryExport
from ptquiz_gui.views.history.history_jobs import clear_job
from ptquiz_gui.views.history.filter_bar import HistoryFilterBar
from ptquiz_gui.views.history.missed_tab import MISSED_LIMIT, MissedTab
from ptquiz_gui.views.history.history_tabs import PROGRESS_TAB, HistoryTabs
from ptquiz_gui.views.history.page_header import HistoryHeader
from ptquiz_gui.views.status_announcer import announce

if TYPE_CHECKING:
    from ptquiz_gui.views.history.progress_tab import ProgressTab

# English sources, shown translated (``HistoryPage.tr``).
NO_HISTORY = str(
    QT_TRANSLATE_NOOP(
        "HistoryPage",
        "No attempts yet.\n\nFinish a practice run or an exam from the library and it shows up here, "
        "with your progress over time and the questions you miss most.",
    )
)
NO_MATCH = str(
    QT_TRANSLATE_NOOP(
        "HistoryPage",
        "No attempts match these filters. Choose “All banks”, “All modes” or “Any date” to see more.",
    )
)


class HistoryPage(QWidget):
    attempt_opened = Signal(int)
    unfinished_opened = Signal(int)  # an attempt in progress: the window offers Resume or Discard
    back_requested = Signal()
    history_changed = Signal()
    practice_requested = Signal(object)  # AttemptPlan: Most missed → Practise these

    def __init__(self, screen: HistoryScreen, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_page")
        self.clock = screen.clock
        self.library = screen.library
        self.reader = screen.reader
        self.upkeep = screen.upkeep
        self.jobs = jobs  # export, clear and restore run there; nothing else may touch the history meanwhile
        self._choices: list[BankChoice] = []
        self.model = HistoryModel(self.reader, self)
        self.exporter = HistoryExport(self.reader, self.clock, jobs, self)
        self.questions = HistoryQuestions(self)

        self.header = HistoryHeader()
        self.count_label = self.header.count_label
        self.export_button = self.header.export_button
        self.export_menu = self.header.export_menu
        self.export_csv_action = self.header.export_csv_action
        self.export_json_action = self.header.export_json_action
        self.backups_button = self.header.backups_button
        self.back_button = self.header.back_button

        self.filter_bar = HistoryFilterBar(self.clock.now().astimezone().date())
        self.attempts_tab = AttemptsTab(self.model)
        # Progress (and QtCharts, which is heavy) is built and read when it is first shown.
        self._progress: ProgressTab | None = None
        self._progress_stale = True
        self.missed_tab = MissedTab(self.reader)
        self.tabs = HistoryTabs(self.attempts_tab, self.missed_tab)
        self.tabs.set_content(self.attempts_tab, self.attempts_tab.view)
        self.tabs.set_content(self.missed_tab, self.missed_tab.view)  # where Enter opens a question
        self.status_label = QLabel()
        self.status_label.setObjectName("history_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self._chain_focus()
        self._connect_signals()

    def _chain_focus(self) -> None:
        """Tab goes through the filters, the tabs, the shown tab's content, then the buttons
        at the top (the hidden tabs' widgets are skipped; the charts join when built)."""
        focus_chain = [
            self.filter_bar.bank_combo,
            self.filter_bar.mode_combo,
            self.filter_bar.any_date,
            self.filter_bar.from_edit,
            self.filter_bar.to_edit,
            self.tabs,
            self.attempts_tab.view,
            self.attempts_tab.open_button,
            self.attempts_tab.delete_button,
            self.attempts_tab.clear_button,
            self.missed_tab.practise_button,
            self.missed_tab.view,
            self.export_button,
            self.backups_button,
            self.back_button,
        ]
        for first, second in zip(focus_chain, focus_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def add_tab(self, tab: QWidget, title: str) -> None:
        """A tab added after the first three (the window adds Spaced review): Tab goes from the
        tab bar into its content, and from there on to the buttons at the top, as for theirs."""
        self.tabs.addTab(tab, title)
        inside = [w for w in tab.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain = [self.missed_tab.view, *inside, self.export_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.model.load_failed.connect(self.show_status)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.attempts_tab.open_requested.connect(self.open_attempt)
        self.attempts_tab.delete_requested.connect(self.delete_attempt)
        self.attempts_tab.clear_requested.connect(self.clear_history)
        self.missed_tab.practice_requested.connect(self.practice_requested)
        self.export_csv_action.triggered.connect(self._export_csv)
        self.export_json_action.triggered.connect(self._export_json)
        self.backups_button.clicked.connect(self.open_backups)
        self.exporter.exported.connect(self.show_status)
        self.exporter.stopped.connect(self.show_status)
        self.jobs.busy_changed.connect(self._on_jobs_busy)
        self.back_button.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.activated.connect(self.back_requested)
        for shortcut in [back, *self.tabs.add_shortcuts(self)]:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- content ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read everything again (the main window calls this each time the page is shown)."""
        self.status_label.hide()
        kept, loaded = self.attempts_tab.current_summary(), self.model.rowCount()
        try:
            self._choices = bank_choices(self.reader, self.library())
        except StorageError as error:
            self._choices = []
            self.show_status(str(error))
        self.filter_bar.set_banks([(c.bank_id, c.title) for c in self._choices])
        self._reload_attempts()
        if kept is not None:  # back from an opened attempt: it stays selected
            self._select_attempt(kept.id, loaded)
        self._progress_changed()
        self._reload_missed()
        if self.attempts_tab.showing_table:
            self.attempts_tab.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def progress_tab(self) -> ProgressTab:
        """The Progress tab, built the first time it is wanted, read again when out of date."""
        return self._ensure_progress()

    def _ensure_progress(self) -> ProgressTab:
        if self._progress is None:
            from ptquiz_gui.views.history.progress_tab import ProgressTab

            tab = ProgressTab(self.reader)
            tab.load_failed.connect(self.show_status)
            self.tabs.put_progress(tab)
            self.tabs.set_content(tab, tab.score_chart)  # it says in words what it draws
            self._progress = tab
            QWidget.setTabOrder(self.attempts_tab.clear_button, tab.score_chart)  # the charts in their place
            QWidget.setTabOrder(tab.score_chart, tab.topic_chart)
        if self._progress_stale:
            self._progress_stale = False
            chosen = self.filter_bar.bank_id() is not None
            self._progress.set_banks(self._choices, self._preferred_chart_bank(), chosen=chosen)
        return self._progress

    def _progress_changed(self, *, filtered: bool = False) -> None:
        """The charts are read again now if they are shown (or built, when the filter
        changed), else when they are next wanted."""
        self._progress_stale = True
        if self.tabs.showing_progress or (filtered and self._progress is not None):
            self._ensure_progress()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if index == PROGRESS_TAB:
            self._ensure_progress()

    def show_tab(self, index: int) -> None:
        self.tabs.show_tab(index)

    @Slot(str)
    def show_status(self, message: str) -> None:
        """Show ``message`` under the tabs and have a screen reader say it where focus is."""
        self.status_label.setText(message)
        self.status_label.show()
        announce(self.status_label, message)

    def _reload_attempts(self, select_row: int = 0) -> None:
        self.model.set_filter(self.filter_bar.current_filter())
        try:
            everything = self.reader.count_attempts(HistoryFilter())
        except StorageError as error:
            everything = self.model.total
            self.show_status(str(error))
        if everything == 0:
            self.attempts_tab.show_empty(self.tr(NO_HISTORY))
        elif self.model.rowCount() == 0:
            self.attempts_tab.show_empty(self.tr(NO_MATCH))
        else:
            self.attempts_tab.show_table()
            self.attempts_tab.select_row(select_row)
        self.attempts_tab.set_can_clear(everything > 0)
        self._on_jobs_busy(self.jobs.busy)
        self.header.show_count(self.model.total, everything)

    def _select_attempt(self, attempt_id: int, loaded: int) -> None:
        """Select the attempt if it is listed, loading as many rows as were loaded before."""
        row = self.model.row_of(attempt_id)
        while row < 0 and self.model.rowCount() < loaded and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(attempt_id)
        if row >= 0:
            self.attempts_tab.select_row(row)

    def _reload_missed(self) -> None:
        titles = {c.bank_id: c.title for c in self._choices}
        try:
            missed = self.reader.most_missed(MISSED_LIMIT)
        except StorageError as error:
            missed = []
            self.show_status(str(error))
        self.missed_tab.set_questions(missed, titles, {c.bank_id: c.pass_mark for c in self._choices})

    def _preferred_chart_bank(self) -> str | None:
        chosen = self.filter_bar.bank_id()
        if any(c.bank_id == chosen and not c.pseudo for c in self._choices):
            return chosen
        try:
            latest = self.reader.list_attempts(HistoryFilter(status=Status.FINISHED), HistorySort(), 0, 1)
        except StorageError:
            return None
        return latest[0].bank_id if latest else None

    @Slot(object)
    def _on_filter_changed(self, _flt: HistoryFilter) -> None:
        self._reload_attempts()
        self._progress_changed(filtered=True)

    @Slot(bool)
    def _on_jobs_busy(self, busy: bool) -> None:
        """While a job runs, nothing that writes, replaces or exports the history can start."""
        self.export_button.setEnabled(not busy and self.model.total > 0)
        self.backups_button.setEnabled(not busy)
        self.attempts_tab.set_locked(busy)

    def _after_change(self, select_row: int = 0) -> None:
        self.refresh()
        self.attempts_tab.select_row(select_row)
        self.history_changed.emit()

    # --- opening and deleting ---------------------------------------------------------------

    @Slot(int)
    def open_attempt(self, attempt_id: int) -> None:
        """Ask the window to show the attempt's review; an attempt still in progress is not
        reviewed (that would show the answers of an exam that can still be resumed) but
        opens into Resume or Discard."""
        row = self.model.row_of(attempt_id)
        if row >= 0 and self.model.summary(row).status is Status.IN_PROGRESS:
            self.unfinished_opened.emit(attempt_id)
            return
        self.attempt_opened.emit(attempt_id)

    @Slot(int)
    def delete_attempt(self, attempt_id: int) -> None:
        row = self.model.row_of(attempt_id)
        if row < 0 or self.jobs.busy:
            return
        s = self.model.summary(row)
        if not self.questions.delete_attempt(s):
            return
        try:
            self.upkeep.delete_attempt(attempt_id)
        except StorageError as error:
            show_problem(self, "delete_failed", self.tr("Could not delete the attempt"), str(error))
            return
        self._after_change(select_row=row)
        self.show_status(self.questions.deleted(s))

    @Slot()
    def clear_history(self) -> None:
        if self.jobs.busy:
            return
        try:
            total = self.reader.count_attempts(HistoryFilter())
        except StorageError as error:
            self._clear_failed(error)
            return
        if total == 0:
            return
        if not self.questions.clear_history(total):
            return
        try:
            if self.reader.path is None:  # in memory: one session's attempts, cleared at once
                self._on_cleared(Cleared(self.upkeep.clear_history(), None))
                return
            job = clear_job(self.upkeep)
        except StorageError as error:
            self._clear_failed(error)
            return
        job.succeeded.connect(self._on_cleared)
        job.failed.connect(self._clear_failed)
        self.jobs.start(job)

    @Slot(object)
    def _on_cleared(self, cleared: Cleared) -> None:
        self._after_change()
        message = self.tr("The history was cleared.")
        if cleared.safety is not None:
            message += " " + self.tr("A backup was kept in {path}.").format(path=cleared.safety.path)
        self.show_status(message)

    @Slot(object)
    def _clear_failed(self, error: Exception) -> None:
        show_problem(self, "clear_failed", self.tr("Could not clear the history"), str(error))

    # --- export ----------------------------------------------------------------------------

    @Slot()
    def _export_csv(self) -> None:
        self.export(ExportFormat.CSV)

    @Slot()
    def _export_json(self) -> None:
        self.export(ExportFormat.JSON)

    def export(self, fmt: ExportFormat) -> None:
        """Ask where, then write the attempts the filters show (oldest first) on a worker."""
        if not self.jobs.busy:
            self.exporter.ask_and_export(fmt, self.model.history_filter)

    # --- backups ---------------------------------------------------------------------------

    @Slot()
    def open_backups(self) -> None:
        from ptquiz_gui.views.history.backups_dialog import BackupsDialog

        if self.jobs.busy:
            return
        dialog = BackupsDialog(self.upkeep, self.jobs, self)
        dialog.history_restored.connect(self._on_restored)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def _on_restored(self) -> None:
        self._after_change()
        self.show_status(self.tr("Your history was restored from a backup."))

    def current_filter(self) -> HistoryFilter:
        return self.model.history_filter
