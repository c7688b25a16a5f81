"""Multiple-answer and true/false questions in the bank format: what loads, every fault at
its line and column, scoring, the cache, ``banks --json``, the linter and shuffling."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ptquiz_gui.domain.bank_codec import bank_from_record, bank_to_record
from ptquiz_gui.domain.display import score as shown_score
from ptquiz_gui.domain.lint.linter import lint_bank
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import BankError, BankSource, Question, QuestionType, Scoring
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.domain.scoring import score

REPO = Path(__file__).resolve().parent.parent
HEAD = "format: 1\nid: b\ntitle: B\n"
MIXED = (
    HEAD
    + "scoring: partial\n"
    + "questions:\n"
    + "- id: multi\n  prompt: Which are optimizers?\n  choices: [Adam, ReLU, SGD, Dropout]\n"
    + "  answer: [SGD, Adam]\n  choose: 2\n  tags: [optim, basics]\n"
    + "- id: tf\n  type: truefalse\n  prompt: '`torch.no_grad()` records no graph.'\n  answer: true\n"
    + "- id: one\n  prompt: Pick b\n  choices: [a, b, c]\n  answer: b\n"
    + "- id: strict\n  prompt: Pick a and c\n  choices: [a, b, c]\n  answer: [0, 2]\n  scoring: all-or-nothing\n"
)


def load(text: str) -> list[Question]:
    return list(load_bank_bytes(text.encode("utf-8"), "b.yaml").questions)


def problems(text: str) -> list[str]:
    with pytest.raises(BankError) as raised:
        load_bank_bytes(text.encode("utf-8"), "b.yaml")
    return [str(p) for p in raised.value.problems]


def test_a_list_of_keys_makes_a_multiple_answer_question_with_sorted_keys() -> None:
    multi, tf, one, strict = load(MIXED)
    assert (multi.type, multi.answers, multi.key_texts) == (QuestionType.MULTIPLE, (0, 2), ("Adam", "SGD"))
    assert multi.choose == 2 and multi.tags == ("optim", "basics")
    assert multi.scoring is Scoring.PARTIAL  # the bank's
    assert strict.scoring is Scoring.ALL_OR_NOTHING  # its own
    assert (tf.type, tf.choices, tf.answer, tf.answers) == (QuestionType.TRUEFALSE, ("True", "False"), 0, (0,))
    assert (one.type, one.answer, one.answers) == (QuestionType.SINGLE, 1, (1,))


def test_a_format_1_bank_without_the_new_fields_loads_as_before() -> None:
    (q,) = load(HEAD + "questions:\n- id: q\n  prompt: P\n  choices: [a, b]\n  answer: 1\n")
    assert (q.type, q.answer, q.answers, q.choose, q.scoring, q.tags) == (
        QuestionType.SINGLE, 1, (1,), None, Scoring.ALL_OR_NOTHING, ()
    )


def test_true_false_may_write_its_fixed_choices_and_the_answer_as_text() -> None:
    (q,) = load(HEAD + "questions:\n- id: q\n  type: truefalse\n  prompt: P\n  choices: ['True', 'False']\n  answer: 'False'\n")
    assert q.answer == 1


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("choices: [a, b, c]\n  answer: [a, z]", "b.yaml:8:15: question 1 ('q'): key 2 in 'answer' 'z' is not one of the choices"),
        ("choices: [a, b, c]\n  answer: [a, 0]", "b.yaml:8:15: question 1 ('q'): key 2 in 'answer' repeats key 1 (choice 1)"),
        ("choices: [a, b, c]\n  answer: [a]", "b.yaml:8:11: question 1 ('q'): 'answer' lists 1 key; a multiple-answer question needs at least 2"),
        ("choices: [a, b, a]\n  answer: [a, b]", "b.yaml:8:12: question 1 ('q'): key 1 in 'answer' 'a' is also a distractor: choice 3 repeats it"),
        ("choices: [a, b, c]\n  answer: [a, 3]", "b.yaml:8:15: question 1 ('q'): key 2 in 'answer' is index 3, but the 3 choices are numbered 0 to 2"),
        ("choices: [a, b, c]\n  answer: [a, b]\n  choose: 4", "b.yaml:9:11: question 1 ('q'): 'choose' must be a whole number from 1 to 3"),
        ("choices: [a, b, c]\n  answer: a\n  choose: 1", "b.yaml:9:11: question 1 ('q'): 'choose' is only for multiple-answer questions"),
        ("type: multiple\n  choices: [a, b]\n  answer: a", "b.yaml:9:11: question 1 ('q'): a multiple-answer question lists its keys"),
        ("type: single\n  choices: [a, b]\n  answer: [a, b]", "b.yaml:9:11: question 1 ('q'): 'type' is single, but 'answer' is a list"),
        ("type: truefalse\n  answer: maybe", "b.yaml:8:11: question 1 ('q'): 'answer' of a true/false question must be true or false"),
        ("type: truefalse\n  choices: [yes, no]\n  answer: true", "b.yaml:8:12: question 1 ('q'): a true/false question has the fixed choices True and False"),
        ("type: true-false\n  answer: true", "b.yaml:7:9: question 1 ('q'): 'type' is 'true-false'; it must be one of single, multiple, truefalse; did you mean 'truefalse'?"),
        ("choices: [a, b]\n  answer: [a, b]\n  scoring: parcial", "b.yaml:9:12: question 1 ('q'): 'scoring' is 'parcial'; it must be one of all-or-nothing, partial; did you mean 'partial'?"),
        ("choices: [a, b]\n  answer: a\n  tags: solo", "b.yaml:9:9: question 1 ('q'): 'tags' must be a list of texts, not the text 'solo'; write it as [solo]"),
    ],
)
def test_every_fault_of_the_new_fields_names_its_line_and_column(question: str, expected: str) -> None:
    text = HEAD + f"questions:\n- id: q\n  prompt: P\n  {question}\n"
    found = problems(text)
    assert any(p.startswith(expected) for p in found), found


def test_a_bank_wide_scoring_fault_is_reported_at_its_value() -> None:
    text = HEAD + "scoring: some\nquestions:\n- id: q\n  prompt: P\n  choices: [a, b]\n  answer: a\n"
    assert problems(text) == [
        "b.yaml:4:10: 'scoring' is 'some'; it must be one of all-or-nothing, partial"
    ]


# --- scoring -------------------------------------------------------------------------------------


def _multi(scoring: Scoring, choices: int = 5, keys: tuple[int, ...] = (0, 1)) -> Question:
    texts = tuple("abcdefgh"[:choices])
    return Question("q", "P", texts, keys[0], type=QuestionType.MULTIPLE, answers=keys, scoring=scoring)


@pytest.mark.parametrize(
    ("picked", "points"),
    [
        ((0, 1), 1.0),  # every key
        ((0,), 0.5),  # one of two keys: 1/k
        ((0, 2), 0.5 - 1 / 3),  # a key and a wrong pick: 1/2 - 1/(n-k)
        ((0, 1, 2), 1 - 1 / 3),
        ((2,), 0.0),  # clamped at 0
        ((0, 1, 2, 3, 4), 0.0),  # ticking every box scores nothing
        ((), 0.0),
    ],
)
def test_partial_scoring_follows_moodles_rule_and_is_clamped(picked: tuple[int, ...], points: float) -> None:
    assert score(_multi(Scoring.PARTIAL), picked) == pytest.approx(points)


def test_three_thirds_make_exactly_one_point() -> None:
    question = _multi(Scoring.PARTIAL, choices=4, keys=(0, 1, 2))
    assert score(question, (2, 0, 1)) == 1.0
    assert shown_score(score(question, (0, 1)), 1) == "0.66/1"  # cut, never rounded up


def test_all_or_nothing_needs_exactly_the_keys() -> None:
    question = _multi(Scoring.ALL_OR_NOTHING)
    assert score(question, (1, 0)) == 1.0
    assert score(question, (0,)) == 0.0
    assert score(question, (0, 1, 2)) == 0.0


def test_single_and_true_false_questions_score_as_today() -> None:
    single = Question("q", "P", ("a", "b", "c"), 2, scoring=Scoring.PARTIAL)
    assert [score(single, [i]) for i in range(3)] == [0.0, 0.0, 1.0]
    tf = Question("t", "P", ("True", "False"), 1, type=QuestionType.TRUEFALSE)
    assert (score(tf, [1]), score(tf, [0]), score(tf, [])) == (1.0, 0.0, 0.0)


# --- cache, plans, lint and banks --json ------------------------------------------------------------


def test_a_cached_bank_equals_the_parsed_one_and_a_tampered_key_is_refused() -> None:
    bank = load_bank_bytes(MIXED.encode(), "b.yaml", BankSource.USER, Path("b.yaml"))
    record = json.loads(json.dumps(bank_to_record(bank)))
    assert bank_from_record(record, Path("b.yaml"), BankSource.USER) == bank
    record["questions"][0][11] = [2, 0]  # keys out of order
    with pytest.raises(ValueError):
        bank_from_record(record, Path("b.yaml"), BankSource.USER)


def test_true_false_is_never_shuffled_and_keys_are_tracked_through_shuffling() -> None:
    bank = load_bank_bytes(MIXED.encode(), "b.yaml")
    for seed in range(20):
        plan = plan_for_bank(bank, Mode.PRACTICE, seed=seed)
        for item in plan.items:
            if item.question.type is QuestionType.TRUEFALSE:
                assert item.shown_choices == ("True", "False")
            shown = {item.shown_choices[p] for p in item.shown_keys}
            assert shown == set(item.question.key_texts)


def test_the_linter_warns_when_choose_and_the_keys_disagree() -> None:
    text = MIXED.replace("choose: 2", "choose: 3")
    findings = lint_bank(load_bank_bytes(text.encode(), "b.yaml"), "b.yaml")
    assert [(f.rule, f.line, f.column) for f in findings] == [("choose-count", 9, 11)]
    assert "says 'Choose 3', but 'answer' lists 2 keys" in findings[0].message
    assert lint_bank(load_bank_bytes(MIXED.encode(), "b.yaml"), "b.yaml") == []


def test_banks_json_gives_type_and_answers_and_answer_only_where_there_is_one_key(tmp_path: Path) -> None:
    banks = tmp_path / "data" / "banks"
    banks.mkdir(parents=True)
    (banks / "b.yaml").write_text(MIXED, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(tmp_path / "data"), "banks", "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    mine = next(b for b in listed["banks"] if b["id"] == "b")
    multi, tf, one, _ = mine["questions"]
    assert (multi["type"], multi["answers"], "answer" in multi) == ("multiple", [0, 2], False)
    assert (tf["type"], tf["answers"], tf["answer"], tf["choices"]) == ("truefalse", [0], 0, ["True", "False"])
    assert (one["type"], one["answers"], one["answer"]) == ("single", [1], 1)
    bundled = [q for b in listed["banks"] if b["source"] == "bundled" for q in b["questions"]]
    assert bundled and all(q["type"] == "single" and q["answers"] == [q["answer"]] for q in bundled)
