"""History → Export, Clear history and restoring a backup run off the GUI thread in the real
window: the window keeps handling events, the status bar shows the job, what conflicts with
it is disabled until it ends, Cancel stops an export without leaving a file, and quitting
waits for the job (issue 16).

Each job's work is held at a gate the test opens, so what the window shows *while* it runs
is seen without depending on how fast the machine is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from app_fixtures import AppRun, Launcher
from helpers.daily import backup_now
from history_fixtures import START, fill_history
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage import maintenance
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.history import backups_dialog, confirm, history_jobs
from ptquiz_gui.views.history.backups_dialog import BackupsDialog
from ptquiz_gui.views.history.history_page import NO_HISTORY, HistoryPage


class Gate:
    """Wraps a function so that, called on a worker, it waits until ``open`` and records its thread."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self._open = threading.Event()
        self.threads: list[int] = []

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def gated(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            self.entered.set()
            assert self._open.wait(10), "the test never opened the gate"
            return real(*args, **kwargs)

        return gated

    def open(self) -> None:
        self._open.set()


class Ticks:
    """A 16 ms timer on the GUI thread: it only ticks while the event loop runs."""

    def __init__(self) -> None:
        self.count = 0
        self._timer = QTimer()
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.count += 1

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def run(launch: Launcher, data_dir: Path) -> Iterator[AppRun]:
    paths = data_paths(data_dir)
    store = History.open(paths.history_db, clock=FakeClock(START), backups_dir=paths.backups_dir)
    fill_history(store)
    assert backup_now(store, START + timedelta(days=8)) is not None
    store.close()
    yield launch(data_dir, FakeClock(START + timedelta(days=9)))


def _history(run: AppRun) -> HistoryPage:
    run.window.show_history()
    page = run.shown()
    assert isinstance(page, HistoryPage)
    return page


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(path), "")))


def _conflicting(run: AppRun, page: HistoryPage) -> dict[str, bool]:
    menu = run.window.menu
    tab = page.attempts_tab
    return {
        "export": page.export_button.isEnabled(),
        "backups": page.backups_button.isEnabled(),
        "delete": tab.delete_button.isEnabled(),
        "clear": tab.clear_button.isEnabled(),
        "import": menu.import_action.isEnabled(),
    }


def _waiting(qtbot: QtBot, gate: Gate) -> None:
    qtbot.waitUntil(gate.entered.is_set)


def test_export_runs_off_the_gui_thread_shows_progress_and_disables_what_conflicts(
    qtbot: QtBot, run: AppRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    monkeypatch.setattr(history_jobs, "export_history", gate.wrap(history_jobs.export_history))
    page = _history(run)
    page.attempts_tab.select_row(0)
    assert all(_conflicting(run, page).values())
    target = tmp_path / "history.json"
    _save_as(monkeypatch, target)

    page.export_json_action.trigger()
    _waiting(qtbot, gate)
    ticks = Ticks()
    qtbot.waitUntil(lambda: ticks.count >= 3)  # the window handles events while the job works
    status = run.window.jobs.status
    assert status.isVisible() and status.label.text() == "Exporting to history.json"
    assert status.cancel_button.isVisible()  # an export can be cancelled
    assert not any(_conflicting(run, page).values())
    assert run.window.stack.isEnabled()  # reading the history meanwhile is fine

    gate.open()
    qtbot.waitUntil(lambda: "Exported" in page.status_label.text())
    ticks.stop()
    assert gate.threads and threading.get_ident() not in gate.threads
    assert page.status_label.text() == f"Exported 12 attempts to {target}."
    assert '"attempts"' in target.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: not status.isVisible())
    assert all(_conflicting(run, page).values())


