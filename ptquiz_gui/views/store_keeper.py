"""Keeps trying to save: retries writes that failed and moves an in-memory history into
the history file once the data folder can be written again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ptquiz_gui.app_services import UnsavedChanges
from ptquiz_gui.paths import DataPaths

RETRY_MS = 15_000
# Starts the upgrade of a large history file on a worker and calls back when it has ended;
# False when the file can be opened at once (``views.history_upgrade.start_upgrade``).
UpgradeFirst = Callable[[Callable[[], None]], bool]


class StoreKeeper(QObject):
    saved_again = Signal(str)  # a sentence for the user
    unsaved_changed = Signal(bool)  # whether anything is kept only in memory now

    def __init__(
        self,
        recorder: UnsavedChanges,
        paths: DataPaths,
        parent: QObject | None = None,
        *,
        upgrade_first: UpgradeFirst | None = None,
    ) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self._paths = paths
        self._upgrade_first = upgrade_first
        self._upgrading = False
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)
        self._timer.start()
        self._was_unsaved = self.unsaved

    @property
    def unsaved(self) -> bool:
        return self._recorder.is_in_memory or self._recorder.unsaved_count > 0

    def unsaved_words(self) -> str:
        """What would be lost, for the question asked before quitting."""
        path = self._paths.history_db
        if self._recorder.is_in_memory:
            memory = self.tr("This session's history is only in memory: it could not be saved to {path}.")
            return memory.format(path=path)
        n = self._recorder.unsaved_count
        return self.tr("%Ln changes were not saved to {path}: they are kept only in memory.", "", n).format(
            path=path
        )

    def save_before_quit(self) -> bool:
        """One more try to save everything (the app is closing); True when nothing is left unsaved.

        Here a history file that needs its upgrade is upgraded at once: the answers come first.
        """
        self._save(upgrade_on_worker=False)
        return not self.unsaved

    @Slot()
    def check(self) -> None:
        """Tell ``unsaved_changed`` listeners when a write failed or the waiting ones got saved."""
        if self.unsaved != self._was_unsaved:
            self._was_unsaved = self.unsaved
            self.unsaved_changed.emit(self._was_unsaved)

    @Slot()
    def retry(self) -> None:
        """Every ``RETRY_MS``: a large history file that needs its upgrade (a history moved
        here from an older ptquiz) is upgraded on a worker first, never on the GUI thread."""
        self._save(upgrade_on_worker=True)

    def _upgraded(self) -> None:
        self._upgrading = False
        self.retry()

    def _save(self, *, upgrade_on_worker: bool) -> None:
        if self._recorder.is_in_memory:
            if upgrade_on_worker and self._upgrade_first is not None:
                if self._upgrading:
                    return
                if self._upgrade_first(self._upgraded):
                    self._upgrading = True
                    return
            if self._recorder.try_attach(self._paths.history_db, self._paths.backups_dir):
                self.saved_again.emit(
                    self.tr("Your history is saved again, in {path}.").format(path=self._paths.history_db)
                )
        elif self._recorder.pending_count and self._recorder.flush_pending():
            saved = self.tr("The changes that were waiting are now saved in {path}.")
            self.saved_again.emit(saved.format(path=self._paths.history_db))
        self.check()
