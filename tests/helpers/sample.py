"""Small banks and plans for the storage tests, built in code (no files, no bundled banks)."""

from __future__ import annotations

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import AttemptPlan, Mode, plan_for_bank


def make_bank(
    bank_id: str = "alpha", count: int = 4, *, topics: tuple[str, ...] = ("tensors", "autograd")
) -> Bank:
    """A bank whose question ``i`` has choices ``A{i}``..``D{i}`` and key ``i % 4``."""
    questions = tuple(
        Question(
            id=f"q{i}",
            prompt=f"Question {i} of {bank_id}?",
            choices=tuple(f"{letter}{i}" for letter in "ABCD"),
            answer=i % 4,
            explanation=f"Because {i}.",
            topic=topics[i % len(topics)] if topics else "",
        )
        for i in range(count)
    )
    return Bank(
        id=bank_id,
        title=f"Bank {bank_id}",
        questions=questions,
        pass_mark=50,
        content_hash=f"hash-{bank_id}",
    )


def make_plan(bank: Bank | None = None, mode: Mode = Mode.PRACTICE, *, seed: int = 7) -> AttemptPlan:
    return plan_for_bank(bank or make_bank(), mode, seed=seed)


def wrong_choice(question: Question) -> int:
    return (question.answer + 1) % len(question.choices)


def answer(attempt: Attempt, file_index: int) -> None:
    """Answer the current question with the choice at ``file_index`` (file order), as a user would."""
    assert attempt.select(attempt.item.to_shown_index(file_index))
    if attempt.mode is Mode.PRACTICE:
        assert attempt.confirm()


def answer_right(attempt: Attempt) -> None:
    answer(attempt, attempt.item.question.answer)


def answer_wrong(attempt: Attempt) -> None:
    answer(attempt, wrong_choice(attempt.item.question))