def test_cancelling_an_export_leaves_no_file_and_no_temporary_file(
    qtbot: QtBot, run: AppRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    real = history_jobs.export_history

    def export_held_after_the_first_attempt(*args: Any, each: Callable[[int], None], **kwargs: Any) -> None:
        def held(done: int) -> None:
            each(done)
            if done == 1:
                gate.wrap(lambda: None)()

        real(*args, each=held, **kwargs)

    monkeypatch.setattr(history_jobs, "export_history", export_held_after_the_first_attempt)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "history.csv"
    _save_as(monkeypatch, target)
    page = _history(run)

    page.export_csv_action.trigger()
    _waiting(qtbot, gate)
    assert [p.name for p in folder.iterdir()][0].endswith(".tmp")  # half written, aside
    run.window.jobs.status.cancel_button.click()
    assert run.window.jobs.status.label.text() == "Cancelling…"
    gate.open()
    qtbot.waitUntil(lambda: not run.window.jobs.busy)

    assert list(folder.iterdir()) == []
    assert page.status_label.text() == f"The export was cancelled; {target} was not written."
    assert page.export_button.isEnabled()


def test_clear_runs_off_the_gui_thread_and_no_attempt_starts_meanwhile(
    qtbot: QtBot, run: AppRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    monkeypatch.setattr(maintenance, "clear_history_file", gate.wrap(maintenance.clear_history_file))
    monkeypatch.setattr(confirm, "ask_destructive", lambda *_args: True)
    page = _history(run)

    page.attempts_tab.clear_button.click()
    _waiting(qtbot, gate)
    ticks = Ticks()
    qtbot.waitUntil(lambda: ticks.count >= 3)
    window = run.window
    assert window.jobs.status.label.text() == "Clearing the history"
    assert not window.jobs.status.cancel_button.isVisible()  # half a clear cannot be undone
    assert not window.stack.isEnabled() and not window.menu.history_action.isEnabled()
    assert not window.menu.import_action.isEnabled()

    window.starts.start_practice(run.services.library.banks[0].id)
    assert run.shown() is page  # no attempt started in a history being emptied
    assert window.statusBar().currentMessage() == "Wait until “Clearing the history” has finished, then try again."

    gate.open()
    qtbot.waitUntil(lambda: page.status_label.text().startswith("The history was cleared."))
    ticks.stop()
    assert gate.threads and threading.get_ident() not in gate.threads
    assert run.services.history.reader.count_attempts() == 0
    assert page.attempts_tab.empty_label.text() == NO_HISTORY
    assert window.stack.isEnabled() and window.menu.history_action.isEnabled()
    window.starts.start_practice(run.services.library.banks[0].id)
    assert run.shown() is run.quiz


def test_restore_runs_off_the_gui_thread_and_quitting_waits_for_it(
    qtbot: QtBot, run: AppRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    monkeypatch.setattr(maintenance, "restore_file", gate.wrap(maintenance.restore_file))
    page = _history(run)
    reader = run.services.history.reader
    first = page.model.summary(0).id
    run.services.history.maintenance.delete_attempt(first)
    assert reader.count_attempts() == 11
    (backup,) = run.services.history.maintenance.list_backups()
    window = run.window
    dialog = BackupsDialog(page.upkeep, window.jobs.runner, page)
    monkeypatch.setattr(backups_dialog, "ask_destructive", lambda *_args: True)
    dialog.restore_selected()
    _waiting(qtbot, gate)
    ticks = Ticks()
    qtbot.waitUntil(lambda: ticks.count >= 3)
    assert window.jobs.status.label.text() == "Restoring a backup"
    assert not window.stack.isEnabled() and not dialog.restore_button.isEnabled()

    window.close()  # quitting now would close the history under the restore: it waits
    assert window.isVisible()
    assert "Restoring a backup" in window.statusBar().currentMessage()

    gate.open()
    qtbot.waitUntil(lambda: not window.isVisible())
    ticks.stop()
    assert gate.threads and threading.get_ident() not in gate.threads
    assert reader.count_attempts() == 12  # the window's connection was opened again on the restored file
    assert "Restored the backup" in dialog.status_label.text()
    assert backup.path.exists()


def test_quitting_during_an_export_waits_for_the_file(
    qtbot: QtBot, run: AppRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    monkeypatch.setattr(history_jobs, "export_history", gate.wrap(history_jobs.export_history))
    target = tmp_path / "history.csv"
    _save_as(monkeypatch, target)
    page = _history(run)
    page.export_csv_action.trigger()
    _waiting(qtbot, gate)

    run.window.close()
    assert run.window.isVisible() and not target.exists()
    gate.open()
    qtbot.waitUntil(lambda: not run.window.isVisible())
    assert target.read_text(encoding="utf-8").count("\n") == 13  # the header and every attempt

