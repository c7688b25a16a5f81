"""History → Backups… as a user reads it: when each backup was taken to the second, why, its
size and how many attempts it holds (counted off the GUI thread), Back up now, and what the
empty list says."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.daily import backup_now
from history_fixtures import START, fill_history
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain import display
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.storage import backups
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.records import BackupInfo, BackupReason
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.history.backups_dialog import ATTEMPTS, REASON, SIZE, TAKEN, BackupsDialog, format_size

NOW = START + timedelta(days=8)


@pytest.fixture
def store(data_dir: Path) -> Iterator[History]:
    opened = History.open(data_dir / "history.sqlite3", clock=FakeClock(NOW))
    yield opened
    opened.close()


@pytest.fixture
def jobs() -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.wait_for_all()


def _dialog(qtbot: QtBot, store: History, jobs: JobRunner) -> BackupsDialog:
    dialog = BackupsDialog(store.maintenance, jobs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.counting)
    return dialog


def _taken(info: BackupInfo) -> str:
    return display.moment_seconds(info.taken_at)


def _rows(dialog: BackupsDialog) -> list[list[str]]:
    rows = []
    for row in range(dialog.list.topLevelItemCount()):
        item = dialog.list.topLevelItem(row)
        assert item is not None
        rows.append([item.text(column) for column in (TAKEN, REASON, ATTEMPTS, SIZE)])
    return rows


def test_each_backup_shows_its_second_why_it_was_taken_its_size_and_its_attempts(
    qtbot: QtBot, store: History, jobs: JobRunner
) -> None:
    fill_history(store)
    daily = backup_now(store, NOW)
    by_hand = store.maintenance.start_backup()()  # the same minute: told apart by the second
    assert daily is not None and by_hand is not None
    before_clear = store.maintenance.clear_history()
    assert before_clear is not None

    dialog = _dialog(qtbot, store, jobs)

    listed = store.maintenance.list_backups()
    assert _rows(dialog) == [
        [_taken(before_clear), "Before clearing", "12", format_size(before_clear.size)],
        [_taken(by_hand), "By hand", "12", format_size(by_hand.size)],
        [_taken(daily), "Daily", "12", format_size(daily.size)],
    ]
    assert len({row[0] for row in _rows(dialog)}) == len(listed) == 3
    assert dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()


def test_attempts_are_counted_off_the_gui_thread_and_an_unreadable_backup_shows_a_dash(
    qtbot: QtBot, store: History, jobs: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_history(store)
    made = backup_now(store, NOW)
    assert made is not None
    broken = made.path.with_name("history-20260101-000000-daily.sqlite3")
    broken.write_bytes(b"this is not a database" * 100)
    threads: list[int] = []
    count = backups.count_attempts

    def counted_where(path: Path) -> int:
        threads.append(threading.get_ident())
        return count(path)

    monkeypatch.setattr("ptquiz_gui.views.history.history_jobs.count_attempts", counted_where)
    dialog = _dialog(qtbot, store, jobs)

    assert [row[ATTEMPTS] for row in _rows(dialog)] == ["12", display.NO_VALUE]
    assert threads and threading.get_ident() not in threads
    item = dialog.list.topLevelItem(1)
    assert item is not None and item.toolTip(ATTEMPTS) == "This backup cannot be read"


def test_back_up_now_copies_the_history_and_lists_the_copy_selected(
    qtbot: QtBot, store: History, jobs: JobRunner
) -> None:
    fill_history(store)
    assert backup_now(store, NOW) is not None
    dialog = _dialog(qtbot, store, jobs)

    with qtbot.waitSignal(jobs.busy_changed, check_params_cb=lambda busy: not busy):
        dialog.backup_button.click()
        assert dialog.backing_up and not dialog.backup_button.isEnabled()
        assert not dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.counting and not dialog.backing_up)

    newest = store.maintenance.list_backups()[0]
    assert newest.reason is BackupReason.BY_HAND
    assert _rows(dialog)[0] == [_taken(newest), "By hand", "12", format_size(newest.size)]
    assert dialog.selected() == newest
    assert dialog.status_label.text() == f"Backed up the history: the backup taken {_taken(newest)}."
    assert dialog.backup_button.isEnabled()


def test_the_empty_list_says_when_the_first_backup_is_made_and_back_up_now_makes_one(
    qtbot: QtBot, store: History, jobs: JobRunner
) -> None:
    dialog = _dialog(qtbot, store, jobs)
    assert dialog.list.isHidden() and not dialog.empty_label.isHidden()
    words = dialog.empty_label.text()
    assert "day after" not in words
    assert "when it starts after your first attempt" in words and "Back up now" in words

    dialog.backup_button.click()  # nothing recorded yet: nothing is copied, and it says so
    qtbot.waitUntil(lambda: not dialog.backing_up)
    assert dialog.status_label.text() == "Your history holds no attempts yet, so there is nothing to back up."
    assert store.maintenance.list_backups() == [] and dialog.list.isHidden()

    fill_history(store)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.backing_up and not dialog.counting)
    assert not dialog.list.isHidden() and dialog.empty_label.isHidden()
    assert [row[REASON:] for row in _rows(dialog)] == [["By hand", "12", _rows(dialog)[0][SIZE]]]


def test_a_history_in_memory_offers_no_backup(qtbot: QtBot, jobs: JobRunner) -> None:
    store = History.in_memory(clock=FakeClock(NOW))
    try:
        dialog = _dialog(qtbot, store, jobs)
        assert not dialog.backup_button.isEnabled()
        assert dialog.folder_label.text() == "The history is in memory only: no backups."
    finally:
        store.close()
