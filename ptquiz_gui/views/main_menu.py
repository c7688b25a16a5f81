"""The main window's menus: every action reachable by keyboard, with its shortcut."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ptquiz_gui import APP_DISPLAY_NAME
from ptquiz_gui.settings import Settings, Theme
from ptquiz_gui.views.language import LANGUAGES, SYSTEM_LABEL

THEME_LABELS = (
    (Theme.SYSTEM, str(QT_TRANSLATE_NOOP("MainMenu", "Follow &system"))),
    (Theme.LIGHT, str(QT_TRANSLATE_NOOP("MainMenu", "&Light"))),
    (Theme.DARK, str(QT_TRANSLATE_NOOP("MainMenu", "&Dark"))),
)


class MainMenu(QObject):
    """Builds the menu bar of ``window``; the window connects the actions."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = file_menu.addAction(self.tr("&Import bank…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.open_data_action = file_menu.addAction(self.tr("Open &data folder"))
        self.export_unsaved_action = file_menu.addAction(self.tr("E&xport unsaved changes…"))
        self.export_unsaved_action.setToolTip(
            self.tr("When the history file cannot be written, save what is waiting")
        )
        self.export_unsaved_action.setVisible(False)  # shown while something is unsaved
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        # The platform's Quit keys; where it has none (Windows, offscreen), Ctrl+Q as on Linux and
        # macOS. Only chords: X11's list adds the bare Exit key, which few keyboards have and
        # which the shortcuts list showed as "Ctrl+Q, Exit" (in German, "Verlassen").
        quit_keys = [keys for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if _chord(keys)]
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])

        view_menu = bar.addMenu(self.tr("&View"))
        self.library_action = view_menu.addAction(self.tr("&Library"))
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.history_action = view_menu.addAction(self.tr("&History"))
        self.reload_action = view_menu.addAction(self.tr("&Reload banks"))
        # F5 itself: on some desktops StandardKey.Refresh includes Ctrl+R, the library's review key.
        self.reload_action.setShortcut(QKeySequence("F5"))
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(window)
        for theme, label in THEME_LABELS:
            action = theme_menu.addAction(self.tr(label))
            action.setCheckable(True)
            action.setData(theme.value)
            action.setChecked(theme is settings.theme)
            self.theme_group.addAction(action)
        self.language_menu = view_menu.addMenu(self.tr("Lan&guage"))
        self.language_menu.setObjectName("language_menu")
        self.language_group = self._language_group(window, self.language_menu, settings.language)
        self.bigger_action = view_menu.addAction(self.tr("Larger te&xt"))
        self.bigger_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.smaller_action = view_menu.addAction(self.tr("&Smaller text"))
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.reset_font_action = view_menu.addAction(self.tr("&Normal text size"))
        self.reset_font_action.setShortcut(QKeySequence("Ctrl+0"))
        view_menu.addSeparator()
        self.shuffle_action = view_menu.addAction(self.tr("Shu&ffle questions and choices"))
        self.shuffle_action.setCheckable(True)
        self.shuffle_action.setChecked(settings.shuffle)
        self.retention_action = view_menu.addAction(self.tr("Spaced review r&etention…"))
        self.retention_action.setObjectName("retention_action")

        help_menu = bar.addMenu(self.tr("&Help"))
        self.keys_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action = help_menu.addAction(self.tr("&About {app}").format(app=APP_DISPLAY_NAME))

    @staticmethod
    def _language_group(window: QMainWindow, menu: QMenu, saved: str) -> QActionGroup:
        """"Follow the system", then each language by its own name (``languages.LANGUAGES``);
        each action's data is the code saved in the settings ("" follows the system)."""
        group = QActionGroup(window)
        codes = {language.code for language in LANGUAGES}
        choices = [(QCoreApplication.translate("language", str(SYSTEM_LABEL)), "")]
        choices += [(f"&{language.native_name}", language.code) for language in LANGUAGES]
        for label, code in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == (saved if saved in codes else ""))
            group.addAction(action)
        return group


def _chord(keys: QKeySequence) -> bool:
    """Whether ``keys`` starts with a key held with a modifier (Ctrl+Q, not Exit)."""
    first = keys[0] if keys.count() else None  # type: ignore[index]  # PySide types no operator[]
    return first is not None and first.keyboardModifiers() != Qt.KeyboardModifier.NoModifier
