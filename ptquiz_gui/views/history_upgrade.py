"""At start-up, an older large history is brought up to date on a worker before it is opened.

The first FSRS migration replays every answer (a 1,000,000-answer history takes seconds),
so the window paints first and the migration runs as an exclusive job on the window's
runner: its progress shows in the status bar, the screens that use the history wait, and
the history opens once it has ended (whether it succeeded or not: opening reports faults).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner

TITLE = str(QT_TRANSLATE_NOOP("history_upgrade", "Updating your history for the new spaced review"))


def start_upgrade(
    runner: JobRunner,
    path: Path,
    then: Callable[[], None],
    *,
    desired_retention: float,
    threshold: int | None = None,
) -> bool:
    """Start the upgrade of ``path`` when it is needed and large, the cards due at the
    student's ``desired_retention``; ``then`` runs when it has ended. Returns False (and
    runs nothing) when the history can be opened at once."""
    from ptquiz_gui.storage.upgrade import LARGE_HISTORY_ANSWERS, upgrade, upgrade_needed

    if not upgrade_needed(path, LARGE_HISTORY_ANSWERS if threshold is None else threshold):
        return False

    def work(control: JobControl) -> int:
        return upgrade(path, control.progress, desired_retention=desired_retention)

    title = QCoreApplication.translate("history_upgrade", TITLE)
    job: BackgroundJob[int] = BackgroundJob(title, work, cancellable=False, exclusive=True)
    job.ended.connect(then)
    runner.start(job)
    return True
