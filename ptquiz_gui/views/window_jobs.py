"""The window's background jobs: its one ``JobRunner``, the strip in the status bar that
shows the running job, what stays disabled meanwhile, and a close that waits for them.

While any job runs, what would start another piece of long work on the history (import,
the recovery banner's Restore) is disabled; History's own buttons follow the runner
themselves. While an *exclusive* job (clear, restore) runs, the screens and the menu
entries that read the history are disabled too, so nothing reads a history being
replaced and no attempt starts in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from ptquiz_gui.views.background_job import BackgroundJob, JobRunner
from ptquiz_gui.views.job_status import JobStatus


class WindowJobs(QObject):
    def __init__(
        self,
        window: QMainWindow,
        *,
        while_busy: Sequence[QAction | QWidget],
        while_exclusive: Sequence[QAction | QWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.runner = JobRunner(self)
        self.status = JobStatus(self.runner)
        window.statusBar().addPermanentWidget(self.status)
        self._while_busy = list(while_busy)
        self._while_exclusive = list(while_exclusive)
        self._closing = False
        self.runner.job_started.connect(self._on_job_started)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    @property
    def exclusive(self) -> bool:
        """A job is emptying or replacing the history: nothing may read or write it."""
        return self.runner.exclusive

    @Slot(object)
    def _on_job_started(self, job: BackgroundJob[object]) -> None:
        job.ended.connect(self._sync)  # after the runner has forgotten the job
        self._sync()

    @Slot()
    def _sync(self) -> None:
        for item in self._while_busy:
            item.setEnabled(not self.runner.busy)
        for item in self._while_exclusive:
            item.setEnabled(not self.runner.exclusive)
        if self._closing and not self.runner.busy:
            self._closing = False
            self._window.close()

    def close_when_done(self) -> None:
        """The user asked to quit while a job runs: quit as soon as it has ended, losing nothing."""
        job = self.runner.current
        if job is None:
            closing = self.tr("Closing once the running job has finished…")
        else:
            closing = self.tr("Closing once “{job}” has finished…").format(job=job.title)
        self._window.statusBar().showMessage(closing)
        self._closing = True

    def wait_for_all(self) -> None:
        """Block until every job has returned (the app's last step before the history closes)."""
        self.runner.wait_for_all()
