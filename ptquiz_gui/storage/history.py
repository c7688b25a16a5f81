"""The window's history: one SQLite file (or memory) and the three parts that use it.

- ``reader`` (``storage.reader``): lists, results, statistics and review cards;
- ``recorder`` (``storage.recorder``): the engine's listener, the queue of writes that
  wait for the disk, whole-attempt transactions, and the move from memory into the file;
- ``maintenance`` (``storage.maintenance``): deleting, clearing, backups and restoring,
  each refused while an attempt is running.

They share one ``HistoryFile``, so each follows it when it moves or is restored.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType

from ptquiz_gui.domain.clock import Clock, SystemClock
from ptquiz_gui.domain.fsrs_cards import DEFAULT_RETENTION
from ptquiz_gui.storage.history_file import HistoryFile
from ptquiz_gui.storage.maintenance import Maintenance
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.recorder import ErrorCallback, Recorder


class History:
    """Create with ``History.open(path)`` or, when the disk cannot be used,
    ``History.in_memory()``; then pass ``recorder`` as the listener of each ``Attempt``."""

    def __init__(self, file: HistoryFile, *, clock: Clock, on_error: ErrorCallback | None = None) -> None:
        self.file = file
        self.reader = HistoryReader(file)
        self.recorder = Recorder(file, clock=clock, on_error=on_error)
        self.maintenance = Maintenance(file, self.recorder, clock=clock)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock | None = None,
        on_error: ErrorCallback | None = None,
        backups_dir: Path | None = None,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
        desired_retention: float = DEFAULT_RETENTION,
    ) -> History:
        """Open (or create) the history file, creating its folder when missing. The cards of
        a file from an older ptquiz are replayed due at ``desired_retention`` (the student's
        setting), which also schedules the answers recorded from now on.

        A damaged file is moved aside and a fresh one started: see ``maintenance.recovery``.
        Raises ``DatabaseTooNewError`` (the file is left untouched) or
        ``StorageUnavailableError`` (fall back to ``in_memory``).
        """
        clock = clock or SystemClock()
        file = HistoryFile.open(
            path, clock.now(), backups_dir=backups_dir, factory=factory, desired_retention=desired_retention
        )
        return cls(file, clock=clock, on_error=on_error)

    @classmethod
    def in_memory(
        cls,
        *,
        clock: Clock | None = None,
        on_error: ErrorCallback | None = None,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
    ) -> History:
        """A history kept in memory until ``recorder.try_attach`` moves it into a file."""
        return cls(HistoryFile.in_memory(factory=factory), clock=clock or SystemClock(), on_error=on_error)

    def close(self) -> None:
        """Close the file. Writes still pending are lost: check ``recorder.pending_count``
        first and offer ``recorder.export_pending_json``."""
        self.recorder.close()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
