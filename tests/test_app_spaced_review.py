"""The spaced review in the real window: the review loop's notes (new interval, return day,
the card), "Next review tomorrow, 3 questions" when nothing is due, exam blanks scheduled as
misses, readiness in the library, the retention setting and the review statistics."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from app_fixtures import (
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    answer_exam,
    confirm_quiz_dialog,
    keys,
    pick,
    press,
    titled,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain import display
from ptquiz_gui.domain.answer_events import Grade
from ptquiz_gui.domain.fsrs_cards import CardScheduler
from ptquiz_gui.domain.plan import AttemptPlan, Mode, PlanKind, plan_for_bank
from ptquiz_gui.qtmodels.library_model import Column
from ptquiz_gui.qtmodels.review_model import Roles
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.review.card_dialog import CardDialog
from ptquiz_gui.views.review.retention_dialog import RetentionDialog
from ptquiz_gui.views.review.stats_tab import ReviewStatsTab

DAY = 24 * 3600
BANK = "pytorch-01"


@pytest.fixture
def app(launch: Launcher, data_dir: Path) -> AppRun:
    return launch(data_dir)


def _practice(app: AppRun, misses: set[int], qtbot: QtBot) -> list[str]:
    """Practise BANK in the window, missing the positions in ``misses``; returns the missed ids."""
    app.window.starts.start_practice(BANK)
    assert app.attempt().mode is Mode.PRACTICE
    missed = []
    for n in range(app.attempt().size):
        app.clock.advance(5)
        if n in misses:
            missed.append(app.attempt().item.question.id)
        pick(app, right=n not in misses)
        press(Qt.Key.Key_Return)  # check
        press(Qt.Key.Key_Return)  # next (or finish)
    if app.shown() is app.quiz:
        confirm_quiz_dialog(qtbot, app, "submit_dialog")
    assert app.shown() is app.window.results_page
    press(Qt.Key.Key_Escape)
    return missed


def _note(app: AppRun) -> QLabel:
    label = app.quiz.reasoning_panel.findChild(QLabel, "review_note_label")
    assert label is not None
    return label


def test_each_review_answer_shows_the_new_interval_and_return_day(qtbot: QtBot, app: AppRun) -> None:
    [missed] = _practice(app, {3}, qtbot)
    missed_at = app.clock.now()
    app.clock.advance(DAY)
    press(Qt.Key.Key_F5)
    press(Qt.Key.Key_R, CTRL)
    assert app.attempt().plan.kind is PlanKind.REVIEW
    assert app.attempt().item.question.id == missed
    app.clock.advance(5)
    pick(app, right=True)
    press(Qt.Key.Key_Return)
    scheduler = CardScheduler()
    memory = scheduler.review(scheduler.review(None, Grade.AGAIN, missed_at), Grade.GOOD, app.clock.now())
    due = memory.due.astimezone()
    note = _note(app)
    assert note.isVisible()
    assert note.text().startswith(f"New interval: {memory.interval_days} days · back ")
    assert f"{due.day} {due:%b}" in note.text()

    card_button = app.quiz.reasoning_panel.findChild(QPushButton, "review_card_button")
    assert card_button is not None
    card_button.click()
    dialog = app.window.findChild(CardDialog)
    assert dialog is not None and dialog.isVisible()
    figures = dialog.figures.text()
    assert "Stability:" in figures and "Difficulty:" in figures and "Retrievability:" in figures
    assert "Next due:" in figures
    assert dialog.answers.rowCount() == 2  # the practice miss and the review answer
    results = [dialog.answers.item(row, 2) for row in range(2)]
    assert [r.text() if r is not None else "" for r in results] == ["✗ Wrong", "✓ Right"]
    dialog.close()


def test_when_nothing_is_due_the_next_review_day_and_count_are_said(qtbot: QtBot, app: AppRun) -> None:
    _practice(app, {0, 4, 7}, qtbot)
    review = app.window.library_page.review_button
    assert review.text() == "Review due (0)"
    with DialogDriver(qtbot, (titled("Nothing due"), keys(Qt.Key.Key_Return))) as driver:
        app.window.starts.start_review()
    assert "Next review tomorrow, 3 questions." in driver.text()


def test_questions_left_blank_in_a_submitted_exam_come_back_as_misses(qtbot: QtBot, app: AppRun) -> None:
    app.window.start_plan(_exam_plan(app))
    for _ in range(7):
        answer_exam(app, right=True)
    blanks = {app.attempt().plan.items[i].question.id for i in range(7, 10)}
    app.quiz.quiz_actions.request_finish()
    confirm_quiz_dialog(qtbot, app, "submit_dialog")
    assert app.shown() is app.window.results_page
    press(Qt.Key.Key_Escape)
    app.clock.advance(DAY + 1)
    press(Qt.Key.Key_F5)
    assert app.window.library_page.review_button.text() == "Review due (3)"
    assert {i.question.id for i in app.window.spaced_review().review_items()} == blanks


def _exam_plan(app: AppRun) -> AttemptPlan:
    bank = app.services.library.bank(BANK)
    assert bank is not None
    return plan_for_bank(bank, Mode.EXAM, seed=3)


def test_readiness_shows_in_the_library_beside_the_pass_mark_with_its_30_day_curve(qtbot: QtBot, app: AppRun) -> None:
    proxy = app.window.library_page.proxy
    cells = [proxy.index(r, Column.READINESS) for r in range(proxy.rowCount())]
    texts = {str(cell.data()) for cell in cells}
    spoken = {str(cell.data(Qt.ItemDataRole.AccessibleTextRole)) for cell in cells}
    # Never answered: the chance of guessing, one in four (a bank with a true/false question a bit more).
    assert "25%" in texts and "25% · pass 70%" in spoken and all(t.endswith(" · pass 70%") for t in spoken)
    bank = app.services.library.bank(BANK)
    assert bank is not None and all(len(q.choices) == 4 and not q.multiple for q in bank.questions)
    _practice(app, {0, 1}, qtbot)
    ready = app.window.spaced_review().readiness([bank])[BANK]
    # 8 right once (2/3 each) and 2 just missed (retrievability 1 today): (8 * 2/3 + 2) / 10
    assert ready.today == pytest.approx((8 * 2 / 3 + 2) / 10)
    assert ready.projection[0] == ready.today and ready.in_30_days < ready.today
    readiness = app.window.library_page.detail.findChild(QLabel, "detail_readiness")
    assert readiness is not None and readiness.isVisible()
    assert readiness.text().startswith("Readiness 73.3% · pass mark 70% · ")
    assert readiness.text().endswith(f"{display.percent(100 * ready.in_30_days)} in 30 days with no review")


def test_the_retention_setting_explains_the_trade_and_estimates_reviews_off_the_gui_thread(
    qtbot: QtBot, app: AppRun
) -> None:
    _practice(app, {0, 1, 2}, qtbot)
    app.window.menu.retention_action.trigger()
    dialog = app.window.findChild(RetentionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.spin.text() == "90%", "as English writes it beside the dialog's 'At 90%' (it said '90 %')"
    assert "more reviews every day" in dialog.findChildren(QLabel)[1].text()
    qtbot.waitUntil(lambda: "about" in dialog.workload.text(), timeout=10_000)
    assert dialog.workload.text().startswith("At 90%: about ")
    dialog.spin.setValue(85)
    assert "estimating" in dialog.workload.text()  # the GUI thread does not wait for it
    qtbot.waitUntil(lambda: dialog.workload.text().startswith("At 85%: about "), timeout=10_000)
    dialog.accept()
    assert app.window.settings.desired_retention == 0.85
    assert app.services.history.recorder.desired_retention == 0.85


def test_the_history_screen_shows_forecast_retention_and_the_streak(qtbot: QtBot, app: AppRun) -> None:
    first = _practice(app, {0, 1}, qtbot)
    app.clock.advance(DAY)
    second = _practice(app, {2}, qtbot)
    scheduled = len(set(first) | set(second))
    app.window.show_history()
    page = app.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    tab = page.findChild(ReviewStatsTab)
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.status.isVisible(), timeout=10_000)
    assert tab.streak.text().startswith("Current streak: 2 days · 2 days studied")
    assert tab.forecast_label.text().startswith(f"{scheduled} reviews due in the next 30 days")
    table = tab.findChild(QTableWidget, "retention_table")
    assert table is not None and table.rowCount() == 8
    assert sum(tab.calendar.days.values()) == 20


def test_ctrl_and_a_digit_reaches_every_history_tab_the_spaced_review_one_too(
    qtbot: QtBot, app: AppRun
) -> None:
    """The window adds Spaced review after History's own three tabs: Ctrl+4 shows it as
    Ctrl+1…3 show theirs, and its tab names its key as theirs do."""
    _practice(app, {0}, qtbot)
    app.window.show_history()
    page = app.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    tabs = page.tabs
    assert tabs.count() == 4 and isinstance(tabs.widget(3), ReviewStatsTab)
    assert [tabs.tabToolTip(i) for i in range(4)] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    press(Qt.Key.Key_4, CTRL)
    spaced = tabs.widget(3)
    assert isinstance(spaced, ReviewStatsTab) and tabs.currentWidget() is spaced
    assert QApplication.focusWidget() is spaced.forecast  # its first chart, which says what it draws
    press(Qt.Key.Key_1, CTRL)
    assert tabs.currentWidget() is page.attempts_tab
    assert QApplication.focusWidget() is page.attempts_tab.view
    bar = tabs.tabBar()  # a tab laid out while focused is narrower: none keeps that width unfocused
    assert all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width() for i in range(4)), "no tab title cut"
    press(Qt.Key.Key_5, CTRL)  # no fifth tab: nothing changes
    assert tabs.currentWidget() is page.attempts_tab
    press(Qt.Key.Key_2, CTRL)  # Progress takes its stand-in's place; Ctrl+4 still reaches Spaced review
    assert tabs.currentWidget() is page.progress_tab and tabs.tabToolTip(1) == "Ctrl+2"
    press(Qt.Key.Key_4, CTRL)
    assert isinstance(tabs.currentWidget(), ReviewStatsTab)


def test_tab_from_the_tab_bar_goes_into_spaced_review_then_on_to_the_buttons(
    qtbot: QtBot, app: AppRun
) -> None:
    _practice(app, {0}, qtbot)
    app.window.show_history()
    page = app.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    press(Qt.Key.Key_4, CTRL)
    spaced = page.tabs.currentWidget()
    assert isinstance(spaced, ReviewStatsTab)
    page.tabs.tabBar().setFocus(Qt.FocusReason.BacktabFocusReason)
    visited = []
    for _ in range(12):
        press(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is page.export_button:
            break
    assert visited[0] is spaced.forecast, visited[0]  # into the tab's content first
    assert visited[-1] is page.export_button  # then on to the buttons at the top
    assert all(spaced.isAncestorOf(widget) for widget in visited[:-1])


def _open_card_dialog(app: AppRun, button_name: str) -> CardDialog:
    button = app.window.findChild(QPushButton, button_name)
    assert button is not None and button.isVisible()
    for old in app.window.findChildren(CardDialog):
        old.close()
        old.deleteLater()
    button.click()
    dialogs = [d for d in app.window.findChildren(CardDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_the_card_opens_from_results_and_from_most_missed(qtbot: QtBot, app: AppRun) -> None:
    [missed] = _practice(app, {0}, qtbot)
    app.window.results_page.show_result(app.services.result_of(1) or pytest.fail("no attempt 1"), read_only=True)
    app.window.stack.setCurrentWidget(app.window.results_page)
    first = app.window.results_page.review_list.currentIndex().data(Roles.ITEM_OUTCOME)
    dialog = _open_card_dialog(app, "results_card_button")
    assert dialog.windowTitle() == f"Card of {first.item.question.id}"
    dialog.close()

    app.window.show_history()
    page = app.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    page.tabs.setCurrentWidget(page.missed_tab)
    page.missed_tab.view.setCurrentIndex(page.missed_tab.model.index(0, 0))
    dialog = _open_card_dialog(app, "missed_card_button")
    assert dialog.windowTitle() == f"Card of {missed}"
    assert "Stability:" in dialog.figures.text()  # a miss schedules the card
    dialog.close()
