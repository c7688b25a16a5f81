"""The readiness check on histories the store wrote: what it reads back (answers, finished
attempts, guessing rates) and the predictions and error it gives, recomputed by hand."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from history_fixtures import START, banks, fill_history, run_attempt

from ptquiz_gui.domain.answer_events import Grade, question_key
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.fsrs_cards import CardScheduler
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.score_check import mean_absolute_error, predict_attempts
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.score_history import ScoreHistory

V3_FIXTURE = Path(__file__).parent / "data" / "history_v3" / "history.sqlite3"
SCHEDULER = CardScheduler()


def _read(path: Path) -> ScoreHistory:
    with HistoryReader.open_read_only(path) as reader:
        return reader.score_history()


def test_a_tiny_history_gives_the_error_worked_out_by_hand(data_dir: Path) -> None:
    clock = FakeClock(START)
    path = data_dir / "history.sqlite3"
    bank = banks()[0]
    with History.open(path, clock=clock) as store:
        run_attempt(store, bank, Mode.PRACTICE, at=START, right=2, clock=clock)
        run_attempt(store, bank, Mode.EXAM, at=START + timedelta(hours=6), right=3, clock=clock)
    history = _read(path)
    assert [(a.score, len(a.question_keys)) for a in history.attempts] == [(0.5, 4), (0.75, 4)]
    assert set(history.guess_rates.values()) == {0.25}
    predictions = predict_attempts(history.events, history.attempts, history.guess_rates, SCHEDULER)
    # First: nothing answered yet, so four guesses. Then, the same day: the two answered right
    # (never missed) at Laplace's 2/3, the two missed 0 whole days ago at 100 %.
    assert [p.predicted for p in predictions] == pytest.approx([0.25, (2 / 3 + 2 / 3 + 1 + 1) / 4])
    assert mean_absolute_error(predictions) == pytest.approx((abs(0.25 - 0.5) + abs(5 / 6 - 0.75)) / 2)


def test_the_schema_3_release_file_is_read_and_predicted(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(V3_FIXTURE, path)
    history = _read(path)
    q0, q1, q2 = (question_key("legacy", q) for q in ("q0", "q1", "q2"))
    # Finished: the practice, the submitted exam and the review session; not the one left in
    # progress, nor the abandoned exam.
    assert [(a.attempt_id, history.kinds[a.attempt_id]) for a in history.attempts] == [
        ("1", "practice"),
        ("2", "exam"),
        ("5", "review"),
    ]
    assert [(set(a.question_keys), a.score) for a in history.attempts] == [
        ({q0, q1, q2}, pytest.approx(2 / 3)),
        ({q0, q1, q2}, pytest.approx(2 / 3)),
        ({q1}, 1.0),
    ]
    assert history.guess_rates == {q0: 0.25, q1: 0.25, q2: pytest.approx(1 / 3)}
    assert len(history.events) == 9  # the answers that reach a card (test_fsrs_migration lists them)

    predictions = predict_attempts(history.events, history.attempts, history.guess_rates, SCHEDULER)
    first, exam, review = history.attempts
    # q1 was missed twice the day of the first attempts; the review came 3 days later.
    misses = [e.answered_at for e in history.events if e.question_key == q1 and not e.full_marks]
    assert len(misses) == 2 and all(m < review.started_at for m in misses)
    memory = SCHEDULER.review(SCHEDULER.review(None, Grade.AGAIN, misses[0]), Grade.AGAIN, misses[1])
    expected = [
        (0.25 + 0.25 + 1 / 3) / 3,
        (2 / 3 + 1 + 2 / 3) / 3,  # q0 right once, q1 missed an hour before, q2 right once
        SCHEDULER.retrievability(memory, review.started_at),
    ]
    assert [p.attempt for p in predictions] == [first, exam, review]
    assert [p.predicted for p in predictions] == pytest.approx(expected)
    real = [2 / 3, 2 / 3, 1.0]
    errors = [abs(p - r) for p, r in zip(expected, real, strict=True)]
    assert mean_absolute_error(predictions) == pytest.approx(sum(errors) / 3)


def test_the_history_fixture_on_one_clock_predicts_each_finished_attempt_from_earlier_answers_only(
    data_dir: Path,
) -> None:
    clock = FakeClock(START)
    path = data_dir / "history.sqlite3"
    with History.open(path, clock=clock) as store:
        made = fill_history(store, clock)
    history = _read(path)
    finished = [r for r in made if r.status == "finished"]
    assert [a.attempt_id for a in history.attempts] == [str(r.id) for r in finished]
    assert [a.score for a in history.attempts] == [r.score / 4 for r in finished]
    predictions = predict_attempts(history.events, history.attempts, history.guess_rates, SCHEDULER)
    assert len(predictions) == len(finished) == 10
    # The first attempt at each bank has nothing earlier to go on: four guesses, whatever
    # the later attempts at that bank answered.
    assert [p.predicted for p in predictions[:3]] == [0.25, 0.25, 0.25]
    # alpha's first attempt (a practice) missed all four questions; its next comes a day and
    # a half later: each question at FSRS's retrievability one whole day after one miss.
    missed_once = SCHEDULER.review(None, Grade.AGAIN, START)
    assert (made[0].bank_id, made[0].score, made[3].bank_id) == ("alpha", 0, "alpha")
    later = SCHEDULER.retrievability(missed_once, made[3].started_at)
    assert predictions[3].predicted == pytest.approx(later)
    error = mean_absolute_error(predictions)
    assert error is not None and 0 < error < 1
