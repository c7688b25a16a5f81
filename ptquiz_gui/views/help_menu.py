"""What the Help menu opens: the keyboard shortcuts of the screen shown, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from ptquiz_gui import APP_DISPLAY_NAME, __version__
from ptquiz_gui.views.key_table import Screen
from ptquiz_gui.views.main_menu import MainMenu
from ptquiz_gui.views.plain_message import inform

SCREENS = {
    "library_page": Screen.LIBRARY,
    "quiz_page": Screen.QUIZ,
    "results_page": Screen.RESULTS,
    "history_page": Screen.HISTORY,
}


class HelpMenu(QObject):
    def __init__(self, window: QMainWindow, stack: QStackedWidget, menu: MainMenu, data_folder: Path) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._data_folder = data_folder
        # Queued: a screen reader's "click" on a menu item waits for the slot to return, and
        # these wait in a modal dialog's exec(); from the event loop they return at once.
        menu.keys_action.triggered.connect(self.show_keys, Qt.ConnectionType.QueuedConnection)
        menu.about_action.triggered.connect(self.show_about, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def show_keys(self) -> None:
        """The shortcuts, opened at the screen shown."""
        from ptquiz_gui.views.dialogs.shortcuts_dialog import ShortcutsDialog

        shown = self._stack.currentWidget()
        screen = SCREENS.get(shown.objectName()) if shown is not None else None
        dialog = ShortcutsDialog(self._window.menuBar(), self._window, screen=screen)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def show_about(self) -> None:
        paragraphs = (  # each a message of its own, translated whole
            f"{APP_DISPLAY_NAME} {__version__}",
            self.tr(
                "Offline multiple-choice exam practice: timed exams, practice with the reasoning "
                "after every answer, history, and spaced review of the questions you miss."
            ),
            self.tr("Data folder: {folder}").format(folder=self._data_folder),
        )
        inform(self._window, self.tr("About {app}").format(app=APP_DISPLAY_NAME), "\n\n".join(paragraphs))
