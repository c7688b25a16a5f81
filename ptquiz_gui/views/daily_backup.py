"""The once-a-day history backup, made on a worker thread after the window is up.

Copying a year of history takes a second or more; the user should not wait for it.
The copy uses its own read-only connection, so it never blocks an answer being saved.
First, on the same thread, what killed backups and writes left behind is removed
(``storage.leftovers``): this process holds the data folder, so they are stale.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from ptquiz_gui.paths import DataPaths
from ptquiz_gui.storage.backups import daily_backup
from ptquiz_gui.storage.errors import DatabaseDamagedError, StorageError
from ptquiz_gui.storage.leftovers import remove_leftovers
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner


class DailyBackup(QObject):
    """Runs as a job of the window's ``JobRunner``, so quitting waits for the copy and the
    history is never closed under it."""

    made = Signal(str)  # the backup's path
    failed = Signal(str)  # a sentence for the user

    def start(self, jobs: JobRunner, paths: DataPaths, now: datetime) -> BackgroundJob[str | None]:
        title = self.tr("Backing up the history")
        job: BackgroundJob[str | None] = BackgroundJob(
            title, lambda control: self._run(control, paths, now), cancellable=False
        )
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        return jobs.start(job)

    def _run(self, _control: JobControl, paths: DataPaths, now: datetime) -> str | None:
        remove_leftovers(paths)
        try:
            info = daily_backup(paths.history_db, paths.backups_dir, now)
        except DatabaseDamagedError as error:  # the copy failed its check: so would the history
            advice = self.tr("Restore a backup to repair it.")
            raise StorageError(f"{error} {advice}") from error
        except StorageError as error:
            comfort = self.tr("Your history itself is unchanged.")
            raise StorageError(f"{error} {comfort}") from error
        return None if info is None else str(info.path)

    def _on_succeeded(self, made: str | None) -> None:
        if made is not None:
            self.made.emit(made)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, StorageError):
            self.failed.emit(str(error))
        else:
            self.failed.emit(self.tr("The daily backup failed: {error}").format(error=error))
