"""Multiple-answer and true/false questions in the running app, by keyboard only: check
boxes that the choice keys tick and un-tick, Enter to check, every choice marked after
checking, points as fractions in results, and the chosen sets kept across a restart.

The bank is ``tests/data/banks/mixed-types.yaml`` (pass mark 50, bank scoring partial):
``optimizers`` keys Adam(0), SGD(2) of Adam, ReLU, SGD, Dropout, choose 2, partial;
``no-grad`` true/false, True; ``leaf-tensors`` keys 0, 2, 3 of four, all-or-nothing;
``sgd-step`` single, key 0.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from app_fixtures import (
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    choice_key,
    confirm_quiz_dialog,
    keys,
    named,
    press,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ptquiz_gui.cli import main
from ptquiz_gui.qtmodels.choice_model import ChoiceState
from ptquiz_gui.qtmodels.navigator_model import NavState
from ptquiz_gui.qtmodels.navigator_model import Roles as NavRoles
from ptquiz_gui.views.history.history_page import HistoryPage

BANK = Path(__file__).parent / "data" / "banks" / "mixed-types.yaml"


@pytest.fixture
def with_bank(data_dir: Path) -> Path:
    banks = data_dir / "banks"
    banks.mkdir()
    shutil.copyfile(BANK, banks / BANK.name)
    return data_dir


def _start(qtbot: QtBot, run: AppRun, *, exam: bool) -> None:
    run.window.library_page.show_bank("mixed-types")
    assert run.window.library_page.current_bank_id() == "mixed-types"
    if exam:
        with DialogDriver(qtbot, (named("start_exam_dialog"), keys(Qt.Key.Key_Return))):
            press(Qt.Key.Key_E, CTRL)
    else:
        press(Qt.Key.Key_Return)
    assert run.shown() is run.quiz


def _tick(run: AppRun, *file_indexes: int) -> None:
    """Press the choice key of each choice (file index), wherever this attempt shows it."""
    for index in file_indexes:
        press(choice_key(run.attempt().item.to_shown_index(index)))


def _shown(run: AppRun, *file_indexes: int) -> tuple[int, ...]:
    return tuple(sorted(run.attempt().item.to_shown_index(i) for i in file_indexes))


def _states(run: AppRun) -> list[ChoiceState]:
    model = run.quiz.choice_model
    return [model.state(r) for r in range(model.rowCount())]


def _check_states(run: AppRun) -> list[object]:
    model = run.quiz.choice_model
    return [model.data(model.index(r), Qt.ItemDataRole.CheckStateRole) for r in range(model.rowCount())]


def _question_id(run: AppRun) -> str:
    return run.attempt().item.question.id


def _history_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    """``ptquiz history --json``'s answers of the one attempt, by question id."""
    assert main(["--data-dir", str(data_dir), "history", "--json"]) == 0
    (attempt,) = json.loads(capsys.readouterr().out)["attempts"]
    return {a["question_id"]: a for a in attempt["answers"]}


