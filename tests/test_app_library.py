"""The library screen of the real window, driven by keyboard: finding a bank, starting
practice, exams and mixed exams, the results and retry loop, spaced review, and bank
files that fail to load."""

from __future__ import annotations

import re
from dataclasses import replace
import shutil
from pathlib import Path

from app_fixtures import (
    ALT,
    CTRL,
    SHIFT,
    AppRun,
    DialogDriver,
    Launcher,
    answer_exam,
    answer_practice,
    confirm_quiz_dialog,
    focused,
    keys,
    named,
    pick,
    press,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.plan import Mode, PlanKind
from ptquiz_gui.qtmodels.library_model import Column, Roles

BANK_IDS = [f"pytorch-{n:02d}" for n in range(1, 13)]
BAD_BANKS = Path(__file__).parent / "data" / "bad_banks"


def rows(run: AppRun) -> list[dict[Column, str]]:
    """The library list as shown: one dict of column texts per visible row."""
    proxy = run.window.library_page.proxy
    return [
        {c: str(proxy.index(r, c).data(Qt.ItemDataRole.DisplayRole)) for c in Column}
        for r in range(proxy.rowCount())
    ]


def row_ids(run: AppRun) -> list[str]:
    proxy = run.window.library_page.proxy
    return [str(proxy.index(r, 0).data(Roles.BANK_ID)) for r in range(proxy.rowCount())]


def detail_title(run: AppRun) -> str:
    label = run.window.library_page.detail.findChild(QLabel, "detail_title")
    assert label is not None
    return label.text()


def title_of(run: AppRun, bank_id: str) -> str:
    bank = run.services.library.bank(bank_id)
    assert bank is not None
    return bank.title


def to_list(run: AppRun) -> None:
    """From the search box, Enter moves into the list (the window opens with the search focused)."""
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    assert focused() is run.window.library_page.view


def header_title(run: AppRun) -> str:
    return run.quiz.header.title_label.full_text()


def position(run: AppRun) -> str:
    return run.quiz.header.position_label.text()


# --- finding a bank ------------------------------------------------------------------------


def test_library_lists_the_bundled_banks(app: AppRun) -> None:
    assert app.window.windowTitle() == "Exam practice"  # Qt adds " — PTQuiz" on screen, once
    assert app.shown() is app.window.library_page
    shown = rows(app)
    assert row_ids(app) == BANK_IDS, "bundled banks come in course order"
    assert [r[Column.QUESTIONS] for r in shown] == ["10"] * 12
    assert all(r[Column.BEST] == "—" and r[Column.LAST] == "never" for r in shown)
    assert [r[Column.TITLE] for r in shown] == [title_of(app, i) for i in BANK_IDS]
    assert not app.window.library_page.problems.isVisible()
    review = app.window.library_page.review_button
    assert review.text() == "Review due (0)" and not review.isEnabled()


def test_search_filters_and_arrows_follow_in_the_detail_pane(app: AppRun) -> None:
    page = app.window.library_page
    page.view.setFocus()
    press(Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    type_text("pruning")
    assert row_ids(app) == ["pytorch-12"]
    assert detail_title(app) == title_of(app, "pytorch-12")
    press(Qt.Key.Key_A, CTRL)
    type_text("dataloader")
    assert row_ids(app) == ["pytorch-02", "pytorch-03", "pytorch-08"]
    type_text(" pinned")
    assert row_ids(app) == ["pytorch-08"], "every word must match"
    type_text("zzz")
    assert row_ids(app) == []
    assert detail_title(app) == "No bank selected"
    assert not page.detail.practice_button.isEnabled()

    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Backspace)
    assert row_ids(app) == BANK_IDS
    press(Qt.Key.Key_Return)
    assert focused() is page.view
    page.select_row(0)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert page.current_bank_id() == "pytorch-03"
    assert detail_title(app) == title_of(app, "pytorch-03")
    press(Qt.Key.Key_Up)
    assert page.current_bank_id() == "pytorch-02"
    assert detail_title(app) == title_of(app, "pytorch-02")
    facts = page.detail.findChild(QLabel, "detail_facts")
    assert facts is not None
    assert facts.text() == "10 questions · exam time 15 min · pass mark 70% · bundled"


def test_enter_on_the_list_starts_practice_of_the_selected_bank(app: AppRun) -> None:
    to_list(app)
    app.window.library_page.select_row(0)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert app.shown() is app.quiz
    assert header_title(app) == title_of(app, "pytorch-03")
    assert app.quiz.header.mode_label.text() == "Practice"
    assert position(app) == "Question 1 of 10"
    assert app.quiz.header.clock_caption.text() == "Elapsed"
    assert app.quiz.choice_list.isAncestorOf(focused())  # one of its choices
    assert app.attempt().plan.bank_id == "pytorch-03"


def test_ctrl_e_opens_the_exam_dialog_and_enter_starts_a_timed_exam(qtbot: QtBot, app: AppRun) -> None:
    to_list(app)
    app.window.library_page.select_row(3)
    with DialogDriver(qtbot, (named("start_exam_dialog"), keys(Qt.Key.Key_Return))) as driver:
        press(Qt.Key.Key_E, CTRL)
    assert driver.dialog().windowTitle() == "Start exam"
    assert app.shown() is app.quiz
    header = app.quiz.header
    assert header_title(app) == title_of(app, "pytorch-04")
    assert header.mode_label.text() == "Exam"
    assert position(app) == "Question 1 of 10"
    assert (header.clock_caption.text(), header.timer_label.text()) == ("Time left", "15:00")
    assert not header.pause_button.isVisible(), "an exam cannot be paused"
    app.clock.advance(75)
    app.session().tick()
    assert header.timer_label.text() == "13:45"


def test_escape_in_the_exam_dialog_starts_nothing(qtbot: QtBot, app: AppRun) -> None:
    to_list(app)
    with DialogDriver(qtbot, (named("start_exam_dialog"), keys(Qt.Key.Key_Escape))):
        press(Qt.Key.Key_E, CTRL)
    assert app.shown() is app.window.library_page
    assert app.services.history.reader.unfinished() == []


def test_mixed_exam_from_two_selected_banks(qtbot: QtBot, app: AppRun) -> None:
    page = app.window.library_page
    to_list(app)
    page.select_row(0)
    press(Qt.Key.Key_Down, SHIFT)
    assert page.selected_bank_ids() == ["pytorch-01", "pytorch-02"]
    assert page.detail.mixed_button.text() == "&Mixed exam from 2 banks…"

    def twelve_questions(dialog: object) -> None:
        press(Qt.Key.Key_Backtab)  # from the time limit back to the question count
        assert focused().objectName() == "exam_count"
        press(Qt.Key.Key_A, CTRL)
        type_text("12")
        press(Qt.Key.Key_Return)

    with DialogDriver(qtbot, (named("start_exam_dialog"), twelve_questions)) as driver:
        press(Qt.Key.Key_M, ALT)
    dialog = driver.dialog()
    heading = dialog.findChild(QLabel)
    assert heading is not None and heading.text().startswith("Mixed exam: ")
    assert app.shown() is app.quiz
    plan = app.attempt().plan
    assert plan.kind is PlanKind.MIXED and plan.mode is Mode.EXAM
    assert position(app) == "Question 1 of 12"
    assert header_title(app) == f"Mixed exam: {title_of(app, 'pytorch-01')}, {title_of(app, 'pytorch-02')}"
    assert {item.bank_id for item in plan.items} == {"pytorch-01", "pytorch-02"}
    assert len({(i.bank_id, i.question.id) for i in plan.items}) == 12
    assert app.window.settings.mixed_count == 12, "the count is remembered for next time"


def test_a_reload_keeps_the_current_bank_and_a_selection_of_several(app: AppRun) -> None:
    page = app.window.library_page
    to_list(app)
    page.select_row(4)
    press(Qt.Key.Key_Down, SHIFT)
    press(Qt.Key.Key_Down, SHIFT)
    assert page.selected_bank_ids() == ["pytorch-05", "pytorch-06", "pytorch-07"]
    app.window.settings = replace(app.window.settings, last_bank_id="pytorch-02")
    press(Qt.Key.Key_F5)  # View → Reload banks
    assert page.current_bank_id() == "pytorch-07"
    assert page.selected_bank_ids() == ["pytorch-05", "pytorch-06", "pytorch-07"]
    assert page.detail.mixed_button.text() == "&Mixed exam from 3 banks…"
    press(Qt.Key.Key_Down)  # one bank again
    app.window.show_banks()  # as when the history opens after the first paint
    assert page.selected_bank_ids() == ["pytorch-08"]


def test_ctrl_held_in_the_search_box_leaves_the_current_bank_selected(app: AppRun) -> None:
    page = app.window.library_page
    press(Qt.Key.Key_F, CTRL)
    type_text("tensor")
    shown = page.current_bank_id()
    assert shown and page.selected_bank_ids() == [shown]
    press(Qt.Key.Key_Backspace, CTRL)  # deletes the word: the search changes with Ctrl held
    assert page.search.text() == ""
    assert page.selected_bank_ids() == [page.current_bank_id()]
    assert page.view.selectionModel().isRowSelected(page.view.currentIndex().row())


def test_a_search_that_matches_nothing_says_so_under_the_list(app: AppRun) -> None:
    page = app.window.library_page
    press(Qt.Key.Key_F, CTRL)
    type_text("<b>zzz</b>")
    assert page.proxy.rowCount() == 0
    assert not page.empty_label.isHidden()
    assert page.empty_label.text() == "No bank matches “<b>zzz</b>”. Esc clears the search."
    assert page.empty_label.textFormat() == Qt.TextFormat.PlainText  # the search as typed, never markup
    press(Qt.Key.Key_Escape)
    assert page.proxy.rowCount() == 12 and page.empty_label.isHidden()


# --- a whole attempt -----------------------------------------------------------------------


def test_practice_to_results_retry_and_back_to_a_library_with_the_best_score(
    qtbot: QtBot, app: AppRun
) -> None:
    to_list(app)
    app.window.library_page.select_row(0)
    press(Qt.Key.Key_Return)
    assert header_title(app) == title_of(app, "pytorch-01")
    wrong_positions = {2, 5, 9}
    missed = []
    for n in range(10):
        assert position(app) == f"Question {n + 1} of 10"
        if n in wrong_positions:
            missed.append(app.attempt().item.question.id)
        if n < 9:
            answer_practice(app, right=n not in wrong_positions)
    # the last question: check it, then Enter asks to finish and Enter confirms
    press(Qt.Key.Key_Return)
    assert app.quiz.status_label.text().startswith("Choose an answer first")
    app.clock.advance(5)
    pick(app, right=False)
    press(Qt.Key.Key_Return)
    assert app.quiz.reasoning_panel.hint_label.text() == "Press Enter to finish"
    press(Qt.Key.Key_Return)
    text = confirm_quiz_dialog(qtbot, app, "submit_dialog")
    assert "Every question is answered." in text
    finished_at = app.clock.now()

    results = app.window.results_page
    assert app.shown() is results
    assert results.score_label.text() == "7/10"
    assert results.percent_label.text() == "70%"
    assert results.verdict_label.text() == "Passed"
    assert results.retry_button.text() == "Retry 3 wrong (R)"
    assert focused() is results.review_list, "Up/Down walk the review at once"

    press(Qt.Key.Key_R)
    assert app.shown() is app.quiz
    retry = app.attempt().plan
    assert retry.kind is PlanKind.RETRY and retry.mode is Mode.PRACTICE
    assert header_title(app) == "Retry: " + title_of(app, "pytorch-01")
    assert position(app) == "Question 1 of 3"
    assert sorted(i.question.id for i in retry.items) == sorted(missed)
    for _ in range(2):
        answer_practice(app, right=True)
    pick(app, right=True)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    confirm_quiz_dialog(qtbot, app, "submit_dialog")
    assert results.score_label.text() == "3/3"

    press(Qt.Key.Key_Escape)
    assert app.shown() is app.window.library_page
    first = rows(app)[0]
    assert first[Column.BEST] == "70%", "a retry of a few questions is not a score for the bank"
    assert first[Column.LAST] == finished_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert all(r[Column.BEST] == "—" for r in rows(app)[1:])
    facts = app.window.library_page.detail.findChild(QLabel, "detail_facts")
    assert facts is not None and facts.text().endswith("best 70% in 1 attempt")
    assert app.window.library_page.current_bank_id() == "pytorch-01"


def test_a_question_missed_in_an_exam_comes_back_for_review_a_day_later(qtbot: QtBot, app: AppRun) -> None:
    to_list(app)
    app.window.library_page.select_row(1)
    with DialogDriver(qtbot, (named("start_exam_dialog"), keys(Qt.Key.Key_Return))):
        press(Qt.Key.Key_E, CTRL)
    missed, missed_text = "", ""
    for n in range(10):
        if n == 4:
            missed = app.attempt().item.question.id
            missed_text = app.quiz.prompt_view.document().toPlainText()
        answer_exam(app, right=n != 4)
    confirm_quiz_dialog(qtbot, app, "submit_dialog")  # Enter on the last question asks to submit
    assert app.window.results_page.score_label.text() == "9/10"
    press(Qt.Key.Key_Escape)
    review = app.window.library_page.review_button
    assert review.text() == "Review due (0)" and not review.isEnabled()

    app.clock.advance(24 * 3600 + 1)
    press(Qt.Key.Key_F5)  # View → Reload banks
    assert review.text() == "Review due (1)" and review.isEnabled()
    press(Qt.Key.Key_R, CTRL)
    assert app.shown() is app.quiz
    assert app.attempt().plan.kind is PlanKind.REVIEW
    assert header_title(app) == "Review due (1)"
    assert position(app) == "Question 1 of 1"
    assert [item.question.id for item in app.attempt().plan.items] == [missed]
    assert app.quiz.prompt_view.document().toPlainText() == missed_text


# --- bank files that fail ------------------------------------------------------------------


def test_a_bad_bank_file_is_listed_with_its_position_and_the_rest_load(
    launch: Launcher, data_dir: Path
) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    bad = banks / "broken.yaml"
    shutil.copy(BAD_BANKS / "syntax_unclosed_quote.yaml", bad)
    run = launch(data_dir)
    panel = run.window.library_page.problems
    assert panel.isVisible()
    assert panel.title() == "Problems (1)"
    lines = panel.lines()
    assert len(lines) == 1
    assert re.fullmatch(rf"{re.escape(str(bad))}:\d+:\d+: .+", lines[0]), lines[0]
    assert row_ids(run) == BANK_IDS

    bad.unlink()
    press(Qt.Key.Key_F5)
    assert not panel.isVisible()
