"""Schema 4 on a real file written by the schema-3 release (``tests/data/history_v3``):
every attempt, answer, flag, card and total survives; old attempts review, resume and
score as before; and the migrated file takes multiple-answer and true/false answers."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ptquiz_gui.cli import main
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.loader import load_bank_file
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, PlanKind, plan_for_bank, plan_subset
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.schema import SCHEMA_VERSION

FIXTURE = Path(__file__).parent / "data" / "history_v3" / "history.sqlite3"
MIXED_BANK = Path(__file__).parent / "data" / "banks" / "mixed-types.yaml"
LATER = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _version(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def old_history(data_dir: Path) -> Path:
    """A copy of the schema-3 file in this test's data folder (the fixture is never opened)."""
    path = data_paths(data_dir).history_db
    shutil.copyfile(FIXTURE, path)
    assert _version(path) == 3
    return path


def _by_question(result_outcomes: object) -> dict[str, tuple[int, ...]]:
    return {o.item.question.id: o.choices for o in result_outcomes}  # type: ignore[attr-defined]


def test_the_fixture_is_a_schema_3_file() -> None:
    assert SCHEMA_VERSION >= 4 and _version(FIXTURE) == 3


def test_every_old_attempt_reads_back_with_its_answers_as_sets(old_history: Path) -> None:
    with History.open(old_history, clock=FakeClock(LATER)) as store:
        assert _version(old_history) == SCHEMA_VERSION
        reader = store.reader
        statuses = {s.id: (s.status.value, s.score, s.answered) for s in reader.list_attempts()}
        assert statuses == {
            1: ("finished", 2, 3),
            2: ("finished", 2, 2),
            3: ("in_progress", None, 2),
            4: ("abandoned", 0, 1),
            5: ("finished", 1, 1),
        }
        first = reader.result_of(1)
        assert _by_question(first.outcomes) == {"q0": (0,), "q1": (2,), "q2": (2,)}
        assert [o.points for o in first.outcomes] == [1.0 if o.correct else 0.0 for o in first.outcomes]
        assert first.score == 2 and isinstance(first.score, int) and round(first.percent, 1) == 66.7
        assert all(o.item.question.type.value == "single" for o in first.outcomes)
        exam = reader.result_of(2)
        assert _by_question(exam.outcomes) == {"q0": (0,), "q1": (1,), "q2": ()}
        # Totals kept by version 2 are untouched.
        missed = {(m.question_id, m.times_wrong, m.times_asked) for m in reader.most_missed()}
        assert missed == {("q1", 1, 3), ("q2", 1, 2)}
        assert round(reader.best_by_bank()["legacy"].best_percent, 1) == 66.7
        scheduled = [c for c in reader.question_cards() if c.memory is not None]
        assert sorted(c.question_key.split("\x1f")[1] for c in scheduled) == ["q1", "q2"]  # q2: left blank


def test_an_unfinished_old_attempt_resumes_with_its_answers_and_flag_and_finishes(old_history: Path) -> None:
    clock = FakeClock(LATER)
    with History.open(old_history, clock=clock) as store:
        attempt = store.recorder.resume(3, clock, store.recorder)
        pairs = list(zip(attempt.plan.items, attempt.answers, strict=True))
        assert {item.question.id: a.choices for item, a in pairs} == {"q0": (0,), "q1": (3,), "q2": ()}
        assert [item.question.id for item, a in pairs if a.flagged] == ["q1"]
        q2 = next(i for i, item in enumerate(attempt.plan.items) if item.question.id == "q2")
        assert attempt.selection(q2) == ()
        attempt.go_to(q2)
        assert attempt.select(attempt.item.to_shown_index(2)) and attempt.confirm()
        attempt.finish()
    with HistoryReader.open_read_only(old_history) as reader:
        result = reader.result_of(3)
        assert _by_question(result.outcomes) == {"q0": (0,), "q1": (3,), "q2": (2,)}
        assert result.score == 2 and reader.summary(3).score == 2


