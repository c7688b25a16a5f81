"""Recording attempts: every answer committed the moment it is given.

``Recorder`` is the engine's ``AttemptListener``. Its listener methods never raise:
when a write fails (disk full, I/O error, file made read-only) the transaction is
rolled back, the write waits in memory, ``on_error`` is told in plain words, and the
waiting writes are retried, in order, with the next write or ``flush_pending()``.
A write that can never succeed is reported once and set aside, so it never blocks the
writes behind it (``write_queue``); ``export_pending_json`` still exports it.

Each attempt is named by a random token; its id is the one SQLite gives it when it is
first stored (``attempt.attempt_id`` stays ``None`` until then). Resuming and discarding
an attempt are whole-attempt transactions. A history kept in memory (the disk could not
be used) moves into the file with ``try_attach`` once it can be written.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

from ptquiz_gui.atomic_files import write_text_atomic
from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Attempt, AttemptListener
from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.storage.connection import describe, write_transaction
from ptquiz_gui.storage.errors import AttemptNotFoundError, StorageError
from ptquiz_gui.storage.history_file import HistoryFile, open_with_recovery
from ptquiz_gui.storage.loading import load_progress
from ptquiz_gui.storage.merge import merge_into
from ptquiz_gui.storage.times import to_db
from ptquiz_gui.storage.write_queue import WriteQueue, pending_words
from ptquiz_gui.storage.writes import (
    AnswerWrite,
    CheckpointWrite,
    EndedWrite,
    FlagWrite,
    PendingWrite,
    StartedWrite,
)

ErrorCallback = Callable[[str], None]


def _ignore(message: str) -> None:
    del message


def _always() -> bool:
    return True


class Recorder:
    """Pass it as the listener of each ``Attempt``."""

    def __init__(self, file: HistoryFile, *, clock: Clock, on_error: ErrorCallback | None = None) -> None:
        self.on_error: ErrorCallback = on_error or _ignore
        # Whether this process may move an in-memory history into the file (holds its folder's lock).
        self.may_attach: Callable[[], bool] = _always
        self._file = file
        self._clock = clock
        self._queue = WriteQueue()
        self._tokens: weakref.WeakKeyDictionary[Attempt, str] = weakref.WeakKeyDictionary()

    @property
    def desired_retention(self) -> float:
        """The student's setting: the cards of the answers recorded from now on are scheduled
        at it, and so are those replayed when the history moves out of memory or reopens."""
        return self._file.desired_retention

    @desired_retention.setter
    def desired_retention(self, value: float) -> None:
        self._file.desired_retention = value

    @property
    def is_in_memory(self) -> bool:
        return self._file.is_in_memory

    @property
    def location(self) -> str:
        return self._file.location

    @property
    def running(self) -> bool:
        """Whether an attempt is running: answering, not finished, paused or left."""
        return any(not a.finished and not a.paused for a in self._tokens.keys())

    def close(self) -> None:
        """Close the file. Writes still pending are lost: check ``pending_count`` first
        and offer ``export_pending_json``."""
        self.flush_pending()
        with contextlib.suppress(sqlite3.Error):
            self._file.conn.execute("PRAGMA optimize")
        self._file.close()

    # --- AttemptListener ---------------------------------------------------------------

    def attempt_started(self, attempt: Attempt) -> None:
        token = uuid.uuid4().hex
        self._tokens[attempt] = token
        self._submit(StartedWrite.of(token, attempt))  # sets attempt.attempt_id once stored

    def answer_recorded(self, attempt: Attempt, position: int) -> None:
        if (token := self._token_of(attempt, display.translate("storage", "your answer"))) is not None:
            self._submit(AnswerWrite.of(token, attempt, position, to_db(self._clock.now()), self.desired_retention))

    def flag_changed(self, attempt: Attempt, position: int) -> None:
        if (token := self._token_of(attempt, display.translate("storage", "a flag"))) is not None:
            self._submit(FlagWrite(token, position, attempt.answers[position].flagged))

    def checkpoint(self, attempt: Attempt) -> None:
        if (token := self._token_of(attempt, display.translate("storage", "your progress"))) is not None:
            self._submit(CheckpointWrite.of(token, attempt))

    def attempt_ended(self, attempt: Attempt) -> None:
        ended = display.translate("storage", "the end of the attempt")
        if (token := self._token_of(attempt, ended)) is not None:
            self._submit(EndedWrite.of(token, attempt, to_db(self._clock.now()), self.desired_retention))

    def _token_of(self, attempt: Attempt, what: str) -> str | None:
        token = self._tokens.get(attempt)
        if token is None:  # not started or resumed through this recorder: there is nothing to write into
            message = display.translate(
                "storage", "Could not save {what}: this attempt is not part of the history in {location}."
            )
            self.report(message.format(what=what, location=self.location))
        return token

    def _attempt_with(self, token: str) -> Attempt | None:
        return next((a for a, t in self._tokens.items() if t == token), None)

    def _id_of(self, token: str) -> int | None:
        attempt = self._attempt_with(token)
        return None if attempt is None else attempt.attempt_id

    # --- pending writes ----------------------------------------------------------------

    @property
    def pending_count(self) -> int:
        """Writes that failed and wait in memory for the disk to work again."""
        return len(self._queue.pending)

    @property
    def set_aside_count(self) -> int:
        """Writes that can never be stored (``write_queue``); kept until ``export_pending_json``
        hands them to the user."""
        return len(self._queue.set_aside)

    @property
    def unsaved_count(self) -> int:
        """Everything not in the history file: writes waiting to be retried and writes set aside."""
        return self.pending_count + self.set_aside_count

    def pending_words(self) -> str:
        return pending_words(self.pending_count)

    def _submit(self, write: PendingWrite) -> None:
        worth_telling = self._queue.add(write)
        self._flush(report=worth_telling)

    def flush_pending(self) -> bool:
        """Retry the waiting writes; ``True`` when none is left."""
        return self._flush(report=True)

    def drop_pending(self) -> None:
        """Forget the waiting writes (the history they belong to was cleared)."""
        self._queue.pending.clear()

    def _flush(self, *, report: bool) -> bool:
        queue = self._queue
        return queue.flush(self._file.conn, self.location, self.report, quiet=not report, stored=self._stored)

    def _stored(self, token: str, attempt_id: int) -> None:
        if (attempt := self._attempt_with(token)) is not None:
            attempt.attempt_id = attempt_id

    def report(self, message: str) -> None:
        """Tell ``on_error``; a faulty callback must not break the attempt."""
        with contextlib.suppress(Exception):
            self.on_error(message)

    def export_pending_json(self, path: Path) -> int:
        """Write the waiting (and set-aside) writes to a JSON file the user chose; returns how many."""
        body = {
            "history_file": self.location,
            "exported_at": to_db(self._clock.now()),
            **self._queue.as_json(self._id_of),
        }
        write_text_atomic(path, json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        exported = self.unsaved_count
        self._queue.set_aside.clear()  # now in the user's file; the waiting writes are still retried
        return exported

    # --- whole attempts ------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        if not self.flush_pending():
            message = display.translate(
                "storage", "Could not save {what} to {location}: earlier changes are still waiting."
            )
            raise StorageError(message.format(what=what, location=self.location))
        with write_transaction(self._file.conn, self.location, what) as conn:
            yield conn

    def resume(self, attempt_id: int, clock: Clock, listener: AttemptListener | None) -> Attempt:
        """The unfinished attempt as it was last saved: answers, flags, position and clock.

        An exam's remaining time did not run while the app was closed.
        """
        self.flush_pending()
        conn = self._file.conn
        try:
            plan, progress = load_progress(conn, attempt_id)
            token = conn.execute("SELECT token FROM attempts WHERE id = ?", (attempt_id,)).fetchone()[0]
        except sqlite3.Error as error:
            reason = describe(error)
            message = display.translate("storage", "Could not read the attempt from {location}: {reason}.")
            raise StorageError(message.format(location=self.location, reason=reason)) from error
        if token is None:  # a row written by another tool: name it now
            token = uuid.uuid4().hex
            with self._transaction(display.translate("storage", "the attempt")) as conn:
                conn.execute(
                    "UPDATE attempts SET token = ? WHERE id = ? AND token IS NULL", (token, attempt_id)
                )
        attempt = Attempt(plan, clock, listener, progress)
        self._tokens[attempt] = str(token)
        return attempt

    def discard(self, attempt_id: int) -> None:
        """Give up an unfinished attempt: it is kept, marked abandoned, with its score so far."""
        with self._transaction(display.translate("storage", "the attempt")) as conn:
            cursor = conn.execute(
                """
                UPDATE attempts SET status = 'abandoned', finished_at = ?,
                    score = (SELECT round(coalesce(sum(points), 0), 9) FROM attempt_items
                             WHERE attempt_id = attempts.id),
                    percent = 100.0 * (SELECT round(coalesce(sum(points), 0), 9) FROM attempt_items
                                       WHERE attempt_id = attempts.id) / total
                WHERE id = ? AND status = 'in_progress'
                """,
                (to_db(self._clock.now()), attempt_id),
            )
            if cursor.rowcount == 0:
                exists = conn.execute("SELECT 1 FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
                if exists is None:
                    raise AttemptNotFoundError(attempt_id)

    # --- leaving memory ------------------------------------------------------------------

    def try_attach(self, path: Path, backups_dir: Path | None = None) -> bool:
        """Move an in-memory history into the file at ``path`` when writing works again.

        Running attempts keep going and get their new ids. Returns whether the history is
        now backed by a file (also ``True`` when it already was).
        """
        if not self._file.is_in_memory:
            return True
        if not self.may_attach() or not self.flush_pending():
            return False
        folder = backups_dir or path.parent / "backups"
        try:
            conn, notice = open_with_recovery(
                path, self._clock.now(), folder, self._file.factory, self._file.desired_retention
            )
        except StorageError:
            return False
        try:
            ids = merge_into(self._file.conn, conn, self._file.desired_retention)
        except sqlite3.Error as error:
            conn.close()
            message = display.translate(
                "storage", "Could not move this session's history into {path}: {reason}."
            )
            self.report(message.format(path=path, reason=describe(error)))
            return False
        self._file.move_to(conn, path, folder, notice)
        for attempt in self._tokens.keys():
            if attempt.attempt_id is not None:
                attempt.attempt_id = ids[attempt.attempt_id]
        return True
