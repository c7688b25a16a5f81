"""View → Theme, the text size and Shuffle choices: saved in the settings, the look applied at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from ptquiz_gui.settings import Settings, Theme
from ptquiz_gui.views.main_menu import MainMenu
from ptquiz_gui.views.theme import apply_theme

TEXT_STEP = 0.1


class LookActions(QObject):
    def __init__(
        self, menu: MainMenu, settings: Callable[[], Settings], save: Callable[[Settings], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save
        self._connect_signals(menu)

    def _connect_signals(self, menu: MainMenu) -> None:
        menu.theme_group.triggered.connect(self._on_theme_chosen)
        menu.bigger_action.triggered.connect(self._bigger)
        menu.smaller_action.triggered.connect(self._smaller)
        menu.reset_font_action.triggered.connect(self._reset)
        menu.shuffle_action.toggled.connect(self._on_shuffle_toggled)

    def _change_look(self, settings: Settings) -> None:
        self._save(settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.font_scale)

    @Slot(QAction)
    def _on_theme_chosen(self, action: QAction) -> None:
        self._change_look(replace(self._settings(), theme=Theme(str(action.data()))))

    @Slot()
    def _bigger(self) -> None:
        settings = self._settings()
        self._change_look(settings.with_font_scale(settings.font_scale + TEXT_STEP))

    @Slot()
    def _smaller(self) -> None:
        settings = self._settings()
        self._change_look(settings.with_font_scale(settings.font_scale - TEXT_STEP))

    @Slot()
    def _reset(self) -> None:
        self._change_look(self._settings().with_font_scale(1.0))

    @Slot(bool)
    def _on_shuffle_toggled(self, checked: bool) -> None:
        self._save(replace(self._settings(), shuffle=checked))
