"""Check boxes and marks: the choice model of a multiple-answer question, the words that
mark every choice after checking, and the reasoning panel that shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.model import Question, QuestionType, Scoring
from ptquiz_gui.domain.result import Mark, choice_marks
from ptquiz_gui.qtmodels.choice_model import ChoiceModel, ChoiceState, how_to_answer, marked_choices
from ptquiz_gui.views.quiz.reasoning_panel import ReasoningPanel

CHOICES = ["Adam", "ReLU", "SGD", "Dropout"]


def _checks(model: ChoiceModel) -> list[object]:
    return [model.data(model.index(r), Qt.ItemDataRole.CheckStateRole) for r in range(model.rowCount())]


def test_every_choice_gets_one_of_four_marks() -> None:
    assert choice_marks(keys=[0, 2], chosen=[0, 1], count=4) == (
        Mark.RIGHT,
        Mark.WRONG,
        Mark.MISSED,
        Mark.LEFT_OUT,
    )


def test_marked_choices_name_each_choice_with_its_letter_and_mark() -> None:
    assert marked_choices(CHOICES, keys=[0, 2], picked=[0, 1]) == [
        "✓ A — Adam: right",
        "✗ B — ReLU: wrong, not a right answer",
        "○ C — SGD: missed, a right answer",
        "· D — Dropout: left out, not a right answer",
    ]


def test_a_multiple_answer_model_has_check_boxes_and_marks_missed_keys() -> None:
    model = ChoiceModel()
    model.show(CHOICES, [0, 1], None, multiple=True)
    ticked, unticked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert _checks(model) == [ticked, ticked, unticked, unticked]
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.ticked == (0, 1) and model.selected is None
    assert model.data(model.index(2), Qt.ItemDataRole.AccessibleTextRole) == "C: SGD"
    model.show(CHOICES, [0, 1], [0, 2], multiple=True)
    states = [model.state(r) for r in range(4)]
    assert states == [
        ChoiceState.CORRECT_PICK,
        ChoiceState.WRONG_PICK,
        ChoiceState.MISSED,
        ChoiceState.NORMAL,
    ]
    assert [model.tag(r) for r in range(4)] == [
        "✓ Ticked, right",
        "✗ Ticked, wrong",
        "○ Missed, a right answer",
        "",
    ]
    described = [model.data(model.index(r), Qt.ItemDataRole.AccessibleDescriptionRole) for r in range(4)]
    assert described == ["Ticked, right", "Ticked, wrong", "Missed, a right answer", ""]


def test_a_single_answer_model_has_no_check_boxes_and_reads_as_before() -> None:
    model = ChoiceModel()
    model.show(CHOICES, 1, 2)
    assert _checks(model) == [None] * 4
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert [model.state(r) for r in range(4)] == [
        ChoiceState.NORMAL,
        ChoiceState.WRONG_PICK,
        ChoiceState.KEY,
        ChoiceState.NORMAL,
    ]


def test_what_the_prompt_asks_for() -> None:
    multiple = Question("q", "?", tuple(CHOICES), 0, type=QuestionType.MULTIPLE, answers=(0, 2), choose=2)
    assert how_to_answer(multiple) == "Choose 2"
    unsaid = Question("q", "?", tuple(CHOICES), 0, type=QuestionType.MULTIPLE, answers=(0, 2))
    assert how_to_answer(unsaid) == "Choose all that apply"
    true_false = Question("q", "?", ("True", "False"), 0, type=QuestionType.TRUEFALSE)
    assert how_to_answer(true_false) == "True or false"
    assert how_to_answer(Question("q", "?", tuple(CHOICES), 0, scoring=Scoring.PARTIAL)) == ""


def test_the_reasoning_panel_lists_every_marked_choice_and_the_points_of_a_partly_right_answer(
    qtbot: QtBot,
) -> None:
    panel = ReasoningPanel()
    qtbot.addWidget(panel)
    panel.show()
    marks = marked_choices(CHOICES, keys=[0, 2], picked=[0])
    panel.show_outcome(
        correct=False,
        key="A — Adam · C — SGD",
        picked="A — Adam",
        explanation="Both are optimizers.",
        hint="Press Enter for the next question",
        marks=marks,
        points="0.50",
    )
    assert panel.verdict_label.text() == "◐ Partly right: 0.50 point"
    assert panel.key_label.text() == "Answers: A — Adam · C — SGD"
    assert panel.marks_label.isVisible() and panel.marks_label.text().splitlines() == marks
    assert not panel.picked_label.isVisible()
    assert panel.accessibleName() == "Partly right: 0.50 point"
    panel.show_outcome(correct=False, key="C — SGD", picked="B — ReLU", explanation="", hint="")
    assert panel.verdict_label.text() == "✗ Not quite" and panel.picked_label.isVisible()
    assert not panel.marks_label.isVisible()
