"""The words of a choice or a stem as the lint rules compare them.

Plain regular expressions and a light suffix-stripper: the rules look for wording cues a
test-wise reader sees, so "adds" and "addition" must count as one word, but nothing here
tries to understand the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ptquiz_gui.domain.model import Question

ABSOLUTE_WORDS = (
    "always",
    "never",
    "every",
    "everything",
    "only",
    "cannot",
    "can't",
    "exactly",
    "guarantee",
    "guarantees",
    "guaranteed",
    "impossible",
    "completely",
    "entirely",
    "none",
)
_ABSOLUTE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ABSOLUTE_WORDS) + r"|can not)\b", re.I)
_REASON = re.compile(
    r"\b(?:because|since|so that|due to|in order to)\b|,\s*(?:so|as)\b(?!\s+(?:well|in|if|of|to)\b)", re.I
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SUFFIXES = ("ations", "ation", "itions", "ition", "ings", "ing", "ies", "ed", "es", "s")
_CODE_MARK = re.compile(r"[()\[\]{}=<>`_]|\w\.\w")

STOPWORDS = frozenset(
    """a an the of to in on at by for from with without into onto over under and or but nor not no
    is are was were be been being am do does did doing has have had having it its it's this that these
    those there their them they he she we you your our his her i me my as if then than so such very
    can could may might must shall should will would which who whom whose what when where why how
    each any all both either neither some more most other another same own just also too only up down
    out off about after before again further once here s t""".split()
)


def absolute_words(text: str) -> list[str]:
    return [m.group(0).lower() for m in _ABSOLUTE.finditer(text)]


def reason_clause(text: str) -> str | None:
    """The first reason connective ("because", "since", ", so", ...) in ``text``, if any."""
    found = _REASON.search(text)
    return None if found is None else " ".join(found.group(0).lstrip(", ").lower().split())


def words(text: str) -> list[str]:
    """The words of ``text`` in order, lower-cased, possessive "'s" dropped."""
    found = _WORD.findall(text.lower())
    if "'" not in text:
        return found
    return [w[:-2] if w.endswith("'s") else w for w in found]


def tokens(text: str) -> list[str]:
    """Words and punctuation marks in order, case kept."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix == "ies":
                word += "y"
            break
    return word.rstrip("e") if len(word) > 3 else word


def content_stems(found: list[str]) -> set[str]:
    """The stems of the ``words`` that carry meaning (no stopwords, no lone digits)."""
    return {stem(w) for w in found if w not in STOPWORDS and not w.isdigit()}


def looks_like_code(text: str) -> bool:
    return _CODE_MARK.search(text) is not None


def folded(text: str) -> str:
    """``text`` as two choices are compared for near-duplicates. Code: spacing and an end
    period ignored. Prose: also case, punctuation, articles and word endings ("trains",
    "trained")."""
    if looks_like_code(text):
        return "".join(tokens(text)).rstrip(".")
    return " ".join(stem(w) for w in words(text) if w not in {"a", "an", "the"})


@dataclass(frozen=True, slots=True)
class QuestionWords:
    """A question's words, split once for all the rules."""

    question: Question
    prompt: list[str]
    prompt_stems: set[str]
    choices: list[list[str]]
    choice_stems: list[set[str]]


def question_words(q: Question) -> QuestionWords:
    prompt = words(q.prompt)
    choices = [words(c) for c in q.choices]
    return QuestionWords(q, prompt, content_stems(prompt), choices, [content_stems(c) for c in choices])
