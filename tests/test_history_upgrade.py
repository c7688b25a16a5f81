"""A large history from before FSRS is migrated on a worker at start-up, with progress, and
opened when that has ended; the migration itself is tested on the schema-3 release's file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import after_first_show, prepare_window
from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage import upgrade as upgrade_module
from ptquiz_gui.storage.schema import SCHEMA_VERSION
from ptquiz_gui.storage.upgrade import upgrade, upgrade_needed
from ptquiz_gui.views.history_upgrade import TITLE

FIXTURE = Path(__file__).parent / "data" / "history_v3" / "history.sqlite3"
FIXTURE_ANSWERS = 13  # positions in the fixture's attempts


@pytest.fixture
def old_history(data_dir: Path) -> Path:
    path = data_paths(data_dir).history_db
    shutil.copyfile(FIXTURE, path)
    return path


def _version(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_only_an_older_file_with_many_answers_is_upgraded_first(old_history: Path, tmp_path: Path) -> None:
    assert upgrade_needed(old_history, threshold=1) == FIXTURE_ANSWERS
    assert upgrade_needed(old_history) == 0  # small: the usual opening migrates it at once
    assert upgrade_needed(tmp_path / "missing.sqlite3", threshold=1) == 0
    reports: list[tuple[int, int]] = []
    assert upgrade(old_history, lambda done, total: reports.append((done, total))) == 3
    assert _version(old_history) == SCHEMA_VERSION
    assert reports and reports[-1][0] == reports[-1][1]
    assert upgrade_needed(old_history, threshold=1) == 0  # already up to date


def _due_dates(path: Path) -> dict[str, datetime]:
    with HistoryReader.open_read_only(path) as reader:
        return {c.question_key: c.due for c in reader.question_cards() if c.due is not None}


def test_the_upgrade_sets_due_dates_at_the_chosen_retention(old_history: Path, tmp_path: Path) -> None:
    copies = {r: tmp_path / f"at-{r}.sqlite3" for r in (0.80, 0.97)}
    for retention, path in copies.items():
        shutil.copyfile(FIXTURE, path)
        assert upgrade(path, desired_retention=retention) == 3
    low, high = _due_dates(copies[0.80]), _due_dates(copies[0.97])
    assert low.keys() == high.keys() and len(low) == 2
    assert all(low[key] >= high[key] for key in low)
    assert sum(low[key] > high[key] for key in low) == 1  # the reviewed q1; q2's one miss comes back in a day


def test_the_window_paints_then_migrates_on_a_worker_and_opens_the_history_after(
    qtbot: QtBot, old_history: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(upgrade_module, "LARGE_HISTORY_ANSWERS", 1)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    clock = FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    window, services = prepare_window(app, data_paths(data_dir), clock, Settings(desired_retention=0.80))
    monkeypatch.setattr(window.resumer, "offer_at_start", lambda: None)  # the fixture's unfinished attempt
    started: list[str] = []
    window.jobs.runner.job_started.connect(lambda job: started.append(job.title))
    try:
        window.show()
        after_first_show(window, services, None)
        assert started == [TITLE]
        assert not services.history_open  # nothing opens the file while it is migrated
        qtbot.waitUntil(lambda: services.history_open, timeout=20_000)
        assert _version(old_history) == SCHEMA_VERSION
        assert window.library_page.review_button.text() == "Review due (2)"  # q1 missed, q2 left blank
        assert window.stack.isEnabled()
        migrated = {c.question_key: c.due for c in services.history.reader.question_cards() if c.due}
    finally:
        window.close()
        window.jobs.wait_for_all()
        services.close()
        window.deleteLater()
    for retention in (0.80, 0.90):
        shutil.copyfile(FIXTURE, tmp_path / f"at-{retention}.sqlite3")
        upgrade(tmp_path / f"at-{retention}.sqlite3", desired_retention=retention)
    assert migrated == _due_dates(tmp_path / "at-0.8.sqlite3")  # the student's 80 %, not the default
    assert migrated != _due_dates(tmp_path / "at-0.9.sqlite3")


def test_a_small_older_history_opened_at_once_is_migrated_at_the_chosen_retention(
    old_history: Path, data_dir: Path, tmp_path: Path
) -> None:
    assert upgrade_needed(old_history) == 0  # small: the store migrates it as it opens it
    clock = FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    services = Services(data_paths(data_dir), clock, Settings(desired_retention=0.80))
    try:
        services.open_history()
        migrated = {c.question_key: c.due for c in services.history.reader.question_cards() if c.due}
        assert services.history.recorder.desired_retention == 0.80
    finally:
        services.close()
    shutil.copyfile(FIXTURE, tmp_path / "at-0.8.sqlite3")
    upgrade(tmp_path / "at-0.8.sqlite3", desired_retention=0.80)
    assert migrated == _due_dates(tmp_path / "at-0.8.sqlite3")
