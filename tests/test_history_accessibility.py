"""History as a screen reader gets it from Qt (in-process ``QAccessible``, what Qt's AT-SPI
bridge passes on): the filters are labelled by their labels, the tables expose their column
headings and say each attempt's state in words, the tabs are named page tabs, the charts say
in words what they draw and are Tab stops, every focusable node has a name, and Tab goes
through each tab's content in reading order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_fixtures import DialogDriver, named, press
from history_fixtures import START, fill_history, make_services
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain import display
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.qtmodels.history_model import Column, HistoryModel
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.history.history_page import HistoryPage

ITEM_ROLES = {
    QAccessible.Role.TreeItem,
    QAccessible.Role.ListItem,
    QAccessible.Role.Cell,
    QAccessible.Role.Row,
    QAccessible.Role.ColumnHeader,
    QAccessible.Role.RowHeader,
}


@pytest.fixture
def store(data_dir: Path) -> Iterator[History]:
    opened = History.open(data_dir / "history.sqlite3", clock=FakeClock(START))
    fill_history(opened)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, store: History) -> Iterator[HistoryPage]:
    shown = HistoryPage(make_services(data_dir, store).history_screen(), JobRunner())
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.refresh()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    yield shown
    shown.jobs.wait_for_all()


def accessible(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def name(iface: QAccessibleInterface) -> str:
    return iface.text(QAccessible.Text.Name)


def nodes(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield iface
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from nodes(child)


def unnamed_focusable(root: QWidget) -> list[str]:
    """Every node a screen reader can land on (focusable, shown) that has no name."""
    found = []
    for node in nodes(accessible(root)):
        state = node.state()
        landable = state.focusable and not state.invisible and node.role() not in ITEM_ROLES
        if landable and not name(node).strip():
            found.append(f"{node.role().name} {node.object().objectName() if node.object() else ''}")
    return found


def tab_through(page: HistoryPage, start: QWidget, presses: int) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget.objectName())
        press(Qt.Key.Key_Tab)
    return seen


# --- the filters --------------------------------------------------------------------------------


@pytest.mark.parametrize(("combo", "label"), [("bank_combo", "Bank:"), ("mode_combo", "Mode:")])
def test_the_bank_and_mode_filters_are_labelled_by_their_labels(
    page: HistoryPage, combo: str, label: str
) -> None:
    box = getattr(page.filter_bar, combo)
    assert isinstance(box, QComboBox)
    iface = accessible(box)
    assert iface.role() == QAccessible.Role.ComboBox
    # Qt names a combo box on Linux by its current text ("All banks") and links the label
    # to it; Orca reads the label from that link, as AT-SPI's labelled-by relation.
    relations = iface.relations(QAccessible.RelationFlag.Label)
    labels = [(name(target), relation) for target, relation in relations]
    assert labels == [(label, QAccessible.RelationFlag.Label)]
    [label_widget] = [w for w in page.filter_bar.findChildren(QLabel) if w.buddy() is box]
    labelled = accessible(label_widget).relations(QAccessible.RelationFlag.Labelled)
    assert [name(target) for target, _ in labelled] == [name(iface)]
    assert box.accessibleName()  # what platforms that name a box by its own name read


# --- tables, tabs and states in words ----------------------------------------------------------


def test_the_attempts_table_exposes_its_headings_and_each_state_in_words(page: HistoryPage) -> None:
    model = page.model
    assert isinstance(model, HistoryModel)
    table = accessible(page.attempts_tab.view)
    assert table.role() in (QAccessible.Role.Tree, QAccessible.Role.Table)
    assert name(table) == "Past attempts"
    children = [table.child(i) for i in range(table.childCount())]
    headings = [name(c) for c in children if c.role() == QAccessible.Role.ColumnHeader]
    assert headings == ["Date", "Bank", "Mode", "Score", "Percent", "Duration", "Status"]
    cells = [c for c in children if c.role() != QAccessible.Role.ColumnHeader]
    assert len(cells) == model.rowCount() * len(Column)
    states = [name(cells[row * len(Column) + Column.STATUS]) for row in range(model.rowCount())]
    expected = [
        display.attempt_status(s.status, s.passed, s.timed_out)
        for s in (model.summary(row) for row in range(model.rowCount()))
    ]
    assert states == expected
    # the colour of the Status cell is never the only sign: each state is a word
    assert {"Passed", "Not passed", "In progress", "Abandoned"} <= set(states)


def test_the_tabs_are_named_page_tabs(page: HistoryPage) -> None:
    bar = accessible(page.tabs.tabBar())
    tabs = [bar.child(i) for i in range(bar.childCount())]
    assert [(t.role(), name(t)) for t in tabs if t.role() == QAccessible.Role.PageTab] == [
        (QAccessible.Role.PageTab, "Attempts"),
        (QAccessible.Role.PageTab, "Progress"),
        (QAccessible.Role.PageTab, "Most missed"),
    ]
    assert name(accessible(page.tabs)) == "History views"


def test_tab_goes_from_the_tab_bar_through_the_shown_tab_then_the_buttons_and_filters(
    page: HistoryPage,
) -> None:
    bar = page.tabs.tabBar()
    after_content = ["export_button", "backups_button", "history_back_button", "history_bank_filter"]
    page.show_tab(0)
    assert tab_through(page, bar, 9) == [
        "qt_tabwidget_tabbar",
        "history_table",
        "open_attempt_button",
        "delete_attempt_button",
        "clear_history_button",
        *after_content,
    ]
    page.show_tab(1)
    assert QApplication.focusWidget() is page.progress_tab.score_chart, "Ctrl+2 lands on the first chart"
    assert tab_through(page, bar, 7) == ["qt_tabwidget_tabbar", "score_chart", "topic_chart", *after_content]
    page.show_tab(2)
    assert QApplication.focusWidget() is page.missed_tab.view, "Ctrl+3 lands on the list"
    assert tab_through(page, bar, 7) == [
        "qt_tabwidget_tabbar",
        "practise_missed_button",
        "missed_list",
        *after_content,
    ]


# --- the charts ---------------------------------------------------------------------------------


def test_the_charts_say_in_words_what_they_draw(page: HistoryPage, store: History) -> None:
    page.filter_bar.set_bank_id("alpha")
    tab = page.progress_tab
    series = store.reader.score_series("alpha")
    percents = [p for _, p in series]
    score = accessible(tab.score_chart)
    assert name(score) == "Score over time"
    assert score.text(QAccessible.Text.Description) == (
        f"{len(series)} finished attempts at Bank alpha; latest {display.percent(percents[-1])}, "
        f"best {display.percent(max(percents))}, pass mark 50%."
    )
    topics = accessible(tab.topic_chart)
    assert name(topics) == "Accuracy per topic"
    described = topics.text(QAccessible.Text.Description).split("; ")
    by_weakest = sorted(store.reader.topic_accuracy("alpha"), key=lambda t: (t.percent, t.topic))
    assert described == [
        f"{t.topic}: {t.correct} of {t.total} right ({display.percent(t.percent)})" for t in by_weakest
    ]
    for chart in (score, topics):
        assert chart.state().focusable, "a Tab stop, so its description is read"

    page.filter_bar.set_bank_id("beta")
    assert score.text(QAccessible.Text.Description).startswith(
        f"{len(store.reader.score_series('beta'))} finished attempts at Bank beta;"
    )


# --- every node named --------------------------------------------------------------------------


def test_every_focusable_node_of_every_tab_has_a_name(page: HistoryPage) -> None:
    for index in range(page.tabs.count()):
        page.show_tab(index)
        assert unnamed_focusable(page) == [], page.tabs.tabText(index)


def test_every_focusable_node_of_the_backups_dialog_has_a_name(qtbot: QtBot, page: HistoryPage) -> None:
    seen: list[list[str]] = []

    def look(dialog: QWidget) -> None:
        seen.append(unnamed_focusable(dialog))
        dialog.close()

    with DialogDriver(qtbot, (named("backups_dialog"), look)) as driver:
        page.open_backups()
    assert seen == [[]]
    assert driver.dialog().windowTitle() == "History backups"


def test_every_focusable_node_of_a_most_missed_question_has_a_name(qtbot: QtBot, page: HistoryPage) -> None:
    page.show_tab(2)
    page.missed_tab.open_question(0)
    dialog = page.missed_tab.question_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert unnamed_focusable(dialog) == []
    dialog.close()
