"""What an attempt will show: which questions, in which order, with which choice order.

A plan is fixed when the attempt starts and is stored with it, so a review later shows
exactly what the user saw, however the bank has changed since.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from ptquiz_gui.domain.attempt_kinds import MISSED_BANK_ID as MISSED_BANK_ID
from ptquiz_gui.domain.attempt_kinds import MIXED_BANK_ID as MIXED_BANK_ID
from ptquiz_gui.domain.attempt_kinds import PSEUDO_BANK_IDS as PSEUDO_BANK_IDS
from ptquiz_gui.domain.attempt_kinds import REVIEW_BANK_ID as REVIEW_BANK_ID
from ptquiz_gui.domain.attempt_kinds import Mode as Mode
from ptquiz_gui.domain.attempt_kinds import PlanKind as PlanKind
from ptquiz_gui.domain.model import Bank, Question, QuestionType


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One question as this attempt shows it.

    ``choice_order[p]`` is the file index of the choice shown at position ``p``.
    """

    bank_id: str
    question: Question
    choice_order: tuple[int, ...]

    @property
    def shown_choices(self) -> tuple[str, ...]:
        return tuple(self.question.choices[i] for i in self.choice_order)

    @property
    def shown_key(self) -> int:
        return self.choice_order.index(self.question.answer)

    @property
    def shown_keys(self) -> tuple[int, ...]:
        """Where every key is shown, in the order shown."""
        return tuple(sorted(self.choice_order.index(key) for key in self.question.answers))

    def to_file_index(self, shown: int) -> int:
        return self.choice_order[shown]

    def to_shown_index(self, file_index: int) -> int:
        return self.choice_order.index(file_index)


@dataclass(frozen=True, slots=True)
class AttemptPlan:
    title: str
    bank_id: str
    mode: Mode
    items: tuple[QuizItem, ...]
    seed: int
    time_limit: int | None  # seconds, exams only
    pass_mark: int
    kind: PlanKind = PlanKind.BANK
    bank_hash: str = ""

    def __post_init__(self) -> None:
        if not self.items:
            raise ValueError("an attempt needs at least one question")
        if self.mode is Mode.EXAM and not self.time_limit:
            raise ValueError("an exam needs a time limit")


def new_seed() -> int:
    return random.SystemRandom().randrange(2**31)


def plan_attempt(
    questions: Sequence[tuple[str, Question]],
    *,
    title: str,
    bank_id: str,
    mode: Mode,
    seed: int,
    pass_mark: int,
    time_limit: int | None = None,
    shuffle_questions: bool = True,
    shuffle_choices: bool = True,
    kind: PlanKind = PlanKind.BANK,
    bank_hash: str = "",
) -> AttemptPlan:
    """Order ``(bank_id, question)`` pairs for one attempt; the same seed gives the same order."""
    rng = random.Random(seed)
    order = list(range(len(questions)))
    if shuffle_questions:
        rng.shuffle(order)
    items = []
    for i in order:
        source_bank, question = questions[i]
        choices = list(range(len(question.choices)))
        # True stays above False; a 'shuffle: false' question keeps its file order.
        if shuffle_choices and question.shuffle and question.type is not QuestionType.TRUEFALSE:
            rng.shuffle(choices)
        items.append(QuizItem(source_bank, question, tuple(choices)))
    return AttemptPlan(
        title=title,
        bank_id=bank_id,
        mode=mode,
        items=tuple(items),
        seed=seed,
        time_limit=time_limit if mode is Mode.EXAM else None,
        pass_mark=pass_mark,
        kind=kind,
        bank_hash=bank_hash,
    )


def plan_for_bank(
    bank: Bank,
    mode: Mode,
    *,
    seed: int | None = None,
    shuffle: bool = True,
    time_limit: int | None = None,
) -> AttemptPlan:
    return plan_attempt(
        [(bank.id, q) for q in bank.questions],
        title=bank.title,
        bank_id=bank.id,
        mode=mode,
        seed=new_seed() if seed is None else seed,
        pass_mark=bank.pass_mark,
        time_limit=time_limit or bank.effective_time_limit,
        shuffle_questions=shuffle,
        shuffle_choices=shuffle,
        bank_hash=bank.content_hash,
    )


def plan_mixed(
    banks: Sequence[Bank],
    count: int,
    mode: Mode = Mode.EXAM,
    *,
    seed: int | None = None,
    time_limit: int | None = None,
) -> AttemptPlan:
    """``count`` questions drawn at random from ``banks`` (all of them when there are fewer)."""
    seed = new_seed() if seed is None else seed
    pool = [(b.id, q) for b in banks for q in b.questions]
    if not pool:
        raise ValueError("the selected banks have no questions")
    drawn = random.Random(seed ^ 0x5EED).sample(pool, min(count, len(pool)))
    per_question = sum(b.effective_time_limit / len(b.questions) for b in banks) / len(banks)
    return plan_attempt(
        drawn,
        title="Mixed exam: " + ", ".join(b.title for b in banks),
        bank_id=MIXED_BANK_ID,
        mode=mode,
        seed=seed,
        pass_mark=round(sum(b.pass_mark for b in banks) / len(banks)),
        time_limit=time_limit or max(60, round(per_question * len(drawn))),
        kind=PlanKind.MIXED,
    )


def plan_subset(
    items: Sequence[QuizItem],
    *,
    title: str,
    bank_id: str,
    kind: PlanKind,
    pass_mark: int,
    seed: int | None = None,
) -> AttemptPlan:
    """A practice run over chosen questions (a retry, the most missed, spaced review)."""
    return plan_attempt(
        [(item.bank_id, item.question) for item in items],
        title=title,
        bank_id=bank_id,
        mode=Mode.PRACTICE,
        seed=new_seed() if seed is None else seed,
        pass_mark=pass_mark,
        kind=kind,
    )
