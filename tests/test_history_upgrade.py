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
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
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


def test_the_window_paints_then_migrates_on_a_worker_and_opens_the_history_after(
    qtbot: QtBot, old_history: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(upgrade_module, "LARGE_HISTORY_ANSWERS", 1)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, services = prepare_window(app, data_paths(data_dir), FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC)))
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
    finally:
        window.close()
        window.jobs.wait_for_all()
        services.close()
        window.deleteLater()
