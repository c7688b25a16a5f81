"""When the data folder cannot be written, the attempt goes on in memory and is saved
as soon as writing works again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.store_keeper import StoreKeeper


def small_bank() -> Bank:
    qs = tuple(Question(f"q{i}", f"Question {i}?", ("yes", "no"), 0) for i in range(3))
    return Bank(id="small", title="Small", questions=qs, time_limit=60)


def test_in_memory_history_moves_to_the_file_when_the_folder_is_back(qtbot: QtBot, tmp_path: Path) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    paths = data_paths(blocked)
    clock = FakeClock()
    store = History.in_memory(clock=clock)
    keeper = StoreKeeper(store.recorder, paths)
    plan = plan_for_bank(small_bank(), Mode.PRACTICE, seed=1, shuffle=False)
    attempt = Attempt(plan, clock, store.recorder)
    attempt.select(0)
    attempt.confirm()

    keeper.retry()  # the folder is still a file: nothing changes, nothing is lost
    assert store.recorder.is_in_memory and keeper.unsaved

    blocked.unlink()
    with qtbot.waitSignal(keeper.saved_again) as saved:
        keeper.retry()
    assert str(paths.history_db) in saved.args[0]
    assert not store.recorder.is_in_memory and not keeper.unsaved
    attempt.next()
    attempt.select(1)
    attempt.confirm()
    attempt.finish()
    store.close()

    reopened = History.open(paths.history_db, clock=clock)
    summaries = reopened.reader.list_attempts(None, None, 0, 10)
    assert len(summaries) == 1 and summaries[0].answered == 2 and summaries[0].score == 1
    reopened.close()


def test_a_write_set_aside_counts_as_unsaved_until_it_is_exported(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    import sqlite3

    import pytest

    from ptquiz_gui.storage.writes import FlagWrite

    paths = data_paths(tmp_path / "data")
    clock = FakeClock()
    store = History.open(paths.history_db, clock=clock, on_error=lambda message: None)
    keeper = StoreKeeper(store.recorder, paths)
    plan = plan_for_bank(small_bank(), Mode.PRACTICE, seed=1, shuffle=False)
    attempt = Attempt(plan, clock, store.recorder)

    def broken(self: FlagWrite, conn: sqlite3.Connection) -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(FlagWrite, "apply", broken)
        attempt.toggle_flag()
    assert store.recorder.pending_count == 0 and store.recorder.set_aside_count == 1

    assert keeper.unsaved, "a write that can never be stored is still the user's to keep"
    assert keeper.unsaved_words().startswith("1 change was not saved")
    assert not keeper.save_before_quit(), "retrying cannot save it, so quitting must still ask"

    assert store.recorder.export_pending_json(tmp_path / "unsaved.json") == 1
    assert not keeper.unsaved, "once exported, it is in the user's hands"
    store.close()


def test_a_history_file_that_needs_its_upgrade_is_upgraded_on_a_worker_before_the_move(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A file from an older ptquiz appears where the in-memory history will go: the retry
    upgrades it on a worker (a large one takes seconds) and moves the history in afterwards."""
    import shutil
    import sqlite3

    from ptquiz_gui.storage.schema import SCHEMA_VERSION
    from ptquiz_gui.views.background_job import JobRunner
    from ptquiz_gui.views.history_upgrade import start_upgrade

    paths = data_paths(tmp_path / "data")
    paths.history_db.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(__file__).parent / "data" / "history_v3" / "history.sqlite3", paths.history_db)
    clock = FakeClock()
    store = History.in_memory(clock=clock)
    runner = JobRunner()
    started: list[bool] = []

    def upgrade_first(then: Callable[[], None]) -> bool:
        started.append(start_upgrade(runner, paths.history_db, then, desired_retention=0.9, threshold=0))
        return started[-1]

    keeper = StoreKeeper(store.recorder, paths, upgrade_first=upgrade_first)
    attempt = Attempt(plan_for_bank(small_bank(), Mode.PRACTICE, seed=1, shuffle=False), clock, store.recorder)
    attempt.select(0)
    attempt.confirm()

    with qtbot.waitSignal(keeper.saved_again, timeout=30_000):
        keeper.retry()
        assert started == [True] and runner.busy and store.recorder.is_in_memory  # not on this thread
        keeper.retry()  # a retry while the upgrade runs starts no second one
        assert started == [True]
    assert not store.recorder.is_in_memory and not keeper.unsaved
    with sqlite3.connect(paths.history_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()
