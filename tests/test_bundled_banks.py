"""The twelve bundled PyTorch banks: structure and the cues a test-taker could exploit.

These rules mirror the editorial rules of the banks (docs/bank-format.md): the key must
not give itself away by length, true/false questions offer exactly True and False, and
the questions whose reasoning works through code show that code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ptquiz_gui.domain.loader import load_paths
from ptquiz_gui.domain.model import Bank, BankSource

REPO = Path(__file__).resolve().parent.parent
BANK_IDS = [f"pytorch-{n:02d}" for n in range(1, 13)]
CODE_STEMS = {
    "pytorch-01": (6, 9),
    "pytorch-04": (3, 9),
    "pytorch-09": (8,),
    "pytorch-12": (6,),
}
GIVEAWAYS = re.compile(r"\b(all|none|both|neither) of the (above|these)\b", re.I)


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    result = load_paths([REPO / "quizzes"], BankSource.BUNDLED)
    assert result.problems == []
    return {b.id: b for b in result.banks}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_twelve_banks_of_ten_questions(banks: dict[str, Bank]) -> None:
    assert sorted(banks) == BANK_IDS
    for bank in banks.values():
        assert len(bank.questions) == 10, bank.id
        assert [q.id[:3] for q in bank.questions] == [f"q{n:02d}" for n in range(1, 11)], bank.id
        assert bank.title and bank.description and bank.topics, bank.id
        assert bank.time_limit > 0 and 0 < bank.pass_mark <= 100


def test_every_question_is_a_real_exam_item(banks: dict[str, Bank]) -> None:
    for bank in banks.values():
        for q in bank.questions:
            where = f"{bank.id}/{q.id}"
            assert q.topic, where
            assert len(fold(q.prompt)) >= 25, where
            asks = "?" in q.prompt or q.prompt.rstrip().endswith((":", "```", "|"))
            assert asks or q.prompt.casefold().startswith("true or false"), where
            assert len({fold(c).casefold() for c in q.choices}) == len(q.choices), where
            assert not any(GIVEAWAYS.search(c) for c in q.choices), where
            assert len(fold(q.explanation)) > len(fold(q.key_text)) // 2, where
            if set(q.choices) != {"True", "False"}:
                assert len(q.choices) == 4, where


def test_true_false_and_table_questions(banks: dict[str, Bank]) -> None:
    true_false = banks["pytorch-05"].questions[1]
    assert list(true_false.choices) in (["True", "False"], ["False", "True"])
    table = banks["pytorch-05"].questions[9]
    assert sorted(table.choices) == ["A", "B", "C", "D"]
    assert re.search(r"^\|.*\|\s*$", table.prompt, re.M) and "---" in table.prompt


def test_code_reasoning_questions_show_the_code(banks: dict[str, Bank]) -> None:
    for bank_id, numbers in CODE_STEMS.items():
        for n in numbers:
            q = banks[bank_id].questions[n - 1]
            assert "```" in q.prompt, f"{bank_id} Q{n} should show its code in a fenced block"


def test_key_length_gives_nothing_away(banks: dict[str, Bank]) -> None:
    longest = considered = 0
    ratios = []
    for bank in banks.values():
        for q in bank.questions:
            key = fold(q.key_text)
            if len(q.choices) < 3 or len(key) <= 12:
                continue
            others = [len(fold(c)) for i, c in enumerate(q.choices) if i != q.answer]
            considered += 1
            longest += len(key) > max(others)
            ratios.append(len(key) / (sum(others) / len(others)))
    assert considered >= 80
    assert longest / considered <= 0.40, f"key is the longest choice in {longest} of {considered}"
    assert sum(ratios) / len(ratios) <= 1.5


def test_key_positions_are_spread(banks: dict[str, Bank]) -> None:
    positions = [q.answer for b in banks.values() for q in b.questions if len(q.choices) == 4]
    for position in range(4):
        assert positions.count(position) >= len(positions) // 8, positions
