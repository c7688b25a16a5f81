"""Telling a ptquiz history from any other SQLite file, before anything is written to it.

Files made or migrated by format 3 and later carry ``PRAGMA application_id`` =
``APPLICATION_ID``. Older ptquiz files (formats 1 and 2) have no mark and are recognised
by their tables and columns. Any other SQLite file, whatever its ``user_version``, is not a
ptquiz history: it is moved aside like a damaged file, never migrated or written into.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ptquiz_gui.domain import display
from ptquiz_gui.storage.errors import DatabaseDamagedError, DatabaseTooNewError, ForeignDatabaseError
from ptquiz_gui.storage.schema import APPLICATION_ID, SCHEMA_VERSION, user_version

# The tables and columns each older format had, as ptquiz wrote them (a sample is enough).
_SHAPE_1 = {
    "attempts": {"id", "bank_id", "mode", "kind", "seed", "started_at", "status", "total", "elapsed"},
    "question_snapshots": {"id", "digest", "prompt", "choices", "answer"},
    "attempt_items": {"attempt_id", "position", "snapshot_id", "choice_order", "choice"},
    "review_cards": {"bank_id", "question_id", "box", "due", "lapses"},
}
_SHAPE_2 = {
    **_SHAPE_1,
    "question_stats": {"bank_id", "question_id", "asked", "wrong"},
    "bank_stats": {"bank_id", "attempts", "best_percent"},
}
_UNMARKED_SHAPES = {1: _SHAPE_1, 2: _SHAPE_2}
FIRST_MARKED_VERSION = 3


def check_header(path: Path, version: int, application_id: int) -> None:
    """What the 100-byte header alone can tell: another program's mark, or a newer ptquiz."""
    if application_id not in (0, APPLICATION_ID):
        marked = display.translate("storage", "it is marked as another program's file")
        raise ForeignDatabaseError(path, marked)
    if version > SCHEMA_VERSION:
        if application_id == APPLICATION_ID:
            raise DatabaseTooNewError(path, version, SCHEMA_VERSION)
        raise ForeignDatabaseError(path, display.translate("storage", "it holds another program's data"))


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def check_content(conn: sqlite3.Connection, path: Path) -> int:
    """The file's format version, after making sure it is a ptquiz history this app can read.

    Raises ``DatabaseTooNewError`` or ``ForeignDatabaseError`` (a ``DatabaseDamagedError``).
    An empty file (format 0, no tables) is a new history.
    """
    found = user_version(conn)
    marked = application_id(conn)
    check_header(path, found, marked)
    if marked == APPLICATION_ID:
        return found
    if found == 0:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise ForeignDatabaseError(path, display.translate("storage", "it holds another program's data"))
        return 0
    shape = _UNMARKED_SHAPES.get(found)
    if shape is None:  # format 3 and later are always marked
        raise ForeignDatabaseError(path, display.translate("storage", "it holds another program's data"))
    if not shape["attempts"] <= _columns(conn, "attempts"):
        raise ForeignDatabaseError(path, display.translate("storage", "it holds another program's data"))
    for table, columns in shape.items():
        if not columns <= _columns(conn, table):
            missing = display.translate("storage", "its table {table} is missing or incomplete")
            raise DatabaseDamagedError(path, missing.format(table=table))
    return found
