"""The spaced review screens as a screen reader meets them, through Qt's accessibility
interfaces (what the AT-SPI bridge reads): the statistics tab's charts have a role, a name
and a text alternative, its table and the card's let Tab go on, and the retention dialog's
spin box carries the reviews a day it costs."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from app_fixtures import AppRun, Launcher, confirm_quiz_dialog, pick, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain import display
from ptquiz_gui.qtmodels.review_model import ReviewFilter
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.review.card_dialog import CardDialog
from ptquiz_gui.views.review.retention_dialog import RetentionDialog
from ptquiz_gui.views.review.stats_tab import ReviewStatsTab

BANK = "pytorch-01"
DAY = 24 * 3600


@pytest.fixture
def app(launch: Launcher, data_dir: Path) -> AppRun:
    return launch(data_dir)


def _practice(app: AppRun, misses: set[int], qtbot: QtBot) -> None:
    app.window.starts.start_practice(BANK)
    for n in range(app.attempt().size):
        app.clock.advance(5)
        pick(app, right=n not in misses)
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Return)
    if app.shown() is app.quiz:
        confirm_quiz_dialog(qtbot, app, "submit_dialog")
    assert app.shown() is app.window.results_page


def _node(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def _tab_from(widget: QWidget) -> QWidget | None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab, to=widget)
    return QApplication.focusWidget()


def _day(day: date) -> str:
    return display.day(datetime.combine(day, time(12)))


def test_the_statistics_charts_are_named_charts_with_a_text_alternative(qtbot: QtBot, app: AppRun) -> None:
    _practice(app, {0, 1, 2}, qtbot)
    press(Qt.Key.Key_Escape)
    app.window.show_history()
    page = app.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    tab = page.findChild(ReviewStatsTab)
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.status.isVisible(), timeout=10_000)
    today = app.clock.now().astimezone().date()

    bars = _node(tab.forecast)
    assert bars.text(QAccessible.Text.Name) == "Reviews due on each of the next 30 days"
    assert bars.text(QAccessible.Text.Description) == f"{_day(today + timedelta(days=1))}: 3 reviews"
    calendar = _node(tab.calendar)
    assert calendar.text(QAccessible.Text.Name) == "Days studied in the last year, darker for more answers"
    assert calendar.text(QAccessible.Text.Description) == (
        f"1 day studied in the weeks shown. Most answers on {_day(today)}: 10. Last studied on {_day(today)}."
    )

    # Tab reaches each chart and leaves the table between them; the arrows stay in it.
    assert _tab_from(tab.forecast) is tab.retention
    assert _tab_from(tab.retention) is tab.calendar
    table = _node(tab.retention)
    assert table.role() == QAccessible.Role.Table
    assert table.text(QAccessible.Text.Name) == "True retention by interval"
    headers = [table.child(i) for i in range(table.childCount())]
    named = [h.text(QAccessible.Text.Name) for h in headers if h.role() == QAccessible.Role.ColumnHeader]
    assert named == ["Interval", "Reviews", "Right", "True retention"]
    bands = [str(tab.retention.model().index(row, 0).data()) for row in range(tab.retention.rowCount())]
    assert bands[0] == "1 day"
    assert bands[-3:] == ["young (under 21 days)", "mature (21 days or more)", "all reviews"]


def test_the_card_and_retention_dialogs_name_their_parts(qtbot: QtBot, app: AppRun) -> None:
    _practice(app, {0}, qtbot)
    button = app.window.findChild(QPushButton, "results_card_button")
    assert button is not None and button.isVisible()
    assert _node(button).text(QAccessible.Text.Name) == "Show the question's card"
    filters = app.window.results_page.filter_buttons
    assert _tab_from(filters[ReviewFilter.ALL]) is button  # beside the filters, it follows them
    assert _tab_from(button) is app.window.results_page.review_list
    button.click()
    dialog = next(d for d in app.window.findChildren(CardDialog) if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = _node(dialog.answers)
    assert table.text(QAccessible.Text.Name) == "Past answers"
    headers = [table.child(i) for i in range(table.childCount())]
    named = [h.text(QAccessible.Text.Name) for h in headers if h.role() == QAccessible.Role.ColumnHeader]
    assert named == ["When", "Attempt", "Answer"]
    assert "Answered 1 time. Missed 1 time." in dialog.figures.text()
    close = _tab_from(dialog.answers)
    assert isinstance(close, QPushButton) and _node(close).text(QAccessible.Text.Name) == "Close"
    dialog.close()

    app.window.menu.retention_action.trigger()
    retention = next(d for d in app.window.findChildren(RetentionDialog) if d.isVisible())
    assert _node(retention).text(QAccessible.Text.Name) == "Spaced review retention"
    qtbot.waitUntil(lambda: "about" in retention.workload.text(), timeout=10_000)
    spin = _node(retention.spin)
    assert spin.text(QAccessible.Text.Name) == "Desired retention"
    assert spin.text(QAccessible.Text.Description) == retention.workload.text()
    assert retention.workload.text().startswith("At 90%: about ")
    assert retention.workload.text().endswith("for your 1 scheduled question.")
    retention.reject()
