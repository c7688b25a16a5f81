"""The window's side of the history's files: the storage-error and recovery banners with
their Restore backup, File → Export unsaved changes…, and File → Open data folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow

from ptquiz_gui.app_services import Services
from ptquiz_gui.views.notice_banner import NoticeBanner
from ptquiz_gui.views.window_jobs import WindowJobs

if TYPE_CHECKING:
    from ptquiz_gui.views.store_keeper import StoreKeeper


class WindowStorage(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        banner: NoticeBanner,
        jobs: WindowJobs,
        *,
        attempt_running: Callable[[], bool],
        restored: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._banner = banner
        self._jobs = jobs
        self._attempt_running = attempt_running
        self._restored = restored
        self.keeper: StoreKeeper | None = None  # once the history is open

    @Slot()
    def open_data_folder(self) -> None:
        from ptquiz_gui.views.file_actions import open_data_folder

        open_data_folder(self._services, self._window)

    @Slot()
    def export_unsaved(self) -> None:
        from ptquiz_gui.views.file_actions import export_unsaved

        if said := export_unsaved(self._window, self._services.unsaved_export()):
            self._banner.show_message(said)
        if self.keeper is not None:
            self.keeper.check()

    @Slot(str)
    def show_storage_error(self, message: str) -> None:
        """The history store could not write; the attempt goes on and the write is retried."""
        self._banner.show_message(message)
        if self.keeper is not None:  # File → Export unsaved changes… appears
            QTimer.singleShot(0, self.keeper, self.keeper.check)

    def show_recovery(self, other_notices: Sequence[str] = ()) -> None:
        notice = self._services.recovery
        if notice is not None:
            text = "\n".join([*other_notices, notice.message])
            self._banner.show_message(text, self.tr("Restore backup") if notice.newest_backup else "")

    @Slot()
    def restore_newest_backup(self) -> None:
        from ptquiz_gui.views.file_actions import restore_newest_backup

        if self._jobs.busy:
            return
        if self._attempt_running():  # as for History: a restore never happens under an attempt
            self._banner.show_message(
                self.tr(
                    "A backup cannot be restored while an attempt is running. Finish the attempt, or "
                    "leave it (Esc; it stays resumable), then choose Restore backup again."
                ),
                self.tr("Restore backup"),
            )
            return
        job = restore_newest_backup(self._services.history.maintenance, self._banner.show_message)
        if job is not None:
            job.ended.connect(self._restored)
            self._banner.show_message(self.tr("Restoring your history from the newest backup…"))
            self._jobs.runner.start(job)
