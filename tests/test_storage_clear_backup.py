"""Clearing the history first keeps a backup of it, so the clear can be undone."""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.maintenance import clear_history_file, restore_file
from ptquiz_gui.storage.reader import HistoryReader


def test_clear_takes_a_backup_that_restores_the_attempts(tmp_path: Path) -> None:
    clock = FakeClock()
    store = History.open(tmp_path / "history.sqlite3", clock=clock)
    bank = Bank(id="b", title="B", questions=(Question("q", "Q?", ("x", "y"), 0),), time_limit=60)
    attempt = Attempt(plan_for_bank(bank, Mode.EXAM, seed=1), clock, store.recorder)
    attempt.select(attempt.item.shown_key)
    attempt.finish()

    safety = store.maintenance.clear_history()
    assert store.reader.count_attempts() == 0
    assert safety is not None and safety.path.exists()

    store.maintenance.restore(safety.path)
    restored = store.reader.list_attempts()
    assert len(restored) == 1 and restored[0].score == 1
    store.close()


def test_clearing_an_empty_history_takes_no_backup(tmp_path: Path) -> None:
    store = History.open(tmp_path / "history.sqlite3", clock=FakeClock())
    assert store.maintenance.clear_history() is None
    assert store.maintenance.list_backups() == []
    store.close()


def test_clear_and_restore_also_run_on_a_connection_of_their_own(tmp_path: Path) -> None:
    """As a worker thread will run them: given the file's path, beside the window's open history."""
    clock = FakeClock()
    path = tmp_path / "history.sqlite3"
    store = History.open(path, clock=clock)
    bank = Bank(id="b", title="B", questions=(Question("q", "Q?", ("x", "y"), 0),), time_limit=60)
    attempt = Attempt(plan_for_bank(bank, Mode.EXAM, seed=1), clock, store.recorder)
    attempt.select(attempt.item.shown_key)
    attempt.finish()
    folder = store.maintenance.backups_dir
    assert folder is not None

    cleared = clear_history_file(path, folder, clock.now())
    assert cleared.problem is None and cleared.safety is not None
    assert store.reader.count_attempts() == 0  # the window's connection sees the cleared file

    store.close()  # a restore replaces the file: no other connection may be open
    clock.advance(60)
    before = restore_file(path, cleared.safety.path, folder, clock.now())
    with HistoryReader.open_read_only(path) as reader:
        restored = reader.list_attempts()
    assert len(restored) == 1 and restored[0].score == 1
    assert before is not None
    with HistoryReader.open_read_only(before.path) as emptied:
        assert emptied.count_attempts() == 0
