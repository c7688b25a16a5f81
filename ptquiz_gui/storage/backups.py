"""Daily copies of the history, made with SQLite's online backup API and checked before kept.

Backups are ``backups/history-YYYYmmdd-HHMMSS-REASON.sqlite3`` (UTC; the reason a
``BackupReason``: daily, before-clear, before-restore, by-hand), self-contained files in
rollback-journal mode; the newest ``KEEP`` are kept. Names without a reason, from older
ptquiz versions, are daily backups. Only files with exactly such a name are ever deleted,
and the partial copies of killed backups (``remove_stale_partials``).

A backup is written as ``<final name>.<pid>.partial`` and renamed once checked. A process
killed meanwhile leaves the partial (often full size) and SQLite's ``-journal`` beside it;
the pid in the name tells a later ptquiz that its writer is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ptquiz_gui.atomic_files import fsync_folder, remove_stale, replace_file
from ptquiz_gui.domain import display
from ptquiz_gui.storage.connection import connect_read_only, describe, is_damage
from ptquiz_gui.storage.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    StorageError,
    StorageUnavailableError,
)
from ptquiz_gui.storage.identity import check_content
from ptquiz_gui.storage.records import BackupInfo, BackupReason
from ptquiz_gui.storage.recovery import peek_user_version
from ptquiz_gui.storage.schema import SCHEMA_VERSION

KEEP = 7
INTERVAL = timedelta(days=1)
_REASONS = "|".join(re.escape(reason.value) for reason in BackupReason)
_NAME = re.compile(rf"^history-(\d{{8}}-\d{{6}})(?:-({_REASONS}))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"
_PARTIAL = re.compile(
    rf"^history-\d{{8}}-\d{{6}}(?:-\d+)?(?:-(?:{_REASONS}))?\.sqlite3"
    r"(?:\.(?P<pid>\d+))?\.partial(?P<companion>-journal|-wal|-shm)?$"
)


def backup_name(moment: datetime, reason: BackupReason) -> str:
    return f"history-{moment.astimezone(UTC).strftime(_STAMP)}-{reason.value}.sqlite3"


def _stamp_taken(folder: Path, moment: datetime) -> bool:
    """Whether a backup, for any reason, already has this second: each second names one."""
    stamp = moment.astimezone(UTC).strftime(_STAMP)
    names = [f"history-{stamp}.sqlite3"] + [backup_name(moment, reason) for reason in BackupReason]
    return any((folder / name).exists() for name in names)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            status = entry.stat()
        except OSError:
            continue
        if not stat.S_ISREG(status.st_mode):  # a pipe or device is never a backup (reading it could block)
            continue
        size = status.st_size
        taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(entry, taken, size, BackupReason(match.group(2) or BackupReason.DAILY)))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def backup_due(folder: Path, now: datetime) -> bool:
    backups = list_backups(folder)
    return not backups or now - backups[0].taken_at >= INTERVAL


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` finds (nothing means the file is sound)."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def make_backup(
    source: sqlite3.Connection, folder: Path, now: datetime, *, reason: BackupReason
) -> BackupInfo:
    """Copy the open database into a new, verified backup file.

    Raises ``DatabaseDamagedError`` when the copy fails its integrity check (the live
    file is then suspect), ``StorageError`` when the copy cannot be written.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        moment = now
        while _stamp_taken(folder, moment):
            moment += timedelta(seconds=1)
        final = folder / backup_name(moment, reason)
        partial = folder / f"{final.name}.{os.getpid()}.partial"
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    except OSError as error:
        raise StorageError(_no_backup_in(folder, error)) from error
    try:
        target = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
            problems = integrity_problems(target)
        finally:
            target.close()
        if problems:
            raise DatabaseDamagedError(
                Path(source_path(source) or "history"),
                display.translate("storage", "its backup copy failed the integrity check: {problems}").format(
                    problems="; ".join(problems[:3])
                ),
            )
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        replace_file(partial, final)
        with contextlib.suppress(OSError):
            fsync_folder(folder)
        remove_stale_partials(folder)
    except (sqlite3.Error, OSError) as error:
        _remove_partial(partial)
        raise StorageError(_no_backup_in(folder, error)) from error
    except BaseException:
        _remove_partial(partial)
        raise
    return BackupInfo(final, moment.astimezone(UTC).replace(microsecond=0), final.stat().st_size, reason)


