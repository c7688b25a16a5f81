"""Worker: the longest stall of the window's event loop while long history work runs.

    python benchmarks/worker_event_loop.py FOLDER BANKS   (FOLDER holds a copy of the large
    history; BANKS is a folder of bank files to preview for import)

The real window is built as ``run_gui`` builds it, on the large history. A 16 ms timer runs
on the GUI thread; its worst lateness (time between two ticks, less 16 ms) is the longest
the window could not paint or take a key. It is measured while each of these runs, the way
the window runs it: History opens and its table scrolls to the end (on the GUI thread, as
designed), History → Export JSON, Clear history and Restore a backup (background jobs), and
the import preview of BANKS (a background job filling the dialog). Baseline, in the same
process: the same timer's worst lateness over an idle period of the same length.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from history_gen import ClockAfterHistory
from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTreeView
from report import emit

from ptquiz_gui.app import prepare_window
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.backups import daily_backup
from ptquiz_gui.storage.records import HistoryFilter
from ptquiz_gui.views.background_job import BackgroundJob, JobRunner
from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog, _read_each
from ptquiz_gui.views.history.export import ExportFormat
from ptquiz_gui.views.history.history_jobs import clear_job, restore_job
from ptquiz_gui.views.history.history_page import HistoryPage

TICK_MS = 16
SETTLE_S = 0.5  # after a GUI-thread action, the window fetches and paints what it shows


class StallProbe(QObject):
    """A 16 ms precise timer; ``worst_ms`` is its worst lateness since ``start``."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._last = 0
        self.worst_ms = 0.0

    def start(self) -> None:
        self.worst_ms = 0.0
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.worst_ms = max(self.worst_ms, (now - self._last) / 1e6 - TICK_MS)
        self._last = now

    def stop(self) -> float:
        self._tick()  # a stall still going on when the work ended counts too
        self._timer.stop()
        return self.worst_ms


def run_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the work to end")
        app.processEvents()
        time.sleep(0.001)


def measured(app: QApplication, probe: StallProbe, act: Callable[[], Callable[[], bool]]) -> dict[str, float]:
    """Stall during ``act`` (which starts the work and returns 'is it done?'; a GUI-thread
    action is given ``SETTLE_S`` to fetch and paint), then the same timer over an idle
    period of the same length."""
    probe.start()
    started = time.perf_counter()
    done = act()
    run_until(app, done)
    seconds = time.perf_counter() - started
    stall = probe.stop()
    probe.start()
    idle_until = time.perf_counter() + seconds
    run_until(app, lambda: time.perf_counter() >= idle_until)
    return {"stall_ms": stall, "idle_ms": probe.stop(), "seconds": seconds}


def job_done(runner: JobRunner, job: BackgroundJob[object]) -> Callable[[], bool]:
    ended: list[bool] = []
    job.ended.connect(lambda: ended.append(True))
    runner.start(job)
    return lambda: bool(ended) and not runner.busy


def main(folder: Path, banks: Path) -> None:
    app = QApplication([sys.argv[0]])
    paths = data_paths(folder)
    window, services = prepare_window(app, paths, ClockAfterHistory())
    window.resize(1180, 780)
    window.show()
    services.open_history()
    window.attach_history()
    runner = window.jobs.runner
    probe = StallProbe()
    run_until(app, lambda: True)
    results: dict[str, dict[str, float]] = {}

    def for_a_while() -> Callable[[], bool]:
        until = time.perf_counter() + SETTLE_S
        return lambda: time.perf_counter() >= until

    def open_history() -> Callable[[], bool]:
        window.show_history()
        return for_a_while()

    results["open_history"] = measured(app, probe, open_history)
    page = window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    view = page.findChild(QTreeView, "history_table")
    assert view is not None

    def scroll_to_end() -> Callable[[], bool]:
        view.scrollToBottom()
        return for_a_while()

    results["scroll"] = measured(app, probe, scroll_to_end)

    target = folder / "export.json"

    def export() -> Callable[[], bool]:
        job = page.exporter.export_to(target, ExportFormat.JSON, HistoryFilter())
        assert job is not None, "the large history is a file: its export is a job"
        return lambda: job.done and not runner.busy

    results["export"] = measured(app, probe, export)
    if not target.exists():
        raise SystemExit("the export wrote nothing")

    backup = daily_backup(paths.history_db, paths.backups_dir, ClockAfterHistory().now())
    if backup is None:
        raise SystemExit("no backup of the large history was made")
    upkeep = services.history.maintenance

    def clear() -> Callable[[], bool]:
        return job_done(runner, clear_job(upkeep))  # type: ignore[arg-type]

    results["clear"] = measured(app, probe, clear)
    if services.history.reader.count_attempts() != 0:
        raise SystemExit("the history was not cleared")

    def restore() -> Callable[[], bool]:
        return job_done(runner, restore_job(upkeep, backup.path))  # type: ignore[arg-type]

    results["restore"] = measured(app, probe, restore)
    restored = services.history.reader.count_attempts()

    files = sorted(p for p in banks.iterdir() if p.is_file())

    def preview() -> Callable[[], bool]:
        dialog = ImportPreviewDialog(parent=window, expected=len(files))
        job: BackgroundJob[int] = BackgroundJob("Reading", _read_each(files), cancellable=True)
        job.delivered.connect(dialog.add_candidate)
        job.succeeded.connect(dialog.finish_reading)
        dialog.show()
        return job_done(runner, job)  # type: ignore[arg-type]

    results["preview"] = measured(app, probe, preview)
    emit({"results": results, "restored_attempts": restored, "preview_files": len(files)})
    window.jobs.wait_for_all()
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
