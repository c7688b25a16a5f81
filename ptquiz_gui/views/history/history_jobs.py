"""The history work that takes seconds on a large history, as background jobs: export,
clearing, backing up by hand, restoring a backup and counting what backups hold
(``views.background_job``).

Each job works on a connection of its own on the worker thread. What must happen on the
window's thread around it (the live-attempt guard, saving waiting changes, closing and
reopening the window's connection) is done here: before the job is made, and from its
signals, which are connected before the job starts so none is missed. The callers
connect their own handlers afterwards, so the history is whole again when they run.

Every function raises ``StorageError`` when the work is refused before it starts.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ptquiz_gui.app_services import HistoryUpkeep
from ptquiz_gui.storage.backups import count_attempts
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.maintenance import Cleared
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import BackupInfo, HistoryFilter
from ptquiz_gui.views.background_job import BackgroundJob, JobControl
from ptquiz_gui.views.history.export import ExportFormat, export_history

PROGRESS_EVERY_S = 0.05  # at most 20 progress updates a second reach the window


class Pacer:
    """Checks for Cancel at every step and reports progress a few times a second."""

    def __init__(self, control: JobControl, total: int) -> None:
        self._control = control
        self._total = total
        self._last = 0.0

    def __call__(self, done: int) -> None:
        self._control.check()
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or done == self._total:
            self._last = now
            self._control.progress(done, self._total)


def export_job(history: Path, flt: HistoryFilter, fmt: ExportFormat, target: Path) -> BackgroundJob[int]:
    """Write the attempts ``flt`` matches in ``history`` to ``target``; succeeds with their
    count. Cancelling leaves ``target`` as it was (the temporary file is removed)."""

    def work(control: JobControl) -> int:
        with HistoryReader.open_read_only(history) as reader:
            total = reader.count_attempts(flt)
            control.progress(0, total)
            export_history(reader, flt, fmt, target, each=Pacer(control, total))
        return total

    title = QCoreApplication.translate("history_jobs", "Exporting to {file}").format(file=target.name)
    return BackgroundJob(title, work, cancellable=True)


def clear_job(upkeep: HistoryUpkeep) -> BackgroundJob[Cleared]:
    """Back up, empty and compact the history file; succeeds with ``Cleared``."""
    clear = upkeep.start_clear()
    job: BackgroundJob[Cleared] = BackgroundJob(
        QCoreApplication.translate("history_jobs", "Clearing the history"),
        lambda _control: clear(),
        cancellable=False,
        exclusive=True,
    )
    job.succeeded.connect(upkeep.end_clear)
    return job


def restore_job(upkeep: HistoryUpkeep, backup: Path) -> BackgroundJob[BackupInfo | None]:
    """Replace the history with ``backup``; succeeds with the backup of the history before
    (``None`` when that was damaged and moved aside). The window's connection is closed
    until the job ends, made or failed."""
    restore = upkeep.start_restore(backup)
    job: BackgroundJob[BackupInfo | None] = BackgroundJob(
        QCoreApplication.translate("history_jobs", "Restoring a backup"),
        lambda _control: restore(),
        cancellable=False,
        exclusive=True,
    )
    job.succeeded.connect(lambda _safety: upkeep.end_restore(restored=True))
    job.failed.connect(lambda _error: upkeep.end_restore(restored=False))
    return job


def backup_job(upkeep: HistoryUpkeep) -> BackgroundJob[BackupInfo | None]:
    """Back up the history now, as the daily backup does; succeeds with the backup (``None``
    when the history holds no attempt yet)."""
    backup = upkeep.start_backup()
    title = QCoreApplication.translate("history_jobs", "Backing up the history")
    return BackgroundJob(title, lambda _control: backup(), cancellable=False)


def count_job(paths: Sequence[Path]) -> BackgroundJob[None]:
    """Count the attempts in each backup, reading it without any right to write; delivers
    ``(path, count)`` as each is known, the count ``None`` when the file cannot be read."""

    def work(control: JobControl) -> None:
        for done, path in enumerate(paths):
            control.check()
            try:
                counted: int | None = count_attempts(path)
            except StorageError:
                counted = None
            control.deliver((path, counted))
            control.progress(done + 1, len(paths))

    title = QCoreApplication.translate("history_jobs", "Counting the attempts in the backups")
    return BackgroundJob(title, work, cancellable=True)