def test_the_json_export_of_a_migrated_history_lists_choices(
    old_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    History.open(old_history, clock=FakeClock(LATER)).close()
    assert main(["--data-dir", str(old_history.parent), "history", "--json"]) == 0
    attempts = json.loads(capsys.readouterr().out)["attempts"]
    first = attempts[0]["answers"]
    assert [(a["question_id"], a["choice"], a["choices"]) for a in first] == [
        ("q0", 0, [0]),
        ("q2", 2, [2]),
        ("q1", 2, [2]),
    ]
    unanswered = attempts[1]["answers"][1]
    assert unanswered["choice"] is None and unanswered["choices"] == []
    assert [a["score"] for a in attempts] == [2, 2, None, 0, 1]


def test_an_old_snapshot_is_shared_by_a_new_attempt_at_the_same_question(old_history: Path) -> None:
    """Old rows keep their digest, so a single-answer question is not stored twice; a
    question whose 'shuffle: false' the old file did not know gets a row that keeps it."""
    questions = (
        Question("q0", "Which tensor op adds?", ("add", "mul", "div", "sub"), 0, "Adds.", "ops"),
        Question("q2", "Rows A-C: which row?", ("A", "B", "C"), 2, "Row C.", "tables", shuffle=False),
    )
    bank = Bank("legacy", "Legacy bank", questions, pass_mark=60)
    clock = FakeClock(LATER)
    with History.open(old_history, clock=clock) as store:
        attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=3), clock, store.recorder)
        attempt.finish()
        result = store.reader.result_of(attempt.attempt_id or 0)
        kept = {o.item.question.id: o.item.question.shuffle for o in result.outcomes}
    assert kept == {"q0": True, "q2": False}
    conn = sqlite3.connect(str(old_history))
    try:
        rows = conn.execute(
            "SELECT question_id, count(*) FROM question_snapshots GROUP BY question_id"
        ).fetchall()
    finally:
        conn.close()
    assert dict(rows) == {"q0": 1, "q1": 1, "q2": 2}


def test_the_migrated_file_records_several_answers_and_true_false_and_reviews_them_unshuffled(
    old_history: Path,
) -> None:
    bank = load_bank_file(MIXED_BANK)
    clock = FakeClock(LATER)
    with History.open(old_history, clock=clock) as store:
        attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=5, shuffle=False), clock, store.recorder)
        for picks in ([0], [1], [0, 1], [0]):  # optimizers half right; no-grad wrong; leaves wrong; sgd right
            for index in picks:
                assert attempt.select(attempt.item.to_shown_index(index))
            assert attempt.confirm()
            attempt.next()
        result = attempt.finish()
        assert [o.choices for o in result.outcomes] == [(0,), (1,), (0, 1), (0,)]
        assert [o.points for o in result.outcomes] == [0.5, 0.0, 0.0, 1.0]
        assert result.score == 1.5
        attempt_id = attempt.attempt_id or 0
        due = store.reader.review_items(datetime(2026, 3, 9, tzinfo=UTC))
    with HistoryReader.open_read_only(old_history) as reader:
        again = reader.result_of(attempt_id)
        assert [o.choices for o in again.outcomes] == [(0,), (1,), (0, 1), (0,)]
        assert again.score == 1.5 and reader.summary(attempt_id).score == 1.5
        types = [o.item.question.type.value for o in again.outcomes]
        assert types == ["multiple", "truefalse", "multiple", "single"]
        assert [o.item.question.scoring.value for o in again.outcomes[::2]] == ["partial", "all-or-nothing"]
    review = {item.question.id: item for item in due}
    assert {"optimizers", "no-grad", "leaf-tensors"} <= set(review)
    # A spaced review keeps True above False, whatever its seed.
    for seed in range(20):
        plan = plan_subset(
            [review["no-grad"]],
            title="Review",
            bank_id="review",
            kind=PlanKind.REVIEW,
            pass_mark=50,
            seed=seed,
        )
        assert plan.items[0].shown_choices == ("True", "False")
