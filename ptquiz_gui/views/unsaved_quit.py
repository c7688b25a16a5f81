"""Quitting with answers that are kept only in memory: save once more, else ask.

The window's close (Ctrl+Q, the title bar's close button) and the desktop session's end
come here. When the history still cannot be written, the user chooses: export what is
unsaved to a file (File → Export unsaved changes), stay, or quit and lose it. Nothing
is dropped without that question.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
            "Export them to a file you choose, or stay; ptquiz keeps trying to save them while it runs."
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
