"""Version 5 of the history: FSRS question cards in place of the Leitner boxes.

The migration builds every question's card by replaying its whole answer history in
time order (``CardScheduler.replay``, the library's reschedule-from-logs), then drops
``review_cards``. The same replay rebuilds the cards of chosen questions when an
in-memory history is merged into the file (``rebuild_cards``).

Which recorded answers count, and when (the rules the recorder follows as answers come):

- a practice or review answer, at the moment it was given (practice answers are final);
- every position of a submitted exam, at its submission, a blank one as a miss;
- nothing from an exam that was left, abandoned or is still running.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ptquiz_gui.domain.answer_events import AnswerEvent, question_key, split_key
from ptquiz_gui.domain.fsrs_cards import DEFAULT_RETENTION, CardScheduler
from ptquiz_gui.storage.cards import INSERT_OUTCOME, UPSERT_CARD, card_row, outcome_row, scheduler_for
from ptquiz_gui.storage.times import from_db

Progress = Callable[[int, int], None]

SCHEDULED_ANSWERS = """
    FROM attempt_items AS i
    JOIN attempts AS a ON a.id = i.attempt_id
    JOIN question_snapshots AS s ON s.id = i.snapshot_id
    WHERE ((a.mode = 'practice' AND i.choices <> '[]' AND i.answered_at IS NOT NULL)
           OR (a.mode = 'exam' AND a.status = 'finished' AND a.finished_at IS NOT NULL))
"""


def create_card_tables(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE question_cards (
            bank_id        TEXT    NOT NULL,
            question_id    TEXT    NOT NULL,
            first_answered TEXT    NOT NULL,
            last_answered  TEXT    NOT NULL,
            answers        INTEGER NOT NULL,
            misses         INTEGER NOT NULL,
            reviews        INTEGER NOT NULL,
            stability      REAL,
            difficulty     REAL,
            last_review    TEXT,
            due            TEXT,
            snapshot_id    INTEGER NOT NULL REFERENCES question_snapshots (id),
            PRIMARY KEY (bank_id, question_id)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX question_cards_due ON question_cards (due)")
    conn.execute("CREATE INDEX question_cards_snapshot ON question_cards (snapshot_id)")
    conn.execute(
        """
        CREATE TABLE review_outcomes (
            bank_id       TEXT    NOT NULL,
            question_id   TEXT    NOT NULL,
            answered_at   TEXT    NOT NULL,
            interval_days INTEGER NOT NULL,
            elapsed_days  INTEGER NOT NULL,
            right         INTEGER NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX review_outcomes_question ON review_outcomes (bank_id, question_id)")


@dataclass
class _Answers:
    events: list[AnswerEvent]
    snapshots: dict[str, int]  # the question's latest snapshot: the one a review shows


def _answers(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]] | None) -> _Answers:
    restrict = ""
    if keys is not None:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS rebuilt_keys (bank_id TEXT, question_id TEXT)")
        conn.execute("DELETE FROM rebuilt_keys")
        conn.executemany("INSERT INTO rebuilt_keys VALUES (?, ?)", keys)
        restrict = " AND (s.bank_id, s.question_id) IN (SELECT bank_id, question_id FROM rebuilt_keys)"
    rows = conn.execute(
        f"""
        SELECT s.bank_id, s.question_id, i.snapshot_id,
               CASE WHEN a.mode = 'exam' THEN a.finished_at ELSE i.answered_at END AS at,
               i.points, i.choices = '[]', a.kind = 'review'
        {SCHEDULED_ANSWERS}{restrict}
        ORDER BY at, a.id, i.position
        """
    )
    events: list[AnswerEvent] = []
    snapshots: dict[str, int] = {}
    keys_seen: dict[tuple[str, str], str] = {}
    times: dict[str, object] = {}
    for bank_id, qid, snapshot_id, at, points, blank, in_review in rows:
        key = keys_seen.get((bank_id, qid))
        if key is None:
            key = keys_seen[(bank_id, qid)] = question_key(bank_id, qid)
        moment = times.get(at)
        if moment is None:
            moment = times[at] = from_db(at)
        snapshots[key] = snapshot_id
        score = 0.0 if blank else min(max(float(points), 0.0), 1.0)
        events.append(AnswerEvent(key, bank_id, moment, score, bool(in_review), bool(blank)))  # type: ignore[arg-type]
    return _Answers(events, snapshots)


def answer_events(conn: sqlite3.Connection) -> list[AnswerEvent]:
    """Every recorded answer that reaches a card, at the moment it counts, in time order."""
    return _answers(conn, None).events


def rebuild_cards(
    conn: sqlite3.Connection,
    scheduler: CardScheduler,
    keys: Iterable[tuple[str, str]] | None = None,
    progress: Progress | None = None,
) -> int:
    """Replace the cards (and review log) of ``keys`` (every question when None) with ones
    replayed from their answers; returns the number of cards written. Runs in the caller's
    transaction."""
    chosen = None if keys is None else list(keys)
    answers = _answers(conn, chosen)
    replay = scheduler.replay(answers.events, progress)
    if chosen is None:
        conn.execute("DELETE FROM question_cards")
        conn.execute("DELETE FROM review_outcomes")
    else:
        conn.executemany("DELETE FROM question_cards WHERE bank_id = ? AND question_id = ?", chosen)
        conn.executemany("DELETE FROM review_outcomes WHERE bank_id = ? AND question_id = ?", chosen)
    conn.executemany(
        UPSERT_CARD,
        (card_row(card, split_key(key)[1], answers.snapshots[key]) for key, card in replay.cards.items()),
    )
    conn.executemany(INSERT_OUTCOME, (outcome_row(o, split_key(o.question_key)[1]) for o in replay.reviews))
    return len(replay.cards)


def add_fsrs_cards(
    conn: sqlite3.Connection, progress: Progress | None = None, *, desired_retention: float | None = None
) -> None:
    """Version 5: FSRS cards replayed from the whole history; the Leitner boxes are dropped.

    Due dates are set at the student's ``desired_retention`` (the default when None: a
    history opened without the settings, such as by ``ptquiz history``).
    """
    create_card_tables(conn)
    retention = DEFAULT_RETENTION if desired_retention is None else desired_retention
    rebuild_cards(conn, scheduler_for(retention), progress=progress)
    conn.execute("DROP TABLE review_cards")
