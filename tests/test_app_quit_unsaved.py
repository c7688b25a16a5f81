"""Quitting while answers are kept only in memory (a full disk, a newer history file): the
window saves once more, and when it still cannot, asks to export them or stay. It never
closes and drops them without a word."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app_fixtures import (
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    answer_practice,
    confirm_quiz_dialog,
    keys,
    named,
    press,
)
from helpers.faults import RecordingConnection
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import build_window
from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import SCHEMA_VERSION
from ptquiz_gui.views.unsaved_quit import DIALOG_NAME, DISCARD_TEXT, EXPORT_TEXT, STAY_TEXT


@pytest.fixture
def launch(launch: Launcher) -> Iterator[Launcher]:
    """The usual launcher; a window a failed test leaves with unsaved answers is closed
    without saving them, so the test reports its failure instead of waiting on the question."""
    yield launch

    def discard() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == DIALOG_NAME:
            button(DISCARD_TEXT)(box)
        elif box is not None:
            box.close()

    timer = QTimer()
    timer.timeout.connect(discard)
    timer.start(20)
    try:
        launch.close_all()
    finally:
        timer.stop()


def start_practice(run: AppRun, row: int = 0) -> None:
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    run.window.library_page.select_row(row)
    press(Qt.Key.Key_Return)
    assert run.shown() is run.quiz


def button(text: str) -> Callable[[QWidget], None]:
    """A dialog step: click the message box's button labelled ``text``."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [chosen] = [b for b in box.buttons() if b.text() == text]
        chosen.click()

    return act


def save_as(path: Path) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return act


def is_file_dialog(widget: QWidget) -> bool:
    return isinstance(widget, QFileDialog)


def quit_with_ctrl_q(run: AppRun) -> None:
    press(Qt.Key.Key_Q, CTRL)
    QApplication.processEvents()


def newer_history(data_dir: Path) -> None:
    """A history file written by a newer ptquiz: this one keeps the session in memory."""
    path = data_dir / "history.sqlite3"
    History.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def test_quitting_an_in_memory_history_asks_and_stay_keeps_the_attempt_running(
    qtbot: QtBot, launch: Launcher, data_dir: Path, tmp_path: Path
) -> None:
    newer_history(data_dir)
    run = launch(data_dir)
    assert run.services.history.recorder.is_in_memory
    start_practice(run)
    answer_practice(run, right=True)
    answer_practice(run, right=False)
    attempt = run.attempt()

    with DialogDriver(qtbot, (named(DIALOG_NAME), button(STAY_TEXT))) as driver:
        quit_with_ctrl_q(run)

    assert "only in memory" in driver.text() and str(data_dir / "history.sqlite3") in driver.text()
    assert run.window.isVisible()
    assert run.shown() is run.quiz and run.attempt() is attempt  # back in the same attempt
    assert not attempt.paused and not attempt.finished

    exported = tmp_path / "kept.json"
    with DialogDriver(
        qtbot, (named(DIALOG_NAME), button(EXPORT_TEXT)), (is_file_dialog, save_as(exported))
    ):
        run.window.close()

    assert not run.window.isVisible()
    [saved] = json.loads(exported.read_text(encoding="utf-8"))["attempts"]
    assert saved["status"] == "in_progress"
    assert [a["correct"] for a in saved["answers"][:2]] == [True, False]


def test_cancelling_the_export_asks_again_and_quitting_without_saving_is_a_choice(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    newer_history(data_dir)
    run = launch(data_dir)
    start_practice(run)
    answer_practice(run, right=True)

    with DialogDriver(
        qtbot,
        (named(DIALOG_NAME), button(EXPORT_TEXT)),
        (is_file_dialog, keys(Qt.Key.Key_Escape)),
        (named(DIALOG_NAME), button(DISCARD_TEXT)),
    ):
        run.window.close()

    assert not run.window.isVisible()


def open_on_a_full_disk(launch: Launcher, data_dir: Path) -> tuple[AppRun, sqlite3.Connection]:
    """The window on a history whose disk is full, for real, inside SQLite (max_page_count)."""
    RecordingConnection.made.clear()
    paths = data_paths(data_dir)
    clock = FakeClock()
    store = History.open(paths.history_db, clock=clock, factory=RecordingConnection)
    own = RecordingConnection.made[-1]
    services = Services(paths, clock, Settings(), history=store)
    services.load_library(save_cache=False)
    window = build_window(services)
    run = AppRun(window, services, clock)
    launch.runs.append(run)
    window.show()
    window.activateWindow()
    launch.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    own.execute("VACUUM")  # no free pages left for a write to reuse: a new history has some from its upgrades
    pages = own.execute("PRAGMA page_count").fetchone()[0]
    own.execute(f"PRAGMA max_page_count = {pages}")
    return run, own


def stored_answers(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "history.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM attempt_items WHERE choice IS NOT NULL").fetchone()[0])
    finally:
        conn.close()


def test_a_full_disk_at_quit_offers_the_export_of_the_waiting_changes(
    qtbot: QtBot, launch: Launcher, data_dir: Path, tmp_path: Path
) -> None:
    run, _ = open_on_a_full_disk(launch, data_dir)
    start_practice(run)
    answer_practice(run, right=True)
    answer_practice(run, right=False)
    assert "kept in memory" in run.window.banner.label.text()
    waiting = run.services.history.recorder.pending_count
    assert waiting >= 3  # the start and two answers

    exported = tmp_path / "unsaved.json"
    with DialogDriver(
        qtbot, (named(DIALOG_NAME), button(EXPORT_TEXT)), (is_file_dialog, save_as(exported))
    ) as driver:
        quit_with_ctrl_q(run)

    assert "not saved to" in driver.text() and "kept only in memory" in driver.text()
    assert not run.window.isVisible()
    pending = json.loads(exported.read_text(encoding="utf-8"))["pending"]
    assert len(pending) == run.services.history.recorder.pending_count >= waiting  # the last progress too
    assert stored_answers(data_dir) == 0


def test_when_the_disk_has_room_again_at_quit_everything_is_saved_without_a_question(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run, own = open_on_a_full_disk(launch, data_dir)
    start_practice(run)
    answer_practice(run, right=True)
    answer_practice(run, right=False)
    press(Qt.Key.Key_Escape)
    confirm_quiz_dialog(qtbot, run, "leave_dialog")
    assert run.services.history.recorder.pending_count > 0
    own.execute("PRAGMA max_page_count = 1000000")  # space is freed; nothing has been written since

    with DialogDriver(qtbot):  # no dialog at all
        quit_with_ctrl_q(run)

    assert not run.window.isVisible()
    assert run.services.history.recorder.pending_count == 0
    assert stored_answers(data_dir) == 2
