"""Where the window resumes and discards unfinished attempts: the start-up list, the
library's details, History's in-progress rows, and starting a bank that has one.

It asks the questions and does what was chosen; the window runs the resumed attempt
(``resumed``) and shows the new state of things when one was discarded (``changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from ptquiz_gui.domain.attempt_kinds import Mode
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.views.plain_message import warn
from ptquiz_gui.views.resume.questions import Choice, ask_resume_or_discard, ask_resume_or_new, confirm_discard

if TYPE_CHECKING:
    from ptquiz_gui.app_services import Resumption
    from ptquiz_gui.storage.records import AttemptSummary


class Resumer(QObject):
    resumed = Signal(object)  # the Attempt, as last saved, to run
    changed = Signal()  # an unfinished attempt was discarded (or found to be gone)

    def __init__(self, parent: QWidget, resumption: Callable[[], Resumption | None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._resumption = resumption

    def unfinished(self) -> list[AttemptSummary]:
        """Every unfinished attempt, newest first; none until the history is open."""
        attempts = self._resumption()
        if attempts is None:
            return []
        try:
            return attempts.unfinished()
        except StorageError:
            return []  # the history could not be read; the banner has said why

    def _find(self, attempt_id: int) -> AttemptSummary | None:
        return next((s for s in self.unfinished() if s.id == attempt_id), None)

    # --- doing -------------------------------------------------------------------------------

    @Slot(int)
    def resume(self, attempt_id: int) -> None:
        attempts = self._resumption()
        if attempts is None:
            return
        try:
            attempt = attempts.resume(attempt_id)
        except StorageError as error:
            warn(self._parent, self.tr("Could not resume the attempt"), str(error))
            self.changed.emit()
            return
        self.resumed.emit(attempt)

    def _discard(self, attempt_id: int) -> bool:
        attempts = self._resumption()
        if attempts is None:
            return False
        try:
            attempts.discard(attempt_id)
        except StorageError as error:
            warn(self._parent, self.tr("Could not discard the attempt"), str(error))
            return False
        finally:
            self.changed.emit()
        return True

    # --- asking ------------------------------------------------------------------------------

    @Slot(int)
    def discard(self, attempt_id: int) -> None:
        """The library's Discard…: ask, then end it unscored."""
        summary = self._find(attempt_id)
        if summary is not None and confirm_discard(self._parent, summary):
            self._discard(attempt_id)

    @Slot(int)
    def open_unfinished(self, attempt_id: int) -> None:
        """History opened a row in progress: Resume, Discard… or Cancel."""
        summary = self._find(attempt_id)
        if summary is None:
            self.changed.emit()
            return
        choice = ask_resume_or_discard(self._parent, summary)
        if choice is Choice.RESUME:
            self.resume(attempt_id)
        elif choice is Choice.DISCARD and confirm_discard(self._parent, summary):
            self._discard(attempt_id)

    def may_start_new(self, bank_id: str, mode: Mode) -> bool:
        """Starting ``bank_id`` again: True to go ahead with a new attempt. An unfinished one
        (the newest of this mode, else the newest) is offered first; resuming it, or
        cancelling, returns False."""
        mine = [s for s in self.unfinished() if s.bank_id == bank_id]
        if not mine:
            return True
        offered = next((s for s in mine if s.mode is mode), mine[0])
        choice = ask_resume_or_new(self._parent, offered, len(mine) - 1, mode)
        if choice is Choice.RESUME:
            self.resume(offered.id)
        return choice is Choice.NEW

    def offer_at_start(self) -> None:
        """Every unfinished attempt in one list: resume one, discard any, or not now."""
        unfinished = self.unfinished()
        if not unfinished:
            return
        from ptquiz_gui.views.resume.start_offer import UnfinishedDialog

        dialog = UnfinishedDialog(unfinished, self._discard, self._parent)
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        if chosen is not None:
            self.resume(chosen)