def test_a_practice_by_keyboard_ticks_checks_marks_every_choice_and_keeps_it_after_a_restart(
    qtbot: QtBot, launch: Launcher, with_bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = launch(with_bank)
    _start(qtbot, run, exam=False)
    quiz = run.quiz
    seen = []
    for _ in range(4):
        qid = _question_id(run)
        seen.append(qid)
        caption = quiz.question_caption.text()
        if qid == "optimizers":
            assert caption.endswith("· Choose 2") and "tick" in quiz.hints_label.text()
            assert run.quiz.choice_model.multiple
            assert _check_states(run) == [Qt.CheckState.Unchecked] * 4
            _tick(run, 0, 1)  # Adam and ReLU ticked ...
            assert run.attempt().selection() == _shown(run, 0, 1)
            assert _states(run).count(ChoiceState.SELECTED) == 2
            _tick(run, 1)  # ... and ReLU un-ticked again
            assert _check_states(run).count(Qt.CheckState.Checked) == 1
            assert not run.attempt().is_committed(), "ticking in practice commits nothing"
            press(Qt.Key.Key_Return)
            panel = quiz.reasoning_panel
            assert panel.isVisible() and panel.verdict_label.text() == "◐ Partly right: 0.50 point"
            marks = panel.marks_label.text().splitlines()
            assert len(marks) == 4 and not panel.picked_label.isVisible()
            shown = run.attempt().item
            adam, sgd = shown.to_shown_index(0), shown.to_shown_index(2)
            assert marks[adam].startswith("✓ ") and marks[adam].endswith("— Adam: right")
            assert marks[sgd].startswith("○ ") and marks[sgd].endswith("— SGD: missed, a right answer")
            assert sum(m.startswith("· ") for m in marks) == 2
            states = _states(run)
            assert states[adam] is ChoiceState.CORRECT_PICK and states[sgd] is ChoiceState.MISSED
        elif qid == "no-grad":
            assert caption.endswith("· True or false") and not run.quiz.choice_model.multiple
            assert run.attempt().item.shown_choices == ("True", "False")
            assert _check_states(run) == [None, None], "true/false rows are not check boxes"
            press(Qt.Key.Key_1)
            press(Qt.Key.Key_Return)
            assert quiz.reasoning_panel.verdict_label.text() == "✓ Correct"
        elif qid == "leaf-tensors":
            assert caption.endswith("· Choose all that apply")
            _tick(run, 0, 2)
            press(Qt.Key.Key_Return)
            assert quiz.reasoning_panel.verdict_label.text() == "✗ Not quite", "all-or-nothing: no part"
            missed = quiz.reasoning_panel.marks_label.text().splitlines()[_shown(run, 3)[0]]
            assert missed.startswith("○ ") and "missed" in missed
        else:
            assert "Choose" not in caption and not run.quiz.choice_model.multiple
            press(choice_key(run.attempt().item.shown_key))
            press(Qt.Key.Key_Return)
            assert quiz.reasoning_panel.verdict_label.text() == "✓ Correct"
            assert not quiz.reasoning_panel.marks_label.isVisible()
        press(Qt.Key.Key_Return)
    assert sorted(seen) == ["leaf-tensors", "no-grad", "optimizers", "sgd-step"]
    confirm_quiz_dialog(qtbot, run, "submit_dialog")
    results = run.window.results_page
    assert run.shown() is results
    assert results.score_label.text() == "2.50/4" and results.percent_label.text() == "62.5%"
    assert results.verdict_label.text() == "Passed"
    assert "2 right · 2 wrong (1 partly right)" in results.counts_label.text().replace("\N{NO-BREAK SPACE}", " ")
    launch.close(run)

    again = launch(with_bank)  # a restart
    (summary,) = again.services.history.reader.list_attempts()
    assert summary.score == 2.5
    again.window.show_history()
    history_page = again.shown()
    assert isinstance(history_page, HistoryPage)
    history_page.open_attempt(summary.id)
    past = again.window.results_page
    assert again.shown() is past and past.score_label.text() == "2.50/4"
    answers = _history_json(with_bank, capsys)
    assert {q: (a["choice"], a["choices"]) for q, a in answers.items()} == {
        "optimizers": (None, [0]),
        "no-grad": (0, [0]),
        "leaf-tensors": (None, [0, 2]),
        "sgd-step": (0, [0]),
    }


def test_an_exam_by_keyboard_commits_each_tick_and_scores_partial_and_all_or_nothing(
    qtbot: QtBot, launch: Launcher, with_bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = launch(with_bank)
    _start(qtbot, run, exam=True)
    quiz = run.quiz
    for position in range(4):
        qid = _question_id(run)
        nav = quiz.navigator_model
        if qid == "optimizers":
            _tick(run, 2)
            assert nav.data(nav.index(position), NavRoles.STATE) == NavState.ANSWERED
            _tick(run, 2)  # un-ticking the only box leaves it unanswered
            assert nav.data(nav.index(position), NavRoles.STATE) == NavState.UNANSWERED
            _tick(run, 2, 3, 3)  # SGD, then Dropout ticked and un-ticked: one of two keys
            assert run.attempt().answers[position].choices == (2,)
        elif qid == "leaf-tensors":
            _tick(run, 3, 0, 2)
        elif qid == "no-grad":
            press(Qt.Key.Key_2)  # False: wrong
        assert not quiz.reasoning_panel.isVisible(), "an exam reveals nothing"
        if position < 3:
            press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return, CTRL)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")
    results = run.window.results_page
    assert results.score_label.text() == "1.50/4" and results.percent_label.text() == "37.5%"
    assert results.verdict_label.text() == "Not passed"
    launch.close(run)

    again = launch(with_bank)
    (summary,) = again.services.history.reader.list_attempts()
    result = again.services.history.reader.result_of(summary.id)
    points = {o.item.question.id: o.points for o in result.outcomes}
    assert points == {"optimizers": 0.5, "leaf-tensors": 1.0, "no-grad": 0.0, "sgd-step": 0.0}
    answers = _history_json(with_bank, capsys)
    assert {q: (a["choice"], a["choices"], a["correct"]) for q, a in answers.items()} == {
        "optimizers": (None, [2], False),
        "leaf-tensors": (None, [0, 2, 3], True),
        "no-grad": (1, [1], False),
        "sgd-step": (None, [], False),
    }
