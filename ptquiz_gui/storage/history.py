"""The attempt-history store: one SQLite file, every answer committed the moment it is given.

``HistoryStore`` is the engine's ``AttemptListener``. Its listener methods never raise:
when a write fails (disk full, I/O error, file made read-only) the transaction is
rolled back, the write waits in memory, ``on_error`` is told in plain words, and the
waiting writes are retried, in order, with the next write or ``flush_pending()``.
A write that can never succeed is reported once and set aside, so it never blocks the
writes behind it (``write_queue``); ``export_pending_json`` still exports it.

Each attempt is named by a random token; its id is the one SQLite gives it when it is
first stored (``attempt.attempt_id`` stays ``None`` until then). Clearing, restoring and
deleting refuse while an attempt is running (see ``_refuse_while_running``).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
import weakref
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from ptquiz_gui.atomic_files import write_text_atomic
from ptquiz_gui.domain.attempt import Attempt, AttemptListener
from ptquiz_gui.domain.clock import Clock, SystemClock
from ptquiz_gui.storage import backups, totals
from ptquiz_gui.storage.connection import connect, describe
from ptquiz_gui.storage.errors import (
    AttemptNotFoundError,
    DatabaseDamagedError,
    StorageError,
)
from ptquiz_gui.storage.loading import load_progress
from ptquiz_gui.storage.merge import merge_into
from ptquiz_gui.storage.opening import open_memory, open_writable
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import BackupInfo, RecoveryNotice
from ptquiz_gui.storage.recovery import move_aside, prepare_folder
from ptquiz_gui.storage.snapshots import delete_orphans
from ptquiz_gui.storage.times import to_db
from ptquiz_gui.storage.write_queue import WriteQueue, rollback
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


def _open_with_recovery(
    path: Path, clock: Clock, backups_dir: Path, factory: type[sqlite3.Connection]
) -> tuple[sqlite3.Connection, RecoveryNotice | None]:
    prepare_folder(path.parent)
    try:
        return open_writable(path, factory=factory), None
    except DatabaseDamagedError as damage:
        moved = move_aside(path, clock.now())
        conn = open_writable(path, factory=factory)
        found = backups.list_backups(backups_dir)
        return conn, RecoveryNotice(path, moved, damage.reason, found[0] if found else None)


class HistoryStore(HistoryReader):
    """Create with ``HistoryStore.open(path)`` or, when the disk cannot be used,
    ``HistoryStore.in_memory()``; then pass it as the listener of each ``Attempt``."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        clock: Clock,
        on_error: ErrorCallback | None,
        backups_dir: Path | None,
        factory: type[sqlite3.Connection],
        recovery: RecoveryNotice | None = None,
    ) -> None:
        super().__init__(conn, path)
        self.on_error: ErrorCallback = on_error or _ignore
        self.recovery = recovery
        self._clock = clock
        self._backups_dir = backups_dir
        self._factory = factory
        self._queue = WriteQueue()
        self._tokens: weakref.WeakKeyDictionary[Attempt, str] = weakref.WeakKeyDictionary()
        self.may_attach: Callable[[], bool] = _always

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock | None = None,
        on_error: ErrorCallback | None = None,
        backups_dir: Path | None = None,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
    ) -> HistoryStore:
        """Open (or create) the history file, creating its folder when missing.

        A damaged file is moved aside and a fresh one started: see ``recovery``.
        Raises ``DatabaseTooNewError`` (the file is left untouched) or
        ``StorageUnavailableError`` (fall back to ``in_memory``).
        """
        clock = clock or SystemClock()
        folder = backups_dir or path.parent / "backups"
        conn, notice = _open_with_recovery(path, clock, folder, factory)
        return cls(
            conn, path, clock=clock, on_error=on_error, backups_dir=folder, factory=factory, recovery=notice
        )

    @classmethod
    def in_memory(
        cls,
        *,
        clock: Clock | None = None,
        on_error: ErrorCallback | None = None,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
    ) -> HistoryStore:
        """A store that keeps this session's attempts in memory until ``try_attach`` succeeds."""
        return cls(
            open_memory(factory=factory),
            None,
            clock=clock or SystemClock(),
            on_error=on_error,
            backups_dir=None,
            factory=factory,
        )

    @property
    def is_in_memory(self) -> bool:
        return self._path is None

    def close(self) -> None:
        """Close the file. Writes still pending are lost: check ``pending_count`` first
        and offer ``export_pending_json``."""
        self.flush_pending()
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    # --- AttemptListener ---------------------------------------------------------------

    def attempt_started(self, attempt: Attempt) -> None:
        token = uuid.uuid4().hex
        self._tokens[attempt] = token
        self._submit(StartedWrite.of(token, attempt))  # sets attempt.attempt_id once stored

    def answer_recorded(self, attempt: Attempt, position: int) -> None:
        if (token := self._token_of(attempt, "your answer")) is not None:
            self._submit(AnswerWrite.of(token, attempt, position, to_db(self._clock.now())))

    def flag_changed(self, attempt: Attempt, position: int) -> None:
        if (token := self._token_of(attempt, "a flag")) is not None:
            self._submit(FlagWrite(token, position, attempt.answers[position].flagged))

    def checkpoint(self, attempt: Attempt) -> None:
        if (token := self._token_of(attempt, "your progress")) is not None:
            self._submit(CheckpointWrite.of(token, attempt))

    def attempt_ended(self, attempt: Attempt) -> None:
        if (token := self._token_of(attempt, "the end of the attempt")) is not None:
            self._submit(EndedWrite.of(token, attempt, to_db(self._clock.now())))

    def _token_of(self, attempt: Attempt, what: str) -> str | None:
        token = self._tokens.get(attempt)
        if token is None:  # not started or resumed through this store: there is nothing to write into
            self._report(
                f"Could not save {what}: this attempt is not part of the history in {self.location}."
            )
        return token

    def _attempt_with(self, token: str) -> Attempt | None:
        return next((a for a, t in self._tokens.items() if t == token), None)

    def _id_of(self, token: str) -> int | None:
        attempt = self._attempt_with(token)
        return None if attempt is None else attempt.attempt_id

    def _refuse_while_running(self, what: str) -> None:
        """Clearing, restoring or deleting under a running attempt would leave its next
        answer nowhere to go: the caller must finish it or leave it (Esc) first."""
        if any(not a.finished and not a.paused for a in self._tokens.keys()):
            raise StorageError(
                f"{what} while an attempt is running. Finish the attempt, or leave it (Esc; it stays "
                "resumable), then try again."
            )

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

    def _submit(self, write: PendingWrite) -> None:
        worth_telling = self._queue.add(write)
        self._flush(report=worth_telling)

    def flush_pending(self) -> bool:
        """Retry the waiting writes; ``True`` when none is left."""
        return self._flush(report=True)

    def _flush(self, *, report: bool) -> bool:
        queue = self._queue
        return queue.flush(self._conn, self.location, self._report, quiet=not report, stored=self._stored)

    def _stored(self, token: str, attempt_id: int) -> None:
        if (attempt := self._attempt_with(token)) is not None:
            attempt.attempt_id = attempt_id

    def _report(self, message: str) -> None:
        with contextlib.suppress(Exception):  # a faulty callback must not break the attempt
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
        """One write transaction; SQLite errors roll back and become ``StorageError``."""
        if not self.flush_pending():
            raise StorageError(
                f"Could not save {what} to {self.location}: earlier changes are still waiting."
            )
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            yield self._conn
            self._conn.execute("COMMIT")
        except sqlite3.Error as error:
            rollback(self._conn)
            raise StorageError(f"Could not save {what} to {self.location}: {describe(error)}.") from error
        except BaseException:
            rollback(self._conn)
            raise

    def resume(self, attempt_id: int, clock: Clock, listener: AttemptListener | None) -> Attempt:
        """The unfinished attempt as it was last saved: answers, flags, position and clock.

        An exam's remaining time did not run while the app was closed.
        """
        self.flush_pending()
        with self._reading("the attempt") as conn:
            plan, progress = load_progress(conn, attempt_id)
            token = conn.execute("SELECT token FROM attempts WHERE id = ?", (attempt_id,)).fetchone()[0]
        if token is None:  # a row written by another tool: name it now
            token = uuid.uuid4().hex
            with self._transaction("the attempt") as conn:
                conn.execute(
                    "UPDATE attempts SET token = ? WHERE id = ? AND token IS NULL", (token, attempt_id)
                )
        attempt = Attempt(plan, clock, listener, progress)
        self._tokens[attempt] = str(token)
        return attempt

    def discard(self, attempt_id: int) -> None:
        """Give up an unfinished attempt: it is kept, marked abandoned, with its score so far."""
        with self._transaction("the attempt") as conn:
            cursor = conn.execute(
                """
                UPDATE attempts SET status = 'abandoned', finished_at = ?,
                    score = (SELECT coalesce(sum(correct), 0) FROM attempt_items
                             WHERE attempt_id = attempts.id),
                    percent = 100.0 * (SELECT coalesce(sum(correct), 0) FROM attempt_items
                                       WHERE attempt_id = attempts.id) / total
                WHERE id = ? AND status = 'in_progress'
                """,
                (to_db(self._clock.now()), attempt_id),
            )
            if cursor.rowcount == 0:
                exists = conn.execute("SELECT 1 FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
                if exists is None:
                    raise AttemptNotFoundError(attempt_id)

    def delete_attempt(self, attempt_id: int) -> bool:
        """Remove one attempt for good; returns whether it existed. Refused while an attempt runs."""
        self._refuse_while_running("An attempt cannot be deleted")
        with self._transaction("the change") as conn:
            row = conn.execute("SELECT status FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            if row is None:
                return False
            if row[0] == "finished":
                totals.uncount_finished(conn, attempt_id)
            snapshots = [
                int(r[0])
                for r in conn.execute(
                    "SELECT snapshot_id FROM attempt_items WHERE attempt_id = ?", (attempt_id,)
                )
            ]
            conn.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
            delete_orphans(conn, snapshots)
        return True

    def clear_history(self) -> BackupInfo | None:
        """Delete every attempt, statistic and review card.

        A backup of the history as it was is taken first (and older backups are kept), so
        even attempts made since the last daily backup can be restored. Returns it.
        Refused while an attempt is running.
        """
        self._refuse_while_running("The history cannot be cleared")
        safety: BackupInfo | None = None
        has_attempts = self._conn.execute("SELECT 1 FROM attempts LIMIT 1").fetchone() is not None
        if self._backups_dir is not None and has_attempts:
            try:
                safety = backups.make_backup(self._conn, self._backups_dir, self._clock.now())
            except (StorageError, sqlite3.Error) as error:
                reason = str(error) if isinstance(error, StorageError) else describe(error)
                raise StorageError(
                    f"The history was not cleared: no backup could be taken first ({reason})."
                ) from error
        self._queue.pending.clear()
        with self._transaction("the change") as conn:
            for table in (
                "attempt_items",
                "attempts",
                "review_cards",
                "question_stats",
                "bank_stats",
                "question_snapshots",
            ):
                conn.execute(f"DELETE FROM {table}")
        try:
            self._conn.execute("VACUUM")
            if self._path is not None:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error as error:
            self._report(
                f"The history was cleared, but {self.location} could not be compacted: {describe(error)}."
            )
        return safety

    # --- backups -----------------------------------------------------------------------

    @property
    def backups_dir(self) -> Path | None:
        return self._backups_dir

    def list_backups(self) -> list[BackupInfo]:
        """Backups newest first."""
        return [] if self._backups_dir is None else backups.list_backups(self._backups_dir)

    def backup_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        """Make the daily backup when the newest is a day old or more (call on start).

        Keeps the newest ``backups.KEEP``. Problems go to ``on_error``; returns the new backup or ``None``.
        """
        if self._backups_dir is None:
            return None
        now = now or self._clock.now()
        try:
            if not backups.backup_due(self._backups_dir, now):
                return None
            if self._conn.execute("SELECT 1 FROM attempts LIMIT 1").fetchone() is None:
                return None  # nothing worth keeping, and an empty copy would push out a good one
            info = backups.make_backup(self._conn, self._backups_dir, now)
            backups.prune(self._backups_dir)
        except DatabaseDamagedError as error:
            self._report(f"{error} Restore a backup to repair it.")
            return None
        except (StorageError, sqlite3.Error) as error:
            self._report(str(error) if isinstance(error, StorageError) else describe(error))
            return None
        return info

    def restore(self, backup: Path) -> BackupInfo | None:
        """Replace the history with a backup, after saving the current one as a new backup.

        Returns that safety backup (``None`` when the current file was damaged and was
        moved aside instead). Raises ``StorageError`` and leaves the history as it was
        when an attempt is running, the backup is unusable or changes are still waiting.
        An attempt left open (paused or left with Esc) cannot write into the restored
        history: its writes name its token, which the backup does not hold in progress.
        """
        self._refuse_while_running("A backup cannot be restored")
        if self._path is None or self._backups_dir is None:
            raise StorageError("The history is only in memory; there is no file to restore into.")
        backups.check_backup(backup)
        if not self.flush_pending():
            raise StorageError(
                f"{self._queue.pending_words()} not saved yet; the backup was not restored. "
                "Free some disk space and try again, or export the unsaved changes."
            )
        now = self._clock.now()
        safety: BackupInfo | None = None
        try:
            safety = backups.make_backup(self._conn, self._backups_dir, now)
        except DatabaseDamagedError:
            self._conn.close()
            move_aside(self._path, now)
        self._conn.close()
        try:
            target = connect(self._path, factory=self._factory)
            try:
                backups.copy_into(backup, target)
            finally:
                target.close()
        except sqlite3.Error as error:
            raise StorageError(f"Could not restore {backup} into {self._path}: {describe(error)}.") from error
        finally:
            self._conn = open_writable(self._path, factory=self._factory)
        self.recovery = None
        return safety

    # --- leaving memory ------------------------------------------------------------------

    def try_attach(self, path: Path, backups_dir: Path | None = None) -> bool:
        """Move an in-memory history into the file at ``path`` when writing works again.

        Running attempts keep going and get their new ids. Returns whether the store is
        now backed by a file (also ``True`` when it already was).
        """
        if self._path is not None:
            return True
        if not self.may_attach() or not self.flush_pending():
            return False
        folder = backups_dir or path.parent / "backups"
        try:
            conn, notice = _open_with_recovery(path, self._clock, folder, self._factory)
        except StorageError:
            return False
        try:
            ids = merge_into(self._conn, conn)
        except sqlite3.Error as error:
            conn.close()
            self._report(f"Could not move this session's history into {path}: {describe(error)}.")
            return False
        self._conn.close()
        self._conn = conn
        self._path = path
        self._backups_dir = folder
        self.recovery = notice
        for attempt in self._tokens.keys():
            if attempt.attempt_id is not None:
                attempt.attempt_id = ids[attempt.attempt_id]
        return True
