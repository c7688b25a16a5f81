"""Lint the user's own banks on a worker thread and hand the warnings to the library.

Only banks in the user's bank folder are linted: the bundled banks are checked by the
project's own tests (``ptquiz validate --lint --strict quizzes/``), and a user cannot edit
them, so a warning about them would be noise. The linter is linear in the number of
questions, but a user bank may hold 10,000 of them, so it never runs on the GUI thread; a
reload while a run is under way cancels it, and an answer that comes anyway is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from ptquiz_gui.domain.model import Bank, BankSource
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner

if TYPE_CHECKING:
    from ptquiz_gui.domain.lint.linter import Finding


def _lint(banks: Sequence[Bank], control: JobControl) -> list[Finding]:
    from ptquiz_gui.domain.lint.linter import lint_bank

    findings: list[Finding] = []
    for done, bank in enumerate(banks):
        control.check()
        findings.extend(lint_bank(bank))
        control.progress(done + 1, len(banks))
    return findings


class LintWatcher(QObject):
    linted = Signal(list)  # the Finding list for the banks last handed to ``start``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = JobRunner(self)
        self._job: BackgroundJob[list[Finding]] | None = None

    def start(self, banks: Sequence[Bank]) -> None:
        """Lint the user banks among ``banks``; ``linted`` follows unless ``start`` is called again first."""
        self._runner.cancel_all()
        mine = [bank for bank in banks if bank.source is BankSource.USER]
        if not mine:
            self._job = None
            self.linted.emit([])
            return
        self._job = BackgroundJob(
            self.tr("Checking your banks"), lambda control: _lint(mine, control), cancellable=True
        )
        self._job.succeeded.connect(self._on_succeeded)  # a slot of this object: runs on its thread
        self._runner.start(self._job)

    @Slot(object)
    def _on_succeeded(self, findings: list[Finding]) -> None:
        if self.sender() is self._job:
            self._job = None
            self.linted.emit(findings)

    def wait(self, timeout_ms: int = -1) -> bool:
        return self._runner.wait_for_all(timeout_ms)
