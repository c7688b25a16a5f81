"""SQLite connections for fault-injection tests, passed to ``History.open(factory=...)``."""

from __future__ import annotations

import sqlite3
from typing import Any, ClassVar


class RecordingConnection(sqlite3.Connection):
    """Remembers every connection made, so a test can reach the store's own connection
    (for ``PRAGMA max_page_count``) without touching the store's internals."""

    made: ClassVar[list[sqlite3.Connection]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        RecordingConnection.made.append(self)


class FlakyConnection(sqlite3.Connection):
    """Fails the next ``fail_commits`` COMMITs with an I/O error, as a failing disk would."""

    fail_commits: ClassVar[int] = 0
    made: ClassVar[list[sqlite3.Connection]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        FlakyConnection.made.append(self)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        if sql == "COMMIT" and FlakyConnection.fail_commits > 0:
            FlakyConnection.fail_commits -= 1
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = 10  # SQLITE_IOERR
            error.sqlite_errorname = "SQLITE_IOERR"
            raise error
        return super().execute(sql, parameters)
