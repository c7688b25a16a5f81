"""Looking after the history as a whole: deleting an attempt, clearing everything, backups
and restoring one.

Each operation is a function of a connection, or, for a restore, of the history file's
path, so it can run on a connection of its own (a worker thread) as well as on the
window's (``Maintenance``). Under ``Maintenance`` each is refused while an attempt is
running: its next answer would have nowhere to go, or land in a history that no longer
holds it. The caller must finish it or leave it (Esc) first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ptquiz_gui.domain import display
from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.storage import backups, totals
from ptquiz_gui.storage.connection import connect, describe, is_damage, write_transaction
from ptquiz_gui.storage.errors import DatabaseDamagedError, StorageError
from ptquiz_gui.storage.history_file import HistoryFile
from ptquiz_gui.storage.opening import open_writable
from ptquiz_gui.storage.records import BackupInfo, BackupReason, RecoveryNotice
from ptquiz_gui.storage.recovery import move_aside
from ptquiz_gui.storage.snapshots import delete_orphans

_CLEARED_TABLES = (
    "attempt_items",
    "attempts",
    "question_cards",
    "review_outcomes",
    "question_stats",
    "bank_stats",
    "question_snapshots",
)


# --- the operations, on any connection ---------------------------------------------------


def delete_attempt(conn: sqlite3.Connection, location: str, attempt_id: int) -> bool:
    """Remove one attempt for good; returns whether it existed."""
    with write_transaction(conn, location, display.translate("storage", "the change")):
        row = conn.execute("SELECT status FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            return False
        if row[0] == "finished":
            totals.uncount_finished(conn, attempt_id)
        items = conn.execute("SELECT snapshot_id FROM attempt_items WHERE attempt_id = ?", (attempt_id,))
        snapshots = [int(r[0]) for r in items]
        conn.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
        delete_orphans(conn, snapshots)
    return True


def backup_before_clearing(
    conn: sqlite3.Connection, backups_dir: Path | None, now: datetime
) -> BackupInfo | None:
    """A backup of the history as it is, so even attempts made since the last daily backup
    can be restored; ``None`` when there is nothing to keep or nowhere to keep it.
    Raises ``StorageError``: then the history must not be cleared."""
    if backups_dir is None or conn.execute("SELECT 1 FROM attempts LIMIT 1").fetchone() is None:
        return None
    try:
        return backups.make_backup(conn, backups_dir, now, reason=BackupReason.BEFORE_CLEAR)
    except (StorageError, sqlite3.Error) as error:
        reason = str(error) if isinstance(error, StorageError) else describe(error)
        message = display.translate(
            "storage", "The history was not cleared: no backup could be taken first ({reason})."
        )
        raise StorageError(message.format(reason=reason)) from error


def delete_everything(conn: sqlite3.Connection, location: str) -> None:
    """Every attempt, statistic and review card, in one transaction."""
    with write_transaction(conn, location, display.translate("storage", "the change")):
        for table in _CLEARED_TABLES:
            conn.execute(f"DELETE FROM {table}")


def compact(conn: sqlite3.Connection, location: str, *, on_disk: bool) -> str | None:
    """Give the freed space back to the disk; returns what went wrong, if anything (the
    history is cleared either way)."""
    try:
        conn.execute("VACUUM")
        if on_disk:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error as error:
        message = display.translate(
            "storage", "The history was cleared, but {location} could not be compacted: {reason}."
        )
        return message.format(location=location, reason=describe(error))
    return None


@dataclass(frozen=True, slots=True)
class Cleared:
    safety: BackupInfo | None  # the backup taken first
    problem: str | None  # a sentence for the user when compacting failed


def clear_history_file(history_db: Path, backups_dir: Path, now: datetime) -> Cleared:
    """Clear the history at ``history_db`` on a connection of its own (for a worker thread)."""
    conn = connect(history_db)
    try:
        safety = backup_before_clearing(conn, backups_dir, now)
        delete_everything(conn, str(history_db))
        return Cleared(safety, compact(conn, str(history_db), on_disk=True))
    finally:
        conn.close()


def _safety_backup(
    history_db: Path, backups_dir: Path, now: datetime, factory: type[sqlite3.Connection]
) -> BackupInfo | None:
    """The history as it is before a restore, kept as a new backup; a damaged one is moved
    aside instead (``None``)."""
    try:
        source = connect(history_db, factory=factory)
    except sqlite3.Error as error:
        if not is_damage(error):
            message = display.translate("storage", "Could not read {path}: {reason}.")
            raise StorageError(message.format(path=history_db, reason=describe(error))) from error
        move_aside(history_db, now)
        return None
    try:
        return backups.make_backup(source, backups_dir, now, reason=BackupReason.BEFORE_RESTORE)
    except DatabaseDamagedError:
        source.close()
        move_aside(history_db, now)
        return None
    finally:
        source.close()


def restore_file(
    history_db: Path,
    backup: Path,
    backups_dir: Path,
    now: datetime,
    *,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> BackupInfo | None:
    """Replace the history at ``history_db`` with a checked backup (``backups.check_backup``),
    after saving it as a new backup; returns that one (``None`` when the file was damaged and
    moved aside). Works on connections of its own: no other connection to the file may be
    open meanwhile. Raises ``StorageError``."""
    safety = _safety_backup(history_db, backups_dir, now, factory)
    try:
        target = connect(history_db, factory=factory)
        try:
            backups.copy_into(backup, target)
        finally:
            target.close()
    except sqlite3.Error as error:
        message = display.translate("storage", "Could not restore {backup} into {path}: {reason}.")
        raise StorageError(message.format(backup=backup, path=history_db, reason=describe(error))) from error
    return safety


def upgrade_restored(
    history_db: Path,
    backup: Path,
    safety: BackupInfo | None,
    factory: type[sqlite3.Connection],
    desired_retention: float | None = None,
) -> None:
    """Open the restored file once, on the restore's own thread, so a backup from an older
    ptquiz is upgraded there (its cards due at ``desired_retention``) rather than on the
    window's thread. Raises ``StorageError`` when it cannot be opened (the window's
    reopening then deals with the file)."""
    try:
        open_writable(history_db, factory=factory, desired_retention=desired_retention).close()
    except StorageError as error:
        unusable = display.translate("storage", "The backup {backup} was copied but cannot be used: {error}")
        message = unusable.format(backup=backup, error=error)
        if safety is not None:
            kept = display.translate("storage", "The history from before is kept as the backup {path}.")
            message = f"{message} {kept.format(path=safety.path)}"
        raise StorageError(message) from error


# --- on the window's history --------------------------------------------------------------


class LiveAttempts(Protocol):
    """What maintenance needs from the recorder of the same history."""

    @property
    def running(self) -> bool: ...

    def pending_words(self) -> str: ...

    def flush_pending(self) -> bool: ...

    def drop_pending(self) -> None: ...

    def report(self, message: str) -> None: ...


class Maintenance:
    def __init__(self, file: HistoryFile, live: LiveAttempts, *, clock: Clock) -> None:
        self._file = file
        self._live = live
        self._clock = clock

    @property
    def recovery(self) -> RecoveryNotice | None:
        """The damaged history moved aside when the file was opened, until a restore replaces it."""
        return self._file.recovery

    @property
    def backups_dir(self) -> Path | None:
        return self._file.backups_dir

    def list_backups(self) -> list[BackupInfo]:
        """Backups newest first."""
        folder = self._file.backups_dir
        return [] if folder is None else backups.list_backups(folder)

    def start_backup(self) -> Callable[[], BackupInfo | None]:
        """A backup by hand, the daily backup's read-only copy (``backups.backup_file``) for a
        worker thread; it returns ``None`` when the history holds no attempt. Changes still
        waiting are saved first where they can be; an attempt may go on meanwhile. Raises
        ``StorageError`` when the history is only in memory."""
        path, folder = self._file.path, self._file.backups_dir
        if path is None or folder is None:
            raise StorageError(
                display.translate("storage", "The history is only in memory; there is no file to back up.")
            )
        self._live.flush_pending()
        now = self._clock.now()
        return lambda: backups.backup_file(path, folder, now, BackupReason.BY_HAND)

    def _refuse_while_running(self, what: str) -> None:
        if self._live.running:
            raise StorageError(
                display.translate(
                    "storage",
                    "{what} while an attempt is running. Finish the attempt, or leave it (Esc; it stays "
                    "resumable), then try again.",
                ).format(what=what)
            )

    def _saved_first(self, what: str) -> None:
        if not self._live.flush_pending():
            message = display.translate(
                "storage", "Could not save {what} to {location}: earlier changes are still waiting."
            )
            raise StorageError(message.format(what=what, location=self._file.location))

    def delete_attempt(self, attempt_id: int) -> bool:
        """Remove one attempt for good; returns whether it existed. Refused while an attempt runs."""
        self._refuse_while_running(display.translate("storage", "An attempt cannot be deleted"))
        self._saved_first(display.translate("storage", "the change"))
        return delete_attempt(self._file.conn, self._file.location, attempt_id)

    def clear_history(self) -> BackupInfo | None:
        """Delete every attempt, statistic and review card.

        A backup of the history as it was is taken first (and older backups are kept), so
        even attempts made since the last daily backup can be restored. Returns it.
        Refused while an attempt is running.
        """
        self._refuse_while_running(display.translate("storage", "The history cannot be cleared"))
        conn, location = self._file.conn, self._file.location
        safety = backup_before_clearing(conn, self._file.backups_dir, self._clock.now())
        self._live.drop_pending()
        self._saved_first(display.translate("storage", "the change"))
        delete_everything(conn, location)
        problem = compact(conn, location, on_disk=not self._file.is_in_memory)
        if problem is not None:
            self._live.report(problem)
        return safety

    def start_clear(self) -> Callable[[], Cleared]:
        """``clear_history`` for a file, in two halves: the checks here, on the window's
        thread, and the returned work (backup, delete, compact) for a worker thread on a
        connection of its own. Waiting changes are saved first, so a backup that fails
        loses nothing; call ``end_clear`` with what the work returned. Raises
        ``StorageError`` when refused (an attempt runs, changes still wait, no file)."""
        self._refuse_while_running(display.translate("storage", "The history cannot be cleared"))
        path, folder = self._file.path, self._file.backups_dir
        if path is None or folder is None:
            raise StorageError("The history is only in memory; clear it with clear_history.")
        self._saved_first(display.translate("storage", "the change"))
        now = self._clock.now()
        return lambda: clear_history_file(path, folder, now)

    def end_clear(self, cleared: Cleared) -> None:
        """After the worker cleared the file: what waited for it belonged to the old history."""
        self._live.drop_pending()
        if cleared.problem is not None:
            self._live.report(cleared.problem)

    def restore(self, backup: Path) -> BackupInfo | None:
        """Replace the history with a backup, after saving the current one as a new backup.

        Returns that safety backup (``None`` when the current file was damaged and was
        moved aside instead). Raises ``StorageError`` and leaves the history as it was
        when an attempt is running, the backup is unusable or changes are still waiting.
        An attempt left open (paused or left with Esc) cannot write into the restored
        history: its writes name its token, which the backup does not hold in progress.
        """
        work = self.start_restore(backup)
        restored = False
        try:
            safety = work()
            restored = True
        finally:
            self.end_restore(restored=restored)
        return safety

    def start_restore(self, backup: Path) -> Callable[[], BackupInfo | None]:
        """``restore`` in two halves: the checks, saving what waits and closing the window's
        connection here; the returned copy (``restore_file``) for a worker thread. Until
        ``end_restore`` the history has no open connection: nothing may read or write it.
        The backup is checked (``backups.check_backup``, a full integrity check) by the
        returned work, before anything is replaced. Raises ``StorageError`` (the connection
        is then still open)."""
        self._refuse_while_running(display.translate("storage", "A backup cannot be restored"))
        path, folder = self._file.path, self._file.backups_dir
        if path is None or folder is None:
            raise StorageError(
                display.translate(
                    "storage", "The history is only in memory; there is no file to restore into."
                )
            )
        if not self._live.flush_pending():
            raise StorageError(
                display.translate(
                    "storage",
                    "{pending} not saved yet; the backup was not restored. Free some disk space and "
                    "try again, or export the unsaved changes.",
                ).format(pending=self._live.pending_words())
            )
        self._file.close()
        now, factory, retention = self._clock.now(), self._file.factory, self._file.desired_retention

        def checked_restore() -> BackupInfo | None:
            backups.check_backup(backup)
            safety = restore_file(path, backup, folder, now, factory=factory)
            upgrade_restored(path, backup, safety, factory, retention)
            return safety

        return checked_restore

    def end_restore(self, *, restored: bool) -> None:
        """Open the file again after the copy (made or failed); a made one ends the recovery
        notice. Never raises: a file that cannot be opened now is moved aside (damaged) or
        the history goes on in memory (it cannot be written), and the user is told."""
        self._file.recovery, before = None, self._file.recovery
        try:
            self._file.reopen(self._clock.now())
        except StorageError as error:
            kept = display.translate(
                "storage",
                "Your attempts are kept in memory and saved as soon as it can be written; "
                "File ▸ Export unsaved changes saves them to a file.",
            )
            self._live.report(f"{error} {kept}")
            return
        if self._file.recovery is not None:  # the restored file was damaged, and moved aside
            self._live.report(self._file.recovery.message)
        elif not restored:
            self._file.recovery = before
