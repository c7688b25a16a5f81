"""The history the window works with: one open SQLite connection and where it lives.

The reader, the recorder and maintenance share one ``HistoryFile``. Its connection is
replaced when an in-memory history moves into the file and when a backup is restored,
and every part sees the new one. It is also the one place that remembers a damaged file
moved aside at opening (``recovery``), until a restore replaces the history.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ptquiz_gui.domain import display
from ptquiz_gui.domain.fsrs_cards import DEFAULT_RETENTION
from ptquiz_gui.storage import backups
from ptquiz_gui.storage.errors import DatabaseDamagedError, StorageError
from ptquiz_gui.storage.opening import open_memory, open_writable
from ptquiz_gui.storage.records import RecoveryNotice
from ptquiz_gui.storage.recovery import move_aside, prepare_folder


def open_with_recovery(
    path: Path,
    now: datetime,
    backups_dir: Path,
    factory: type[sqlite3.Connection],
    desired_retention: float = DEFAULT_RETENTION,
) -> tuple[sqlite3.Connection, RecoveryNotice | None]:
    """Open (or create) the history file; a damaged one is moved aside, a fresh one started,
    and the notice says so. An older file is migrated, its cards due at ``desired_retention``.
    Raises ``DatabaseTooNewError`` or ``StorageUnavailableError``."""
    prepare_folder(path.parent)
    try:
        return open_writable(path, factory=factory, desired_retention=desired_retention), None
    except DatabaseDamagedError as damage:
        moved = move_aside(path, now)
        conn = open_writable(path, factory=factory, desired_retention=desired_retention)
        found = backups.list_backups(backups_dir)
        return conn, RecoveryNotice(path, moved, damage.reason, found[0] if found else None)


class HistoryFile:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        backups_dir: Path | None = None,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
        recovery: RecoveryNotice | None = None,
        desired_retention: float = DEFAULT_RETENTION,
    ) -> None:
        self.conn = conn
        self.path = path
        self.backups_dir = backups_dir
        self.factory = factory
        self.recovery = recovery
        # The student's setting: new cards, and the cards of an older file or of a history
        # moved out of memory, are scheduled at it.
        self.desired_retention = desired_retention

    @classmethod
    def open(
        cls,
        path: Path,
        now: datetime,
        *,
        backups_dir: Path | None = None,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
        desired_retention: float = DEFAULT_RETENTION,
    ) -> HistoryFile:
        folder = backups_dir or path.parent / "backups"
        conn, notice = open_with_recovery(path, now, folder, factory, desired_retention)
        return cls(
            conn,
            path,
            backups_dir=folder,
            factory=factory,
            recovery=notice,
            desired_retention=desired_retention,
        )

    @classmethod
    def in_memory(cls, *, factory: type[sqlite3.Connection] = sqlite3.Connection) -> HistoryFile:
        return cls(open_memory(factory=factory), None, factory=factory)

    @property
    def is_in_memory(self) -> bool:
        return self.path is None

    @property
    def location(self) -> str:
        if self.path is None:
            return display.translate("storage", "memory (not saved to disk)")
        return str(self.path)

    def move_to(
        self, conn: sqlite3.Connection, path: Path, backups_dir: Path, recovery: RecoveryNotice | None
    ) -> None:
        """The history now lives in ``conn``, the file at ``path`` (it was in memory)."""
        self.conn.close()
        self.conn = conn
        self.path = path
        self.backups_dir = backups_dir
        self.recovery = recovery

    def reopen(self, now: datetime) -> None:
        """Open the file again after it was replaced (the old connection is closed).

        A damaged file is moved aside and a fresh one started (``recovery`` says so). When
        the file cannot be used at all (a full disk, a read-only folder) the history goes on
        in memory, to be moved into the file once it can be written (``Recorder.try_attach``),
        and ``StorageError`` says why: the history is never left without a connection.
        """
        assert self.path is not None
        folder = self.backups_dir or self.path.parent / "backups"
        try:
            self.conn, notice = open_with_recovery(
                self.path, now, folder, self.factory, self.desired_retention
            )
        except StorageError:
            self.conn = open_memory(factory=self.factory)
            self.path = None
            raise
        if notice is not None:
            self.recovery = notice

    def close(self) -> None:
        self.conn.close()
