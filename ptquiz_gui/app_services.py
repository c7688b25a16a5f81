"""The services one window (or the self-test) works with, built once and passed in, and the
narrow slices of them each screen gets (``HistoryScreen``, ``Resumption``, ``UnsavedExport``,
and the ``Recorder`` as ``UnsavedChanges`` for the store keeper).

Plain Python: the command line and the self-test use it without any widget.

The history is opened on first use, not at construction: the window paints the library
first and opens the history right after (``open_history``), so the first paint never
waits for SQLite or the storage modules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ptquiz_gui.domain import display
from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.model import LoadResult
from ptquiz_gui.paths import DataPaths, bundled_banks_dir
from ptquiz_gui.settings import Settings

if TYPE_CHECKING:
    from pathlib import Path

    from ptquiz_gui.domain.attempt import Attempt, AttemptListener
    from ptquiz_gui.domain.plan import QuizItem
    from ptquiz_gui.domain.result import Result
    from ptquiz_gui.review_service import SpacedReview
    from ptquiz_gui.storage.history import History
    from ptquiz_gui.storage.maintenance import Cleared
    from ptquiz_gui.storage.reader import HistoryReader
    from ptquiz_gui.storage.recorder import Recorder
    from ptquiz_gui.storage.records import AttemptSummary, BackupInfo, BankStats, RecoveryNotice


def _ignore(message: str) -> None:
    del message


def _always() -> bool:
    return True


# --- what each screen gets -----------------------------------------------------------------


class HistoryUpkeep(Protocol):
    """Looking after the history (``storage.maintenance.Maintenance``): the History screen,
    its backups dialog and the recovery banner's restore."""

    @property
    def recovery(self) -> RecoveryNotice | None: ...

    @property
    def backups_dir(self) -> Path | None: ...

    def list_backups(self) -> list[BackupInfo]: ...

    def restore(self, backup: Path) -> BackupInfo | None: ...

    def delete_attempt(self, attempt_id: int) -> bool: ...

    def clear_history(self) -> BackupInfo | None: ...

    # The long ones in halves, the middle for a worker thread (``views.history.history_jobs``).
    def start_clear(self) -> Callable[[], Cleared]: ...

    def end_clear(self, cleared: Cleared) -> None: ...

    def start_restore(self, backup: Path) -> Callable[[], BackupInfo | None]: ...

    def start_backup(self) -> Callable[[], BackupInfo | None]: ...

    def end_restore(self, *, restored: bool) -> None: ...


class UnsavedChanges(Protocol):
    """What the recorder (``storage.recorder.Recorder``) could not write yet: the store
    keeper retries it, File → Export unsaved changes writes it to a file."""

    @property
    def is_in_memory(self) -> bool: ...

    @property
    def pending_count(self) -> int: ...

    @property
    def unsaved_count(self) -> int: ...

    def flush_pending(self) -> bool: ...

    def try_attach(self, path: Path, backups_dir: Path | None = None) -> bool: ...

    def export_pending_json(self, path: Path) -> int: ...


@dataclass(frozen=True, slots=True)
class HistoryScreen:
    """The History screen: reading (and exporting) the history, looking after it, and the
    loaded banks for their titles."""

    reader: HistoryReader
    upkeep: HistoryUpkeep
    clock: Clock
    library: Callable[[], LoadResult]  # the banks as loaded now (F5 loads them again)


@dataclass(frozen=True, slots=True)
class UnsavedExport:
    """Exporting what could not be saved: the waiting changes, or the whole history while it
    lives only in memory."""

    changes: UnsavedChanges
    history: HistoryReader
    clock: Clock


class Resumption:
    """The start's resume offer: the unfinished attempts, resuming one, giving one up."""

    def __init__(self, reader: HistoryReader, recorder: Recorder, clock: Clock) -> None:
        self._reader = reader
        self._recorder = recorder
        self._clock = clock

    def unfinished(self) -> list[AttemptSummary]:
        return self._reader.unfinished()

    def resume(self, attempt_id: int) -> Attempt:
        """The attempt as last saved, recording into the history again."""
        return self._recorder.resume(attempt_id, self._clock, self._recorder)

    def discard(self, attempt_id: int) -> None:
        self._recorder.discard(attempt_id)


# --- the whole set, for the composition root -------------------------------------------------


