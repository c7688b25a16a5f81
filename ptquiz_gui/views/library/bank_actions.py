"""Adding banks to the library (File → Import bank…, files dropped on it) and removing one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from ptquiz_gui.app_services import Services
from ptquiz_gui.views.library.library_page import LibraryPage
from ptquiz_gui.views.window_jobs import WindowJobs


class BankActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        jobs: WindowJobs,
        stack: QStackedWidget,
        library_page: LibraryPage,
        reload_banks: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._jobs = jobs
        self._stack = stack
        self._library_page = library_page
        self._reload_banks = reload_banks

    @Slot()
    def import_banks(self) -> None:
        from ptquiz_gui.views.dialogs.import_dialog import run_import_dialog

        if not self._jobs.busy:  # the preview reads the files on the window's one worker
            self._show_imported(run_import_dialog(self._window, self._services, self._jobs.runner))

    @Slot(list)
    def import_dropped(self, paths: list[Path]) -> None:
        from ptquiz_gui.views.dialogs.import_dialog import import_files

        if self._jobs.busy:
            said = self.tr("Drop the files again once the running job has finished.")
            self._window.statusBar().showMessage(said, 10_000)
            return
        self._show_imported(import_files(self._window, self._services, self._jobs.runner, paths))

    @Slot(str)
    def remove_bank(self, bank_id: str) -> None:
        from ptquiz_gui.views.file_actions import remove_bank

        bank = self._services.library.bank(bank_id)
        if bank is not None and remove_bank(self._window, self._services, bank):
            self._reload_banks()

    def _show_imported(self, written: list[Path]) -> None:
        """Read the banks again and select the first new one, saying what was imported."""
        if not written:
            return
        self._reload_banks()
        files = {p.resolve() for p in written}
        new = [b for b in self._services.library.banks if b.path is not None and b.path.resolve() in files]
        if not new:
            return
        self._stack.setCurrentWidget(self._library_page)
        self._library_page.show_bank(new[0].id)
        if len(new) == 1:
            said = self.tr("Imported “{title}”, selected in the library.").format(title=new[0].title)
        else:
            titles = ", ".join(self.tr("“{title}”").format(title=b.title) for b in new)
            said = self.tr("Imported {titles}; “{title}” is selected.")
            said = said.format(titles=titles, title=new[0].title)
        self._window.statusBar().showMessage(said)