def _no_backup_in(folder: Path, error: BaseException) -> str:
    message = display.translate("storage", "Could not make a backup in {folder}: {reason}.")
    return message.format(folder=folder, reason=describe(error))


def _remove_partial(partial: Path) -> None:
    """A failed copy goes with the journal SQLite left beside it (a full disk leaves one)."""
    for leftover in (partial, *(partial.with_name(partial.name + end) for end in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def remove_stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove partial backups (and their ``-journal``/``-wal``/``-shm``) whose writer was killed:
    its pid is gone, or, for a name without a pid, it is older than ``STALE_AGE_S``. A backup
    being made, here or by another live process, is never touched. Returns what was removed."""
    return remove_stale(folder, _PARTIAL, now=now)


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was deleted."""
    removed = []
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def check_backup(path: Path) -> None:
    """Refuse a backup that is too new, unreadable or damaged, before anything is replaced."""
    try:
        version = peek_user_version(path)
    except StorageUnavailableError as error:
        message = display.translate("storage", "The backup {path} cannot be read: {reason}.")
        raise StorageError(message.format(path=path, reason=error.reason)) from error
    if version is None:
        raise DatabaseDamagedError(path, display.translate("storage", "the backup is empty"))
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
    try:
        conn = connect_read_only(path)
        try:
            check_content(conn, path)  # another program's file is no backup of ours
            problems = integrity_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise DatabaseDamagedError(path, describe(error)) from error
    if problems:
        found = display.translate("storage", "the integrity check found: {problems}")
        raise DatabaseDamagedError(path, found.format(problems="; ".join(problems[:3])))


def copy_into(backup: Path, target: sqlite3.Connection) -> None:
    """Replace the whole content of ``target`` with the backup's (SQLite backup API)."""
    source = connect_read_only(backup)
    try:
        source.backup(target)
    finally:
        source.close()


def source_path(conn: sqlite3.Connection) -> str | None:
    for _, name, filename in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(filename) or None
    return None


def count_attempts(backup: Path) -> int:
    """How many attempts a backup holds, read without any right to write. Raises ``StorageError``."""
    try:
        conn = connect_read_only(backup)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as error:
        message = display.translate("storage", "Could not read {path}: {reason}.")
        raise StorageError(message.format(path=backup, reason=describe(error))) from error


def daily_backup(history_db: Path, folder: Path, now: datetime) -> BackupInfo | None:
    """The once-a-day backup, on a connection of its own so it can run off the GUI thread.

    Makes a backup when the newest one is a day old or more and the history holds an
    attempt, then keeps the newest ``KEEP``. Returns the backup made, or ``None``.
    Raises ``StorageError`` (``DatabaseDamagedError`` when the copy fails its check).
    """
    if not history_db.exists() or not backup_due(folder, now):
        return None
    return backup_file(history_db, folder, now, BackupReason.DAILY)


def backup_file(history_db: Path, folder: Path, now: datetime, reason: BackupReason) -> BackupInfo | None:
    """Copy the history at ``history_db`` through a read-only connection of its own (so a
    worker thread can do it while the window goes on writing), then keep the newest ``KEEP``.
    Returns ``None`` when the history holds no attempt. Raises ``StorageError``
    (``DatabaseDamagedError`` when the copy fails its check)."""
    if not history_db.exists():
        return None
    try:
        source = connect_read_only(history_db)
    except sqlite3.Error as error:
        message = display.translate("storage", "Could not read {path} for its backup: {reason}.")
        raise StorageError(message.format(path=history_db, reason=describe(error))) from error
    try:
        if source.execute("SELECT 1 FROM attempts LIMIT 1").fetchone() is None:
            return None  # nothing worth keeping, and an empty copy would push out a good one
        info = make_backup(source, folder, now, reason=reason)
    except sqlite3.Error as error:
        message = display.translate("storage", "Could not back up {path}: {reason}.")
        raise StorageError(message.format(path=history_db, reason=describe(error))) from error
    finally:
        source.close()
    prune(folder)
    return info
