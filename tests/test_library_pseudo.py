"""The library and the main window's menus in the pseudo-locale: every word they show or
say comes through translation (``[Practice~~~]``), none in bare English.

Left out, each for its reason: bank text (titles, topics, the description), the problem
rows (``path:line:col: message``, shared with ``ptquiz validate`` and English by design),
the languages in View → Language (each is named in its own language), paths and the
product name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_fixtures import AppRun, Launcher
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QWidget

from ptquiz_gui import APP_DISPLAY_NAME
from ptquiz_gui.qtmodels.library_model import Column, Roles
from ptquiz_gui.views.language import LANGUAGES
from ptquiz_gui.views.library.library_page import LibraryPage

WORD = re.compile(r"[A-Za-z]{2,}")
KEY_NAMES = {"Ctrl", "Shift", "Alt", "Esc", "Enter", "Del", "PgUp", "PgDown", "Home", "End", "Tab"}


def bare_words(text: str, *allowed: str) -> list[str]:
    """The words of ``text`` outside the pseudo-locale's brackets (brackets nest: a
    translated sentence can hold a translated number of minutes)."""
    for token in allowed:
        text = text.replace(token, "")
    outside, depth = [], 0
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif depth == 0:
            outside.append(char)
    return [w for w in WORD.findall("".join(outside)) if w not in KEY_NAMES]


@pytest.fixture
def pseudo(launch: Launcher, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppRun:
    monkeypatch.setenv("PTQUIZ_LANGUAGE", "pseudo")
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")  # the Problems panel shows
    return launch(data_dir)


def menu_texts(menu: QMenu) -> list[str]:
    native = {f"&{language.native_name}" for language in LANGUAGES}
    texts = [menu.title()]
    for action in menu.actions():
        if action.isSeparator() or action.text() in native:
            continue
        texts += [action.text(), action.toolTip()]
        if (sub := action.menu()) is not None and isinstance(sub, QMenu):
            texts += menu_texts(sub)
    return texts


def test_the_menus_and_the_window_speak_only_through_translation(pseudo: AppRun) -> None:
    window = pseudo.window
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for action in window.menuBar().actions():
        assert isinstance(action, QAction)
        menu = action.menu()
        assert isinstance(menu, QMenu)
        texts += menu_texts(menu)
    window.banner.show_message("[A notice~~]")
    texts += [window.banner.close_button.text(), window.banner.close_button.accessibleName()]
    found = {text: bare_words(text, APP_DISPLAY_NAME, str(pseudo.paths.root)) for text in texts if text}
    assert {text: words for text, words in found.items() if words} == {}
    assert len(found) > 25


def library_texts(page: LibraryPage) -> list[str]:
    """What the library shows and says: labels, buttons, group titles, placeholders,
    tooltips, accessible names and descriptions, column headers and the cells that are not
    bank text."""
    texts: list[str] = []
    bank_text = {page.findChild(QLabel, "detail_title"), page.findChild(QWidget, "detail_description")}
    for widget in [page, *page.findChildren(QWidget)]:
        if widget in bank_text or not widget.isVisibleTo(page.window()):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    model = page.view.model()
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        if column not in (Column.TITLE, Column.TOPICS):
            texts += [str(model.index(row, column).data()) for row in range(model.rowCount())]
    texts.append(str(model.index(0, Column.TITLE).data(Qt.ItemDataRole.AccessibleDescriptionRole)))
    return texts


def test_the_library_speaks_only_through_translation(pseudo: AppRun) -> None:
    page = pseudo.window.library_page
    assert page.problems.isVisible()
    page.search.setText("[no such bank]")  # the clear button shows
    page.search.clear()
    texts = library_texts(page)
    bank_ids = [str(page.proxy.index(row, 0).data(Roles.BANK_ID)) for row in range(page.proxy.rowCount())]
    found = {text: bare_words(text, *bank_ids) for text in texts if text}
    assert {text: words for text, words in found.items() if words} == {}
    assert any(text.startswith("[&Practice") for text in found)
    assert any(text.startswith("[Problems (") for text in found)
