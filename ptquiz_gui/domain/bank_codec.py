"""A loaded bank as plain JSON values and back, for the bank cache.

``bank_from_record`` trusts nothing: a record of the wrong shape raises ``ValueError``
(the cache then loads the file again), so a damaged cache can never put a malformed
bank in front of the user: no text longer than the loader allows, no bidi control in a
title or topic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls
from ptquiz_gui.domain.field_limits import MAX_CHOICE_LENGTH, MAX_TEXT_LENGTH, MAX_TOPIC_LENGTH
from ptquiz_gui.domain.model import (
    TRUE_FALSE_CHOICES,
    Bank,
    BankSource,
    Problem,
    Question,
    QuestionSites,
    QuestionType,
    Scoring,
    Site,
)


def bank_to_record(bank: Bank) -> dict[str, Any]:
    return {
        "id": bank.id,
        "title": bank.title,
        "description": bank.description,
        "topics": list(bank.topics),
        "time_limit": bank.time_limit,
        "pass_mark": bank.pass_mark,
        "content_hash": bank.content_hash,
        "format": bank.format,
        "questions_site": list(bank.questions_site),
        "lint_ignore": list(bank.lint_ignore),
        "scoring": bank.scoring.value,
        "questions": [
            [
                q.id,
                q.prompt,
                list(q.choices),
                q.answer,
                q.explanation,
                q.topic,
                q.verify,
                q.line,
                _sites_to_record(q.sites),
                list(q.lint_ignore),
                q.type.value,
                list(q.answers),
                q.choose,
                q.scoring.value,
                list(q.tags),
                q.shuffle,
            ]
            for q in bank.questions
        ],
    }


def bank_from_record(record: Any, path: Path, source: BankSource) -> Bank:
    if not isinstance(record, dict):
        raise ValueError("a bank record must be an object")
    questions = record.get("questions")
    if not isinstance(questions, list) or not questions:
        raise ValueError("a bank record needs its questions")
    return Bank(
        id=_text(record.get("id")),
        title=reveal_bidi_controls(_text(record.get("title"))),
        questions=tuple(_question(row) for row in questions),
        description=_text(record.get("description")),
        topics=tuple(reveal_bidi_controls(_text(t)) for t in _list(record.get("topics"))),
        time_limit=_count(record.get("time_limit")),
        pass_mark=_count(record.get("pass_mark")),
        path=path,
        source=source,
        content_hash=_text(record.get("content_hash")),
        format=_count(record.get("format")),
        questions_site=_site(_list(record.get("questions_site"))),
        lint_ignore=tuple(_text(name) for name in _list(record.get("lint_ignore"))),
        scoring=Scoring(_text(record.get("scoring"))),
    )


def problem_to_record(problem: Problem) -> list[Any]:
    return [problem.line, problem.column, problem.message]


def problem_from_record(row: Any, label: str) -> Problem:
    if not isinstance(row, list) or len(row) != 3:
        raise ValueError("a problem record is [line, column, message]")
    return Problem(label, _count(row[0]), _count(row[1]), _text(row[2]))


def _question(row: Any) -> Question:
    if not isinstance(row, list) or len(row) != 16:
        raise ValueError("a question record has sixteen fields")
    qid, prompt, choices, answer, explanation, topic, verify, line, sites, lint_ignore = row[:10]
    kind, answers, choose, scoring, tags, shuffle = row[10:]
    texts = tuple(_text(c, MAX_CHOICE_LENGTH) for c in _list(choices))
    index = _count(answer)
    keys = tuple(_count(key) for key in _list(answers))
    question_type = QuestionType(_text(kind))
    if len(texts) < 2 or not keys or keys != tuple(sorted(set(keys))) or keys[-1] >= len(texts):
        raise ValueError("a question record needs two choices and its keys among them, sorted")
    if index != keys[0] or (question_type is QuestionType.MULTIPLE) != (len(keys) > 1):
        raise ValueError("a question record's key does not match its type")
    if question_type is QuestionType.TRUEFALSE and texts != TRUE_FALSE_CHOICES:
        raise ValueError("a true/false question has the choices True and False")
    if choose is not None and not 1 <= _count(choose) <= len(texts):
        raise ValueError("'choose' is one of the choices' count")
    if not isinstance(shuffle, bool):
        raise ValueError("'shuffle' is true or false")
    return Question(
        id=_text(qid),
        prompt=_text(prompt),
        choices=texts,
        answer=index,
        explanation=_text(explanation),
        topic=reveal_bidi_controls(_text(topic)),
        verify=None if verify is None else _text(verify),
        line=_count(line),
        sites=None if sites is None else _sites(_list(sites), len(texts)),
        lint_ignore=tuple(_text(name) for name in _list(lint_ignore)),
        type=question_type,
        answers=keys,
        choose=choose,
        scoring=Scoring(_text(scoring)),
        tags=tuple(reveal_bidi_controls(_text(tag, MAX_TOPIC_LENGTH)) for tag in _list(tags)),
        shuffle=shuffle,
    )


def _sites_to_record(sites: QuestionSites | None) -> list[int] | None:
    """Flat: prompt line and column, answer line and column, then each choice's."""
    if sites is None:
        return None
    return [*sites.prompt, *sites.answer, *(number for site in sites.choices for number in site)]


def _sites(flat: list[Any], choice_count: int) -> QuestionSites:
    if len(flat) != 4 + 2 * choice_count:
        raise ValueError("a question's sites are its prompt's, its answer's and each choice's")
    pairs = [_site(flat[i : i + 2]) for i in range(0, len(flat), 2)]
    return QuestionSites(prompt=pairs[0], answer=pairs[1], choices=tuple(pairs[2:]))


def _site(pair: list[Any]) -> Site:
    if len(pair) != 2:
        raise ValueError("a site is [line, column]")
    return (_count(pair[0]), _count(pair[1]))


def _text(value: Any, limit: int = MAX_TEXT_LENGTH) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    if len(value) > limit:
        raise ValueError("a text is longer than a bank may hold")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("expected a whole number of 0 or more")
    return value
