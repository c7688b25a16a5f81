"""Opening the history file: refuse a newer one, migrate an older one, recognise a damaged one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NoReturn

from ptquiz_gui.storage.connection import connect, connect_read_only, describe, is_damage
from ptquiz_gui.storage.errors import DatabaseDamagedError, DatabaseTooNewError, StorageUnavailableError
from ptquiz_gui.storage.recovery import peek_user_version
from ptquiz_gui.storage.schema import SCHEMA_VERSION, migrate, missing_tables, user_version


def _raise_for(path: Path, error: sqlite3.Error) -> NoReturn:
    if is_damage(error):
        raise DatabaseDamagedError(path, describe(error)) from error
    raise StorageUnavailableError(path, describe(error)) from error


def _check_content(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after making sure it is a ptquiz history this app can read."""
    found = user_version(conn)
    if found > SCHEMA_VERSION:
        raise DatabaseTooNewError(path, found, SCHEMA_VERSION)
    if found == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise DatabaseDamagedError(path, "it holds other data, not a ptquiz history")
    return int(found)


_PROBES = (
    ("attempts", "id"),
    ("attempt_items", "attempt_id"),
    ("question_snapshots", "id"),
    ("review_cards", "due"),
    ("question_stats", "wrong"),
    ("bank_stats", "bank_id"),
)


def _probe(conn: sqlite3.Connection, path: Path, *, complete: bool = True) -> None:
    """Read the schema and the ends of the main tables, which finds most damage cheaply
    (a full integrity check is left to the daily backup, as it reads the whole file).
    ``complete=False`` (an older version) probes only the tables it has."""
    missing = missing_tables(conn)
    if missing and complete:
        raise DatabaseDamagedError(
            path, "its tables are incomplete (" + ", ".join(sorted(missing)) + " missing)"
        )
    for table, column in _PROBES:
        if table not in missing:
            # Two one-ended queries: SQLite answers each from one end of an index, but not both at once.
            conn.execute(f"SELECT {column} FROM {table} ORDER BY {column} LIMIT 1").fetchone()
            conn.execute(f"SELECT {column} FROM {table} ORDER BY {column} DESC LIMIT 1").fetchone()


def _inspect(path: Path) -> None:
    """Look at an existing file through a read-only connection before opening it for writing.

    A read-write connection would replay, checkpoint and delete the ``-wal`` file when it
    closes, even when the database turns out to be damaged; a read-only one leaves every
    file as it is, so a damaged history can still be moved aside with its journal.
    Faults that stop a read-only look (no ``-shm`` in a read-only folder) are left to the
    read-write open to report.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as error:
        if is_damage(error):
            raise DatabaseDamagedError(path, describe(error)) from error
        return
    try:
        found = _check_content(conn, path)
        _probe(conn, path, complete=found == SCHEMA_VERSION)
    except sqlite3.Error as error:
        if is_damage(error):
            raise DatabaseDamagedError(path, describe(error)) from error
    finally:
        conn.close()


def open_writable(
    path: Path, *, factory: type[sqlite3.Connection] = sqlite3.Connection
) -> sqlite3.Connection:
    """Open (creating when missing) and migrate the history file for writing.

    Raises ``DatabaseTooNewError`` (file left untouched), ``DatabaseDamagedError`` or
    ``StorageUnavailableError``.
    """
    version = peek_user_version(path)
    if version is not None and version > SCHEMA_VERSION:
        raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
    if version is not None:
        _inspect(path)
    try:
        conn = connect(path, factory=factory)
    except sqlite3.Error as error:
        _raise_for(path, error)
    try:
        _check_content(conn, path)
        migrate(conn)
        _probe(conn, path)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        conn.close()
        _raise_for(path, error)
    except BaseException:
        conn.close()
        raise
    return conn


def open_memory(*, factory: type[sqlite3.Connection] = sqlite3.Connection) -> sqlite3.Connection:
    conn = connect(":memory:", factory=factory)
    migrate(conn)
    return conn


def open_snapshot(path: Path) -> sqlite3.Connection:
    """A read-only view of the history for readers such as ``ptquiz history``.

    It never writes to the file. A missing or empty file reads as an empty history;
    an older file is copied into memory and migrated there.
    """
    version = peek_user_version(path)
    if version is None:
        return open_memory()
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        _raise_for(path, error)
    try:
        found = _check_content(conn, path)
        if found < SCHEMA_VERSION:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            conn.backup(memory)
            conn.close()
            conn = memory
            migrate(conn)
        _probe(conn, path)
    except sqlite3.Error as error:
        conn.close()
        _raise_for(path, error)
    except BaseException:
        conn.close()
        raise
    return conn
