"""The services one window (or the self-test) works with, built once and passed in.

Plain Python: the command line and the self-test use it without any widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ptquiz_gui.domain.attempt import AttemptListener
from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.model import LoadResult
from ptquiz_gui.domain.plan import QuizItem
from ptquiz_gui.domain.result import Result
from ptquiz_gui.paths import DataPaths, bundled_banks_dir
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.errors import AttemptNotFoundError, DatabaseTooNewError, StorageUnavailableError
from ptquiz_gui.storage.history import HistoryStore
from ptquiz_gui.storage.records import BankStats, RecoveryNotice


@dataclass
class Services:
    paths: DataPaths
    clock: Clock
    settings: Settings
    store: HistoryStore
    library: LoadResult = field(default_factory=LoadResult)
    notices: list[str] = field(default_factory=list)
    recovery: RecoveryNotice | None = None

    def load_library(self) -> LoadResult:
        self.library = load_library(bundled_banks_dir(), self.paths.banks_dir)
        return self.library

    def listener(self) -> AttemptListener:
        return self.store

    def bank_stats(self) -> dict[str, BankStats]:
        return self.store.best_by_bank()

    def due_count(self) -> int:
        return self.store.due_count(self.clock.now())

    def review_items(self) -> list[QuizItem]:
        return self.store.review_items(self.clock.now())

    def result_of(self, attempt_id: int) -> Result | None:
        try:
            return self.store.result_of(attempt_id)
        except AttemptNotFoundError:
            return None

    def close(self) -> None:
        self.store.close()


def open_history(paths: DataPaths, clock: Clock) -> tuple[HistoryStore, list[str]]:
    """The user's history file, or an in-memory history (with the reason) when it can't be used."""
    try:
        store = HistoryStore.open(paths.history_db, clock=clock, backups_dir=paths.backups_dir)
    except DatabaseTooNewError as exc:
        return HistoryStore.in_memory(clock=clock), [
            f"{exc} Until then, this session's attempts are kept in memory only."
        ]
    except StorageUnavailableError as exc:
        return HistoryStore.in_memory(clock=clock), [
            f"{exc} Your attempts are kept in memory and saved as soon as the folder can be written; "
            "you can also export them from the History screen."
        ]
    store.backup_if_due()
    return store, []


def build_services(paths: DataPaths, clock: Clock, settings: Settings) -> Services:
    store, notices = open_history(paths, clock)
    services = Services(paths=paths, clock=clock, settings=settings, store=store, recovery=store.recovery)
    services.notices.extend(notices)
    services.load_library()
    return services
