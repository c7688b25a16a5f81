"""The main window: a stack of screens (library, quiz, results, history) and the menus.

It owns no state of its own beyond which screen is shown: banks come from the library
loader, attempts from the engine, and everything durable from the history store, all
handed in by the composition root (``ptquiz_gui.app``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui import APP_DISPLAY_NAME, __version__
from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.model import Bank, BankSource
from ptquiz_gui.domain.plan import (
    REVIEW_BANK_ID,
    AttemptPlan,
    Mode,
    PlanKind,
    plan_for_bank,
    plan_mixed,
    plan_subset,
)
from ptquiz_gui.domain.result import Result
from ptquiz_gui.importing import remove_user_bank
from ptquiz_gui.qtmodels.library_model import LibraryEntry
from ptquiz_gui.settings import Settings, Theme
from ptquiz_gui.views.dialogs.start_dialog import StartExamDialog
from ptquiz_gui.views.library.library_page import LibraryPage
from ptquiz_gui.views.notice_banner import NoticeBanner
from ptquiz_gui.views.plain_message import ask_yes_no, inform, warn
from ptquiz_gui.views.quiz.quiz_page import QuizPage
from ptquiz_gui.views.quiz.session import QuizSession
from ptquiz_gui.views.results.results_page import ResultsPage
from ptquiz_gui.views.store_keeper import StoreKeeper
from ptquiz_gui.views.theme import apply_theme

if TYPE_CHECKING:
    from ptquiz_gui.views.history.history_page import HistoryPage

KEY_HELP = """\
Library: Ctrl+F search · ↑/↓ choose a bank · Enter practice · Ctrl+E exam · Ctrl+R review due · Ctrl+H history

Quiz: 1–9 or A–H choose · Enter confirm, then next (practice) / next (exam) · ←/→ or PgUp/PgDn move
F flag · P pause (practice) · Ctrl+Enter finish (Enter confirms) · Esc leave (resumable)

