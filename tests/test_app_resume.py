"""Leaving an attempt with Esc and finding it again in the next window on the same data
folder: resume restores answers, flags, position and an exam's time left; "Discard…"
marks it abandoned; "Not now" keeps it for later."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import (
    ALT,
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    answer_exam,
    answer_practice,
    confirm_quiz_dialog,
    focused,
    keys,
    named,
    press,
    titled,
)
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import after_first_show
from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.qtmodels.navigator_model import NavState
from ptquiz_gui.qtmodels.navigator_model import Roles as NavRoles
from ptquiz_gui.views.quiz.session import QuizSession


def start_practice(run: AppRun, row: int) -> None:
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    run.window.library_page.select_row(row)
    press(Qt.Key.Key_Return)
    assert run.shown() is run.quiz


def leave_by_escape(qtbot: QtBot, run: AppRun) -> None:
    press(Qt.Key.Key_Escape)
    text = confirm_quiz_dialog(qtbot, run, "leave_dialog")
    assert "Resume it any time from History or from the bank's details in the library" in text
    assert run.shown() is run.window.library_page


def keep_it_then_not_now(confirm: QWidget) -> None:
    """Keep it in the discard question, then Esc ("Not now") in the list still open under it."""
    listing = confirm.parentWidget()
    press(Qt.Key.Key_K, to=confirm)
    QTimer.singleShot(50, lambda: press(Qt.Key.Key_Escape, to=listing))


def nav_state(run: AppRun, row: int) -> object:
    model = run.quiz.navigator_model
    return model.data(model.index(row), NavRoles.STATE)


@pytest.fixture
def left_practice(qtbot: QtBot, launch: Launcher, data_dir: Path) -> tuple[FakeClock, list[str]]:
    """A practice of pytorch-05 left at question 3: 1 right, 2 wrong, 3 flagged.

    Returns the clock and the question ids in the order that attempt showed them.
    """
    run = launch(data_dir)
    start_practice(run, 4)
    order = [item.question.id for item in run.attempt().plan.items]
    answer_practice(run, right=True)
    answer_practice(run, right=False)
    press(Qt.Key.Key_F)
    leave_by_escape(qtbot, run)
    launch.close(run)
    return run.clock, order


def test_resume_restores_answers_flags_and_position(
    qtbot: QtBot, launch: Launcher, data_dir: Path, left_practice: tuple[FakeClock, list[str]]
) -> None:
    clock, order = left_practice
    clock.advance(3600)
    run = launch(data_dir, clock)
    assert run.shown() is run.window.library_page
    with DialogDriver(qtbot, (named("resume_dialog"), keys(Qt.Key.Key_Return))) as driver:
        after_first_show(run.window, run.services, None)
    bank = run.services.library.bank("pytorch-05")
    assert bank is not None
    title = bank.title
    assert "You have an unfinished attempt." in driver.text()
    assert f"Practice of “{title}”" in driver.text()
    assert "question 3 of 10 · 00:10 elapsed, 2 of 10 questions answered" in driver.text()

    assert run.shown() is run.quiz
    assert run.quiz.choice_list.isAncestorOf(focused())  # one of its choices
    header = run.quiz.header
    assert header.title_label.full_text() == title
    assert header.position_label.text() == "Question 3 of 10"
    assert (header.counts_label.text(), header.flagged_label.text()) == ("2 answered", "1 flagged")
    assert run.quiz.flag_badge.isVisible()
    assert [item.question.id for item in run.attempt().plan.items] == order
    assert [nav_state(run, r) for r in range(3)] == [NavState.CORRECT, NavState.WRONG, NavState.UNANSWERED]

    press(Qt.Key.Key_Left)
    assert header.position_label.text() == "Question 2 of 10"
    assert run.quiz.reasoning_panel.isVisible()
    assert run.quiz.reasoning_panel.verdict_label.text() == "✗ Not quite"
    press(Qt.Key.Key_Left)
    assert run.quiz.reasoning_panel.verdict_label.text() == "✓ Correct"

    # the resumed attempt carries on to a result like any other
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    for _ in range(8):
        answer_practice(run, right=True)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")
    assert run.window.results_page.score_label.text() == "9/10"
    assert run.services.history.reader.unfinished() == []


def test_discard_marks_the_attempt_abandoned_and_it_is_not_offered_again(
    qtbot: QtBot, launch: Launcher, data_dir: Path, left_practice: tuple[FakeClock, list[str]]
) -> None:
    clock, _ = left_practice
    run = launch(data_dir, clock)
    [unfinished] = run.services.history.reader.unfinished()
    with DialogDriver(
        qtbot,
        (named("resume_dialog"), keys((Qt.Key.Key_D, ALT))),
        (titled("Discard attempt?"), keys(Qt.Key.Key_D)),
    ) as driver:
        after_first_show(run.window, run.services, None)
    assert "stay in your history as an abandoned attempt" in driver.text(1)
    assert run.shown() is run.window.library_page
    assert run.services.history.reader.unfinished() == []
    assert run.services.history.reader.summary(unfinished.id).status is Status.ABANDONED
    launch.close(run)

    again = launch(data_dir, clock)
    with DialogDriver(qtbot):  # any dialog here would be unexpected
        after_first_show(again.window, again.services, None)
    assert again.shown() is again.window.library_page


def test_answering_no_to_discard_keeps_the_attempt(
    qtbot: QtBot, launch: Launcher, data_dir: Path, left_practice: tuple[FakeClock, list[str]]
) -> None:
    clock, _ = left_practice
    run = launch(data_dir, clock)
    with DialogDriver(
        qtbot,
        (named("resume_dialog"), keys((Qt.Key.Key_D, ALT))),
        (titled("Discard attempt?"), keep_it_then_not_now),
    ):
        after_first_show(run.window, run.services, None)
    [kept] = run.services.history.reader.unfinished()
    assert kept.answered == 2


def test_not_now_keeps_it_and_the_next_start_offers_it_again(
    qtbot: QtBot, launch: Launcher, data_dir: Path, left_practice: tuple[FakeClock, list[str]]
) -> None:
    clock, _ = left_practice
    run = launch(data_dir, clock)
    with DialogDriver(qtbot, (named("resume_dialog"), keys(Qt.Key.Key_Escape))):
        after_first_show(run.window, run.services, None)
    assert run.shown() is run.window.library_page
    [kept] = run.services.history.reader.unfinished()
    assert (kept.status, kept.answered) == (Status.IN_PROGRESS, 2)
    launch.close(run)

    again = launch(data_dir, clock)
    with DialogDriver(qtbot, (named("resume_dialog"), keys(Qt.Key.Key_Return))):
        after_first_show(again.window, again.services, None)
    assert again.shown() is again.quiz
    assert again.quiz.header.position_label.text() == "Question 3 of 10"


def test_an_exam_clock_does_not_run_while_the_app_is_closed(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run = launch(data_dir)
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    with DialogDriver(qtbot, (named("start_exam_dialog"), keys(Qt.Key.Key_Return))):
        press(Qt.Key.Key_E, CTRL)
    answer_exam(run, right=True, seconds=40)
    run.clock.advance(60)
    run.session().tick()
    assert run.quiz.header.timer_label.text() == "13:20"
    leave_by_escape(qtbot, run)
    launch.close(run)

    run.clock.advance(2 * 3600)
    again = launch(data_dir, run.clock)
    with DialogDriver(qtbot, (named("resume_dialog"), keys(Qt.Key.Key_Return))) as driver:
        after_first_show(again.window, again.services, None)
    assert "Exam of" in driver.text() and "13:20 left" in driver.text()
    assert again.quiz.header.mode_label.text() == "Exam"
    assert again.quiz.header.timer_label.text() == "13:20"
    assert again.quiz.header.position_label.text() == "Question 2 of 10"
    again.clock.advance(20)
    again.session().tick()
    assert again.quiz.header.timer_label.text() == "13:00"


def test_five_attempts_leave_one_session_on_the_window(qtbot: QtBot, app: AppRun) -> None:
    for row in range(5):
        start_practice(app, row)
        answer_practice(app, right=True)
        leave_by_escape(qtbot, app)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    sessions = app.window.findChildren(QuizSession)
    assert len(sessions) == 1, "each new attempt frees the session of the one before"
    assert sessions[0] is app.quiz.session
