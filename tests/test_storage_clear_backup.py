"""Clearing the history first keeps a backup of it, so the clear can be undone."""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.storage.history import HistoryStore


def test_clear_takes_a_backup_that_restores_the_attempts(tmp_path: Path) -> None:
    clock = FakeClock()
    store = HistoryStore.open(tmp_path / "history.sqlite3", clock=clock)
    bank = Bank(id="b", title="B", questions=(Question("q", "Q?", ("x", "y"), 0),), time_limit=60)
    attempt = Attempt(plan_for_bank(bank, Mode.EXAM, seed=1), clock, store)
    attempt.select(attempt.item.shown_key)
    attempt.finish()

    safety = store.clear_history()
    assert store.count_attempts() == 0
    assert safety is not None and safety.path.exists()

    store.restore(safety.path)
    restored = store.list_attempts()
    assert len(restored) == 1 and restored[0].score == 1
    store.close()


def test_clearing_an_empty_history_takes_no_backup(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "history.sqlite3", clock=FakeClock())
    assert store.clear_history() is None
    assert store.list_backups() == []
    store.close()
