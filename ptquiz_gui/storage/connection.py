"""Opening SQLite connections the way the history needs them, one write transaction at a time,
and naming SQLite faults in plain words."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ptquiz_gui.domain import display
from ptquiz_gui.storage.errors import StorageError

BUSY_TIMEOUT_MS = 5000

# Primary result codes (the low byte of an extended code).
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
_UNWRITABLE_CODES = frozenset({SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN})


def connect(
    path: Path | str, *, factory: type[sqlite3.Connection] = sqlite3.Connection
) -> sqlite3.Connection:
    """A read-write connection in autocommit mode: every write opens its own transaction.

    WAL with ``synchronous=FULL`` makes each COMMIT durable (the WAL is synced) while
    readers such as ``ptquiz history`` never block the writer.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=factory)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open without any right to write, so a reader never disturbs the app.

    A WAL database needs its ``-shm`` file; when the folder is read-only and the file
    was closed cleanly (no ``-shm`` left), open it as immutable instead.
    """
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        if primary_code(error) not in _UNWRITABLE_CODES:
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


def rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection, location: str, what: str) -> Iterator[sqlite3.Connection]:
    """One write transaction; SQLite errors roll back and become ``StorageError``."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        rollback(conn)
        message = display.translate("storage", "Could not save {what} to {location}: {reason}.")
        raise StorageError(message.format(what=what, location=location, reason=describe(error))) from error
    except BaseException:
        rollback(conn)
        raise


def primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(error: sqlite3.Error) -> bool:
    """Whether the error says the file's content is bad (as opposed to the disk or permissions)."""
    if primary_code(error) in _DAMAGE_CODES:
        return True
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def is_unwritable(error: sqlite3.Error) -> bool:
    if primary_code(error) in _UNWRITABLE_CODES:
        return True
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def describe(error: BaseException) -> str:
    """What went wrong, in words a user can act on."""
    if isinstance(error, sqlite3.Error):
        code = primary_code(error)
        if code == SQLITE_FULL:
            return display.translate("storage", "the disk is full")
        if code == SQLITE_IOERR:
            return display.translate("storage", "the disk reported a read or write error")
        if code in _UNWRITABLE_CODES:
            return display.translate(
                "storage", "the file or its folder cannot be written (read-only or no permission)"
            )
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return display.translate("storage", "the file is in use by another program")
        if is_damage(error):  # said after "is damaged:" or "could not save …:", so it names the damage
            if code == SQLITE_NOTADB or "not a database" in str(error).lower():
                return display.translate("storage", "SQLite does not recognise it as a database")
            return display.translate(
                "storage", "SQLite found parts of it corrupted (database disk image is malformed)"
            )
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    return str(error) or type(error).__name__
