"""Bringing an older history file up to date before the window opens it, with progress.

Replaying a large history into FSRS cards (schema 5, ``storage.fsrs_migration``) takes
seconds, so the app runs it on a worker thread, on a connection of its own, before it
opens the history: ``upgrade_needed`` says whether a file is worth that, ``upgrade``
does it. It is the same migration the store would run when it opens the file, in one
transaction: if anything fails the file stays as it was, and opening it reports the fault.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from ptquiz_gui.storage.connection import connect
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.identity import check_content
from ptquiz_gui.storage.recovery import peek_header
from ptquiz_gui.storage.schema import FSRS_VERSION, migrate, migrations

LARGE_HISTORY_ANSWERS = 20_000  # below this the migration takes well under a second: open as usual


def upgrade_needed(path: Path, threshold: int = LARGE_HISTORY_ANSWERS) -> int:
    """The answers an upgrade would replay when the file predates FSRS cards and holds at
    least ``threshold`` of them; 0 when opening it as usual is quick enough (or it cannot be read)."""
    try:
        header = peek_header(path)
    except StorageError:
        return 0
    if header is None or not 0 < header[0] < FSRS_VERSION:
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return 0
    try:
        answers = int(conn.execute("SELECT count(*) FROM attempt_items").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()
    return answers if answers >= threshold else 0


def upgrade(
    path: Path, progress: Callable[[int, int], None] | None = None, *, desired_retention: float | None = None
) -> int:
    """Migrate the file to the current schema on this thread, the cards due at the student's
    ``desired_retention`` (the default when None); returns the version it had."""
    conn = connect(path)
    try:
        check_content(conn, path)
        return migrate(conn, migrations(desired_retention, progress))
    finally:
        conn.close()
