"""The readiness check on the project's own test histories, next to the generated learner's.

Two histories the tests use, read through the store as the app reads them
(``HistoryReader.score_history``):

- ``tests/data/history_v3``: the file the schema-3 release wrote (3 questions, 5 attempts,
  3 of them finished), opened read-only and migrated in memory;
- ``tests/history_fixtures.fill_history``: 12 attempts over 6 days at three 4-question
  banks (10 finished), with fixed right-answer counts that follow no memory model. It runs
  on the store's own clock here, so each answer carries the time it was given, as in the app.

Each finished attempt is predicted from the answers before it (``domain.score_check``);
the baseline predicts it by the mean score of the bank's earlier attempts (the first one by
the chance of guessing its questions), as the generated history's baseline does.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from report import Figure
from workspace import REPO_ROOT, remove_scratch, scratch_dir

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.fsrs_cards import CardScheduler
from ptquiz_gui.domain.score_check import FinishedAttempt, Prediction, mean_absolute_error, predict_attempts
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.score_history import ScoreHistory

TESTS_DIR = REPO_ROOT / "tests"
V3_FIXTURE = TESTS_DIR / "data" / "history_v3" / "history.sqlite3"


def _read(path: Path) -> ScoreHistory:
    with HistoryReader.open_read_only(path) as reader:
        return reader.score_history()


def _fixture_history(folder: Path) -> ScoreHistory:
    if str(TESTS_DIR) not in sys.path:
        sys.path.insert(0, str(TESTS_DIR))  # history_fixtures imports the tests' helpers package
    from history_fixtures import START, fill_history

    clock = FakeClock(START)
    path = folder / "fill_history.sqlite3"
    with History.open(path, clock=clock) as store:
        fill_history(store, clock)
    return _read(path)


def load_test_histories() -> list[tuple[str, ScoreHistory]]:
    folder = scratch_dir("own-histories-")
    try:
        shutil.copyfile(V3_FIXTURE, folder / "history_v3.sqlite3")
        return [
            ("tests/data/history_v3", _read(folder / "history_v3.sqlite3")),
            ("tests/history_fixtures.fill_history", _fixture_history(folder)),
        ]
    finally:
        remove_scratch(folder)


def running_mean_errors(attempts: Sequence[FinishedAttempt], guess_rates: dict[str, float]) -> list[float]:
    """The baseline's error for each attempt, oldest first."""
    totals: dict[str, tuple[float, int]] = {}
    errors = []
    for attempt in sorted(attempts, key=lambda a: a.started_at):
        total, count = totals.get(attempt.bank_id, (0.0, 0))
        if count:
            predicted = total / count
        else:
            predicted = sum(guess_rates[k] for k in attempt.question_keys) / len(attempt.question_keys)
        errors.append(abs(predicted - attempt.score))
        totals[attempt.bank_id] = (total + attempt.score, count + 1)
    return errors


def _with_earlier_answers(history: ScoreHistory, predictions: Sequence[Prediction]) -> list[Prediction]:
    """The predictions of attempts at least one of whose questions had been answered before."""
    first = {}
    for event in history.events:
        first[event.question_key] = min(first.get(event.question_key, event.answered_at), event.answered_at)
    return [
        p
        for p in predictions
        if any(k in first and first[k] < p.attempt.started_at for k in p.attempt.question_keys)
    ]


def figure(section: str, name: str, history: ScoreHistory, scheduler: CardScheduler) -> Figure:
    predictions = predict_attempts(history.events, history.attempts, history.guess_rates, scheduler)
    fsrs = mean_absolute_error(predictions)
    assert fsrs is not None and len(predictions) == len(history.attempts)
    baseline = running_mean_errors(history.attempts, history.guess_rates)
    informed = _with_earlier_answers(history, predictions)
    informed_mae = mean_absolute_error(informed)
    kinds = {k: sum(v == k for v in history.kinds.values()) for k in sorted(set(history.kinds.values()))}
    mean_predicted = sum(p.predicted for p in predictions) / len(predictions)
    mean_real = sum(a.score for a in history.attempts) / len(history.attempts)
    return Figure(
        section,
        f"Readiness check on the test history {name}: mean absolute error of its {len(predictions)} finished "
        "attempts predicted from the answers before them",
        "pp",
        100 * fsrs,
        100 * sum(baseline) / len(baseline),
        "(each attempt predicted by its bank's running mean score)",
        "",
        None,
        f"{len(history.events)} answers; finished attempts: "
        + ", ".join(f"{n} {kind}" for kind, n in kinds.items())
        + f"; {len(informed)} had earlier answers to their questions"
        + ("" if informed_mae is None else f" (error {100 * informed_mae:.1f} pp on those)")
        + f"; mean predicted {100 * mean_predicted:.1f} %, mean real {100 * mean_real:.1f} %; "
        "too few attempts to judge readiness by (the generated history above is the measure)",
    )


def figures(section: str, scheduler: CardScheduler) -> list[Figure]:
    return [figure(section, name, history, scheduler) for name, history in load_test_histories()]
