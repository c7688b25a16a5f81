"""The writes an attempt makes, as values that can wait in memory while the disk fails.

Each write captures the attempt's state when it happened (never the live object), so
pending writes replay in order with the values the user saw. ``apply`` runs inside the
caller's transaction and is safe to repeat.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import ClassVar, Protocol

from ptquiz_gui.domain.attempt import Attempt, Status
from ptquiz_gui.domain.plan import Mode, PlanKind
from ptquiz_gui.storage import cards, totals
from ptquiz_gui.storage.snapshots import ItemSnapshot, store_snapshot
from ptquiz_gui.storage.times import from_db, to_db


class PendingWrite(Protocol):
    kind: ClassVar[str]

    @property
    def attempt_id(self) -> int: ...

    def apply(self, conn: sqlite3.Connection) -> None: ...


def to_json(write: PendingWrite) -> dict[str, object]:
    body: dict[str, object] = {"kind": write.kind}
    body.update(asdict(write))  # type: ignore[call-overload]
    return body


def _snapshot_id(conn: sqlite3.Connection, attempt_id: int, position: int) -> int | None:
    row = conn.execute(
        "SELECT snapshot_id FROM attempt_items WHERE attempt_id = ? AND position = ?", (attempt_id, position)
    ).fetchone()
    return None if row is None else int(row[0])


def _count_answered(conn: sqlite3.Connection, attempt_id: int) -> None:
    conn.execute(
        "UPDATE attempts SET answered = "
        "(SELECT count(*) FROM attempt_items WHERE attempt_id = ?1 AND choice IS NOT NULL) WHERE id = ?1",
        (attempt_id,),
    )


@dataclass(frozen=True, slots=True)
class StartedWrite:
    kind: ClassVar[str] = "attempt_started"
    attempt_id: int
    bank_id: str
    bank_hash: str
    mode: str
    plan_kind: str
    title: str
    seed: int
    pass_mark: int
    time_limit: int | None
    started_at: str
    items: tuple[ItemSnapshot, ...]

    @classmethod
    def of(cls, attempt_id: int, attempt: Attempt) -> StartedWrite:
        plan = attempt.plan
        return cls(
            attempt_id=attempt_id,
            bank_id=plan.bank_id,
            bank_hash=plan.bank_hash,
            mode=plan.mode.value,
            plan_kind=plan.kind.value,
            title=plan.title,
            seed=plan.seed,
            pass_mark=plan.pass_mark,
            time_limit=plan.time_limit,
            started_at=to_db(attempt.started_at),
            items=tuple(ItemSnapshot.of(item) for item in plan.items),
        )

    def apply(self, conn: sqlite3.Connection) -> None:
        cursor = conn.execute(
            """
            INSERT INTO attempts (id, bank_id, bank_hash, mode, kind, title, seed, pass_mark, time_limit,
                                  started_at, status, total)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?)
            ON CONFLICT (id) DO NOTHING
            """,
            (
                self.attempt_id,
                self.bank_id,
                self.bank_hash,
                self.mode,
                self.plan_kind,
                self.title,
                self.seed,
                self.pass_mark,
                self.time_limit,
                self.started_at,
                len(self.items),
            ),
        )
        if cursor.rowcount == 0:
            return
        rows = []
        for position, snap in enumerate(self.items):
            order = "[" + ",".join(str(i) for i in snap.choice_order) + "]"
            rows.append((self.attempt_id, position, store_snapshot(conn, snap), order))
        conn.executemany(
            "INSERT INTO attempt_items (attempt_id, position, snapshot_id, choice_order) VALUES (?, ?, ?, ?)",
            rows,
        )


@dataclass(frozen=True, slots=True)
class AnswerWrite:
    kind: ClassVar[str] = "answer_recorded"
    attempt_id: int
    position: int
    question_id: str
    bank_id: str
    choice: int | None
    correct: bool
    seconds: float
    flagged: bool
    answered_at: str
    elapsed: float
    current: int
    schedule: bool  # practice answers are final, so they move the review card now
    in_review: bool

    @classmethod
    def of(cls, attempt_id: int, attempt: Attempt, position: int, answered_at: str) -> AnswerWrite:
        item = attempt.plan.items[position]
        state = attempt.answers[position]
        return cls(
            attempt_id=attempt_id,
            position=position,
            question_id=item.question.id,
            bank_id=item.bank_id,
            choice=state.choice,
            correct=state.choice == item.question.answer,
            seconds=attempt.question_seconds(position),
            flagged=state.flagged,
            answered_at=answered_at,
            elapsed=attempt.elapsed(),
            current=attempt.current,
            schedule=attempt.mode is Mode.PRACTICE and state.choice is not None,
            in_review=attempt.plan.kind is PlanKind.REVIEW,
        )

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE attempt_items SET choice = ?, correct = ?, seconds = ?, flagged = ?, answered_at = ?"
            " WHERE attempt_id = ? AND position = ?",
            (
                self.choice,
                int(self.correct),
                self.seconds,
                int(self.flagged),
                self.answered_at,
                self.attempt_id,
                self.position,
            ),
        )
        conn.execute(
            "UPDATE attempts SET elapsed = ?, current = ? WHERE id = ? AND status = 'in_progress'",
            (self.elapsed, self.current, self.attempt_id),
        )
        _count_answered(conn, self.attempt_id)
        if self.schedule:
            snapshot_id = _snapshot_id(conn, self.attempt_id, self.position)
            if snapshot_id is not None:
                cards.record_answer(
                    conn,
                    bank_id=self.bank_id,
                    question_id=self.question_id,
                    correct=self.correct,
                    now=from_db(self.answered_at),
                    in_review=self.in_review,
                    snapshot_id=snapshot_id,
                )


@dataclass(frozen=True, slots=True)
class FlagWrite:
    kind: ClassVar[str] = "flag_changed"
    attempt_id: int
    position: int
    flagged: bool

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE attempt_items SET flagged = ? WHERE attempt_id = ? AND position = ?",
            (int(self.flagged), self.attempt_id, self.position),
        )


@dataclass(frozen=True, slots=True)
class CheckpointWrite:
    kind: ClassVar[str] = "checkpoint"
    attempt_id: int
    elapsed: float
    current: int
    seconds: tuple[float, ...]

    @classmethod
    def of(cls, attempt_id: int, attempt: Attempt) -> CheckpointWrite:
        seconds = tuple(attempt.question_seconds(i) for i in range(attempt.size))
        return cls(attempt_id, attempt.elapsed(), attempt.current, seconds)

    def apply(self, conn: sqlite3.Connection) -> None:
        cursor = conn.execute(
            "UPDATE attempts SET elapsed = ?, current = ? WHERE id = ? AND status = 'in_progress'",
            (self.elapsed, self.current, self.attempt_id),
        )
        if cursor.rowcount == 0:
            return
        conn.executemany(
            "UPDATE attempt_items SET seconds = ? WHERE attempt_id = ? AND position = ? AND seconds <> ?",
            ((s, self.attempt_id, i, s) for i, s in enumerate(self.seconds)),
        )


@dataclass(frozen=True, slots=True)
class FinalAnswer:
    choice: int | None
    correct: bool
    seconds: float
    flagged: bool


@dataclass(frozen=True, slots=True)
class EndedWrite:
    kind: ClassVar[str] = "attempt_ended"
    attempt_id: int
    status: str
    finished_at: str
    timed_out: bool
    elapsed: float
    current: int
    score: int
    total: int
    answers: tuple[FinalAnswer, ...]
    schedule: bool  # a submitted exam moves the review cards of its final answers

    @classmethod
    def of(cls, attempt_id: int, attempt: Attempt, fallback_time: str) -> EndedWrite:
        result = attempt.result()
        answers = tuple(FinalAnswer(o.choice, o.correct, o.seconds, o.flagged) for o in result.outcomes)
        finished = attempt.finished_at
        return cls(
            attempt_id=attempt_id,
            status=attempt.status.value,
            finished_at=fallback_time if finished is None else to_db(finished),
            timed_out=attempt.timed_out,
            elapsed=result.time_used,
            current=attempt.current,
            score=result.score,
            total=result.total,
            answers=answers,
            schedule=attempt.mode is Mode.EXAM and attempt.status is Status.FINISHED,
        )

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "UPDATE attempt_items SET choice = ?, correct = ?, seconds = ?, flagged = ?"
            " WHERE attempt_id = ? AND position = ?",
            (
                (a.choice, int(a.correct), a.seconds, int(a.flagged), self.attempt_id, position)
                for position, a in enumerate(self.answers)
            ),
        )
        _count_answered(conn, self.attempt_id)
        cursor = conn.execute(
            """
            UPDATE attempts SET status = ?, finished_at = ?, timed_out = ?, elapsed = ?, current = ?,
                                score = ?, total = ?, percent = ?
            WHERE id = ? AND status = 'in_progress'
            """,
            (
                self.status,
                self.finished_at,
                int(self.timed_out),
                self.elapsed,
                self.current,
                self.score,
                self.total,
                100.0 * self.score / self.total if self.total else 0.0,
                self.attempt_id,
            ),
        )
        if cursor.rowcount == 0:
            return  # already ended: statistics and cards were counted then
        if self.status == Status.FINISHED.value:
            totals.count_finished(conn, self.attempt_id)
        if self.schedule:
            _schedule_answers(conn, self.attempt_id, from_db(self.finished_at))


def _schedule_answers(conn: sqlite3.Connection, attempt_id: int, now: datetime) -> None:
    rows = conn.execute(
        """
        SELECT s.bank_id, s.question_id, i.correct, i.snapshot_id
        FROM attempt_items AS i JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE i.attempt_id = ? AND i.choice IS NOT NULL
        ORDER BY i.position
        """,
        (attempt_id,),
    ).fetchall()
    for bank_id, question_id, correct, snapshot_id in rows:
        cards.record_answer(
            conn,
            bank_id=bank_id,
            question_id=question_id,
            correct=bool(correct),
            now=now,
            in_review=False,
            snapshot_id=snapshot_id,
        )
