"""Whatever bytes a bank file holds, loading gives a Bank or a BankError: never a crash."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import Bank, BankError

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GOOD = """\
format: 1
id: fuzz
title: Fuzz bank
topics: [a, b]
time_limit: 120
questions:
  - id: q1
    prompt: |
      Which one?
    choices:
      - 'yes'
      - "no"
    answer: 'yes'
  - &second
    id: q2
    prompt: Pick
    choices: [x, y, z]
    answer: 2
    explanation: z is last
"""

BANK_KEYS = ["format", "id", "title", "description", "topics", "time_limit", "pass_mark", "questions", "lint"]
QUESTION_KEYS = ["id", "topic", "prompt", "choices", "answer", "explanation", "verify", "lint"]
LINT_KEYS = ["ignore", "reason"]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["1", "yes", "~", "0x1f", "1:30", "2024-01-01", "<<", "=", "", " "])
)
keys = st.sampled_from(BANK_KEYS + QUESTION_KEYS + LINT_KEYS) | st.text(max_size=8)


def nested(max_leaves: int) -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=6),
        max_leaves=max_leaves,
    )


trees = nested(40)
choice_texts = st.lists(
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
        min_size=1,
        max_size=12,
    ),
    min_size=1,
    max_size=9,
    unique=True,
)


def check(data: bytes) -> Bank | None:
    try:
        bank = load_bank_bytes(data, "fuzz.yaml")
    except BankError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.path == "fuzz.yaml"
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message
        event("refused")
        return None
    event("loaded")
    assert isinstance(bank, Bank)
    assert bank.questions
    assert len({q.id for q in bank.questions}) == len(bank.questions)
    for question in bank.questions:
        assert 2 <= len(question.choices) <= 8
        assert 0 <= question.answer < len(question.choices)
    return bank


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(trees)
def test_arbitrary_yaml_documents(tree: Any) -> None:
    check(yaml.safe_dump(tree, allow_unicode=True).encode("utf-8"))


@FUZZ
@given(st.dictionaries(st.sampled_from(BANK_KEYS), nested(8), max_size=8))
def test_arbitrary_values_under_bank_keys(mapping: dict[str, Any]) -> None:
    check(yaml.safe_dump(mapping).encode("utf-8"))


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(GOOD)), st.integers(0, 30), st.text(max_size=12)),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_good_banks(edits: list[tuple[int, int, str]]) -> None:
    text = GOOD
    for position, removed, inserted in edits:
        text = text[:position] + inserted + text[position + removed :]
    check(text.encode("utf-8"))


@st.composite
def shaped_question(draw: st.DrawFn) -> dict[str, Any]:
    choices = draw(choice_texts)
    answer: Any = draw(
        st.sampled_from(choices)
        | st.integers(0, len(choices) - 1)
        | st.integers(-2, 9)
        | st.text(max_size=12)
    )
    return {"prompt": "Pick one", "choices": choices, "answer": answer}


@FUZZ
@given(st.lists(shaped_question(), min_size=1, max_size=4))
def test_bank_shaped_documents_keep_choices_and_the_key(questions: list[dict[str, Any]]) -> None:
    document = {
        "format": 1,
        "id": "shaped",
        "title": "Shaped",
        "questions": [{"id": f"q{n}", **question} for n, question in enumerate(questions)],
    }
    text = yaml.safe_dump(document, allow_unicode=True)
    bank = check(text.encode("utf-8"))
    if bank is None:
        return
    # What YAML itself reads back is the reference (the emitter does not round-trip every character).
    meant = yaml.safe_load(text)["questions"]
    for question, written in zip(bank.questions, meant, strict=True):
        assert list(question.choices) == written["choices"]
        answer = written["answer"]
        assert question.key_text == (written["choices"][answer] if isinstance(answer, int) else answer)
