"""Quitting with answers that are kept only in memory: save once more, else ask.

The window's close (Ctrl+Q, the title bar's close button) and the desktop session's end
come here. When the history still cannot be written, the user chooses: export what is
unsaved to a file (File → Export unsaved changes), stay, or quit and lose it. Nothing
is dropped without that question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QMessageBox, QWidget

from ptquiz_gui.app_services import UnsavedExport
from ptquiz_gui.views.plain_message import name_icon
from ptquiz_gui.views.store_keeper import StoreKeeper
from ptquiz_gui.views.tr_context import QT_TRANSLATE_NOOP, TrContext

DIALOG_NAME = "unsaved_quit_dialog"
# The buttons, in English: also what ``_ask`` returns.
EXPORT_TEXT = QT_TRANSLATE_NOOP("unsaved_quit", "&Export…")
STAY_TEXT = QT_TRANSLATE_NOOP("unsaved_quit", "&Stay")
DISCARD_TEXT = QT_TRANSLATE_NOOP("unsaved_quit", "&Quit without saving")
unsaved_quit = TrContext("unsaved_quit")


def _ask(parent: QWidget, words: str) -> str:
    """Which button the user chose: ``EXPORT_TEXT``, ``STAY_TEXT`` or ``DISCARD_TEXT``."""
    box = QMessageBox(parent)
    box.setObjectName(DIALOG_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    name_icon(box)
    box.setWindowTitle(unsaved_quit.tr("Unsaved answers"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    lost = unsaved_quit.tr("Quitting now would lose them.")
    box.setText(f"{words} {lost}")
    box.setInformativeText(
        unsaved_quit.tr(
            "Export them to a file you choose, or stay; PTQuiz keeps trying to save them while it runs."
        )
    )
    export = box.addButton(unsaved_quit.tr(EXPORT_TEXT), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(unsaved_quit.tr(STAY_TEXT), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(unsaved_quit.tr(DISCARD_TEXT), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(export)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is export:
        return EXPORT_TEXT
    if clicked is discard:
        return DISCARD_TEXT
    return STAY_TEXT


def may_quit(parent: QWidget, unsaved: UnsavedExport, keeper: StoreKeeper) -> bool:
    """Whether the app may close now: everything is saved (after one more try), exported,
    or the user chose to quit without it. False means stay."""
    if not keeper.unsaved or keeper.save_before_quit():
        return True
    from ptquiz_gui.views.file_actions import export_unsaved

    while True:
        choice = _ask(parent, keeper.unsaved_words())
        if choice == STAY_TEXT:
            return False
        if choice == DISCARD_TEXT:
            return True
        if export_unsaved(parent, unsaved) is not None:
            return True


def export_without_asking(unsaved: UnsavedExport, keeper: StoreKeeper) -> bool:
    """The session ends and no question may be asked: save once more, else export to
    ``~/ptquiz-unsaved-<time>.json``. Returns whether nothing is lost."""
    if not keeper.unsaved or keeper.save_before_quit():
        return True
    from ptquiz_gui.storage.errors import StorageError
    from ptquiz_gui.views.file_actions import export_unsaved_to

    stamp = unsaved.clock.now().strftime("%Y%m%d-%H%M%S")
    try:
        export_unsaved_to(unsaved, Path.home() / f"ptquiz-unsaved-{stamp}.json")
    except (OSError, StorageError):
        return False
    return True


class QuitGuard(QObject):
    """The window's close and the desktop session's end once the history is open: with
    answers unsaved, asks once (``may_quit``), or exports without asking once a signal
    ends ptquiz."""

    def __init__(self, window: QWidget, unsaved: Callable[[], UnsavedExport], keeper: StoreKeeper) -> None:
        super().__init__(window)
        self._window = window
        self._unsaved = unsaved
        self._keeper = keeper
        self._settled = False  # the user answered the unsaved-changes question: quit
        self.may_ask = True  # False once a signal ends ptquiz (``views.termination``)

    def may_close(self) -> bool:
        """Nothing unsaved, or the user chose what happens to it."""
        if self._settled:
            return True
        if not self.may_ask:
            export_without_asking(self._unsaved(), self._keeper)
            return True
        self._settled = may_quit(self._window, self._unsaved(), self._keeper)
        return self._settled

    @Slot(QSessionManager)
    def on_session_end(self, manager: QSessionManager) -> None:
        """The desktop session is ending: the same question as closing, when the session
        manager lets us ask; otherwise one more save and, failing that, an export to the home folder."""
        if self._settled:
            return
        if manager.allowsInteraction():
            stay = not self.may_close()
            manager.release()
            if stay:
                manager.cancel()
            return
        self._settled = export_without_asking(self._unsaved(), self._keeper)
