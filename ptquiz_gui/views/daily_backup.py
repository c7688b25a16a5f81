"""The once-a-day history backup, made on a worker thread after the window is up.

Copying a year of history takes a second or more; the user should not wait for it.
The copy uses its own read-only connection, so it never blocks an answer being saved.
First, on the same thread, what killed backups and writes left behind is removed
(``storage.leftovers``): this process holds the data folder, so they are stale.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QThreadPool, Signal

from ptquiz_gui.paths import DataPaths
from ptquiz_gui.storage.backups import daily_backup
from ptquiz_gui.storage.errors import DatabaseDamagedError, StorageError
from ptquiz_gui.storage.leftovers import remove_leftovers


class DailyBackup(QObject):
    made = Signal(str)  # the backup's path
    failed = Signal(str)  # a sentence for the user

    def start(self, paths: DataPaths, now: datetime) -> None:
        QThreadPool.globalInstance().start(lambda: self._run(paths, now))

    def _run(self, paths: DataPaths, now: datetime) -> None:
        remove_leftovers(paths)
        try:
            info = daily_backup(paths.history_db, paths.backups_dir, now)
        except DatabaseDamagedError as error:  # the copy failed its check: so would the history
            self.failed.emit(f"{error} Restore a backup to repair it.")
            return
        except StorageError as error:
            self.failed.emit(f"{error} Your history itself is unchanged.")
            return
        if info is not None:
            self.made.emit(str(info.path))
