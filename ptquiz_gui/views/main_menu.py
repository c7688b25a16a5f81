"""The main window's menus: every action reachable by keyboard, with its shortcut."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ptquiz_gui import APP_DISPLAY_NAME
from ptquiz_gui.settings import Settings, Theme

THEME_LABELS = ((Theme.SYSTEM, "Follow &system"), (Theme.LIGHT, "&Light"), (Theme.DARK, "&Dark"))


class MainMenu:
    """Builds the menu bar of ``window``; the window connects the actions."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = file_menu.addAction("&Import bank…")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.open_data_action = file_menu.addAction("Open &data folder")
        self.export_unsaved_action = file_menu.addAction("E&xport unsaved changes…")
        self.export_unsaved_action.setToolTip("When the history file cannot be written, save what is waiting")
        self.export_unsaved_action.setVisible(False)  # shown while something is unsaved
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction("&Quit")
        # The platform's Quit keys; where it has none (Windows, offscreen), Ctrl+Q as on Linux and macOS.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])

        view_menu = bar.addMenu("&View")
        self.library_action = view_menu.addAction("&Library")
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.history_action = view_menu.addAction("&History")
        self.reload_action = view_menu.addAction("&Reload banks")
        # F5 itself: on some desktops StandardKey.Refresh includes Ctrl+R, the library's review key.
        self.reload_action.setShortcut(QKeySequence("F5"))
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_group = QActionGroup(window)
        for theme, label in THEME_LABELS:
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setData(theme.value)
            action.setChecked(theme is settings.theme)
            self.theme_group.addAction(action)
        self.bigger_action = view_menu.addAction("&Larger text")
        self.bigger_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.smaller_action = view_menu.addAction("&Smaller text")
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.reset_font_action = view_menu.addAction("&Normal text size")
        self.reset_font_action.setShortcut(QKeySequence("Ctrl+0"))
        view_menu.addSeparator()
        self.shuffle_action = view_menu.addAction("S&huffle questions and choices")
        self.shuffle_action.setCheckable(True)
        self.shuffle_action.setChecked(settings.shuffle)
        self.retention_action = view_menu.addAction("Spaced review &retention…")
        self.retention_action.setObjectName("retention_action")

        help_menu = bar.addMenu("&Help")
        self.keys_action = help_menu.addAction("&Keyboard shortcuts")
        self.keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action = help_menu.addAction(f"&About {APP_DISPLAY_NAME}")