View: Ctrl++ / Ctrl+- / Ctrl+0 text size"""


class MainWindow(QMainWindow):
    settings_changed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings: Settings = services.settings
        self.setObjectName("main_window")
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — exam practice")
        self.resize(1180, 780)
        self._session: QuizSession | None = None
        self._results_return_to_history = False

        self.stack = QStackedWidget()
        self.library_page = LibraryPage()
        self.quiz_page = QuizPage()
        self.results_page = ResultsPage()
        self._history_page: HistoryPage | None = None
        for page in (self.library_page, self.quiz_page, self.results_page):
            self.stack.addWidget(page)
        self.banner = NoticeBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.store_keeper = StoreKeeper(services.store, services.paths, self)
        self._build_menus()
        self._connect_signals()
        self.reload_banks()
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))
        self.statusBar().showMessage(f"Data folder: {services.paths.root}")

    # --- set-up ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = file_menu.addAction("&Import bank…")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.open_data_action = file_menu.addAction("Open &data folder")
        self.export_unsaved_action = file_menu.addAction("E&xport unsaved changes…")
        self.export_unsaved_action.setToolTip("When the history file cannot be written, save what is waiting")
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction("&Quit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        view_menu = self.menuBar().addMenu("&View")
        self.library_action = view_menu.addAction("&Library")
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.history_action = view_menu.addAction("&History")
        self.reload_action = view_menu.addAction("&Reload banks")
        # F5 itself: on some desktops StandardKey.Refresh includes Ctrl+R, the library's review key.
        self.reload_action.setShortcut(QKeySequence("F5"))
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_group = QActionGroup(self)
        for theme, label in (
            (Theme.SYSTEM, "Follow &system"),
            (Theme.LIGHT, "&Light"),
            (Theme.DARK, "&Dark"),
        ):
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setData(theme.value)
            action.setChecked(theme is self.settings.theme)
            self.theme_group.addAction(action)
        self.bigger_action = view_menu.addAction("&Larger text")
        self.bigger_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.smaller_action = view_menu.addAction("&Smaller text")
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.reset_font_action = view_menu.addAction("&Normal text size")
        self.reset_font_action.setShortcut(QKeySequence("Ctrl+0"))
        view_menu.addSeparator()
        self.shuffle_action = view_menu.addAction("S&huffle questions and choices")
        self.shuffle_action.setCheckable(True)
        self.shuffle_action.setChecked(self.settings.shuffle)

        help_menu = self.menuBar().addMenu("&Help")
        self.keys_action = help_menu.addAction("&Keyboard shortcuts")
        self.keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action = help_menu.addAction(f"&About {APP_DISPLAY_NAME}")

    def _connect_signals(self) -> None:
        self.library_page.practice_requested.connect(self.start_practice)
        self.library_page.exam_requested.connect(self.start_exam)
        self.library_page.mixed_requested.connect(self.start_mixed)
        self.library_page.review_requested.connect(self.start_review)
        self.library_page.history_requested.connect(self.show_history)
        self.library_page.files_dropped.connect(self.import_dropped)
        self.library_page.remove_requested.connect(self.remove_bank)
        self.quiz_page.attempt_finished.connect(self._on_attempt_finished)
        self.quiz_page.attempt_left.connect(self._on_attempt_left)
        self.results_page.retry_requested.connect(self.start_plan)
        self.results_page.back_requested.connect(self._on_results_back)
        self.import_action.triggered.connect(self.import_banks)
        self.open_data_action.triggered.connect(self._open_data_folder)
        self.export_unsaved_action.triggered.connect(self._export_unsaved)
        self.store_keeper.saved_again.connect(self.banner.show_message)
        self.quit_action.triggered.connect(self.close)
        self.library_action.triggered.connect(self.show_library)
        self.history_action.triggered.connect(self.show_history)
        self.reload_action.triggered.connect(self.reload_banks)
        self.theme_group.triggered.connect(self._on_theme_chosen)
        self.bigger_action.triggered.connect(self._font_bigger)
        self.smaller_action.triggered.connect(self._font_smaller)
        self.reset_font_action.triggered.connect(self._font_reset)
        self.shuffle_action.toggled.connect(self._on_shuffle_toggled)
        self.keys_action.triggered.connect(self._show_keys)
        self.about_action.triggered.connect(self._show_about)
        self.banner.action_clicked.connect(self._restore_newest_backup)

    # --- library ---------------------------------------------------------------------------

    @Slot()
    def reload_banks(self) -> None:
        result = self.services.load_library()
        stats = self.services.bank_stats()
        entries = []
        for bank in result.banks:
            s = stats.get(bank.id)
            entries.append(
                LibraryEntry(bank, s.best_percent, s.last_attempt, s.attempts) if s else LibraryEntry(bank)
            )
        self.library_page.set_entries(entries, select_bank=self.settings.last_bank_id)
        self.library_page.set_problems(result.problems)
        self.library_page.set_due_count(self.services.due_count())

    def bank(self, bank_id: str) -> Bank | None:
        return self.services.library.bank(bank_id)

    @Slot()
    def show_library(self) -> None:
        if self._session_running():
            self.quiz_page.request_leave()
            return
        self.reload_banks()
        self.stack.setCurrentWidget(self.library_page)
        self.library_page.view.setFocus()

    @Slot()
    def show_history(self) -> None:
        if self._session_running():
            return
        if self._history_page is None:
            from ptquiz_gui.views.history.history_page import HistoryPage

            page = HistoryPage(self.services)
            page.attempt_opened.connect(self._open_past_attempt)
            page.back_requested.connect(self.show_library)
            page.history_changed.connect(self.reload_banks)
            self.stack.addWidget(page)
            self._history_page = page
        self._history_page.refresh()
        self.stack.setCurrentWidget(self._history_page)

    @Slot()
    def import_banks(self) -> None:
        from ptquiz_gui.views.dialogs.import_dialog import run_import_dialog

        if run_import_dialog(self, self.services):
            self.reload_banks()

    @Slot(list)
    def import_dropped(self, paths: list[Path]) -> None:
        from ptquiz_gui.views.dialogs.import_dialog import import_files

        if import_files(self, self.services, paths):
            self.reload_banks()

    @Slot(str)
    def remove_bank(self, bank_id: str) -> None:
        bank = self.bank(bank_id)
        if bank is None or bank.source is not BankSource.USER:
            return
        if not ask_yes_no(
            self,
            "Remove bank?",
            f"Remove “{bank.title}” from your library? The file is moved to "
            f"{self.services.paths.removed_banks_dir}; your history of it is kept.",
        ):
            return
        try:
            remove_user_bank(bank, self.services.paths.removed_banks_dir, self.services.clock.now())
        except OSError as exc:
            warn(self, "Could not remove", f"Could not move {bank.path}: {exc.strerror or exc}")
        self.reload_banks()

    # --- starting attempts -----------------------------------------------------------------

    @Slot(str)
    def start_practice(self, bank_id: str) -> None:
        bank = self.bank(bank_id)
        if bank is not None:
            self.start_plan(plan_for_bank(bank, Mode.PRACTICE, shuffle=self.settings.shuffle))

    @Slot(str)
    def start_exam(self, bank_id: str) -> None:
        bank = self.bank(bank_id)
        if bank is None:
            return
        dialog = StartExamDialog(
            bank.title,
            question_count=len(bank.questions),
            time_limit=bank.effective_time_limit,
            pass_mark=bank.pass_mark,
            shuffle=self.settings.shuffle,
            parent=self,
        )
        if dialog.exec() == StartExamDialog.DialogCode.Accepted:
            options = dialog.options()
            self.start_plan(
                plan_for_bank(bank, Mode.EXAM, shuffle=options.shuffle, time_limit=options.time_limit)
            )

    @Slot(list)
    def start_mixed(self, bank_ids: list[str]) -> None:
        banks = [b for b in (self.bank(i) for i in bank_ids) if b is not None]
        if not banks:
            return
        pool = sum(len(b.questions) for b in banks)
        count = min(pool, self.settings.mixed_count)
        per_question = sum(b.effective_time_limit / len(b.questions) for b in banks) / len(banks)
        dialog = StartExamDialog(
            "Mixed exam: " + ", ".join(b.title for b in banks),
            question_count=count,
            time_limit=round(per_question * count),
            pass_mark=round(sum(b.pass_mark for b in banks) / len(banks)),
            shuffle=True,
            count_range=(1, pool),
            parent=self,
        )
        if dialog.exec() == StartExamDialog.DialogCode.Accepted:
            options = dialog.options()
            self._update_settings(mixed_count=options.count)
            self.start_plan(plan_mixed(banks, options.count, Mode.EXAM, time_limit=options.time_limit))

    @Slot()
    def start_review(self) -> None:
        items = self.services.review_items()
        if not items:
            inform(self, "Nothing due", "No questions are due for review. Questions you miss come back here.")
            return
        self.start_plan(
            plan_subset(
                items,
                title=f"Review due ({len(items)})",
                bank_id=REVIEW_BANK_ID,
                kind=PlanKind.REVIEW,
                pass_mark=70,
            )
        )

    @Slot(object)
    def start_plan(self, plan: AttemptPlan) -> None:
        attempt = Attempt(plan, self.services.clock, self.services.listener())
        self.run_attempt(attempt)

    def run_attempt(self, attempt: Attempt) -> None:
        if attempt.plan.bank_id not in ("mixed", REVIEW_BANK_ID):
            self._update_settings(last_bank_id=attempt.plan.bank_id)
        self._session = QuizSession(attempt, self)
        # Shown first, so the page can put the focus on the choices (or on itself when paused).
        self.stack.setCurrentWidget(self.quiz_page)
        self.quiz_page.start(self._session)

    def _session_running(self) -> bool:
        return self._session is not None and not self._session.attempt.finished

    @Slot(object)
    def _on_attempt_finished(self, result: Result) -> None:
        self._session = None
        self._results_return_to_history = False
        self.results_page.show_result(result)
        self.stack.setCurrentWidget(self.results_page)
        self.reload_banks()

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

    # --- settings --------------------------------------------------------------------------

    def _update_settings(self, **changes: object) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        self.settings_changed.emit(self.settings)

    def _apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme, self.settings.font_scale)

    @Slot(QAction)
    def _on_theme_chosen(self, action: QAction) -> None:
        self._update_settings(theme=Theme(str(action.data())))
        self._apply_look()

    @Slot()
    def _font_bigger(self) -> None:
        self.settings = self.settings.with_font_scale(self.settings.font_scale + 0.1)
        self.settings_changed.emit(self.settings)
        self._apply_look()

    @Slot()
    def _font_smaller(self) -> None:
        self.settings = self.settings.with_font_scale(self.settings.font_scale - 0.1)
        self.settings_changed.emit(self.settings)
        self._apply_look()

    @Slot()
    def _font_reset(self) -> None:
        self._update_settings(font_scale=1.0)
        self._apply_look()

    @Slot(bool)
    def _on_shuffle_toggled(self, checked: bool) -> None:
        self._update_settings(shuffle=checked)

    # --- help ------------------------------------------------------------------------------

    @Slot()
    def _show_keys(self) -> None:
        inform(self, "Keyboard shortcuts", KEY_HELP)

    @Slot()
    def _show_about(self) -> None:
        inform(
            self,
            f"About {APP_DISPLAY_NAME}",
            f"{APP_DISPLAY_NAME} {__version__}\n\n"
            "Offline multiple-choice exam practice: timed exams, practice with the reasoning "
            "after every answer, history, and spaced review of the questions you miss.\n\n"
            f"Data folder: {self.services.paths.root}",
        )

    @Slot()
    def _open_data_folder(self) -> None:
        self.services.paths.root.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.root)))

    # --- history file --------------------------------------------------------------------

    @Slot(str)
    def show_storage_error(self, message: str) -> None:
        """The history store could not write; the attempt goes on and the write is retried."""
        self.banner.show_message(message)

    @Slot()
    def _export_unsaved(self) -> None:
        store = self.services.store
        if store.is_in_memory:
            inform(
                self,
                "History kept in memory",
                "This session's history is only in memory. Open History and use Export to save it "
                "as JSON or CSV; it is also saved to the data folder as soon as that can be written.",
            )
            return
        if not store.pending_count:
            inform(self, "Nothing unsaved", "Every change has been saved.")
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Export unsaved changes", str(Path.home() / "ptquiz-unsaved.json"), "JSON (*.json)"
        )
        if not name:
            return
        try:
            count = store.export_pending_json(Path(name))
        except OSError as exc:
            warn(self, "Export failed", f"Could not write {name}: {exc.strerror or exc}")
            return
        self.banner.show_message(f"Exported {count} unsaved change(s) to {name}.")

    def show_recovery(self, other_notices: Sequence[str] = ()) -> None:
        notice = self.services.recovery
        if notice is not None:
            text = "\n".join([*other_notices, notice.message])
            self.banner.show_message(text, "Restore backup" if notice.newest_backup else "")

    @Slot()
    def _restore_newest_backup(self) -> None:
        notice = self.services.recovery
        if notice is None or notice.newest_backup is None:
            return
        from ptquiz_gui.storage.errors import StorageError

        try:
            self.services.store.restore(notice.newest_backup.path)
        except StorageError as exc:
            self.banner.show_message(str(exc))
            return
        self.services.recovery = None
        self.banner.show_message(f"Restored your history from {notice.newest_backup.path}.")
        self.reload_banks()

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._session is not None and not self._session.attempt.finished:
            self._session.leave()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._update_settings(window_geometry=geometry)
        super().closeEvent(event)

    def focus_window(self) -> None:
        """Bring this window to the front (a second ptquiz instance asked for it)."""
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()
