"""Reading the history: lists, results, statistics and review cards.

``HistoryReader.open_read_only`` serves ``ptquiz history``; the window's reader reads the
``HistoryFile`` it shares with the recorder and maintenance (``storage.history``), so it
follows that file when it moves or is restored. Every method raises ``StorageError``
(with a plain message) when SQLite fails.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.plan import QuizItem
from ptquiz_gui.domain.result import Result, TopicScore
from ptquiz_gui.domain.fsrs_cards import DEFAULT_RETENTION, CardScheduler, QuestionCard, ReviewOutcome
from ptquiz_gui.storage import cards, listing, question_record, stats
from ptquiz_gui.storage.connection import describe
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.history_file import HistoryFile
from ptquiz_gui.storage.loading import load_result
from ptquiz_gui.storage.opening import open_snapshot
from ptquiz_gui.storage.question_record import PastAnswer, QuestionKey
from ptquiz_gui.storage.records import (
    AttemptSummary,
    BankStats,
    ExportedAttempt,
    HistoryFilter,
    HistorySort,
    MissedQuestion,
)
from ptquiz_gui.storage.score_history import ScoreHistory, read_score_history


class HistoryReader:
    def __init__(self, file: HistoryFile) -> None:
        self._file = file

    @classmethod
    def open_read_only(cls, path: Path) -> HistoryReader:
        """Read the history without ever writing to it (a missing file reads as empty).

        Raises ``DatabaseTooNewError``, ``DatabaseDamagedError`` or ``StorageUnavailableError``.
        """
        return cls(HistoryFile(open_snapshot(path), path))

    @property
    def path(self) -> Path | None:
        """The history file, or ``None`` while the history lives only in memory."""
        return self._file.path

    @property
    def location(self) -> str:
        return self._file.location

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> HistoryReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _reading(self, what: str) -> Iterator[sqlite3.Connection]:
        try:
            yield self._file.conn
        except sqlite3.Error as error:
            message = display.translate("storage", "Could not read {what} from {location}: {reason}.")
            raise StorageError(message.format(what=what, location=self.location, reason=describe(error))) from error

    # --- attempts ------------------------------------------------------------------------

    def unfinished(self) -> list[AttemptSummary]:
        """Attempts left in progress (the app closed or crashed), newest first."""
        return self.list_attempts(HistoryFilter(status=Status.IN_PROGRESS), HistorySort(), 0, 1000)

    def summary(self, attempt_id: int) -> AttemptSummary:
        with self._reading(display.translate("storage", "the attempt")) as conn:
            return listing.summary(conn, attempt_id)

    def count_attempts(self, flt: HistoryFilter | None = None) -> int:
        with self._reading(display.translate("storage", "the history")) as conn:
            return listing.count_attempts(conn, flt or HistoryFilter())

    def list_attempts(
        self,
        flt: HistoryFilter | None = None,
        sort: HistorySort | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[AttemptSummary]:
        with self._reading(display.translate("storage", "the history")) as conn:
            return listing.list_attempts(conn, flt or HistoryFilter(), sort or HistorySort(), offset, limit)

    def result_of(self, attempt_id: int) -> Result:
        """The attempt as it was shown and answered, rebuilt from its own snapshot."""
        with self._reading(display.translate("storage", "the attempt")) as conn:
            return load_result(conn, attempt_id)

    def iter_export(self, flt: HistoryFilter | None = None) -> Iterator[ExportedAttempt]:
        """Every matching attempt with all its positions, oldest first (streamed)."""
        with self._reading(display.translate("storage", "the history")) as conn:
            yield from listing.iter_export(conn, flt or HistoryFilter())

    # --- statistics ----------------------------------------------------------------------

    def best_by_bank(self) -> dict[str, BankStats]:
        with self._reading(display.translate("storage", "bank statistics")) as conn:
            return stats.best_by_bank(conn)

    def score_series(self, bank_id: str) -> list[tuple[datetime, float]]:
        with self._reading(display.translate("storage", "scores")) as conn:
            return stats.score_series(conn, bank_id)

    def topic_accuracy(self, bank_id: str | None = None) -> list[TopicScore]:
        with self._reading(display.translate("storage", "topic statistics")) as conn:
            return stats.topic_accuracy(conn, bank_id)

    def most_missed(self, limit: int = 20) -> list[MissedQuestion]:
        with self._reading(display.translate("storage", "question statistics")) as conn:
            return stats.most_missed(conn, limit)

    def last_shown(self, keys: Sequence[QuestionKey]) -> list[QuizItem]:
        """The questions as last shown, for a practice of them (choices in file order)."""
        with self._reading(display.translate("storage", "the questions")) as conn:
            return question_record.last_shown(conn, keys)

    def past_answers(self, bank_id: str, question_id: str, limit: int = 100) -> tuple[list[PastAnswer], int]:
        """The newest ``limit`` finished answers to one question, and how many there are."""
        with self._reading(display.translate("storage", "the question's answers")) as conn:
            return question_record.past_answers(conn, bank_id, question_id, limit)

    # --- spaced review -------------------------------------------------------------------

    def question_cards(self) -> list[QuestionCard]:
        """Every answered question's card (scheduled or not)."""
        with self._reading(display.translate("storage", "review cards")) as conn:
            return cards.all_cards(conn)

    def card(self, bank_id: str, question_id: str) -> QuestionCard | None:
        with self._reading(display.translate("storage", "the question's card")) as conn:
            return cards.read_card(conn, bank_id, question_id)

    def due_count(self, now: datetime) -> int:
        with self._reading(display.translate("storage", "review cards")) as conn:
            return cards.due_count(conn, now)

    def upcoming_dues(self, now: datetime) -> list[datetime]:
        """The due dates after ``now``, soonest first."""
        with self._reading(display.translate("storage", "review cards")) as conn:
            return cards.upcoming_dues(conn, now)

    def review_items(self, now: datetime, scheduler: CardScheduler | None = None) -> list[QuizItem]:
        """The due questions as last shown, least likely to be remembered first
        (choices in file order; shuffle with ``plan_subset``)."""
        with self._reading(display.translate("storage", "review cards")) as conn:
            return cards.review_items(conn, now, scheduler or cards.scheduler_for(DEFAULT_RETENTION))

    def review_outcomes(self) -> list[ReviewOutcome]:
        with self._reading(display.translate("storage", "review answers")) as conn:
            return cards.review_outcomes(conn)

    def card_answers(self, bank_id: str, question_id: str) -> list[tuple[datetime, str, float, bool]]:
        """The answers that reached the question's card, oldest first (``cards.card_answers``)."""
        with self._reading(display.translate("storage", "the question's answers")) as conn:
            return cards.card_answers(conn, bank_id, question_id)

    def score_history(self) -> ScoreHistory:
        """What the readiness check needs: the answers, the finished attempts, the guessing rates."""
        with self._reading(display.translate("storage", "the answers and scores")) as conn:
            return read_score_history(conn)

    def study_days(self) -> dict[date, int]:
        """Answers given on each local day that has any (the computer's time zone)."""
        with self._reading(display.translate("storage", "days studied")) as conn:
            rows = conn.execute(
                "SELECT date(answered_at, 'localtime') AS day, count(*) FROM attempt_items"
                " WHERE answered_at IS NOT NULL GROUP BY day"
            ).fetchall()
        return {date.fromisoformat(day): int(count) for day, count in rows if day}
