"""In the pseudo-locale (``PTQUIZ_LANGUAGE=pseudo``: every translated string in brackets)
History, on every tab, its dialogs and the resume dialogs show no bare English: each text a
user sees or a screen reader reads came through Qt's translation, and only data (bank titles,
dates, numbers, sizes) stands outside the brackets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from app_fixtures import AppRun, DialogDriver, Launcher, keys, named, titled
from history_fixtures import START, banks, fill_history
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QTabBar,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.start_request import StartRequest
from ptquiz_gui.paths import data_paths
from ptquiz_gui.qtmodels.history_model import Column
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.history.charts import ScoreChart, TopicChart
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.language import pseudo_text
from ptquiz_gui.views.resume.questions import ask_leave_for, ask_resume_or_new, confirm_discard

_TRANSLATED = re.compile(r"\[[^\[\]]*\]")
_WORD = re.compile(r"[A-Za-z]{2,}")
_SIZE_UNITS = re.compile(r"\b(?:bytes|kB|MB|GB)\b")  # the locale's own unit symbols (QLocale data)


def bare_english(text: str, data: set[str]) -> str:
    """The words of ``text`` outside the pseudo-locale's brackets that are not data."""
    rest = text
    while (inner := _TRANSLATED.sub(" ", rest)) != rest:  # innermost first: they nest
        rest = inner
    for item in sorted(data, key=len, reverse=True):
        rest = rest.replace(item, " ")
    return " ".join(_WORD.findall(_SIZE_UNITS.sub(" ", rest)))


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` shows or names a widget by, on what is shown."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{where} name", widget.accessibleName()
        yield f"{where} description", widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QPushButton) and widget.menu() is not None:
            yield from ((f"{where} menu", action.text()) for action in widget.menu().actions())
        if isinstance(widget, QComboBox):
            yield from ((f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            yield from ((f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
            yield from ((f"{where} tab tip", widget.tabToolTip(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield f"{where} heading", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(widget, QTreeWidget):
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                yield from ((f"{where} cell", item.text(c)) for c in range(widget.columnCount()) if item)
        if isinstance(widget, ScoreChart | TopicChart):
            chart = widget.chart_
            yield f"{where} title", chart.title()
            yield from ((f"{where} series", s.name()) for s in chart.series())
            yield from ((f"{where} axis", a.titleText()) for a in chart.axes())
        if isinstance(widget, TopicChart):
            yield f"{where} bars", widget.bar_set.label()


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in shown_texts(root) if text and bare_english(text, data)]


@pytest.fixture
def run(launch: Launcher, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppRun]:
    history = History.open(data_paths(data_dir).history_db, clock=FakeClock(START))
    fill_history(history)
    history.close()
    monkeypatch.setenv("PTQUIZ_LANGUAGE", "pseudo")
    started = launch(data_dir, FakeClock(START + timedelta(days=9)))
    translations = started.window.translations
    assert translations is not None and translations.code == "pseudo"
    yield started
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.uninstall(app)  # later tests speak English again


@pytest.fixture
def data(run: AppRun) -> set[str]:
    """What is shown as it is, in any language: the titles of the banks in the history and
    in the library."""
    return {text for bank in [*banks(), *run.services.library.banks] for text in (bank.title, bank.id)}


def history_page(run: AppRun) -> HistoryPage:
    run.window.show_history()
    page = run.shown()
    assert isinstance(page, HistoryPage)
    return page


def looked_at(found: list[str], data: set[str], then: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """A dialog step that notes the dialog's bare English, then does ``then``."""

    def act(dialog: QWidget) -> None:
        QApplication.processEvents()
        where = dialog.objectName() or dialog.windowTitle()
        found.extend(f"{where}: {p}" for p in untranslated(dialog, data))
        then(dialog)

    return act


def test_every_tab_of_history_is_translated(qtbot: QtBot, run: AppRun, data: set[str]) -> None:
    page = history_page(run)
    found = []
    for index in range(page.tabs.count()):
        page.show_tab(index)
        QApplication.processEvents()
        found += [f"tab {index}: {p}" for p in untranslated(page, data)]
    page.show_tab(0)
    model = page.model
    for row in range(model.rowCount()):
        for column in (Column.MODE, Column.STATUS):  # the words in the table (the rest is data)
            text = str(model.data(model.index(row, column)))
            if bare_english(text, data):
                found.append(f"row {row} column {column.name}: {text!r}")
        for column in (Column.DATE, Column.BANK, Column.SCORE):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if tip and bare_english(str(tip), data):
                found.append(f"row {row} tip {column.name}: {tip!r}")
    assert found == []
    assert page.tabs.tabText(0) == pseudo_text("Attempts"), "the pseudo-locale is on"


def test_the_history_dialogs_are_translated(qtbot: QtBot, run: AppRun, data: set[str]) -> None:
    page = history_page(run)
    found: list[str] = []
    with DialogDriver(qtbot, (named("backups_dialog"), looked_at(found, data, keys(Qt.Key.Key_Escape)))):
        page.open_backups()
    page.attempts_tab.select_row(1)
    with DialogDriver(qtbot, (named("confirm_delete"), looked_at(found, data, keys(Qt.Key.Key_Escape)))):
        page.attempts_tab.delete_button.click()
    with DialogDriver(qtbot, (named("confirm_clear"), looked_at(found, data, keys(Qt.Key.Key_Escape)))):
        page.attempts_tab.clear_button.click()
    page.show_tab(2)
    page.missed_tab.open_question(0)
    dialog = page.missed_tab.question_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    found += [f"missed question: {p}" for p in untranslated(dialog, data)]
    dialog.close()
    assert found == []


def test_the_resume_dialogs_are_translated(qtbot: QtBot, run: AppRun, data: set[str]) -> None:
    [unfinished] = run.services.history.reader.unfinished()
    found: list[str] = []
    with DialogDriver(qtbot, (named("resume_dialog"), looked_at(found, data, keys(Qt.Key.Key_Escape)))):
        run.window.resumer.offer_at_start()

    page = history_page(run)
    row = page.model.row_of(unfinished.id)
    assert page.model.summary(row).status is Status.IN_PROGRESS
    page.attempts_tab.select_row(row)
    found += [f"history with an unfinished row: {p}" for p in untranslated(page, data)]
    escape = keys(Qt.Key.Key_Escape)
    with DialogDriver(qtbot, (named("unfinished_attempt_dialog"), looked_at(found, data, escape))):
        page.attempts_tab.open_button.click()

    discard_title = pseudo_text("Discard attempt?")
    with DialogDriver(qtbot, (titled(discard_title), looked_at(found, data, keys(Qt.Key.Key_Escape)))):
        confirm_discard(run.window, unfinished)
    with DialogDriver(qtbot, (named("resume_or_new_dialog"), looked_at(found, data, escape))):
        ask_resume_or_new(run.window, unfinished, 2, Mode.EXAM)

    run.window.resumer.resume(unfinished.id)
    assert run.shown() is run.quiz
    leave_title = pseudo_text("Leave this attempt?")
    with DialogDriver(qtbot, (titled(leave_title), looked_at(found, data, keys(Qt.Key.Key_Escape)))):
        ask_leave_for(run.window, run.attempt(), StartRequest("alpha", Mode.EXAM), "Bank alpha")
    assert found == []
