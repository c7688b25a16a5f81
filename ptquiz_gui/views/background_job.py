"""Long work (export, clear, restore, import preview, backups) run off the GUI thread.

A job is a plain function that takes a ``JobControl``; it reports progress and checks for
cancellation through it, and opens its own SQLite connection when it needs one, because a
connection belongs to the thread that made it. ``JobRunner`` runs jobs on its own thread
pool, tells the window whether anything is running, and lets the app wait for them before
the history store closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class JobCancelled(Exception):
    """Raised inside a job by ``JobControl.check`` once the user has pressed Cancel."""


class JobControl:
    """What a running job sees: a progress sink and the cancel flag."""

    def __init__(
        self,
        report: Callable[[int, int], None],
        cancellable: bool,
        deliver: Callable[[object], None] | None = None,
    ) -> None:
        self._report = report
        self._deliver = deliver
        self._cancel = threading.Event()
        self.cancellable = cancellable

    def progress(self, done: int, total: int) -> None:
        self._report(done, total)

    def deliver(self, part: object) -> None:
        """Hand one part of the result to the GUI now (``BackgroundJob.delivered``)."""
        if self._deliver is not None:
            self._deliver(part)

    def cancel(self) -> None:
        if self.cancellable:
            self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the job here if the user cancelled it."""
        if self._cancel.is_set():
            raise JobCancelled


class BackgroundJob(QObject, Generic[T]):
    """One run of ``work`` on a worker thread; its signals arrive on the GUI thread.

    Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted, then ``ended``.
    ``failed`` carries the exception, so the caller words the message for the user.
    ``delivered`` brings parts of the result as they are ready (the import preview's files).
    An ``exclusive`` job replaces or empties the history: while it runs nothing may read
    or write the window's history, and no attempt may start.
    """

    progressed = Signal(int, int)  # done, total (total 0: unknown)
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    delivered = Signal(object)  # one part of the result, before the end
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self,
        title: str,
        work: Callable[[JobControl], T],
        *,
        cancellable: bool,
        exclusive: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.exclusive = exclusive
        self._work = work
        self._done = threading.Event()
        self.control = JobControl(self.progressed.emit, cancellable, self.delivered.emit)

    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._work(self.control)
        except JobCancelled:
            self.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - every failure reaches the user as a message
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self._done.set()
            self.ended.emit()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has returned; True if it has."""
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        return self._done.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: BackgroundJob[object]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


class JobRunner(QObject):
    """Starts jobs one at a time on a private pool and keeps them until they have ended."""

    busy_changed = Signal(bool)
    job_started = Signal(object)  # the BackgroundJob

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: list[BackgroundJob[object]] = []

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def busy_besides(self, job: QObject | None) -> bool:
        """Whether any job other than ``job`` is queued or running (a dialog's own quick
        read need not hold back what the dialog offers)."""
        return any(running is not job for running in self._jobs)

    @property
    def exclusive(self) -> bool:
        """Whether a job that empties or replaces the history is queued or running."""
        return any(job.exclusive for job in self._jobs)

    @property
    def current(self) -> BackgroundJob[object] | None:
        return self._jobs[0] if self._jobs else None

    def start(self, job: BackgroundJob[T]) -> BackgroundJob[T]:
        was_busy = self.busy
        self._jobs.append(job)  # type: ignore[arg-type]
        job.ended.connect(lambda: self._forget(job))  # type: ignore[arg-type]
        # Told first, then run: a quick job could otherwise end before those told connect to it.
        self.job_started.emit(job)
        self._pool.start(_Runnable(job))  # type: ignore[arg-type]
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    def _forget(self, job: BackgroundJob[object]) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            job.deleteLater()
            if not self._jobs:
                self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.control.cancel()

    def wait_for_all(self, timeout_ms: int = -1) -> bool:
        """Block until every started job has returned (used on quit, before the store closes)."""
        return self._pool.waitForDone(timeout_ms)
