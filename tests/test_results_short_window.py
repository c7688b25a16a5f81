"""The results of a practice on a short screen: the review of the questions gets the room.

Under the figures the score per topic took three rows, and at 800×600 with larger text the
review list was left a slot of one question inside a page that scrolled. On a short page the
scores per topic now show in the review's place while **Topics**, beside the review's filters,
is pressed; a tall page shows them beside or under the figures as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import AppRun, Launcher
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from test_screen_fit import _practice_with_a_miss, screen, screen_problems, settle  # noqa: F401 - a fixture

from ptquiz_gui.views.results.results_page import ResultsPage


def _results(qtbot: QtBot, launch: Launcher, data_dir: Path, steps: int) -> tuple[AppRun, ResultsPage]:
    run = launch(data_dir)
    _practice_with_a_miss(qtbot, run, steps)
    settle()
    page = run.window.findChild(ResultsPage)
    assert page is not None and page.isVisible()
    return run, page


def _whole_rows_shown(page: ResultsPage) -> int:
    view = page.review_list
    height = view.sizeHintForRow(0)
    return view.viewport().height() // height if height > 0 else 0


@pytest.mark.parametrize(
    ("screen", "steps"),
    [pytest.param(QSize(800, 600), 0, id="800x600"), pytest.param(QSize(800, 600), 3, id="800x600-text+3")],
    indirect=["screen"],
)
def test_a_short_page_gives_the_review_the_room_and_keeps_the_topics_a_press_away(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect, steps: int
) -> None:
    run, page = _results(qtbot, launch, data_dir, steps)
    assert screen_problems(run, screen) == []  # no scrolling page around the review's own scroll
    assert _whole_rows_shown(page) >= 3
    assert page.topics_button.isVisible() and not page.topic_table.isVisible()

    where = page.topics_button.mapTo(run.window, page.topics_button.rect().topLeft())
    QTest.mouseClick(page.topics_button, Qt.MouseButton.LeftButton)
    settle()
    table = page.topics_in_place
    assert page.topics_button.isChecked() and table.isVisible() and not page.review_list.isVisible()
    assert page.topics_button.mapTo(run.window, page.topics_button.rect().topLeft()) == where  # no jump
    assert screen_problems(run, screen) == []
    shown = table.viewport().height() // table.rowHeight(0)
    assert shown >= min(5, page.topic_model.rowCount())

    QTest.mouseClick(page.topics_button, Qt.MouseButton.LeftButton)
    settle()
    assert not table.isVisible() and page.review_list.isVisible()
    QTest.mouseClick(page.topics_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.filter_buttons[list(page.filter_buttons)[1]], Qt.MouseButton.LeftButton)
    assert page.review_list.isVisible() and not page.topics_button.isChecked()  # a filter shows the review


@pytest.mark.parametrize("screen", [QSize(1366, 768)], indirect=True)
def test_a_tall_page_shows_the_topics_at_once(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    run, page = _results(qtbot, launch, data_dir, 0)
    assert page.topic_table.isVisible() and not page.topics_button.isVisible()
    assert screen_problems(run, screen) == []


@pytest.mark.parametrize("screen", [QSize(800, 600)], indirect=True)
def test_tab_goes_from_the_filters_to_topics_then_card_and_the_pages_keys_still_work(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    run, page = _results(qtbot, launch, data_dir, 0)
    last_filter = [button for button in page.filter_buttons.values() if button.isEnabled()][-1]
    run.window.activateWindow()  # back from the submit dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run.window)
    last_filter.setFocus()
    qtbot.waitUntil(last_filter.hasFocus)
    QTest.keyClick(last_filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.topics_button.hasFocus)
    QTest.keyClick(page.topics_button, Qt.Key.Key_Space)
    assert page.topics_in_place.isVisible()
    card = run.window.findChild(QPushButton, "results_card_button")
    assert card is not None and page.topics_button.nextInFocusChain() is card
    QTest.keyClick(page.topics_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(card.hasFocus)
    QTest.keyClick(card, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.topics_in_place.hasFocus)  # then the scores per topic, to read by arrows
    QTest.keyClick(page.topics_in_place, Qt.Key.Key_2)  # a results key still works from the table
    assert page.filter_buttons[list(page.filter_buttons)[1]].isChecked()
    assert page.review_list.isVisible()
