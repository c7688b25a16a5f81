"""The rules that look at one question at a time: its choices against each other and its key.

Each rule returns ``Hit``s; the linter turns them into warnings naming the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ptquiz_gui.domain.lint.wording import (
    QuestionWords,
    absolute_words,
    folded,
    looks_like_code,
    reason_clause,
    stem,
    words,
)
from ptquiz_gui.domain.model import Question, QuestionType, Site

LETTERS = "ABCDEFGH"
SHORT_CHOICE = 20
"""Choices this short (code values, numbers, shapes) are all alike; their lengths say nothing."""
LENGTH_RATIO = 1.25
LENGTH_GAP = 6
MIRROR_MIN_WORDS = 3
UNRELATED_BELOW = 0.5
STEM_ECHO_WORDS = 2

_ABOVE = re.compile(
    r"\b(?:all|none|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|below|these|those|others|"
    r"other\s+(?:choices|answers|options))\b",
    re.I,
)
_PROSE_FIRST = re.compile(r"(?:[A-Za-z][a-z'’-]+|A|I)[,;:]?\Z")


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    site: Site
    message: str


def choice_site(q: Question, index: int) -> Site:
    return q.sites.choices[index] if q.sites is not None else (q.line, 1)


def answer_site(q: Question) -> Site:
    return q.sites.answer if q.sites is not None else (q.line, 1)


def prompt_site(q: Question) -> Site:
    return q.sites.prompt if q.sites is not None else (q.line, 1)


def name(index: int) -> str:
    return f"choice {LETTERS[index]}" if index < len(LETTERS) else f"choice {index + 1}"


def duplicate_choices(q: Question) -> Iterator[Hit]:
    first: dict[str, int] = {}
    for index, text in enumerate(q.choices):
        same = first.setdefault(folded(text), index)
        if same != index:
            yield Hit(
                "duplicate-choices",
                choice_site(q, index),
                f"{name(index)} says the same as {name(same)}; they differ only in case, spacing, "
                "punctuation or word endings",
            )


def all_none_of_above(q: Question) -> Iterator[Hit]:
    for index, text in enumerate(q.choices):
        found = _ABOVE.search(text)
        if found:
            yield Hit(
                "all-none-of-above",
                choice_site(q, index),
                f"{name(index)} is '{found.group(0)}': it depends on the other choices and on their "
                "order, which shuffling changes; write a choice that stands on its own",
            )


def one_key(q: Question) -> bool:
    """The key cues compare one key with its distractors: single-answer questions only."""
    return q.type is QuestionType.SINGLE


def wording_cues(q: Question) -> Iterator[Hit]:
    """absolute-word-cue and reason-clause-cue: the key alone worded differently."""
    if len(q.choices) < 3 or not one_key(q):
        return
    key = q.key_text
    others = [c for i, c in enumerate(q.choices) if i != q.answer]
    key_absolute = absolute_words(key)
    absolutes = [absolute_words(c) for c in others]
    key_reason = reason_clause(key)
    reasons = [reason_clause(c) for c in others]
    site = answer_site(q)
    if not key_absolute and all(absolutes):
        shown = ", ".join(sorted({f"'{found[0]}'" for found in absolutes}))
        yield Hit(
            "absolute-word-cue",
            site,
            f"the key is the only choice without an absolute word (the others say {shown}); "
            "test-wise readers drop absolutes",
        )
    elif not key_absolute and not key_reason and all(a or r for a, r in zip(absolutes, reasons, strict=True)):
        if not all(reasons):
            yield Hit(
                "absolute-word-cue",
                site,
                "the key is the only choice with neither an absolute word nor a reason clause; "
                "every other choice has one or the other",
            )
    if not key_reason and all(reasons):
        yield Hit(
            "reason-clause-cue",
            site,
            "the key is the only choice without a reason clause (the others say "
            + ", ".join(sorted({f"'{r}'" for r in reasons if r}))
            + "); give all choices the same shape",
        )
    elif key_reason and not any(reasons):
        yield Hit(
            "reason-clause-cue",
            site,
            f"the key is the only choice with a reason clause ('{key_reason}'); give all choices "
            "the same shape",
        )


def key_length_cue(q: Question) -> Iterator[Hit]:
    lengths = [len(" ".join(c.split())) for c in q.choices]
    if max(lengths) <= SHORT_CHOICE or not one_key(q):
        return
    key = lengths[q.answer]
    others = [n for i, n in enumerate(lengths) if i != q.answer]
    longest, shortest = max(others), min(others)
    if key > longest and key >= LENGTH_RATIO * longest and key - longest >= LENGTH_GAP:
        yield Hit(
            "key-length-cue",
            answer_site(q),
            f"the key is by far the longest choice ({key} characters; the next has {longest})",
        )
    elif key < shortest and shortest >= LENGTH_RATIO * key and shortest - key >= LENGTH_GAP:
        yield Hit(
            "key-length-cue",
            answer_site(q),
            f"the key is by far the shortest choice ({key} characters; the next has {shortest})",
        )


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def _shape(found: list[str]) -> Counter[str]:
    """The words with every number made alike: choices that differ only in their numbers are variants."""
    return Counter("#" if w.isdigit() else w for w in found)


def mirror_pair(item: QuestionWords) -> Iterator[Hit]:
    q = item.question
    if len(q.choices) < 3 or not one_key(q):
        return
    key_words = item.choices[q.answer]
    if len(key_words) < MIRROR_MIN_WORDS:
        return
    key_bag = Counter(key_words)
    key_shape = _shape(key_words)
    mirrors: list[int] = []
    unrelated: list[int] = []
    for index, these in enumerate(item.choices):
        if index == q.answer:
            continue
        bag = Counter(these)
        if bag == key_bag and these != key_words:
            mirrors.append(index)
        elif _overlap(_shape(these), key_shape) < UNRELATED_BELOW:
            unrelated.append(index)
    if len(mirrors) == 1 and unrelated:
        yield Hit(
            "mirror-pair",
            choice_site(q, mirrors[0]),
            f"{name(mirrors[0])} is the key with its parts swapped, while {name(unrelated[0])} is "
            "unrelated to it: the twin of a lone mirror pair is the key; make all choices variants "
            "of one another, or drop the mirror",
        )


def non_parallel_choices(item: QuestionWords) -> Iterator[Hit]:
    q = item.question
    if len(q.choices) < 3:
        return
    yield from _mixed_case(q)
    yield from _mixed_end(q)
    yield from _stem_echo(item)


def _minority(groups: dict[bool, list[int]]) -> int:
    small = min(groups.values(), key=len)
    return small[0]


def _mixed_case(q: Question) -> Iterator[Hit]:
    groups: dict[bool, list[int]] = {True: [], False: []}
    for index, text in enumerate(q.choices):
        first = text.split()[0] if text.split() else ""
        if len(text.split()) >= 2 and _PROSE_FIRST.match(first):
            groups[first[0].isupper()].append(index)
    if groups[True] and groups[False]:
        odd = _minority(groups)
        case = "an upper-case" if odd in groups[True] else "a lower-case"
        yield Hit(
            "non-parallel-choices",
            choice_site(q, odd),
            f"{name(odd)} starts with {case} letter and the others do not; write all choices in one case",
        )


def _mixed_end(q: Question) -> Iterator[Hit]:
    groups: dict[bool, list[int]] = {True: [], False: []}
    for index, text in enumerate(q.choices):
        end = text.rstrip()
        groups[end.endswith((".", "!", "?")) and not end.endswith("..")].append(index)
    if groups[True] and groups[False]:
        odd = _minority(groups)
        how = "ends with" if odd in groups[True] else "lacks"
        yield Hit(
            "non-parallel-choices",
            choice_site(q, odd),
            f"{name(odd)} {how} a full stop and the others do not; end all choices alike",
        )


def _stem_echo(item: QuestionWords) -> Iterator[Hit]:
    q = item.question
    stems = item.choice_stems
    shared = set.intersection(*stems)
    prompt = item.prompt_stems
    echoes = [(s & prompt) - shared for s in stems]
    loud = [i for i, e in enumerate(echoes) if len(e) >= STEM_ECHO_WORDS]
    quiet = [i for i, e in enumerate(echoes) if not e]
    if len(loud) == 1 and len(quiet) == len(q.choices) - 1 and not looks_like_code(q.choices[loud[0]]):
        index = loud[0]
        shown = ", ".join(f"'{w}'" for w in words_with_stems(q.choices[index], echoes[index]))
        yield Hit(
            "non-parallel-choices",
            choice_site(q, index),
            f"{name(index)} alone repeats words of the stem ({shown}); the other choices share none",
        )


def words_with_stems(text: str, wanted: set[str]) -> list[str]:
    """The words of ``text`` whose stems are ``wanted``, each once, in order."""
    seen: list[str] = []
    for word in words(text):
        if stem(word) in wanted and word not in seen:
            seen.append(word)
    return seen


def choose_count(q: Question) -> Iterator[Hit]:
    """'Choose 2' over three keys marks a right pick wrong, or lets a reader stop short."""
    if q.choose is not None and q.choose != len(q.answers):
        yield Hit(
            "choose-count",
            answer_site(q),
            f"the question says 'Choose {q.choose}', but 'answer' lists {len(q.answers)} keys; "
            "make the two agree",
        )


QUESTION_CHECKS: tuple[Callable[[Question], Iterator[Hit]], ...] = (
    duplicate_choices,
    all_none_of_above,
    wording_cues,
    key_length_cue,
    choose_count,
)
WORD_CHECKS: tuple[Callable[[QuestionWords], Iterator[Hit]], ...] = (mirror_pair, non_parallel_choices)
