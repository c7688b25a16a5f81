"""Resuming while the app runs, as a user would: from the bank's details in the library, from
an in-progress row in History, and by starting a bank that has an unfinished attempt (resume
it or start anew). At start-up every unfinished attempt is listed, not only the newest."""

from __future__ import annotations

from pathlib import Path

from app_fixtures import (
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
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import after_first_show
from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.history_model import Column as HistoryColumn
from ptquiz_gui.views.resume.start_offer import UnfinishedDialog

BANK = "pytorch-05"
BANK_ROW = 4


def choose_bank(run: AppRun, row: int) -> None:
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    run.window.library_page.select_row(row)


def leave(qtbot: QtBot, run: AppRun) -> None:
    press(Qt.Key.Key_Escape)
    confirm_quiz_dialog(qtbot, run, "leave_dialog")
    assert run.shown() is run.window.library_page


def leave_a_practice(qtbot: QtBot, run: AppRun, row: int = BANK_ROW) -> None:
    """Practise the bank at ``row``: one right, one wrong, then leave at question 3."""
    choose_bank(run, row)
    press(Qt.Key.Key_Return)
    assert run.shown() is run.quiz
    answer_practice(run, right=True)
    answer_practice(run, right=False)
    leave(qtbot, run)


def resume_buttons(run: AppRun) -> list[QPushButton]:
    listing = run.window.library_page.detail.unfinished
    return [b for b in listing.resume_buttons if listing.isVisible()]


def position(run: AppRun) -> str:
    return run.quiz.header.position_label.text()


# --- the library's details -------------------------------------------------------------------


def test_the_details_offer_the_left_attempt_and_tab_then_space_resumes_it(
    qtbot: QtBot, app: AppRun
) -> None:
    leave_a_practice(qtbot, app)
    [button] = resume_buttons(app)
    assert button.text() == "Resume practice · question 3 of 10 · 00:10 elapsed"
    assert focused() is app.window.library_page.view
    press(Qt.Key.Key_Tab)
    assert focused() is button, "Tab goes from the list straight to Resume"
    press(Qt.Key.Key_Space)
    assert app.shown() is app.quiz
    assert position(app) == "Question 3 of 10"
    assert app.quiz.header.counts_label.text() == "2 answered"
    assert app.attempt().plan.bank_id == BANK


def test_an_exam_left_shows_its_time_left_and_other_banks_show_nothing(qtbot: QtBot, app: AppRun) -> None:
    choose_bank(app, BANK_ROW)
    with DialogDriver(qtbot, (named("start_exam_dialog"), keys(Qt.Key.Key_Return))):
        press(Qt.Key.Key_E, CTRL)
    answer_exam(app, right=True, seconds=40)
    leave(qtbot, app)
    [button] = resume_buttons(app)
    assert button.text() == "Resume exam · question 2 of 10 · 14:20 left"
    app.window.library_page.select_row(0)
    assert resume_buttons(app) == []


def test_discard_in_the_details_asks_and_ends_the_attempt(qtbot: QtBot, app: AppRun) -> None:
    leave_a_practice(qtbot, app)
    [left] = app.services.history.reader.unfinished()
    discard = app.window.library_page.detail.unfinished.discard_buttons[0]
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focused() is discard
    with DialogDriver(qtbot, (titled("Discard attempt?"), keys(Qt.Key.Key_K))):
        press(Qt.Key.Key_Space)
    assert len(resume_buttons(app)) == 1, "Keep it keeps it"
    with DialogDriver(qtbot, (titled("Discard attempt?"), keys(Qt.Key.Key_D))) as driver:
        discard.click()
    assert "abandoned" in driver.text()
    assert resume_buttons(app) == []
    assert app.services.history.reader.summary(left.id).status is Status.ABANDONED


# --- History -----------------------------------------------------------------------------------


def open_history(run: AppRun) -> None:
    press(Qt.Key.Key_H, CTRL)
    page = run.window.stack.currentWidget()
    assert page is not None and page.objectName() == "history_page"


def test_an_in_progress_row_in_history_opens_into_resume(qtbot: QtBot, app: AppRun) -> None:
    leave_a_practice(qtbot, app)
    open_history(app)
    tab = app.window.findChild(QWidget, "attempts_tab")
    open_button = tab.findChild(QPushButton, "open_attempt_button") if tab is not None else None
    assert open_button is not None
    assert open_button.isEnabled() and open_button.text() == "&Resume or discard…"
    with DialogDriver(qtbot, (named("unfinished_attempt_dialog"), keys(Qt.Key.Key_Return))) as driver:
        press(Qt.Key.Key_Return)
    assert "question 3 of 10" in driver.text() and "2 of 10 questions answered" in driver.text()
    assert app.shown() is app.quiz
    assert position(app) == "Question 3 of 10"


def test_an_in_progress_row_in_history_can_be_discarded_there(qtbot: QtBot, app: AppRun) -> None:
    leave_a_practice(qtbot, app)
    open_history(app)
    with DialogDriver(
        qtbot,
        (named("unfinished_attempt_dialog"), keys(Qt.Key.Key_D)),
        (titled("Discard attempt?"), keys(Qt.Key.Key_D)),
    ):
        press(Qt.Key.Key_Return)
    page = app.window.stack.currentWidget()
    assert page is not None and page.objectName() == "history_page"
    model = app.window.findChild(QWidget, "history_table")
    assert model is not None
    index = model.model().index(0, HistoryColumn.STATUS)  # type: ignore[attr-defined]
    assert index.data() == "Abandoned"
    assert app.services.history.reader.unfinished() == []


# --- starting the bank again ---------------------------------------------------------------------


def test_starting_the_bank_again_asks_and_resume_carries_on(qtbot: QtBot, app: AppRun) -> None:
    leave_a_practice(qtbot, app)
    with DialogDriver(qtbot, (named("resume_or_new_dialog"), keys(Qt.Key.Key_Return))) as driver:
        press(Qt.Key.Key_Return)  # Enter on the bank: practice
    assert "You have an unfinished attempt: Practice of “" in driver.text()
    assert "start a new practice" in driver.text()
    assert app.shown() is app.quiz
    assert position(app) == "Question 3 of 10"
    assert len(app.services.history.reader.unfinished()) == 1, "nothing new was started"


def test_start_new_keeps_the_unfinished_one_and_cancel_starts_nothing(qtbot: QtBot, app: AppRun) -> None:
    leave_a_practice(qtbot, app)
    [old] = app.services.history.reader.unfinished()
    with DialogDriver(qtbot, (named("resume_or_new_dialog"), keys(Qt.Key.Key_S))):
        press(Qt.Key.Key_Return)
    assert app.shown() is app.quiz
    assert position(app) == "Question 1 of 10"
    assert app.attempt().attempt_id != old.id
    answer_practice(app, right=True)
    leave(qtbot, app)
    assert len(resume_buttons(app)) == 2, "both are listed in the details"

    with DialogDriver(qtbot, (named("resume_or_new_dialog"), keys(Qt.Key.Key_Escape))) as driver:
        press(Qt.Key.Key_E, CTRL)
    assert "1 more unfinished attempt" in driver.text()
    assert app.shown() is app.window.library_page
    assert len(app.services.history.reader.unfinished()) == 2

    with DialogDriver(
        qtbot,
        (named("resume_or_new_dialog"), keys(Qt.Key.Key_S)),
        (named("start_exam_dialog"), keys(Qt.Key.Key_Return)),
    ):
        press(Qt.Key.Key_E, CTRL)
    assert app.attempt().mode is Mode.EXAM
    assert position(app) == "Question 1 of 10"


# --- at start-up --------------------------------------------------------------------------------


def test_every_unfinished_attempt_is_listed_at_start_and_any_one_resumes(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run = launch(data_dir)
    for row in (0, 1, 2):
        leave_a_practice(qtbot, run, row)
    left = [s.bank_id for s in run.services.history.reader.unfinished()]  # newest first
    assert len(left) == 3
    launch.close(run)

    again = launch(data_dir, run.clock)
    seen: list[int] = []

    def second_one(dialog: QWidget) -> None:
        assert isinstance(dialog, UnfinishedDialog)
        seen.append(len(dialog.rows.resume_buttons))
        keys(Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)(dialog)  # past the first row's Discard…

    with DialogDriver(qtbot, (named("resume_dialog"), second_one)) as driver:
        after_first_show(again.window, again.services, None)
    assert seen == [3]
    assert "You have 3 unfinished attempts." in driver.text()
    for bank_id in left:
        bank = again.services.library.bank(bank_id)
        assert bank is not None and f"of “{bank.title}”" in driver.text()
    assert again.shown() is again.quiz
    assert again.attempt().plan.bank_id == left[1]
    assert position(again) == "Question 3 of 10"


def test_discarding_one_in_the_start_list_keeps_the_others_listed(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run = launch(data_dir)
    for row in (0, 1):
        leave_a_practice(qtbot, run, row)
    newest, oldest = run.services.history.reader.unfinished()
    launch.close(run)

    again = launch(data_dir, run.clock)
    counts: list[int] = []

    def then_not_now(confirm: QWidget) -> None:
        listing = confirm.parentWidget()
        assert isinstance(listing, UnfinishedDialog)
        press(Qt.Key.Key_D, to=confirm)  # clicks Discard a moment later, as a mnemonic does

        def not_now() -> None:
            if QApplication.activeModalWidget() is not listing:  # the question is still open
                QTimer.singleShot(20, not_now)
                return
            counts.append(len(listing.rows.resume_buttons))
            keys(Qt.Key.Key_Escape)(listing)

        QTimer.singleShot(20, not_now)

    with DialogDriver(
        qtbot,
        (named("resume_dialog"), keys(Qt.Key.Key_Tab, Qt.Key.Key_Space)),  # the first row's Discard…
        (titled("Discard attempt?"), then_not_now),
    ):
        after_first_show(again.window, again.services, None)
    assert counts == [1]
    assert again.shown() is again.window.library_page
    assert [s.id for s in again.services.history.reader.unfinished()] == [oldest.id]
    assert again.services.history.reader.summary(newest.id).status is Status.ABANDONED
