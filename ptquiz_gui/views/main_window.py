"""The main window: a stack of screens (library, quiz, results, history) and the menus.

It owns no state of its own beyond which screen is shown: banks come from the library
loader, attempts from the engine, and everything durable from the history store, all
handed in by the composition root (``ptquiz_gui.app``). Only the library is built before
the first paint; the other screens, and the modules behind them, on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.qtmodels.library_model import LibraryEntry
from ptquiz_gui.settings import Settings
from ptquiz_gui.views.library.bank_actions import BankActions
from ptquiz_gui.views.library.library_page import LibraryPage
from ptquiz_gui.views.library.lint_job import LintWatcher
from ptquiz_gui.views.attempt_starts import AttemptStarts
from ptquiz_gui.views.help_menu import HelpMenu
from ptquiz_gui.views.language_choice import LanguageChoice
from ptquiz_gui.views.look_actions import LookActions
from ptquiz_gui.views.main_menu import MainMenu
from ptquiz_gui.views.notice_banner import NoticeBanner
from ptquiz_gui.views.resume.resumer import Resumer
from ptquiz_gui.views.status_announcer import StatusAnnouncer
from ptquiz_gui.views.window_fit import PageStack, fitting_area, place_window
from ptquiz_gui.views.window_jobs import WindowJobs
from ptquiz_gui.views.window_storage import WindowStorage

if TYPE_CHECKING:
    from collections.abc import Callable

    from ptquiz_gui.domain.attempt import Attempt
    from ptquiz_gui.domain.plan import AttemptPlan
    from ptquiz_gui.domain.result import Result
    from ptquiz_gui.domain.start_request import StartRequest
    from ptquiz_gui.review_service import BankReadiness, ReviewStatistics, SpacedReview
    from ptquiz_gui.views.history.history_page import HistoryPage
    from ptquiz_gui.views.quiz.quiz_page import QuizPage
    from ptquiz_gui.views.quiz.session import QuizSession
    from ptquiz_gui.views.results.results_page import ResultsPage
    from ptquiz_gui.views.language import Translations
    from ptquiz_gui.views.resume.later_start import LaterStarts
    from ptquiz_gui.views.store_keeper import StoreKeeper
    from ptquiz_gui.views.unsaved_quit import QuitGuard


class MainWindow(QMainWindow):
    settings_changed = Signal(object)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, details_now: bool = True
    ) -> None:
        """``details_now=False``: the library's details pane waits for ``library_page.add_details()``
        (the app calls it after the first paint)."""
        super().__init__(parent)
        self.services = services
        self.settings: Settings = services.settings
        self.setObjectName("main_window")
        # Qt adds " — PTQuiz" (the application display name) to every window title itself.
        self.setWindowTitle(self.tr("Exam practice"))
        self._session: QuizSession | None = None
        self._results_return_to_history = False
        self._quiz_page: QuizPage | None = None
        self._results_page: ResultsPage | None = None
        self._history_page: HistoryPage | None = None
        self.store_keeper: StoreKeeper | None = None
        self._quit_guard: QuitGuard | None = None  # once the history is open
        self.resumer = Resumer(self, lambda: services.resumption() if services.history_open else None)
        self._later_starts: LaterStarts | None = None
        self.translations: Translations | None = None  # set by the composition root

        self.stack = PageStack()
        self.banner = NoticeBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(fitting_area(self.stack), 1)
        self.setCentralWidget(central)
        # The library last, made in its place: under the style sheet a tree of widgets is
        # polished again each time it moves to a new parent.
        self.library_page = LibraryPage(self.stack, details_now=details_now)
        self.stack.addWidget(self.library_page)
        self.menu = MainMenu(self, self.settings)
        self.jobs = WindowJobs(  # export, clear, restore, import preview, daily backup
            self,
            while_busy=[self.menu.import_action, self.banner.action_button],
            while_exclusive=[self.stack, self.menu.library_action, self.menu.history_action, self.menu.reload_action],
        )
        self.storage = WindowStorage(
            self, services, self.banner, self.jobs, attempt_running=self._session_running, restored=self.show_banks
        )
        self.bank_actions = BankActions(self, services, self.jobs, self.stack, self.library_page, self.reload_banks)
        self.starts = AttemptStarts(
            self,
            bank=self.bank,
            reload_banks=self.reload_banks,
            resumer=self.resumer,
            settings=lambda: self.settings,
            mixed_count_chosen=lambda count: self._update_settings(mixed_count=count),
            spaced_review=self.spaced_review,
            start_plan=self.start_plan,
        )
        self.lint_watcher = LintWatcher(self)
        self.lint_watcher.linted.connect(self.library_page.set_lint_warnings)
        self._connect_signals()
        self.show_banks()
        place_window(self, self.settings.window_geometry)
        StatusAnnouncer(self.statusBar())
        self.statusBar().showMessage(self.tr("Data folder: {folder}").format(folder=services.paths.root))
        self.library_page.view.setFocus()  # arrows and Enter work at once

    def _connect_signals(self) -> None:
        self.library_page.practice_requested.connect(self.starts.start_practice)
        self.library_page.exam_requested.connect(self.starts.start_exam)
        self.library_page.mixed_requested.connect(self.starts.start_mixed)
        self.library_page.review_requested.connect(self.starts.start_review)
        self.library_page.history_requested.connect(self.show_history)
        self.library_page.files_dropped.connect(self.bank_actions.import_dropped)
        self.library_page.remove_requested.connect(self.bank_actions.remove_bank)
        self.library_page.resume_requested.connect(self.resumer.resume)
        self.library_page.discard_requested.connect(self.resumer.discard)
        self.resumer.resumed.connect(self.run_attempt)
        self.resumer.changed.connect(self._on_unfinished_changed)
        menu = self.menu
        # Queued, as Help's: these may wait in a modal dialog, which a screen reader's click must not.
        queued = Qt.ConnectionType.QueuedConnection
        menu.import_action.triggered.connect(self.bank_actions.import_banks, queued)
        menu.open_data_action.triggered.connect(self.storage.open_data_folder, queued)
        menu.export_unsaved_action.triggered.connect(self.storage.export_unsaved, queued)
        menu.quit_action.triggered.connect(self.close)
        menu.library_action.triggered.connect(self.show_library)
        menu.history_action.triggered.connect(self.show_history)
        menu.reload_action.triggered.connect(self.reload_banks)
        menu.retention_action.triggered.connect(self.change_retention)
        self.banner.action_clicked.connect(self.storage.restore_newest_backup)
        LookActions(menu, lambda: self.settings, self._save_settings, self)
        HelpMenu(self, self.stack, menu, self.services.paths.root)
        LanguageChoice(
            self,
            menu.language_group,
            self.settings.language,
            running=lambda: self.translations.code if self.translations is not None else "en",
            save=lambda code: self._update_settings(language=code),
        )

    # --- screens built on first use ----------------------------------------------------------

    @property
    def quiz_page(self) -> QuizPage:
        if self._quiz_page is None:
            from ptquiz_gui.views.quiz.quiz_page import QuizPage

            self._quiz_page = QuizPage()
            self._quiz_page.attempt_finished.connect(self._on_attempt_finished)
            self._quiz_page.attempt_left.connect(self._on_attempt_left)
            self.stack.addWidget(self._quiz_page)
        return self._quiz_page

    @property
    def results_page(self) -> ResultsPage:
        if self._results_page is None:
            from ptquiz_gui.views.results.results_page import ResultsPage

            self._results_page = ResultsPage()
            self._results_page.retry_requested.connect(self.start_plan)
            self._results_page.back_requested.connect(self._on_results_back)
            from ptquiz_gui.views.review.card_links import add_results_card_button

            add_results_card_button(self._results_page, self.open_card)
            self.stack.addWidget(self._results_page)
        return self._results_page

    def _upgrade_first(self, then: Callable[[], None]) -> bool:
        from ptquiz_gui.views.history_upgrade import start_upgrade

        history_db = self.services.paths.history_db
        return start_upgrade(self.jobs.runner, history_db, then, desired_retention=self.settings.desired_retention)

    def attach_history(self) -> None:
        """The history is open: fill in scores and due reviews, and keep retrying failed saves."""
        if self.store_keeper is not None:
            return
        from ptquiz_gui.views.store_keeper import StoreKeeper
        from ptquiz_gui.views.unsaved_quit import QuitGuard

        self.services.set_store_error_handler(self.storage.show_storage_error)
        self.store_keeper = StoreKeeper(
            self.services.history.recorder, self.services.paths, self, upgrade_first=self._upgrade_first
        )
        self.storage.keeper = self.store_keeper
        self.store_keeper.saved_again.connect(self.banner.show_message)
        self.store_keeper.unsaved_changed.connect(self.menu.export_unsaved_action.setVisible)
        self.menu.export_unsaved_action.setVisible(self.store_keeper.unsaved)
        self._quit_guard = QuitGuard(self, self.services.unsaved_export, self.store_keeper)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._quit_guard.on_session_end)
        self.show_banks()

    # --- library -----------------------------------------------------------------------------

    def show_banks(self) -> None:
        """Show the banks already loaded, with the scores the history has (if open)."""
        result = self.services.library
        stats = self.services.bank_stats()
        ready = self._readiness(result.banks)
        entries = []
        for bank in result.banks:
            s = stats.get(bank.id)
            entry = LibraryEntry(bank, s.best_percent, s.last_attempt, s.attempts) if s else LibraryEntry(bank)
            if (r := ready.get(bank.id)) is not None:
                entry = replace(entry, readiness=r.today, projection=r.projection)
            entries.append(entry)
        self.library_page.set_entries(entries, select_bank=self.settings.last_bank_id)
        self.library_page.set_problems(result.problems)
        self.library_page.set_due_count(self.services.due_count())
        self.library_page.set_unfinished(self.resumer.unfinished())
        # "No attempts yet" is a first start once the history is open, and before it is when
        # there is no history file at all (then the hint is there at the first paint, rather
        # than pushing the list down a moment later).
        if self.store_keeper is not None:
            self.library_page.set_first_run(not stats)
        else:
            self.library_page.set_first_run(not self.services.paths.history_db.exists())

    def spaced_review(self) -> SpacedReview:
        """The review queue, readiness and statistics at the desired retention of the settings."""
        return self.services.spaced_review(self.settings.desired_retention)

    def _readiness(self, banks: Sequence[Bank]) -> dict[str, BankReadiness]:
        """Each bank's predicted score, once the history is open (none before: the first paint
        loads neither the history nor the FSRS library)."""
        if not self.services.history_open or self.jobs.exclusive:
            return {}
        from ptquiz_gui.storage.errors import StorageError

        try:
            return self.spaced_review().readiness(banks)
        except StorageError as error:
            self.statusBar().showMessage(str(error), 10_000)
            return {}

    @Slot()
    def change_retention(self) -> None:
        """View → Spaced review retention…: the setting, with what it trades and costs."""
        from ptquiz_gui.views.review.retention_dialog import RetentionDialog

        cards = self.spaced_review().cards() if self.services.history_open else []
        dialog = RetentionDialog(self.settings.desired_retention, cards, self.services.clock.now(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._set_retention)
        dialog.open()

    @Slot(float)
    def _set_retention(self, retention: float) -> None:
        self._update_settings(desired_retention=retention)
        if self.services.history_open:
            self.services.history.recorder.desired_retention = retention
        self.show_banks()

    @Slot()
    def reload_banks(self) -> None:
        """Read the bank files again (they may have changed) and show them."""
        self.services.load_library()
        self.show_banks()
        self.lint_user_banks()

    def lint_user_banks(self) -> None:
        """Show the item-writing warnings about the user's banks once a worker has found them."""
        self.lint_watcher.start(self.services.library.banks)

    def bank(self, bank_id: str) -> Bank | None:
        return self.services.library.bank(bank_id)

    @Slot()
    def show_library(self) -> None:
        if self._session_running():
            self.quiz_page.quiz_actions.request_leave()
            return
        self.reload_banks()
        self.stack.setCurrentWidget(self.library_page)
        self.library_page.view.setFocus()

    @Slot()
    def show_history(self) -> None:
        if self._session_running() or self._history_busy():
            return
        if self._history_page is None:
            from ptquiz_gui.views.history.history_page import HistoryPage

            page = HistoryPage(self.services.history_screen(), self.jobs.runner)
            page.attempt_opened.connect(self._open_past_attempt)
            page.unfinished_opened.connect(self.resumer.open_unfinished)
            page.practice_requested.connect(self.start_plan)
            page.back_requested.connect(self.show_library)
            page.history_changed.connect(self.show_banks)
            self._add_review_stats(page)
            self.stack.addWidget(page)
            self._history_page = page
        self._history_page.refresh()
        self.stack.setCurrentWidget(self._history_page)

    def _add_review_stats(self, page: HistoryPage) -> None:
        from ptquiz_gui.review_service import statistics_work
        from ptquiz_gui.views.review.card_links import add_missed_card_button
        from ptquiz_gui.views.review.stats_tab import ReviewStatsTab

        def work() -> Callable[[], ReviewStatistics]:
            return statistics_work(self.services.history.reader, self.services.clock, self.settings.desired_retention)

        page.add_tab(ReviewStatsTab(work, self.jobs.runner), self.tr("Spaced review"))
        add_missed_card_button(page.missed_tab, self.open_card)

    @Slot(str, str)
    def open_card(self, bank_id: str, question_id: str) -> None:
        """The question's spaced review card (from review, most missed and results)."""
        from ptquiz_gui.views.review.card_dialog import show_card

        if self.services.history_open and not self._history_busy():
            show_card(self.spaced_review(), bank_id, question_id, self)

    # --- attempts ------------------------------------------------------------------------------

    def _history_busy(self) -> bool:
        """A job is clearing or replacing the history: say so, and start nothing that uses it."""
        if self.jobs.exclusive:
            job = self.jobs.runner.current
            said = (
                self.tr("Wait until “{job}” has finished, then try again.").format(job=job.title)
                if job is not None
                else self.tr("Wait until the running job has finished, then try again.")
            )
            self.statusBar().showMessage(said, 10_000)
        return self.jobs.exclusive

    @Slot(object)
    def start_plan(self, plan: AttemptPlan) -> None:
        from ptquiz_gui.domain.attempt import Attempt

        if self._history_busy():
            return
        self.run_attempt(Attempt(plan, self.services.clock, self.services.listener()))

    def run_attempt(self, attempt: Attempt) -> None:
        from ptquiz_gui.domain.plan import PSEUDO_BANK_IDS, PlanKind
        from ptquiz_gui.views.quiz.session import QuizSession

        if attempt.plan.bank_id not in PSEUDO_BANK_IDS:
            self._update_settings(last_bank_id=attempt.plan.bank_id)
        self._session = QuizSession(attempt, self)
        if attempt.plan.kind is PlanKind.REVIEW and self.services.history_open:
            from ptquiz_gui.views.review.review_notes import ReviewNotes

            ReviewNotes(self._session, self.spaced_review(), self.quiz_page.reasoning_panel)
        # Shown first, so the page can put the focus on the choices (or on itself when paused).
        self.stack.setCurrentWidget(self.quiz_page)
        self.quiz_page.start(self._session)

    def _session_running(self) -> bool:
        return self._session is not None and not self._session.attempt.finished

    def running_attempt(self) -> Attempt | None:
        return self._session.attempt if self._session is not None and self._session_running() else None

    def leave_running_attempt(self) -> None:
        """Stop and save the running attempt, which stays resumable, and show the library."""
        if self._session is not None:
            self._session.leave()

    def open_request(self, request: StartRequest) -> bool:
        return self.starts.open_request(request)

    @Slot(object)
    def open_later_request(self, request: StartRequest) -> None:
        """A later ``ptquiz start`` handed this over: open it, asking first if an attempt runs."""
        if self._later_starts is None:
            from ptquiz_gui.views.resume.later_start import LaterStarts

            self._later_starts = LaterStarts(self, self)
        self._later_starts.receive(request)

    @Slot()
    def _on_unfinished_changed(self) -> None:
        self.show_banks()
        if self._history_page is not None and self.stack.currentWidget() is self._history_page:
            self._history_page.refresh()

    @Slot(object)
    def _on_attempt_finished(self, result: Result) -> None:
        self._session = None
        self._results_return_to_history = False
        self.results_page.show_result(result)
        self.stack.setCurrentWidget(self.results_page)
        self.show_banks()  # new scores; the bank files are read again on the way back to the library

    @Slot()
    def _on_attempt_left(self) -> None:
        self._session = None
        self.show_library()

    @Slot(int)
    def _open_past_attempt(self, attempt_id: int) -> None:
        result = self.services.result_of(attempt_id)
        if result is None:
            return
        self._results_return_to_history = True
        self.results_page.show_result(result, read_only=True)
        self.stack.setCurrentWidget(self.results_page)

    @Slot()
    def _on_results_back(self) -> None:
        if self._results_return_to_history:
            self.show_history()
        else:
            self.show_library()

    # --- settings ------------------------------------------------------------------------------

    def _update_settings(self, **changes: object) -> None:
        self._save_settings(replace(self.settings, **changes))  # type: ignore[arg-type]

    def _save_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.jobs.busy:  # an export, clear or restore half done: close once it has ended
            event.ignore()
            self.jobs.close_when_done()
            return
        left = None
        if self._session is not None and not self._session.attempt.finished:
            left = self._session.attempt
            self._session.leave()  # its last progress joins what is saved, or exported, below
        if self._quit_guard is not None and not self._quit_guard.may_close():
            event.ignore()
            if left is not None:  # the user stays: back into the attempt, clock running
                left.resume()
                self.run_attempt(left)
            return
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._update_settings(window_geometry=geometry)
        super().closeEvent(event)

    def close_without_asking(self) -> None:
        """A signal ends ptquiz (``views.termination``): close as at the session's end when no
        question may be asked. The attempt is left (resumable), what is unsaved is saved once
        more or exported to the home folder, and a running job is finished first."""
        if self._quit_guard is not None:
            self._quit_guard.may_ask = False
        self.close()

    def focus_window(self) -> None:
        """Bring this window to the front (a second ptquiz instance asked for it)."""
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()
