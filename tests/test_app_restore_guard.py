"""The recovery banner's "Restore backup" waits, like History, until no attempt is running:
a restore under a running attempt could put its next answer on an old attempt (issue 15, item 4)."""

from __future__ import annotations

from pathlib import Path

from app_fixtures import Launcher
from helpers.daily import backup_now
from helpers.sample import answer_right, make_plan
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History


def _damaged_history_with_a_backup(data_dir: Path) -> None:
    path = data_paths(data_dir).history_db
    clock = FakeClock()
    store = History.open(path, clock=clock)
    old = Attempt(make_plan(), clock, store.recorder)
    answer_right(old)
    old.finish()
    assert backup_now(store, clock.now()) is not None
    store.close()
    path.write_bytes(bytes(range(256)) * 40)  # damaged: moved aside at the next start


def test_restore_backup_from_the_banner_waits_until_the_attempt_is_left(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    _damaged_history_with_a_backup(data_dir)
    run = launch(data_dir)
    banner = run.window.banner
    assert banner.action_button.isVisible() and banner.action_button.text() == "Restore backup"
    run.window.starts.start_practice(run.services.library.banks[0].id)
    session = run.session()
    assert session.select(0) and session.confirm()

    banner.action_button.click()

    assert "cannot be restored while an attempt is running" in banner.label.text()
    assert banner.action_button.isVisible()  # offered again once the attempt is left
    assert [a.bank_id for a in run.services.history.reader.list_attempts()] == [session.attempt.plan.bank_id]
    assert run.shown() is run.quiz  # the attempt goes on
    assert session.attempt.answers[0].choice is not None

    session.leave()
    banner.action_button.click()

    assert banner.label.text() == "Restoring your history from the newest backup…"
    qtbot.waitUntil(lambda: "Restored your history from" in banner.label.text())
    assert not banner.action_button.isVisible() and run.services.recovery is None
    assert [a.bank_id for a in run.services.history.reader.list_attempts()] == ["alpha"]
