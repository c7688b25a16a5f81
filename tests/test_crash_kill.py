"""Killing ptquiz mid-attempt loses no confirmed answer and leaves a sound, resumable history."""

from __future__ import annotations

from pathlib import Path

from helpers.crash_attempt import choice_for
from helpers.crash_check import Confirmed, check_history, read_then_kill, start_child

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History

CONFIRMED_ANSWERS = 9


def test_every_confirmed_answer_survives_a_kill(data_dir: Path) -> None:
    child = start_child(data_dir, questions=200, attempts=1, seed=2)
    confirmed = Confirmed()
    read_then_kill(child, confirmed, lambda c: len(c.answers) >= CONFIRMED_ANSWERS)

    assert child.returncode != 0  # it was killed, not finished
    assert len(confirmed.answers) >= CONFIRMED_ANSWERS and not confirmed.finished
    check_history(data_dir, confirmed)

    [attempt_id] = confirmed.started
    store = History.open(data_paths(data_dir).history_db)
    try:
        [offer] = store.reader.unfinished()
        assert offer.id == attempt_id and offer.answered >= CONFIRMED_ANSWERS
        resumed = store.recorder.resume(attempt_id, FakeClock(), store.recorder)
        for position in range(CONFIRMED_ANSWERS):
            assert resumed.answers[position].choice == choice_for(attempt_id, position)
        assert resumed.answers[2].flagged and resumed.answers[7].flagged
        assert resumed.current >= CONFIRMED_ANSWERS - 1
    finally:
        store.close()


def test_a_finished_attempt_is_whole_after_a_kill_right_after_it(data_dir: Path) -> None:
    child = start_child(data_dir, questions=6, attempts=3, seed=3)
    confirmed = Confirmed()
    read_then_kill(child, confirmed, lambda c: len(c.finished) >= 1)
    assert confirmed.finished
    check_history(data_dir, confirmed)
