"""Keyboard focus on a table or a list of rows is drawn in the theme's highlight, as on
buttons and fields: Fusion's own focus frame on a table (the results' topics, the spaced
review's retention, a card's answers, the shortcuts, the import preview) is a faint line,
2:1 or less on the dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTableView, QTreeView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.settings import Theme
from ptquiz_gui.views.theme import apply_theme


@pytest.fixture(params=[Theme.LIGHT, Theme.DARK], ids=lambda t: t.value)
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Theme:
    look = (QPalette(qapp.palette()), qapp.styleSheet())
    apply_theme(qapp, request.param, 1.0)
    request.addfinalizer(lambda: (qapp.setPalette(look[0]), qapp.setStyleSheet(look[1])))
    return request.param


@pytest.mark.parametrize("kind", [QTableView, QTreeView])
def test_a_focused_table_is_outlined_in_the_highlight(
    qtbot: QtBot, qapp: QApplication, themed: Theme, kind: type[QAbstractItemView]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit()
    view = kind()
    model = QStandardItemModel(4, 3, view)
    view.setModel(model)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    window.resize(400, 300)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight).name()

    def edge() -> str:
        return view.grab().toImage().pixelColor(0, view.height() // 2).name()

    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert edge() != highlight
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert edge() == highlight
