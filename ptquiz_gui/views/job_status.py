"""The strip in the status bar that shows the running background job: what it is, how far it
has got, and Cancel where cancelling is safe.

A screen reader finds the same there: the strip and its progress bar are named after the job
and described by its state (running, cancelling), the bar's value says how far it has got,
and the Cancel button names the job it cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ptquiz_gui.views.background_job import BackgroundJob, JobRunner


class JobStatus(QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job_status")
        self._runner = runner
        self._job: BackgroundJob[object] | None = None
        self.label = QLabel()
        self.label.setObjectName("job_label")
        self.bar = QProgressBar()
        self.bar.setObjectName("job_progress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("job_cancel_button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._runner.job_started.connect(self._on_job_started)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

    def _say_state(self, title: str, state: str) -> None:
        """The job and its state, as the strip and its bar are named and described."""
        self.setAccessibleName(self.tr("Background job: {job}").format(job=title))
        self.setAccessibleDescription(state)
        self.bar.setAccessibleName(title)
        self.bar.setAccessibleDescription(state)

    @Slot(object)
    def _on_job_started(self, job: BackgroundJob[object]) -> None:
        self._job = job
        self.label.setText(job.title)
        self._say_state(job.title, self.tr("Running"))
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(job.control.cancellable)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setAccessibleName(self.tr("Cancel: {job}").format(job=job.title))
        job.progressed.connect(self._on_progressed)
        job.ended.connect(self._on_ended)
        self.show()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    @Slot()
    def _on_ended(self) -> None:
        self._job = None
        if not self._runner.busy or self._runner.current is None:
            self.hide()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._job is not None:
            self._job.control.cancel()
            self.cancel_button.setEnabled(False)
            cancelling = self.tr("Cancelling…")
            self.label.setText(cancelling)
            self._say_state(self._job.title, cancelling)
