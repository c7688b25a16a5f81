"""Opening the history file: refuse a newer one, migrate an older one, recognise a damaged one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NoReturn

from ptquiz_gui.domain import display
from ptquiz_gui.storage.connection import (
    SQLITE_ERROR,
    connect,
    connect_read_only,
    describe,
    is_damage,
    primary_code,
)
from ptquiz_gui.storage.errors import DatabaseDamagedError, StorageUnavailableError
from ptquiz_gui.storage.identity import check_content as _check_content
from ptquiz_gui.storage.identity import check_header
from ptquiz_gui.storage.recovery import peek_header
from ptquiz_gui.storage.schema import SCHEMA_VERSION, migrate, migrations, missing_tables, user_version


def _raise_for(path: Path, error: sqlite3.Error) -> NoReturn:
    if is_damage(error):
        raise DatabaseDamagedError(path, describe(error)) from error
    if primary_code(error) == SQLITE_ERROR:  # "no such table/column": the tables are not ptquiz's
        not_ours = display.translate("storage", "its tables are not those of a ptquiz history")
        raise DatabaseDamagedError(path, not_ours) from error
    raise StorageUnavailableError(path, describe(error)) from error


def _probe_writing(conn: sqlite3.Connection) -> None:
    """Make a real write and roll it back, so a file SQLite may only read is found now.

    ``BEGIN IMMEDIATE`` alone succeeds on a read-only file (it writes nothing); rewriting
    the header's ``user_version`` to its own value needs write access to the file, and
    SQLite refuses it with SQLITE_READONLY. Nothing reaches the file: it is rolled back.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {user_version(conn):d}")
    finally:
        conn.execute("ROLLBACK")


_PROBES = (
    ("attempts", "id"),
    ("attempt_items", "attempt_id"),
    ("question_snapshots", "id"),
    ("question_cards", "due"),
    ("question_stats", "wrong"),
    ("bank_stats", "bank_id"),
)


def _probe(conn: sqlite3.Connection, path: Path, *, complete: bool = True) -> None:
    """Read the schema and the ends of the main tables, which finds most damage cheaply
    (a full integrity check is left to the daily backup, as it reads the whole file).
    ``complete=False`` (an older version) probes only the tables it has."""
    missing = missing_tables(conn)
    if missing and complete:
        incomplete = display.translate("storage", "its tables are incomplete ({tables} missing)")
        raise DatabaseDamagedError(path, incomplete.format(tables=", ".join(sorted(missing))))
    for table, column in _PROBES:
        if table not in missing:
            # Two one-ended queries: SQLite answers each from one end of an index, but not both at once.
            conn.execute(f"SELECT {column} FROM {table} ORDER BY {column} LIMIT 1").fetchone()
            conn.execute(f"SELECT {column} FROM {table} ORDER BY {column} DESC LIMIT 1").fetchone()


def _migrate(conn: sqlite3.Connection, path: Path, desired_retention: float | None = None) -> None:
    """Upgrade an older file in one transaction, its cards due at ``desired_retention``. A
    record the upgrade cannot use (a value no ptquiz wrote, such as a time that is not a
    time) makes the file damaged: it is rolled back and reported like any damage, never
    raised as a traceback."""
    try:
        migrate(conn, migrations(desired_retention))
    except sqlite3.Error:
        raise
    except Exception as error:  # noqa: BLE001 - whatever the upgrade met, the file is at fault
        unusable = display.translate(
            "storage", "a record in it could not be upgraded to this version of ptquiz ({error})"
        )
        raise DatabaseDamagedError(path, unusable.format(error=error)) from error


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
    path: Path,
    *,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
    desired_retention: float | None = None,
) -> sqlite3.Connection:
    """Open (creating when missing) and migrate the history file for writing; an older
    file's cards are replayed due at ``desired_retention`` (the default when None).

    Raises ``DatabaseTooNewError`` (file left untouched), ``DatabaseDamagedError``
    (``ForeignDatabaseError`` for another program's SQLite file) or
    ``StorageUnavailableError`` (also for a file SQLite may only read).
    """
    header = peek_header(path)
    if header is not None:
        check_header(path, *header)
        _inspect(path)
    try:
        conn = connect(path, factory=factory)
    except sqlite3.Error as error:
        _raise_for(path, error)
    try:
        _check_content(conn, path)
        _migrate(conn, path, desired_retention)
        _probe(conn, path)
        _probe_writing(conn)
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
    header = peek_header(path)
    if header is None:
        return open_memory()
    check_header(path, *header)
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
            _migrate(conn, path)
        _probe(conn, path)
    except sqlite3.Error as error:
        conn.close()
        _raise_for(path, error)
    except BaseException:
        conn.close()
        raise
    return conn
