"""``ptquiz history --json/--csv`` with multiple-answer and true/false questions: every
answer lists its "choices", "choice" is null for a multiple-answer question, and "score" is
fractional only where partial scoring gave a fraction."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ptquiz_gui.cli import main
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.loader import load_bank_file
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History

BANK = Path(__file__).parent / "data" / "banks" / "mixed-types.yaml"
PICKS = {"optimizers": (2, 1), "no-grad": (1,), "leaf-tensors": (3, 0, 2), "sgd-step": ()}


def _history(data_dir: Path) -> None:
    """An exam scoring 1 of 4 (a right and a wrong pick cancel out), then a practice with every key."""
    bank = load_bank_file(BANK)
    clock = FakeClock(datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    with History.open(data_paths(data_dir).history_db, clock=clock) as store:
        exam = Attempt(plan_for_bank(bank, Mode.EXAM, seed=3), clock, store.recorder)
        for position, item in enumerate(exam.plan.items):
            exam.go_to(position)
            for index in PICKS[item.question.id]:
                assert exam.select(item.to_shown_index(index))
            clock.advance(4)
        exam.finish()
        clock.advance(60)
        practice = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=4), clock, store.recorder)
        for position, item in enumerate(practice.plan.items):
            practice.go_to(position)
            for index in item.question.answers:
                assert practice.select(item.to_shown_index(index))
            assert practice.confirm()
        practice.finish()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_json_answers_carry_choices_in_file_order_and_choice_only_for_one_answer_questions(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(data_dir)
    exam, practice = json.loads(_run(capsys, "--data-dir", str(data_dir), "history", "--json"))["attempts"]
    answers = {a["question_id"]: a for a in exam["answers"]}
    assert {q: (a["choice"], a["choices"], a["correct"]) for q, a in answers.items()} == {
        "optimizers": (None, [1, 2], False),  # SGD then ReLU picked: listed in file order
        "no-grad": (1, [1], False),
        "leaf-tensors": (None, [0, 2, 3], True),
        "sgd-step": (None, [], False),
    }
    assert list(answers["optimizers"]) == ["question_id", "choice", "choices", "correct", "seconds"]
    assert exam["score"] == 1 and isinstance(exam["score"], int), "whole points stay whole"
    assert practice["score"] == 4 and isinstance(practice["score"], int)
    assert all(a["choices"] == sorted(a["choices"]) for a in practice["answers"])


def test_a_partial_score_is_a_fraction_in_json_csv_and_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = load_bank_file(BANK)
    clock = FakeClock(datetime(2026, 4, 2, 9, 0, tzinfo=UTC))
    with History.open(data_paths(data_dir).history_db, clock=clock) as store:
        exam = Attempt(plan_for_bank(bank, Mode.EXAM, seed=3, shuffle=False), clock, store.recorder)
        assert exam.select(0)  # optimizers: Adam only, partial -> 0.5
        exam.go_to(1)
        assert exam.select(0)  # no-grad: True -> 1
        exam.finish()
    (attempt,) = json.loads(_run(capsys, "--data-dir", str(data_dir), "history", "--json"))["attempts"]
    assert attempt["score"] == 1.5 and attempt["total"] == 4
    rows = list(csv.DictReader(io.StringIO(_run(capsys, "--data-dir", str(data_dir), "history", "--csv"))))
    assert (rows[0]["score"], rows[0]["total"], rows[0]["percent"]) == ("1.5", "4", "37.5")
    text = _run(capsys, "--data-dir", str(data_dir), "history")
    assert "1.50/4" in text
