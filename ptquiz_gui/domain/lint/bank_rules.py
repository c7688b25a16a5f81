"""The rules that look across a bank: where its keys sit, how long they are compared with
their distractors, and whether one question's stem gives another's key away.

Positions and lengths are counted in file order: shuffling hides them, but ``--no-shuffle``
and Aiken/GIFT export keep that order.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from ptquiz_gui.domain.lint.question_rules import (
    LETTERS,
    SHORT_CHOICE,
    Hit,
    one_key,
    prompt_site,
    words_with_stems,
)
from ptquiz_gui.domain.lint.wording import QuestionWords, words
from ptquiz_gui.domain.model import Bank, Question

MIN_EXPECTED = 2.0
"""A position (or a length rank) is judged only where chance puts the key at least this often."""
GIVEAWAY_SHARE = 0.5
GIVEAWAY_WORDS = 2
"""A stem that holds at least this many, and this share, of the words that set a key apart
from its distractors states that key."""
VERBATIM_MIN_WORDS = 3


def expected_range(expected: float, slack: float, share: float) -> tuple[int, int]:
    """The counts chance makes unremarkable: ``expected`` give or take ``max(slack, share × expected)``."""
    tolerance = max(slack, share * expected)
    return math.ceil(expected - tolerance - 1e-9), math.floor(expected + tolerance + 1e-9)


def key_position_balance(bank: Bank) -> Iterator[Hit]:
    """Each position is the key about 1/k of the time; 10 four-choice questions allow 2 or 3."""
    counts: dict[int, int] = defaultdict(int)
    expected: dict[int, float] = defaultdict(float)
    judged = [q for q in bank.questions if one_key(q)]
    for q in judged:
        counts[q.answer] += 1
        for position in range(len(q.choices)):
            expected[position] += 1 / len(q.choices)
    faults = []
    ranges = set()
    for position in sorted(expected):
        if expected[position] < MIN_EXPECTED:
            continue
        low, high = expected_range(expected[position], 1.0, 0.2)
        if not low <= counts[position] <= high:
            faults.append((position, low, high))
            ranges.add((low, high))
    if not faults:
        return
    if len(ranges) == 1:
        low, high = ranges.pop()
        where = ", ".join(f"choice {_letter(p)} in {counts[p]}" for p, _, _ in faults)
        balance = f"{low} to {high} each"
    else:
        where = ", ".join(f"choice {_letter(p)} in {counts[p]} (not {low} to {high})" for p, low, high in faults)
        balance = "chance spreads it evenly"
    yield Hit(
        "key-position-balance",
        bank.questions_site,
        f"in file order the key is {where} of {len(judged)} questions (balanced: {balance}); "
        "--no-shuffle and Aiken/GIFT export keep this order",
    )


def key_length_rank(bank: Bank) -> Iterator[Hit]:
    """The key should be the longest (and the shortest) choice about as often as chance has it."""
    longest = shortest = 0
    expected = 0.0
    judged = 0
    for q in filter(one_key, bank.questions):
        lengths = [len(" ".join(c.split())) for c in q.choices]
        if len(lengths) < 3 or max(lengths) <= SHORT_CHOICE:
            continue
        judged += 1
        expected += 1 / len(lengths)
        others = [n for i, n in enumerate(lengths) if i != q.answer]
        longest += lengths[q.answer] > max(others)
        shortest += lengths[q.answer] < min(others)
    if expected < MIN_EXPECTED:
        return
    low, high = expected_range(expected, 1.5, 0.25)
    for count, which in ((longest, "longest"), (shortest, "shortest")):
        if not low <= count <= high:
            yield Hit(
                "key-length-rank",
                bank.questions_site,
                f"the key is the {which} choice in {count} of {judged} questions with choices longer "
                f"than {SHORT_CHOICE} characters; chance gives {low} to {high}",
            )


def stem_states_key(items: list[QuestionWords]) -> Iterator[Hit]:
    """A stem that holds the words setting another question's key apart from its distractors.

    Exam mode lets people move back and forth, so such a stem answers the other question.
    """
    questions = [item.question for item in items]
    stems = [item.prompt_stems for item in items]
    holders: dict[str, list[int]] = defaultdict(list)
    for number, found in enumerate(stems):
        for word in found:
            holders[word].append(number)
    folded_prompts: list[str] | None = None
    for j, q in enumerate(questions):
        if not one_key(q):
            continue
        marks = _distinct_words(items[j].choice_stems)
        key_marks = marks[q.answer]
        reported: set[int] = set()
        if key_marks:
            hits: dict[int, int] = defaultdict(int)
            for word in key_marks:
                for number in holders.get(word, ()):
                    hits[number] += 1
            for i, count in sorted(hits.items()):
                if i == j or count < max(GIVEAWAY_WORDS, GIVEAWAY_SHARE * len(key_marks)):
                    continue
                share = count / len(key_marks)
                rivals = (len(m & stems[i]) / len(m) for c, m in enumerate(marks) if c != q.answer and m)
                if all(share > rival for rival in rivals):
                    reported.add(i)
                    shown = ", ".join(f"'{w}'" for w in words_with_stems(questions[i].prompt, key_marks))
                    yield _giveaway(questions[i], j, q, f"it uses {shown}, which set that key apart")
        key_words = items[j].choices[q.answer]
        if len(key_words) >= VERBATIM_MIN_WORDS:
            if folded_prompts is None:
                folded_prompts = [f" {' '.join(item.prompt)} " for item in items]
            key = f" {' '.join(key_words)} "
            for i, prompt in enumerate(folded_prompts):
                if i != j and i not in reported and key in prompt:
                    yield _giveaway(questions[i], j, q, "it contains that key word for word")


def _distinct_words(stems: list[set[str]]) -> list[set[str]]:
    """For each choice, the content words no other choice of the question has."""
    counts: dict[str, int] = defaultdict(int)
    for found in stems:
        for word in found:
            counts[word] += 1
    return [{w for w in found if counts[w] == 1} for found in stems]


def _giveaway(stating: Question, number: int, stated: Question, how: str) -> Hit:
    return Hit(
        "stem-states-key",
        prompt_site(stating),
        f"the stem gives away the key of question {number + 1} ('{stated.id}'): {how}",
    )


def _letter(position: int) -> str:
    return LETTERS[position] if position < len(LETTERS) else str(position + 1)
