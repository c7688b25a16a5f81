"""History → Export: ask where, then write the listed attempts on a worker thread.

A history kept only in memory is small (one session's attempts) and has no file a worker
could open, so it is written on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import HistoryFilter
from ptquiz_gui.views.background_job import BackgroundJob, JobRunner
from ptquiz_gui.views.history.confirm import show_problem
from ptquiz_gui.views.history.export import ExportFormat, export_history
from ptquiz_gui.views.history.history_jobs import export_job


def _problem(error: Exception, path: Path) -> str:
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return QCoreApplication.translate("HistoryExport", "Could not write {path}: {reason}.").format(
            path=path, reason=reason
        )
    return str(error)


class HistoryExport(QObject):
    """Emits ``exported(sentence)`` once a file is written, ``stopped(sentence)`` when the
    user cancelled it; a failure is shown in a message box (``export_failed``)."""

    exported = Signal(str)
    stopped = Signal(str)

    def __init__(self, reader: HistoryReader, clock: Clock, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._reader = reader
        self._clock = clock
        self._jobs = jobs
        self._parent = parent

    def ask_and_export(self, fmt: ExportFormat, flt: HistoryFilter) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = self._clock.now().astimezone().strftime("%Y-%m-%d")  # a file name: ISO in every language
        suggested = str(Path(folder or Path.home()) / f"ptquiz-history-{stamp}.{fmt.value}")
        title = self.tr("Export history as {format}").format(format=fmt.name)
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, fmt.file_filter)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(f".{fmt.value}")
        self.export_to(path, fmt, flt)

    def export_to(self, path: Path, fmt: ExportFormat, flt: HistoryFilter) -> BackgroundJob[int] | None:
        """Start writing ``path``; returns the job (``None`` for a history in memory, written at once)."""
        history = self._reader.path
        if history is None:
            self._export_here(path, fmt, flt)
            return None
        job = export_job(history, flt, fmt, path)
        job.succeeded.connect(lambda count: self._done(count, path))
        job.failed.connect(lambda error: self._failed(_problem(error, path)))
        cancelled = self.tr("The export was cancelled; {path} was not written.").format(path=path)
        job.cancelled.connect(lambda: self.stopped.emit(cancelled))
        return self._jobs.start(job)

    def _export_here(self, path: Path, fmt: ExportFormat, flt: HistoryFilter) -> None:
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            count = self._reader.count_attempts(flt)
            export_history(self._reader, flt, fmt, path)
        except (StorageError, OSError) as error:
            problem: str | None = _problem(error, path)
        else:
            problem = None
        finally:
            QApplication.restoreOverrideCursor()
        if problem is not None:
            self._failed(problem)
        else:
            self._done(count, path)

    def _done(self, count: int, path: Path) -> None:
        self.exported.emit(self.tr("Exported %Ln attempts to {path}.", "", count).format(path=path))

    def _failed(self, problem: str) -> None:
        show_problem(self._parent, "export_failed", self.tr("Could not export the history"), problem)
