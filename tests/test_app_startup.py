"""The window paints the library before the history is opened, and the daily backup is
made afterwards on a worker thread, so neither delays the first paint."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from helpers.daily import scramble_an_index
from helpers.sample import answer_right, make_bank, make_plan
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import open_history, prepare_window
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import bundled_banks_dir, data_paths
from ptquiz_gui.qtmodels.library_model import Column
from ptquiz_gui.storage.backups import daily_backup
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.daily_backup import DailyBackup
from ptquiz_gui.views.first_paint import after_first_paint


def record_exam(data_dir: Path, clock: FakeClock, right: int) -> None:
    bank = load_library(bundled_banks_dir(), data_dir / "banks").bank("pytorch-01")
    assert bank is not None
    store = History.open(data_paths(data_dir).history_db, clock=clock)
    attempt = Attempt(plan_for_bank(bank, Mode.EXAM, seed=1), clock, store.recorder)
    for position in range(right):
        attempt.go_to(position)
        attempt.select(attempt.item.shown_key)
    attempt.finish()
    store.close()


def test_library_paints_before_the_history_opens(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    record_exam(tmp_path, clock, right=8)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, services = prepare_window(app, data_paths(tmp_path), clock)
    qtbot.addWidget(window)
    model = window.library_page.model
    assert model.rowCount() == 12 and not services.history_open
    row = model.row_of("pytorch-01")
    assert model.index(row, Column.BEST).data() == "—"

    open_history(window, services)
    assert services.history_open
    assert model.index(model.row_of("pytorch-01"), Column.BEST).data() == "80%"
    services.close()


def test_the_list_of_banks_is_painted_first_and_its_details_follow_after_the_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """As the app starts: the first paint shows the banks with the keyboard on the list; the
    details pane (Markdown and its Qt types) is made right after it, for the bank selected."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, services = prepare_window(app, data_paths(tmp_path), FakeClock(), details_now=False)
    qtbot.addWidget(window)
    page = window.library_page
    at_first_paint: list[tuple[int, bool, str]] = []

    def painted() -> None:
        beside = page.splitter.widget(1)
        list_focused = window.focusWidget() is page.view
        at_first_paint.append((page.view.model().rowCount(), list_focused, beside.objectName()))
        page.add_details()

    after_first_paint(window, painted)
    window.show()
    qtbot.waitUntil(lambda: bool(at_first_paint))
    rows, list_focused, beside = at_first_paint[0]
    assert rows == 12 and list_focused
    assert beside != "detail_pane"  # its place was held, empty, for the first paint
    assert page.splitter.widget(1) is page.detail
    title = page.detail.findChild(QLabel, "detail_title")
    assert title is not None and title.text() == page.view.currentIndex().data()
    assert page.current_bank_id() == "pytorch-01"
    page.view.setCurrentIndex(page.proxy.index(1, 0))  # the details follow the list
    assert title.text() == page.proxy.index(1, 0).data()
    services.close()


def test_a_first_start_shows_where_to_begin_at_the_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    """With no history file the hint is there before the history opens, so it does not push
    the list down a moment after the window appears; with one, it waits to know."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    fresh, services = prepare_window(app, data_paths(tmp_path / "fresh"), FakeClock())
    qtbot.addWidget(fresh)
    assert not fresh.library_page.first_run_label.isHidden() and not services.history_open
    services.close()
    clock = FakeClock()
    record_exam(tmp_path / "used", clock, right=3)
    used, services = prepare_window(app, data_paths(tmp_path / "used"), clock)
    qtbot.addWidget(used)
    assert used.library_page.first_run_label.isHidden()
    open_history(used, services)
    assert used.library_page.first_run_label.isHidden()
    services.close()


def test_daily_backup_is_made_once_a_day_and_never_of_an_empty_history(tmp_path: Path) -> None:
    clock = FakeClock()
    paths = data_paths(tmp_path)
    History.open(paths.history_db, clock=clock).close()
    assert daily_backup(paths.history_db, paths.backups_dir, clock.now()) is None  # nothing to keep

    record_exam(tmp_path, clock, right=3)
    first = daily_backup(paths.history_db, paths.backups_dir, clock.now())
    assert first is not None and first.path.exists()
    clock.advance(3600)
    assert daily_backup(paths.history_db, paths.backups_dir, clock.now()) is None  # same day
    clock.advance(timedelta(days=1).total_seconds())
    assert daily_backup(paths.history_db, paths.backups_dir, clock.now()) is not None


def test_daily_backup_runs_off_the_gui_thread_and_reports_back(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    record_exam(tmp_path, clock, right=5)
    paths = data_paths(tmp_path)
    backup, jobs = DailyBackup(), JobRunner()
    with qtbot.waitSignal(backup.made, timeout=10_000) as made:
        backup.start(jobs, paths, clock.now())
    assert Path(made.args[0]).parent == paths.backups_dir and Path(made.args[0]).exists()


def test_a_daily_backup_that_fails_its_integrity_check_tells_the_user_to_restore_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    paths = data_paths(tmp_path)
    store = History.open(paths.history_db, clock=clock)
    for n in range(30):
        attempt = Attempt(make_plan(make_bank(f"bank{n}")), clock, store.recorder)
        answer_right(attempt)
        attempt.finish()
    store.close()
    scramble_an_index(paths.history_db)
    backup, jobs = DailyBackup(), JobRunner()
    told: list[str] = []
    backup.failed.connect(told.append)
    with qtbot.waitSignal(backup.failed, timeout=10_000):
        backup.start(jobs, paths, clock.now())
    assert len(told) == 1 and "damaged" in told[0] and str(paths.history_db) in told[0]
    assert "Restore a backup" in told[0]
    assert [p.name for p in paths.backups_dir.iterdir()] == []  # the failed copy is not kept


def test_the_bank_list_has_the_keyboard_focus_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, services = prepare_window(app, data_paths(tmp_path), FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library_page.view)
    services.close()
