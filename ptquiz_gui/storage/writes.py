"""The writes an attempt makes, as values that can wait in memory while the disk fails.

Each write captures the attempt's state when it happened (never the live object), so
pending writes replay in order with the values the user saw. ``apply`` runs inside the
caller's transaction.

A write names its attempt by the attempt's random ``token``, never by a position or a
number kept in memory, and every statement is conditioned on that attempt being in
progress: a write whose attempt is missing, ended, or was replaced by a restore changes
nothing and raises ``AttemptGoneError``. The attempt's id comes from SQLite when
``StartedWrite`` inserts it (``INSERT ... RETURNING id``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import ClassVar, Protocol

from ptquiz_gui.domain import display
from ptquiz_gui.domain.answer_events import AnswerEvent, is_full_marks, question_key
from ptquiz_gui.domain.fsrs_cards import DEFAULT_RETENTION
from ptquiz_gui.domain.attempt import Attempt, Status
from ptquiz_gui.domain.plan import Mode, PlanKind
from ptquiz_gui.domain.result import ItemOutcome
from ptquiz_gui.domain import scoring
from ptquiz_gui.storage import cards, totals
from ptquiz_gui.storage.errors import AttemptGoneError
from ptquiz_gui.storage.snapshots import ItemSnapshot, index_list, store_snapshot
from ptquiz_gui.storage.times import from_db, to_db


class PendingWrite(Protocol):
    kind: ClassVar[str]

    @property
    def token(self) -> str: ...

    def apply(self, conn: sqlite3.Connection) -> None: ...


def to_json(write: PendingWrite, attempt_id: int | None) -> dict[str, object]:
    body: dict[str, object] = {"kind": write.kind, "attempt_id": attempt_id}
    body.update(asdict(write))  # type: ignore[call-overload]
    return body


# The id of the attempt a write names, only while that attempt is in progress.
LIVE_ID = "(SELECT id FROM attempts WHERE token = :token AND status = 'in_progress')"


def _snapshot_id(conn: sqlite3.Connection, token: str, position: int) -> int | None:
    row = conn.execute(
        f"SELECT snapshot_id FROM attempt_items WHERE attempt_id = {LIVE_ID} AND position = :position",
        {"token": token, "position": position},
    ).fetchone()
    return None if row is None else int(row[0])


def _count_answered(conn: sqlite3.Connection, token: str) -> None:
    conn.execute(
        "UPDATE attempts SET answered = (SELECT count(*) FROM attempt_items"
        " WHERE attempt_id = attempts.id AND choices <> '[]')"
        " WHERE token = :token AND status = 'in_progress'",
        {"token": token},
    )


def _expect(cursor: sqlite3.Cursor, rows: int, what: str) -> None:
    if cursor.rowcount != rows:
        raise AttemptGoneError(what)


@dataclass(frozen=True, slots=True)
class StartedWrite:
    kind: ClassVar[str] = "attempt_started"
    token: str
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
    def of(cls, token: str, attempt: Attempt) -> StartedWrite:
        plan = attempt.plan
        return cls(
            token=token,
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
        self.insert(conn)

    def insert(self, conn: sqlite3.Connection) -> int:
        """Store the attempt and its questions; returns the id SQLite gave it."""
        cursor = conn.execute(
            """
            INSERT INTO attempts (token, bank_id, bank_hash, mode, kind, title, seed, pass_mark, time_limit,
                                  started_at, status, total)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?)
            ON CONFLICT (token) DO NOTHING
            RETURNING id
            """,
            (
                self.token,
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
        inserted = cursor.fetchall()
        if not inserted:  # stored before (a repeat): it is the one with this token
            row = conn.execute("SELECT id FROM attempts WHERE token = ?", (self.token,)).fetchone()
            return int(row[0])
        attempt_id = int(inserted[0][0])
        rows = []
        for position, snap in enumerate(self.items):
            rows.append((attempt_id, position, store_snapshot(conn, snap), index_list(snap.choice_order)))
        conn.executemany(
            "INSERT INTO attempt_items (attempt_id, position, snapshot_id, choice_order) VALUES (?, ?, ?, ?)",
            rows,
        )
        return attempt_id


@dataclass(frozen=True, slots=True)
class AnswerWrite:
    kind: ClassVar[str] = "answer_recorded"
    token: str
    position: int
    question_id: str
    bank_id: str
    choice: int | None  # the one chosen index; None when unanswered or multiple-answer
    correct: bool  # full marks
    seconds: float
    flagged: bool
    answered_at: str
    elapsed: float
    current: int
    schedule: bool  # practice answers are final, so they move the review card now
    in_review: bool
    choices: tuple[int, ...] = ()  # every chosen index, file order, sorted
    points: float = 0.0
    retention: float = DEFAULT_RETENTION  # the desired retention the card is scheduled at

    @classmethod
    def of(
        cls,
        token: str,
        attempt: Attempt,
        position: int,
        answered_at: str,
        retention: float = DEFAULT_RETENTION,
    ) -> AnswerWrite:
        item = attempt.plan.items[position]
        state = attempt.answers[position]
        points = scoring.score(item.question, state.choices)
        return cls(
            token=token,
            position=position,
            question_id=item.question.id,
            bank_id=item.bank_id,
            choice=None if item.question.multiple else state.choice,
            correct=is_full_marks(points),
            seconds=attempt.question_seconds(position),
            flagged=state.flagged,
            answered_at=answered_at,
            elapsed=attempt.elapsed(),
            current=attempt.current,
            schedule=attempt.mode is Mode.PRACTICE and state.answered,
            in_review=attempt.plan.kind is PlanKind.REVIEW,
            choices=state.choices,
            points=points,
            retention=retention,
        )

    def apply(self, conn: sqlite3.Connection) -> None:
        cursor = conn.execute(
            "UPDATE attempt_items SET choice = :choice, choices = :choices, correct = :correct,"
            " points = :points, seconds = :seconds, flagged = :flagged, answered_at = :answered_at"
            f" WHERE attempt_id = {LIVE_ID} AND position = :position",
            {
                "choice": self.choice,
                "choices": index_list(self.choices),
                "correct": int(self.correct),
                "points": self.points,
                "seconds": self.seconds,
                "flagged": int(self.flagged),
                "answered_at": self.answered_at,
                "token": self.token,
                "position": self.position,
            },
        )
        _expect(cursor, 1, display.translate("storage", "Your answer"))
        conn.execute(
            "UPDATE attempts SET elapsed = ?, current = ? WHERE token = ? AND status = 'in_progress'",
            (self.elapsed, self.current, self.token),
        )
        _count_answered(conn, self.token)
        if self.schedule:
            snapshot_id = _snapshot_id(conn, self.token, self.position)
            if snapshot_id is not None:
                event = AnswerEvent(
                    question_key(self.bank_id, self.question_id),
                    self.bank_id,
                    from_db(self.answered_at),
                    min(max(self.points, 0.0), 1.0),
                    in_review_session=self.in_review,
                )
                cards.record_answer(
                    conn,
                    event,
                    question_id=self.question_id,
                    snapshot_id=snapshot_id,
                    scheduler=cards.scheduler_for(self.retention),
                )


@dataclass(frozen=True, slots=True)
class FlagWrite:
    kind: ClassVar[str] = "flag_changed"
    token: str
    position: int
    flagged: bool

    def apply(self, conn: sqlite3.Connection) -> None:
        cursor = conn.execute(
            "UPDATE attempt_items SET flagged = :flagged"
            f" WHERE attempt_id = {LIVE_ID} AND position = :position",
            {"flagged": int(self.flagged), "token": self.token, "position": self.position},
        )
        _expect(cursor, 1, display.translate("storage", "A flag"))


@dataclass(frozen=True, slots=True)
class CheckpointWrite:
    kind: ClassVar[str] = "checkpoint"
    token: str
    elapsed: float
    current: int
    seconds: tuple[float, ...]

    @classmethod
    def of(cls, token: str, attempt: Attempt) -> CheckpointWrite:
        seconds = tuple(attempt.question_seconds(i) for i in range(attempt.size))
        return cls(token, attempt.elapsed(), attempt.current, seconds)

    def apply(self, conn: sqlite3.Connection) -> None:
        cursor = conn.execute(
            "UPDATE attempts SET elapsed = ?, current = ? WHERE token = ? AND status = 'in_progress'",
            (self.elapsed, self.current, self.token),
        )
        _expect(cursor, 1, display.translate("storage", "Your progress"))
        conn.executemany(
            f"UPDATE attempt_items SET seconds = :s WHERE attempt_id = {LIVE_ID} AND position = :position"
            " AND seconds <> :s",
            ({"s": s, "token": self.token, "position": i} for i, s in enumerate(self.seconds)),
        )


@dataclass(frozen=True, slots=True)
class FinalAnswer:
    choice: int | None
    correct: bool
    seconds: float
    flagged: bool
    choices: tuple[int, ...] = ()
    points: float = 0.0

    @classmethod
    def of(cls, outcome: ItemOutcome) -> FinalAnswer:
        single = None if outcome.item.question.multiple else outcome.choice
        return cls(single, outcome.correct, outcome.seconds, outcome.flagged, outcome.choices, outcome.points)


@dataclass(frozen=True, slots=True)
class EndedWrite:
    kind: ClassVar[str] = "attempt_ended"
    token: str
    status: str
    finished_at: str
    timed_out: bool
    elapsed: float
    current: int
    score: float  # whole unless partial scoring gave a fraction
    total: int
    answers: tuple[FinalAnswer, ...]
    schedule: bool  # a submitted exam moves the review cards of its final answers and blanks
    retention: float = DEFAULT_RETENTION

    @classmethod
    def of(
        cls, token: str, attempt: Attempt, fallback_time: str, retention: float = DEFAULT_RETENTION
    ) -> EndedWrite:
        result = attempt.result()
        answers = tuple(FinalAnswer.of(o) for o in result.outcomes)
        finished = attempt.finished_at
        return cls(
            token=token,
            status=attempt.status.value,
            finished_at=fallback_time if finished is None else to_db(finished),
            timed_out=attempt.timed_out,
            elapsed=result.time_used,
            current=attempt.current,
            score=result.score,
            total=result.total,
            answers=answers,
            schedule=attempt.mode is Mode.EXAM and attempt.status is Status.FINISHED,
            retention=retention,
        )

    def apply(self, conn: sqlite3.Connection) -> None:
        row = conn.execute(f"SELECT {LIVE_ID}", {"token": self.token}).fetchone()
        if row[0] is None:
            raise AttemptGoneError(display.translate("storage", "The end of the attempt"))
        attempt_id = int(row[0])
        cursor = conn.executemany(
            "UPDATE attempt_items SET choice = :choice, choices = :choices, correct = :correct,"
            " points = :points, seconds = :seconds, flagged = :flagged"
            f" WHERE attempt_id = {LIVE_ID} AND position = :position",
            (
                {
                    "choice": a.choice,
                    "choices": index_list(a.choices),
                    "correct": int(a.correct),
                    "points": a.points,
                    "seconds": a.seconds,
                    "flagged": int(a.flagged),
                    "token": self.token,
                    "position": position,
                }
                for position, a in enumerate(self.answers)
            ),
        )
        _expect(cursor, len(self.answers), display.translate("storage", "The end of the attempt"))
        _count_answered(conn, self.token)
        cursor = conn.execute(
            """
            UPDATE attempts SET status = ?, finished_at = ?, timed_out = ?, elapsed = ?, current = ?,
                                score = ?, total = ?, percent = ?
            WHERE id = ? AND token = ? AND status = 'in_progress'
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
                attempt_id,
                self.token,
            ),
        )
        _expect(cursor, 1, display.translate("storage", "The end of the attempt"))
        if self.status == Status.FINISHED.value:
            totals.count_finished(conn, attempt_id)
        if self.schedule:
            _schedule_answers(conn, attempt_id, from_db(self.finished_at), self.retention)


def _schedule_answers(conn: sqlite3.Connection, attempt_id: int, now: datetime, retention: float) -> None:
    """Every position of a submitted exam reaches its card; a blank one is a miss."""
    rows = conn.execute(
        """
        SELECT s.bank_id, s.question_id, i.points, i.choices = '[]', i.snapshot_id
        FROM attempt_items AS i JOIN question_snapshots AS s ON s.id = i.snapshot_id
        WHERE i.attempt_id = ?
        ORDER BY i.position
        """,
        (attempt_id,),
    ).fetchall()
    scheduler = cards.scheduler_for(retention)
    for bank_id, question_id, points, blank, snapshot_id in rows:
        score = 0.0 if blank else min(max(float(points), 0.0), 1.0)
        event = AnswerEvent(question_key(bank_id, question_id), bank_id, now, score, unanswered=bool(blank))
        cards.record_answer(conn, event, question_id=question_id, snapshot_id=snapshot_id, scheduler=scheduler)
