"""The services one window (or the self-test) works with, built once and passed in.

Plain Python: the command line and the self-test use it without any widget.

The history is opened on first use, not at construction: the window paints the library
first and opens the history right after (``open_history``), so the first paint never
waits for SQLite or the storage modules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.model import LoadResult
from ptquiz_gui.paths import DataPaths, bundled_banks_dir
from ptquiz_gui.settings import Settings

if TYPE_CHECKING:
    from ptquiz_gui.domain.attempt import AttemptListener
    from ptquiz_gui.domain.plan import QuizItem
    from ptquiz_gui.domain.result import Result
    from ptquiz_gui.storage.history import HistoryStore
    from ptquiz_gui.storage.records import BankStats, RecoveryNotice


def _ignore(message: str) -> None:
    del message


def _always() -> bool:
    return True


class Services:
    def __init__(
        self,
        paths: DataPaths,
        clock: Clock,
        settings: Settings,
        *,
        store: HistoryStore | None = None,
        library: LoadResult | None = None,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.settings = settings
        self.library = library if library is not None else LoadResult()
        self.notices: list[str] = []
        self.recovery: RecoveryNotice | None = store.recovery if store is not None else None
        self.on_store_error: Callable[[str], None] = _ignore
        # Whether this process may write the history file: the app sets it to "holds the
        # data folder's lock"; without it the history stays in memory (and is never attached).
        self.may_write_history: Callable[[], bool] = _always
        self._store = store
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
        return self._store is not None

    @property
    def store(self) -> HistoryStore:
        """The history store, opened on first use."""
        if self._store is None:
            self.open_history()
            assert self._store is not None
        return self._store

    def open_history(self) -> None:
        """Open the user's history file, or an in-memory history when it can't be used;
        the reason goes to ``notices`` and a moved-aside damaged file to ``recovery``."""
        if self._store is not None:
            return
        from ptquiz_gui.storage.errors import DatabaseTooNewError, StorageUnavailableError
        from ptquiz_gui.storage.history import HistoryStore

        try:
            if not self.may_write_history():
                raise StorageUnavailableError(
                    self.paths.root, "the folder could not be locked, so another ptquiz may be using it"
                )
            store = HistoryStore.open(
                self.paths.history_db,
                clock=self.clock,
                backups_dir=self.paths.backups_dir,
                on_error=self.on_store_error,
            )
        except DatabaseTooNewError as exc:
            store = HistoryStore.in_memory(clock=self.clock, on_error=self.on_store_error)
            self.notices.append(f"{exc} Until then, this session's attempts are kept in memory only.")
        except StorageUnavailableError as exc:
            store = HistoryStore.in_memory(clock=self.clock, on_error=self.on_store_error)
            self.notices.append(
                f"{exc} Your attempts are kept in memory and saved as soon as it can be "
                "written; you can also export them from the History screen."
            )
        store.may_attach = self.may_write_history
        self.recovery = store.recovery
        self._store = store

    def set_store_error_handler(self, handler: Callable[[str], None]) -> None:
        self.on_store_error = handler
        if self._store is not None:
            self._store.on_error = handler

    def listener(self) -> AttemptListener:
        return self.store

    def bank_stats(self) -> dict[str, BankStats]:
        """Best scores per bank; empty until the history is open."""
        return self._store.best_by_bank() if self._store is not None else {}

    def due_count(self) -> int:
        return self._store.due_count(self.clock.now()) if self._store is not None else 0

    def review_items(self) -> list[QuizItem]:
        return self.store.review_items(self.clock.now())

    def result_of(self, attempt_id: int) -> Result | None:
        from ptquiz_gui.storage.errors import AttemptNotFoundError

        try:
            return self.store.result_of(attempt_id)
        except AttemptNotFoundError:
            return None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


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
