"""GIFT weights read as Moodle reads them, written back, and Aiken's refusal of several keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptquiz_gui.domain.formats import convert_bytes, export_bank
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import Bank, Question, QuestionType, Scoring


def _import(text: str) -> tuple[list[Question], list[str], list[str]]:
    result = convert_bytes(text.encode("utf-8"), "q.gift", "gift", "q")
    questions = [] if not result.bank_yaml else list(load_bank_bytes(result.bank_yaml.encode(), "q").questions)
    return questions, result.problems, result.skipped


def test_moodles_colours_case_is_a_multiple_answer_question_with_partial_scoring() -> None:
    # From Moodle's question/format/gift/tests/fixtures/questions.gift.txt.
    (q,), problems, skipped = _import(
        "::colours:: What's between orange and green in the spectrum?\n{\n"
        "    ~%50%yellow # right; good!\n    ~%-100%red # [html]wrong\n"
        "    ~%50%off-beige # right; good!\n    ~%-100%[plain]blue # wrong\n}\n"
    )
    assert (problems, skipped) == ([], [])
    assert (q.id, q.type, q.choices, q.answers, q.scoring) == (
        "colours", QuestionType.MULTIPLE, ("yellow", "red", "off-beige", "blue"), (0, 2), Scoring.PARTIAL
    )
    assert "- yellow: right; good!" in q.explanation and "- red: wrong" in q.explanation


@pytest.mark.parametrize(
    ("block", "kind", "keys"),
    [
        ("{=a ~%-50%b ~c}", QuestionType.SINGLE, (0,)),  # '=' present: one key; a penalty is just wrong
        ("{~%100%a ~b ~c}", QuestionType.SINGLE, (0,)),  # no '=', but one full-marks key
        ("{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}", QuestionType.MULTIPLE, (0, 1, 2)),
        ("{~%50%a ~%50%b ~c}", QuestionType.MULTIPLE, (0, 1)),  # 0 % choices are wrong
        ("{T}", QuestionType.TRUEFALSE, (0,)),
        ("{FALSE}", QuestionType.TRUEFALSE, (1,)),
    ],
)
def test_weights_decide_single_or_multiple_as_moodle_reads_them(
    block: str, kind: QuestionType, keys: tuple[int, ...]
) -> None:
    (q,), problems, _ = _import(f"Which? {block}\n")
    assert problems == []
    assert (q.type, q.answers) == (kind, keys)


@pytest.mark.parametrize(
    ("block", "note"),
    [
        ("{=10 ~%50%9 ~0}", "q.gift:1: skipped partial-credit question"),
        ("{~%50%a ~b ~c}", "q.gift:1: skipped partial-credit question"),
    ],
)
def test_partial_credit_that_ptquiz_cannot_hold_is_skipped(block: str, note: str) -> None:
    questions, _, skipped = _import(f"Which? {block}\n")
    assert questions == [] and skipped == [note]


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        ("{~%-50%a ~%-50%b}", "q.gift:1: no choice has a positive weight, so none is right"),
        ("{~%50%a ~%50%b ~%-100%a}", 'q.gift:1: choice "a" is both a key and a distractor'),
        # A weight that is no number, or outside Moodle's range, is named, not read as choice text.
        ("{~%inf%a ~%nan%b}", "q.gift:1: the weight %inf% is not a number from -100 to 100"),
        ("{~%half%a ~b}", "q.gift:1: the weight %half% is not a number from -100 to 100"),
        ("{~%150%a ~%-50%b}", "q.gift:1: the weight %150% is not from -100 to 100"),
        ("{~%50%a ~%-200%b ~%50%c}", "q.gift:1: the weight %-200% is not from -100 to 100"),
    ],
)
def test_weights_without_a_key_or_with_a_key_that_is_also_wrong_are_faults(block: str, problem: str) -> None:
    questions, problems, _ = _import(f"Which? {block}\n")
    assert questions == [] and problems == [problem]


def _bank(*questions: Question) -> Bank:
    return Bank(id="w", title="Weights", questions=questions)


MULTI = Question(
    "m", "Pick", ("a", "b", "c", "d"), 1, type=QuestionType.MULTIPLE, answers=(1, 3), scoring=Scoring.PARTIAL
)
TRUE_FALSE = Question("t", "Yes?", ("True", "False"), 0, type=QuestionType.TRUEFALSE)


def test_gift_export_writes_the_weights_and_reads_them_back() -> None:
    text = export_bank(_bank(MULTI, TRUE_FALSE), "gift").text
    assert "::m::[markdown]Pick{\n\t~%-50%a\n\t~%50%b\n\t~%-50%c\n\t~%50%d\n}" in text
    assert "::t::[markdown]Yes?{TRUE}" in text
    back, problems, _ = _import(text)
    assert problems == []
    assert [(q.id, q.type, q.answers, q.scoring) for q in back] == [
        ("m", QuestionType.MULTIPLE, (1, 3), Scoring.PARTIAL),
        ("t", QuestionType.TRUEFALSE, (0,), Scoring.ALL_OR_NOTHING),
    ]


def test_gift_export_notes_all_or_nothing_scoring_it_cannot_keep() -> None:
    strict = Question("s", "P", ("a", "b", "c"), 0, type=QuestionType.MULTIPLE, answers=(0, 1))
    notes = export_bank(_bank(strict), "gift").notes
    assert any("all-or-nothing scoring is read back as partial" in note for note in notes)


def test_aiken_export_skips_multiple_answer_questions_and_names_them() -> None:
    single = Question("one", "P", ("a", "b"), 1)
    result = export_bank(_bank(MULTI, single, TRUE_FALSE), "aiken")
    assert result.exported == 2
    assert "skipped 1 multiple-answer question (Aiken holds one key): m" in result.notes
    assert "Pick" not in result.text and "A. True\nB. False\nANSWER: A" in result.text


def test_the_gift_skipped_fixture_file_imports_its_multiple_answer_question() -> None:
    path = Path(__file__).parent / "data" / "import" / "gift-skipped.gift"
    result = convert_bytes(path.read_bytes(), str(path), None, path.stem)
    multiple = [q for q in result.questions if q.type is QuestionType.MULTIPLE]
    assert [(q.id, q.key_texts) for q in multiple] == [("multiple-answers", ("PyTorch", "JAX"))]