class Services:
    def __init__(
        self,
        paths: DataPaths,
        clock: Clock,
        settings: Settings,
        *,
        history: History | None = None,
        library: LoadResult | None = None,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.settings = settings
        self.library = library if library is not None else LoadResult()
        self.notices: list[str] = []
        self.on_store_error: Callable[[str], None] = _ignore
        # Whether this process may write the history file: the app sets it to "holds the
        # data folder's lock"; without it the history stays in memory (and is never attached).
        self.may_write_history: Callable[[], bool] = _always
        self._history = history
        self._bank_cache = BankCache(paths.bank_cache_file)

    def load_library(self, *, save_cache: bool = True) -> LoadResult:
        """(Re)load every bank, unchanged files from the bank cache; ``save_cache=False``
        leaves writing the cache to ``save_bank_cache`` (the start does it after the first paint)."""
        self.library = load_library(bundled_banks_dir(), self.paths.banks_dir, self._bank_cache)
        if save_cache:
            self.save_bank_cache()
        return self.library

    def save_bank_cache(self) -> None:
        self._bank_cache.save()

    @property
    def history_open(self) -> bool:
        return self._history is not None

    @property
    def history(self) -> History:
        """The history, opened on first use."""
        if self._history is None:
            self.open_history()
            assert self._history is not None
        return self._history

    @property
    def recovery(self) -> RecoveryNotice | None:
        """A damaged history file moved aside at opening, until a backup is restored. The
        history keeps it (``maintenance.recovery``); this only reads it."""
        return None if self._history is None else self._history.maintenance.recovery

    def open_history(self) -> None:
        """Open the user's history file, or an in-memory history when it can't be used;
        the reason goes to ``notices`` and a moved-aside damaged file to ``recovery``."""
        if self._history is not None:
            return
        from ptquiz_gui.storage.errors import DatabaseTooNewError, StorageUnavailableError
        from ptquiz_gui.storage.history import History

        try:
            if not self.may_write_history():
                raise StorageUnavailableError(
                    self.paths.root,
                    display.translate(
                        "services", "the folder could not be locked, so another ptquiz may be using it"
                    ),
                )
            history = History.open(
                self.paths.history_db,
                clock=self.clock,
                backups_dir=self.paths.backups_dir,
                on_error=self.on_store_error,
                desired_retention=self.settings.desired_retention,
            )
        except DatabaseTooNewError as exc:
            history = History.in_memory(clock=self.clock, on_error=self.on_store_error)
            until = display.translate(
                "services", "Until then, this session's attempts are kept in memory only."
            )
            self.notices.append(f"{exc} {until}")
        except StorageUnavailableError as exc:
            history = History.in_memory(clock=self.clock, on_error=self.on_store_error)
            kept = display.translate(
                "services",
                "Your attempts are kept in memory and saved as soon as it can be written; you can also "
                "export them from the History screen.",
            )
            self.notices.append(f"{exc} {kept}")
        history.recorder.may_attach = self.may_write_history
        history.recorder.desired_retention = self.settings.desired_retention
        self._history = history

    def set_store_error_handler(self, handler: Callable[[str], None]) -> None:
        self.on_store_error = handler
        if self._history is not None:
            self._history.recorder.on_error = handler

    def listener(self) -> AttemptListener:
        return self.history.recorder

    def history_screen(self) -> HistoryScreen:
        history = self.history
        return HistoryScreen(history.reader, history.maintenance, self.clock, lambda: self.library)

    def resumption(self) -> Resumption:
        history = self.history
        return Resumption(history.reader, history.recorder, self.clock)

    def unsaved_export(self) -> UnsavedExport:
        history = self.history
        return UnsavedExport(history.recorder, history.reader, self.clock)

    def bank_stats(self) -> dict[str, BankStats]:
        """Best scores per bank; empty until the history is open."""
        return self._history.reader.best_by_bank() if self._history is not None else {}

    def due_count(self) -> int:
        return self._history.reader.due_count(self.clock.now()) if self._history is not None else 0

    def review_items(self) -> list[QuizItem]:
        return self.history.reader.review_items(self.clock.now())

    def spaced_review(self, desired_retention: float) -> SpacedReview:
        """The review queue, readiness and review statistics at ``desired_retention``, which
        also schedules the answers recorded from now on."""
        from ptquiz_gui.review_service import SpacedReview

        history = self.history
        history.recorder.desired_retention = desired_retention
        return SpacedReview(history.reader, self.clock, lambda: desired_retention)

    def result_of(self, attempt_id: int) -> Result | None:
        from ptquiz_gui.storage.errors import AttemptNotFoundError

        try:
            return self.history.reader.result_of(attempt_id)
        except AttemptNotFoundError:
            return None

    def close(self) -> None:
        if self._history is not None:
            self._history.close()


def build_services(
    paths: DataPaths, clock: Clock, settings: Settings, *, open_history: bool = True
) -> Services:
    """Load the banks and, unless the caller opens it later, the history. The bank cache
    is not written here: the app does it after its first paint (``save_bank_cache``)."""
    services = Services(paths=paths, clock=clock, settings=settings)
    services.load_library(save_cache=False)
    if open_history:
        services.open_history()
    return services
