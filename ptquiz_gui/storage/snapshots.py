"""Question snapshots: the exact text an attempt showed, kept so reviews outlive bank edits.

A snapshot keeps what reviewing, resuming and scoring need: the text, the keys, the
question's type and scoring, whether its choices may be shuffled, and its "choose N".
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ptquiz_gui.domain.model import Question, QuestionType, Scoring
from ptquiz_gui.domain.plan import QuizItem


@dataclass(frozen=True, slots=True)
class ItemSnapshot:
    """One position of an attempt as it was shown (choices in file order)."""

    bank_id: str
    question_id: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str
    topic: str
    choice_order: tuple[int, ...]
    qtype: str = QuestionType.SINGLE.value
    answers: tuple[int, ...] = ()
    scoring: str = Scoring.ALL_OR_NOTHING.value
    shuffle: bool = True
    choose: int | None = None

    @classmethod
    def of(cls, item: QuizItem) -> ItemSnapshot:
        q = item.question
        return cls(
            item.bank_id,
            q.id,
            q.prompt,
            q.choices,
            q.answer,
            q.explanation,
            q.topic,
            item.choice_order,
            q.type.value,
            q.answers,
            q.scoring.value,
            q.shuffle,
            q.choose,
        )

    @property
    def keys(self) -> tuple[int, ...]:
        return self.answers or (self.answer,)

    @property
    def digest(self) -> str:
        content: list[object] = [
            self.bank_id,
            self.question_id,
            self.prompt,
            list(self.choices),
            self.answer,
            self.explanation,
            self.topic,
        ]
        # A question as version 3 knew it (single, shuffled, all-or-nothing) keeps its old
        # digest, so attempts from before and after share its row.
        extra = [self.qtype, list(self.keys), self.scoring, self.shuffle, self.choose]
        if extra != [QuestionType.SINGLE.value, [self.answer], Scoring.ALL_OR_NOTHING.value, True, None]:
            content.append(extra)
        return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def store_snapshot(conn: sqlite3.Connection, snap: ItemSnapshot) -> int:
    """The id of the snapshot row holding this question text, adding it when new."""
    digest = snap.digest
    row = conn.execute("SELECT id FROM question_snapshots WHERE digest = ?", (digest,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = conn.execute(
        "INSERT INTO question_snapshots"
        " (digest, bank_id, question_id, prompt, choices, answer, explanation, topic,"
        " qtype, answers, scoring, shuffle, choose)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            digest,
            snap.bank_id,
            snap.question_id,
            snap.prompt,
            json.dumps(list(snap.choices), ensure_ascii=False),
            snap.answer,
            snap.explanation,
            snap.topic,
            snap.qtype,
            index_list(snap.keys),
            snap.scoring,
            int(snap.shuffle),
            snap.choose,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


SNAPSHOT_COLUMNS = (
    "s.question_id, s.prompt, s.choices, s.answer, s.explanation, s.topic,"
    " s.qtype, s.answers, s.scoring, s.shuffle, s.choose"
)
SNAPSHOT_WIDTH = SNAPSHOT_COLUMNS.count(",") + 1


def _question_type(value: str) -> QuestionType:
    try:
        return QuestionType(value)
    except ValueError:  # not one this ptquiz knows: read as the plainest kind
        return QuestionType.SINGLE


def _scoring(value: str) -> Scoring:
    try:
        return Scoring(value)
    except ValueError:
        return Scoring.ALL_OR_NOTHING


def question_from_row(row: Sequence[Any], start: int = 0) -> Question:
    """Rebuild a question from ``SNAPSHOT_COLUMNS`` found at ``row[start:]``."""
    qid, prompt, choices, answer, explanation, topic, qtype, answers, scoring, shuffle, choose = row[
        start : start + SNAPSHOT_WIDTH
    ]
    return Question(
        id=qid,
        prompt=prompt,
        choices=tuple(json.loads(choices)),
        answer=answer,
        explanation=explanation,
        topic=topic,
        type=_question_type(qtype),
        answers=order_from_text(answers) or (answer,),
        scoring=_scoring(scoring),
        shuffle=bool(shuffle),
        choose=choose,
    )


def index_list(indexes: Iterable[int]) -> str:
    """Indexes as stored: a compact JSON list, ``[2,0,1]``."""
    return "[" + ",".join(str(int(i)) for i in indexes) + "]"


def order_from_text(text: str | None) -> tuple[int, ...]:
    return () if not text else tuple(int(i) for i in json.loads(text))


_ORPHAN = """
    NOT EXISTS (SELECT 1 FROM attempt_items AS i WHERE i.snapshot_id = question_snapshots.id)
    AND NOT EXISTS (SELECT 1 FROM question_cards AS c WHERE c.snapshot_id = question_snapshots.id)
    AND NOT EXISTS (SELECT 1 FROM question_stats AS t WHERE t.snapshot_id = question_snapshots.id)
"""


def delete_orphans(conn: sqlite3.Connection, candidates: Iterable[int] | None = None) -> None:
    """Drop snapshots that no attempt, card or statistic refers to any more
    (only among ``candidates`` when given)."""
    if candidates is None:
        conn.execute(f"DELETE FROM question_snapshots WHERE {_ORPHAN}")
    else:
        conn.executemany(
            f"DELETE FROM question_snapshots WHERE id = ? AND {_ORPHAN}", ((i,) for i in set(candidates))
        )
