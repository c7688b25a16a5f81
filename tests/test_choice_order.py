"""``shuffle: false``: a question whose choices stay in file order in every attempt, its
faults at their line and column, and its way through the cache, imports and exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.bank_codec import bank_from_record, bank_to_record
from ptquiz_gui.domain.formats import convert_bytes, export_bank
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import Bank, BankError, BankSource, Question, QuestionType
from ptquiz_gui.domain.plan import Mode, plan_for_bank, plan_mixed

REPO = Path(__file__).resolve().parent.parent
HEAD = "format: 1\nid: b\ntitle: B\nquestions:\n"
BANK = (
    HEAD
    + "- id: table\n  prompt: Which model in the table?\n  choices: [A, B, C, D]\n  answer: C\n"
    + "  shuffle: false\n"
    + "- id: free\n  prompt: Pick b\n  choices: [a, b, c, d, e]\n  answer: b\n"
    + "- id: other\n  prompt: Pick x\n  choices: [x, y, z]\n  answer: x\n  shuffle: true\n"
)


def load(text: str) -> Bank:
    return load_bank_bytes(text.encode("utf-8"), "b.yaml", BankSource.USER, Path("b.yaml"))


def problems(text: str) -> list[str]:
    with pytest.raises(BankError) as raised:
        load(text)
    return [str(p) for p in raised.value.problems]


# --- plans --------------------------------------------------------------------------------------


def test_a_fixed_question_keeps_file_order_while_the_others_and_the_question_order_shuffle() -> None:
    bank = load(BANK)
    free_orders, question_orders = set(), set()
    for seed in range(60):
        plan = plan_for_bank(bank, Mode.PRACTICE, seed=seed)
        items = {item.question.id: item for item in plan.items}
        assert items["table"].shown_choices == ("A", "B", "C", "D")
        assert items["table"].shown_keys == (2,)
        free_orders.add(items["free"].shown_choices)
        question_orders.add(tuple(item.question.id for item in plan.items))
    assert len(free_orders) > 10  # the other question's choices are shuffled
    assert len(question_orders) == 6  # every order of the three questions occurs


def test_a_mixed_exam_keeps_the_fixed_question_in_file_order_too() -> None:
    bank = load(BANK)
    for seed in range(20):
        plan = plan_mixed([bank], 3, seed=seed)
        (table,) = [item for item in plan.items if item.question.id == "table"]
        assert table.choice_order == (0, 1, 2, 3)


def test_the_bundled_table_question_is_never_shuffled() -> None:
    bank = load_library(REPO / "quizzes", REPO / "quizzes" / "none").bank("pytorch-05")
    assert bank is not None
    fixed = [q.id for q in bank.questions if not q.shuffle]
    assert fixed == ["q10-composite-score"]
    for seed in range(20):
        (item,) = [i for i in plan_for_bank(bank, Mode.EXAM, seed=seed).items if not i.question.shuffle]
        assert item.shown_choices == ("A", "B", "C", "D")


# --- the format ---------------------------------------------------------------------------------


def test_shuffle_is_read_as_written_and_defaults_to_true() -> None:
    table, free, other = load(BANK).questions
    assert (table.shuffle, free.shuffle, other.shuffle) == (False, True, True)
    true_false = HEAD + "- id: t\n  type: truefalse\n  prompt: P\n  answer: true\n  shuffle: false\n"
    (tf,) = load(true_false).questions
    assert (tf.type, tf.shuffle, tf.choices) == (QuestionType.TRUEFALSE, False, ("True", "False"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'false'", "b.yaml:5:59: question 1 ('q'): 'shuffle' must be true or false, not the text 'false'; "
         "write false, without quotes"),
        ("0", "b.yaml:5:59: question 1 ('q'): 'shuffle' must be true or false, not the number 0"),
        ("[a]", "b.yaml:5:59: question 1 ('q'): 'shuffle' must be true or false, not a list"),
        ("fixed", "b.yaml:5:59: question 1 ('q'): 'shuffle' must be true or false, not the text 'fixed'"),
    ],
)
def test_a_shuffle_that_is_not_true_or_false_is_reported_at_its_value(value: str, expected: str) -> None:
    text = HEAD + "- {id: q, prompt: P, choices: [a, b], answer: a, shuffle: " + value + "}\n"
    assert problems(text) == [expected]


def test_a_misspelt_shuffle_key_is_named() -> None:
    text = HEAD + "- id: q\n  prompt: P\n  choices: [a, b]\n  answer: a\n  shufle: false\n"
    assert problems(text) == ["b.yaml:9:3: question 1 ('q'): unknown key 'shufle'; did you mean 'shuffle'?"]


# --- the cache ----------------------------------------------------------------------------------


def test_the_cache_keeps_shuffle_and_refuses_a_shuffle_that_is_not_true_or_false(tmp_path: Path) -> None:
    bank = load(BANK)
    record = json.loads(json.dumps(bank_to_record(bank)))
    back = bank_from_record(record, Path("b.yaml"), BankSource.USER)
    assert back == bank and [q.shuffle for q in back.questions] == [False, True, True]
    record["questions"][0][15] = "no"
    with pytest.raises(ValueError):
        bank_from_record(record, Path("b.yaml"), BankSource.USER)

    user = tmp_path / "user"
    user.mkdir()
    (user / "b.yaml").write_text(BANK, encoding="utf-8")
    first = BankCache(tmp_path / "cache.json")
    load_library(tmp_path / "none", user, first)
    assert first.save()
    cached = load_library(tmp_path / "none", user, BankCache(tmp_path / "cache.json")).bank("b")
    assert cached is not None and [q.shuffle for q in cached.questions] == [False, True, True]


# --- Moodle XML, GIFT and Aiken -------------------------------------------------------------------


def _moodle(shuffle_element: str) -> str:
    return (
        '<quiz><question type="multichoice"><name><text>m</text></name>'
        '<questiontext format="html"><text>Pick</text></questiontext><single>true</single>'
        f"{shuffle_element}"
        '<answer fraction="100"><text>A</text></answer><answer fraction="0"><text>B</text></answer>'
        "</question></quiz>"
    )


@pytest.mark.parametrize(
    ("element", "shuffle"),
    [
        ("<shuffleanswers>0</shuffleanswers>", False),
        ("<shuffleanswers>false</shuffleanswers>", False),
        ("<shuffleanswers> </shuffleanswers>", False),
        ("<shuffleanswers>1</shuffleanswers>", True),
        ("<shuffleanswers>true</shuffleanswers>", True),
        ("", True),
    ],
)
def test_moodle_shuffleanswers_is_imported_into_shuffle(element: str, shuffle: bool) -> None:
    result = convert_bytes(_moodle(element).encode(), "quiz.xml", None, "quiz")
    assert result.problems == []
    (question,) = load_bank_bytes(result.bank_yaml.encode(), "quiz.yaml").questions
    assert question.shuffle is shuffle and result.questions[0].shuffle is shuffle
    assert ("shuffle: false" in result.bank_yaml) is not shuffle


def test_moodle_export_writes_shuffleanswers_per_question_and_reads_it_back() -> None:
    bank = load(BANK + "- id: tf\n  type: truefalse\n  prompt: T?\n  answer: false\n  shuffle: false\n")
    text = export_bank(bank, "moodle-xml").text
    shuffles = [part.split("<")[0] for part in text.split("<shuffleanswers>")[1:]]
    assert shuffles == ["false", "true", "true", "false"]
    result = convert_bytes(text.encode(), "b.xml", None, "b")
    assert result.problems == []
    back = load_bank_bytes(result.bank_yaml.encode(), "b.yaml").questions
    assert [(q.id, q.shuffle) for q in back] == [(q.id, q.shuffle) for q in bank.questions]


@pytest.mark.parametrize(("fmt", "name"), [("gift", "GIFT"), ("aiken", "Aiken")])
def test_gift_and_aiken_export_note_the_fixed_order_they_cannot_hold(fmt: str, name: str) -> None:
    notes = export_bank(load(BANK), fmt).notes
    expected = f"{name} has no 'shuffle: false' (choices kept in file order): left out for 1 question: table"
    assert expected in notes
    plain = Bank("p", "P", (Question("q", "P", ("a", "b"), 0),))
    assert not any("shuffle" in note for note in export_bank(plain, fmt).notes)
