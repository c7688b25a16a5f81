"""History and the spaced-review views on an 800×600 screen, in English and in German, at the
normal text size and two steps larger: the attempts table's columns fit their text with no
horizontal scroll bar, and so do the card dialog's; Spaced review shows its retention table
whole and scrolls as one page down to a whole study calendar, after a new theme and text size too.

The banks are the pseudo-locale test's, whose text is in brackets, so that only bank text
may be elided.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import CTRL, AppRun, Launcher, press
from pytestqt.qtbot import QtBot
from helpers.catalogues import speak
from helpers.pseudo_tour import only_bracketed_banks, record
from helpers.screen_text import cut_off
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle
from test_screen_fit import screen, settle  # noqa: F401 - screen is a fixture

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.qtmodels.history_model import Column
from ptquiz_gui.views.history.attempt_columns import FITTED
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.review.card_dialog import CardDialog
from ptquiz_gui.views.review.stats_tab import ReviewStatsTab

SMALL = QSize(800, 600)


@pytest.fixture(params=["en", "de"])
def history(
    request: pytest.FixtureRequest,
    launch: Launcher,
    data_dir: Path,
    tmp_path: Path,
    compiled: Path,
    screen: QRect,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[AppRun, HistoryPage]:
    """History → Attempts in ``request.param``, with attempts of every status."""
    speak(monkeypatch, request.param, compiled)
    only_bracketed_banks(monkeypatch, tmp_path, data_dir)
    run = launch(data_dir)
    record(run, "41", right=[True, False, True, False])  # not passed
    record(run, "42", right=[True, True, True, True])  # passed
    record(run, "41", right=[True], finish=False)  # in progress
    timed_out_exam(run, "42")
    run.window.show_history()
    page = run.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    press(Qt.Key.Key_1, CTRL)
    settle()
    assert page.model.rowCount() == 4
    return run, page


def timed_out_exam(run: AppRun, bank_id: str) -> None:
    bank = run.window.bank(bank_id)
    assert bank is not None
    plan = plan_for_bank(bank, Mode.EXAM, seed=3)
    assert plan.time_limit is not None
    attempt = Attempt(plan, run.clock, run.services.listener())
    run.clock.advance(plan.time_limit + 1)
    assert attempt.tick() and attempt.timed_out


def column_problems(page: HistoryPage) -> list[str]:
    """What is wrong with the attempts table's columns as shown: a horizontal scroll bar, cut
    text, a fitted column wider than its widest cell or heading, a bank column not filling the rest."""
    view = page.attempts_tab.view
    header = view.header()
    found = cut_off(view)
    if view.horizontalScrollBar().isVisible():
        widths = [header.sectionSize(c) for c in Column]
        found.append(f"a horizontal scroll bar: {widths} in {view.viewport().width()}")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in FITTED:
        heading = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        if header.sortIndicatorSection() == column:
            title = header.sectionSizeHint(column)  # the heading with room for its sort arrow
        else:
            title = header.fontMetrics().horizontalAdvance(heading) + 2 * margin
        widest = max(title, view.sizeHintForColumn(column))  # as Qt fits a column to its cells
        if header.sectionSize(column) > widest + 2:  # the style rounds a heading's text up
            found.append(f"column {heading!r} is {header.sectionSize(column)} px, its text needs {widest}")
    rest = view.viewport().width() - sum(header.sectionSize(c) for c in FITTED)
    if abs(header.sectionSize(Column.BANK) - rest) > 1:
        found.append(f"the bank column is {header.sectionSize(Column.BANK)} px of the {rest} px left")
    return found


@pytest.mark.parametrize("screen", [SMALL], indirect=True)
def test_the_attempts_columns_fit_their_text_with_no_scroll_bar(history: tuple[AppRun, HistoryPage]) -> None:
    run, page = history
    assert column_problems(page) == []
    for _ in range(2):  # larger text while History is shown: the columns follow the font
        press(Qt.Key.Key_Plus, CTRL)
    settle()
    assert run.window.settings.font_scale == pytest.approx(1.2)
    assert column_problems(page) == []
    press(Qt.Key.Key_0, CTRL)
    settle()
    assert column_problems(page) == []


def answered_twice(run: AppRun) -> tuple[str, str]:
    """A question of bank 41 answered in both of its attempts."""
    bank = run.window.bank("41")
    assert bank is not None
    review = run.window.spaced_review()
    return next(("41", q.id) for q in bank.questions if len(review.card_answers("41", q.id)) == 2)


@pytest.mark.parametrize("steps", [0, 2])
@pytest.mark.parametrize("screen", [SMALL], indirect=True)
def test_the_card_dialog_shows_each_answer_whole_with_no_scroll_bar(
    history: tuple[AppRun, HistoryPage], steps: int
) -> None:
    run, _page = history
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    run.window.open_card(*answered_twice(run))
    [dialog] = [d for d in run.window.findChildren(CardDialog) if d.isVisible()]
    settle()
    table = dialog.answers
    header = table.horizontalHeader()
    assert table.rowCount() == 2
    assert cut_off(dialog) == []  # every heading, date and result whole (a bank title may be elided)
    assert not table.horizontalScrollBar().isVisible()
    assert sum(header.sectionSize(c) for c in range(table.columnCount())) <= table.viewport().width()
    assert header.sectionSize(1) >= table.fontMetrics().averageCharWidth() * 10  # room for a title
    dialog.close()


def spaced_review_tab(page: HistoryPage) -> ReviewStatsTab:
    [tab] = [w for w in map(page.tabs.widget, range(page.tabs.count())) if isinstance(w, ReviewStatsTab)]
    return tab


def spaced_review_problems(tab: ReviewStatsTab) -> list[str]:
    """A retention row out of sight or cut, a scroll bar of the table's own, columns that do not
    fill the table, a study calendar the tab cannot scroll to whole."""
    settle()
    table = tab.retention
    found = cut_off(table)
    for bar in (table.verticalScrollBar(), table.horizontalScrollBar()):
        if bar.isVisible():
            found.append(f"the retention table scrolls ({bar.orientation().name})")
    sight = table.viewport().rect()
    found += [
        f"retention row {table.model().index(row, 0).data()!r} is not wholly in sight"
        for row in range(table.rowCount())
        if not sight.contains(table.visualRect(table.model().index(row, table.columnCount() - 1)))
    ]
    header = table.horizontalHeader()
    if (filled := sum(header.sectionSize(c) for c in range(table.columnCount()))) != sight.width():
        found.append(f"the retention columns fill {filled} px of {sight.width()}")
    area = tab.findChild(QScrollArea, "review_stats_scroll")
    assert area is not None
    area.ensureWidgetVisible(tab.calendar, 0, 0)
    settle()
    shown = QRect(tab.calendar.mapTo(area.viewport(), QPoint(0, 0)), tab.calendar.size())
    whole = tab.calendar.visibleRegion().boundingRect() == tab.calendar.rect()
    if not area.viewport().rect().contains(shown) or not whole:
        found.append(f"the study calendar {shown.getRect()} is cut by {area.viewport().rect().getRect()}")
    return found


@pytest.mark.parametrize("screen", [SMALL], indirect=True)
def test_spaced_review_shows_every_retention_row_and_the_whole_calendar(
    qtbot: QtBot, history: tuple[AppRun, HistoryPage]
) -> None:
    run, page = history
    tab = spaced_review_tab(page)
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.retention.rowCount() > 0 and not tab.status.isVisible())
    assert tab.retention.rowCount() == 8  # five interval bands, young, mature, all
    assert spaced_review_problems(tab) == []
    [dark] = [a for a in run.window.menu.theme_group.actions() if a.data() == "dark"]
    dark.trigger()
    for _ in range(2):
        press(Qt.Key.Key_Plus, CTRL)
    assert spaced_review_problems(tab) == []


@pytest.mark.parametrize("screen", [SMALL], indirect=True)
def test_each_tab_keeps_room_for_its_title_after_the_keyboard_has_moved_through_them(
    history: tuple[AppRun, HistoryPage],
) -> None:
    """The focused tab is drawn with a focus border: the tabs are laid out when the keyboard
    changes the current tab, and must still fit their titles once the focus moves on."""
    _run, page = history
    bar = page.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    for _ in range(bar.count() - 1):
        press(Qt.Key.Key_Right, to=bar)
        settle()
    assert bar.currentIndex() == bar.count() - 1
    page.tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert not bar.hasFocus()
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        title = bar.tabText(index).replace("&", "")
        assert bar.tabRect(index).width() >= metrics.horizontalAdvance(title) + 16, title
