"""Colours the history's Status cell from the model's pass/fail role, in the theme's tones."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ptquiz_gui.qtmodels.history_model import Roles
from ptquiz_gui.views.theme import status_colors


class StatusDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        passed = index.data(Roles.PASSED)
        if passed is None:
            return
        colours = status_colors(option.palette)
        option.palette.setColor(QPalette.ColorRole.Text, colours.right if passed else colours.wrong)
