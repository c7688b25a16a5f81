"""The quiz screen driven by keyboard, as a user would: practice, exam, time-out, leaving.

The sample bank keeps file order (no shuffle): q1 key A, q2 key B, q3 key A (True/False),
q4 key B.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from helpers.screen_text import read
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from quiz_fixtures import make_attempt

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.result import Outcome, Result
from ptquiz_gui.qtmodels.choice_model import ChoiceState
from ptquiz_gui.qtmodels.navigator_model import NavState
from ptquiz_gui.qtmodels.navigator_model import Roles as NavRoles
from ptquiz_gui.views.quiz.dialogs import LEAVE_TEXT
from ptquiz_gui.views.quiz.keys import key_hints
from ptquiz_gui.views.quiz.quiz_page import QuizPage
from ptquiz_gui.views.quiz.session import QuizSession
from ptquiz_gui.views.results.results_page import ResultsPage

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Running:
    page: QuizPage
    session: QuizSession
    clock: FakeClock


pytestmark = pytest.mark.usefixtures("english")  # conftest: the window's English catalogue


def _start(qtbot: QtBot, mode: Mode, time_limit: int = 400) -> Running:
    clock = FakeClock()
    session = QuizSession(make_attempt(mode, clock, time_limit=time_limit))
    page = QuizPage()
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.start(session)
    page.show()
    qtbot.waitExposed(page)
    return Running(page, session, clock)


@pytest.fixture
def practice(qtbot: QtBot) -> Iterator[Running]:
    yield _start(qtbot, Mode.PRACTICE)


@pytest.fixture
def exam(qtbot: QtBot) -> Iterator[Running]:
    yield _start(qtbot, Mode.EXAM)


def _key(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifier)


def _states(page: QuizPage) -> list[ChoiceState]:
    model = page.choice_model
    return [model.state(r) for r in range(model.rowCount())]


def _nav(page: QuizPage, row: int, role: NavRoles) -> object:
    model = page.navigator_model
    return model.data(model.index(row), role)


def _dialog(qtbot: QtBot, page: QuizPage, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: page.open_dialog() is not None and page.open_dialog().isVisible())
    dialog = page.open_dialog()
    assert dialog is not None and dialog.objectName() == name
    return dialog


def _dialog_text(dialog: QMessageBox) -> str:
    return f"{dialog.text()}\n{dialog.informativeText()}"


def _position(page: QuizPage) -> str:
    return page.header.position_label.text()


# --- practice -----------------------------------------------------------------------------


def test_full_practice_attempt_by_keyboard(qtbot: QtBot, practice: Running) -> None:
    page, session, clock = practice.page, practice.session, practice.clock
    assert _position(page) == "Question 1 of 4"
    assert "What does this print?" in page.prompt_view.document().toPlainText()
    assert page.hints_label.isVisible()
    assert read(page.hints_label.text()).startswith("1–4 / A–D choose · Enter check / next")

    # choose with a digit, change the mind with a letter; nothing is revealed yet
    _key(qtbot, page, Qt.Key.Key_3)
    assert _states(page) == [ChoiceState.NORMAL, ChoiceState.NORMAL, ChoiceState.SELECTED, ChoiceState.NORMAL]
    _key(qtbot, page, Qt.Key.Key_A)
    assert _states(page)[0] is ChoiceState.SELECTED
    assert not page.reasoning_panel.isVisible()

    # Enter confirms and shows the reasoning
    _key(qtbot, page, Qt.Key.Key_Return)
    assert page.reasoning_panel.isVisible()
    assert page.reasoning_panel.verdict_label.text() == "✓ Correct"
    assert page.reasoning_panel.key_label.text() == "Answer: A — tensor([1., 2.])"
    assert "halves each value" in page.reasoning_panel.explanation.document().toPlainText()
    assert _states(page)[0] is ChoiceState.CORRECT_PICK
    assert _nav(page, 0, NavRoles.STATE) is NavState.CORRECT

    # Enter again moves on; a wrong answer says so in words and shows the key
    _key(qtbot, page, Qt.Key.Key_Return)
    assert _position(page) == "Question 2 of 4"
    assert not page.reasoning_panel.isVisible()
    _key(qtbot, page.choice_list, Qt.Key.Key_1)  # keys sent to the focused list reach the page
    _key(qtbot, page.choice_list, Qt.Key.Key_Enter)
    assert page.reasoning_panel.verdict_label.text() == "✗ Not quite"
    assert page.reasoning_panel.key_label.text() == "Answer: B — model.to('cuda')"
    assert page.reasoning_panel.picked_label.text() == "You chose: A — model.gpu()"
    assert _states(page)[:2] == [ChoiceState.WRONG_PICK, ChoiceState.KEY]
    _key(qtbot, page, Qt.Key.Key_2)
    assert _states(page)[:2] == [ChoiceState.WRONG_PICK, ChoiceState.KEY], "a checked answer is final"

    # F flags, and the navigator shows it
    _key(qtbot, page, Qt.Key.Key_F)
    assert _nav(page, 1, NavRoles.FLAGGED) is True
    assert _nav(page, 1, NavRoles.STATE) is NavState.WRONG
    assert page.flag_badge.isVisible()
    assert page.flag_button.isChecked()

    # P pauses: the question is hidden and the clock stops
    clock.advance(20)
    session.tick()
    before = page.header.timer_label.text()
    _key(qtbot, page, Qt.Key.Key_P)
    assert not page.prompt_view.isVisible()
    assert not page.choice_list.isVisible()
    assert page.pause_overlay.isVisible()
    assert page.pause_overlay.title.text() == "Paused — press P to resume"
    clock.advance(300)
    session.tick()
    assert page.header.timer_label.text() == before
    _key(qtbot, page, Qt.Key.Key_1)
    assert session.attempt.current == 1, "keys do nothing to the hidden question"
    _key(qtbot, page, Qt.Key.Key_P)
    assert page.prompt_view.isVisible()

    # question 3 right; question 4 left unanswered
    _key(qtbot, page, Qt.Key.Key_Return)
    assert _position(page) == "Question 3 of 4"
    assert read(page.hints_label.text()).startswith("1–2 / A–B choose")
    _key(qtbot, page, Qt.Key.Key_1)
    _key(qtbot, page, Qt.Key.Key_Return)
    assert page.reasoning_panel.verdict_label.text() == "✓ Correct"

    # Ctrl+Enter asks, with the counts; Enter in the dialog confirms
    _key(qtbot, page, Qt.Key.Key_Return, CTRL)
    dialog = _dialog(qtbot, page, "submit_dialog")
    assert "1 question unanswered" in _dialog_text(dialog)
    assert "1 flagged" in _dialog_text(dialog)
    with qtbot.waitSignal(page.attempt_finished) as finished:
        _key(qtbot, dialog, Qt.Key.Key_Return)
    result = finished.args[0] if finished.args else None
    assert isinstance(result, Result)
    assert (result.score, result.total) == (2, 4)
    assert [o.outcome for o in result.outcomes] == [
        Outcome.CORRECT,
        Outcome.WRONG,
        Outcome.CORRECT,
        Outcome.UNANSWERED,
    ]
    assert result.outcomes[1].flagged
    assert not result.timed_out


def test_enter_without_a_choice_asks_for_one(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    _key(qtbot, page, Qt.Key.Key_Return)
    assert page.status_label.text() == "Choose an answer first (1–4 / A–D)."
    assert not practice.session.attempt.is_committed()
    _key(qtbot, page, Qt.Key.Key_8)
    assert page.status_label.text() == "This question has 4 choices (1–4 / A–D)."


def test_up_down_and_space_pick_in_the_focused_list(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    page.choice_list.setFocus()
    _key(qtbot, page.choice_list, Qt.Key.Key_Down)
    _key(qtbot, page.choice_list, Qt.Key.Key_Down)
    selected = practice.session.attempt.selected()
    assert selected is not None and _states(page)[selected] is ChoiceState.SELECTED
    _key(qtbot, page.choice_list, Qt.Key.Key_Up)
    assert practice.session.attempt.selected() == selected - 1
    assert not practice.session.attempt.is_committed()


def test_mouse_click_picks_and_double_click_checks(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    choice = page.choice_list.button(1)
    centre = choice.rect().center()
    QTest.mouseClick(choice, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert _states(page)[1] is ChoiceState.SELECTED
    assert choice.isChecked() and not page.choice_list.button(0).isChecked()
    assert page.primary_button.isEnabled()
    QTest.mouseDClick(choice, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert page.reasoning_panel.isVisible()
    assert page.reasoning_panel.verdict_label.text() == "✗ Not quite"


def test_long_choices_wrap_and_every_row_is_shown(qtbot: QtBot) -> None:
    running = _start(qtbot, Mode.PRACTICE)
    page = running.page
    long_text = "a very long answer that keeps going " * 20
    page.choice_model.show([long_text, "short"], None, None)
    view = page.choice_list
    first, second = view.button(0), view.button(1)
    three_lines = 3 * view.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: first.height() > second.height() + three_lines)
    assert first.isVisible() and second.isVisible()
    assert view.height() >= first.height() + second.height()
    assert second.geometry().top() >= first.geometry().bottom(), "the rows do not overlap"


def test_a_long_choice_is_measured_again_when_the_width_changes(qtbot: QtBot) -> None:
    running = _start(qtbot, Mode.PRACTICE)
    page = running.page
    page.choice_model.show(
        ["a long answer that wraps onto more lines when narrower " * 6, "short"], None, None
    )
    view = page.choice_list
    first = view.button(0)
    qtbot.waitUntil(lambda: first.height() > view.button(1).height())
    wide = first.height()
    page.resize(page.width() // 2, page.height())
    qtbot.waitUntil(lambda: first.height() > wide)


# --- exam ---------------------------------------------------------------------------------


def test_full_exam_by_keyboard_reveals_nothing(qtbot: QtBot, exam: Running) -> None:
    page = exam.page
    assert page.header.clock_caption.text() == "Time left"
    assert page.header.timer_label.text() == "06:40"
    assert not page.header.pause_button.isVisible()
    assert read(page.hints_label.text()).startswith("1–4 / A–D choose · Enter next")

    _key(qtbot, page, Qt.Key.Key_B)  # wrong, but nothing says so
    assert _states(page) == [ChoiceState.NORMAL, ChoiceState.SELECTED, ChoiceState.NORMAL, ChoiceState.NORMAL]
    assert not page.reasoning_panel.isVisible()
    assert _nav(page, 0, NavRoles.STATE) is NavState.ANSWERED
    _key(qtbot, page, Qt.Key.Key_C)  # an exam answer may change until submitted
    assert _states(page)[2] is ChoiceState.SELECTED

    _key(qtbot, page, Qt.Key.Key_Right)
    assert _position(page) == "Question 2 of 4"
    _key(qtbot, page, Qt.Key.Key_PageDown)
    assert _position(page) == "Question 3 of 4"
    _key(qtbot, page, Qt.Key.Key_PageUp)
    assert _position(page) == "Question 2 of 4"
    _key(qtbot, page, Qt.Key.Key_Left)
    assert _position(page) == "Question 1 of 4"
    _key(qtbot, page, Qt.Key.Key_Return)  # in an exam Enter moves on
    assert _position(page) == "Question 2 of 4"

    _key(qtbot, page, Qt.Key.Key_P)
    assert page.status_label.text() == "An exam cannot be paused; its clock keeps running."
    assert page.prompt_view.isVisible()
    _key(qtbot, page, Qt.Key.Key_2)  # right
    _key(qtbot, page, Qt.Key.Key_F)
    assert _nav(page, 1, NavRoles.FLAGGED) is True
    assert not page.reasoning_panel.isVisible()
    assert all(_nav(page, r, NavRoles.STATE) is not NavState.WRONG for r in range(4))

    _key(qtbot, page, Qt.Key.Key_Return, CTRL)
    dialog = _dialog(qtbot, page, "submit_dialog")
    assert dialog.windowTitle() == "Submit exam?"
    assert "2 questions unanswered: they score no points." in _dialog_text(dialog)
    assert "1 flagged for review." in _dialog_text(dialog)
    with qtbot.assertNotEmitted(page.attempt_finished):
        _key(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.open_dialog() is None)
    assert not exam.session.attempt.finished

    _key(qtbot, page.choice_list, Qt.Key.Key_Enter, CTRL)
    dialog = _dialog(qtbot, page, "submit_dialog")
    with qtbot.waitSignal(page.attempt_finished) as finished:
        _key(qtbot, dialog, Qt.Key.Key_Enter)
    result = finished.args[0] if finished.args else None
    assert isinstance(result, Result)
    assert (result.score, result.count(Outcome.WRONG), result.count(Outcome.UNANSWERED)) == (1, 1, 2)


def test_exam_clock_warns_in_the_last_tenth(qtbot: QtBot, exam: Running) -> None:
    header = exam.page.header
    exam.clock.advance(359)
    exam.session.tick()
    assert header.timer_label.text() == "00:41"
    assert not header.warning
    exam.clock.advance(1)
    exam.session.tick()
    assert header.timer_label.text() == "00:40"
    assert header.warning
    assert header.timer_label.property("warning") is True
    assert header.timer_label.isVisible()


def test_exam_submits_itself_at_zero_and_results_show(qtbot: QtBot, exam: Running) -> None:
    page, session, clock = exam.page, exam.session, exam.clock
    results = ResultsPage()
    qtbot.addWidget(results)
    page.attempt_finished.connect(results.show_result)
    _key(qtbot, page, Qt.Key.Key_A)  # right
    _key(qtbot, page, Qt.Key.Key_Right)
    _key(qtbot, page, Qt.Key.Key_A)  # wrong
    _key(qtbot, page, Qt.Key.Key_Return, CTRL)  # a submit dialog is open when time runs out
    _dialog(qtbot, page, "submit_dialog")
    clock.advance(401)
    with qtbot.waitSignal(page.attempt_finished) as finished:
        session.tick()
    result = finished.args[0] if finished.args else None
    assert isinstance(result, Result)
    assert result.timed_out
    assert (result.score, result.total) == (1, 4)
    assert result.count(Outcome.UNANSWERED) == 2
    assert page.open_dialog() is None
    results.show()
    qtbot.waitExposed(results)
    assert results.findChild(QLabel, "score_label").text() == "1/4"
    notice = results.findChild(QLabel, "timeout_notice")
    assert notice.isVisible()
    assert "2 unanswered questions scored no points" in notice.text()
    _key(qtbot, page, Qt.Key.Key_B)
    assert session.attempt.answers[2].choice is None, "keys do nothing once submitted"


# --- leaving, navigator, accessibility ----------------------------------------------------


def test_escape_asks_and_leaves_a_resumable_attempt(qtbot: QtBot, exam: Running) -> None:
    page = exam.page
    _key(qtbot, page, Qt.Key.Key_A)
    _key(qtbot, page, Qt.Key.Key_Escape)
    dialog = _dialog(qtbot, page, "leave_dialog")
    assert LEAVE_TEXT in _dialog_text(dialog)
    with qtbot.assertNotEmitted(page.attempt_left):
        _key(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.open_dialog() is None)
    _key(qtbot, page.choice_list, Qt.Key.Key_Escape)
    dialog = _dialog(qtbot, page, "leave_dialog")
    with qtbot.waitSignal(page.attempt_left):
        _key(qtbot, dialog, Qt.Key.Key_Return)
    attempt = exam.session.attempt
    assert not attempt.finished
    assert attempt.answers[0].choice == 0
    assert not exam.session.running


def test_navigator_jumps_by_keyboard_and_click(qtbot: QtBot, exam: Running) -> None:
    page = exam.page
    navigator = page.navigator
    navigator.setFocus()
    _key(qtbot, navigator, Qt.Key.Key_Right)
    _key(qtbot, navigator, Qt.Key.Key_Right)
    assert _position(page) == "Question 1 of 4", "arrows inside the grid only move its cursor"
    _key(qtbot, navigator, Qt.Key.Key_Return)
    assert _position(page) == "Question 3 of 4"
    assert _nav(page, 2, NavRoles.CURRENT) is True
    cell = navigator.visualRect(page.navigator_model.index(3)).center()
    QTest.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    assert _position(page) == "Question 4 of 4"
    _key(qtbot, navigator, Qt.Key.Key_2)  # quiz keys still work from the grid
    assert page.choice_model.state(1) is ChoiceState.SELECTED


def test_arrow_keys_on_a_focused_button_move_questions(qtbot: QtBot, exam: Running) -> None:
    page = exam.page
    _key(qtbot, page.flag_button, Qt.Key.Key_Right)
    assert _position(page) == "Question 2 of 4"
    _key(qtbot, page.flag_button, Qt.Key.Key_Space)
    assert exam.session.attempt.answers[1].flagged, "Space still presses the focused button"


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
    ]
    assert unnamed == []


def test_tab_order_starts_at_the_choices(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.choice_list.button(0))
    _key(qtbot, page.choice_list, Qt.Key.Key_1)  # enables "Check answer"; "Previous" stays disabled
    order = []
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        order.append(focused.objectName())
        _key(qtbot, focused, Qt.Key.Key_Tab)
    expected = ["choice_button", "primary_button", "next_button", "flag_button", "finish_button", "navigator"]
    assert order == expected


def test_key_hints_name_the_letters_that_choose() -> None:
    assert read(key_hints(Mode.EXAM, 8)).startswith("1–8 / A–E, G–H choose")
    assert read(key_hints(Mode.PRACTICE, 6)).startswith("1–6 / A–E choose")


def test_hints_fit_the_footer(qtbot: QtBot, practice: Running) -> None:
    hints = practice.page.hints_label
    assert hints.width() >= hints.fontMetrics().horizontalAdvance(hints.text())
    assert hints.mapTo(practice.page, QPoint(hints.width(), 0)).x() <= practice.page.width()


def test_the_navigator_hears_of_each_change_for_its_own_cells_only(qtbot: QtBot, exam: Running) -> None:
    model = exam.page.navigator_model
    rows: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, roles: rows.append((first.row(), last.row())))
    _key(qtbot, exam.page.choice_list, Qt.Key.Key_1)
    assert _nav(exam.page, 0, NavRoles.STATE) is NavState.ANSWERED
    assert rows and set(rows) == {(0, 0)}, "answering question 1 changes its cell alone"
    rows.clear()
    _key(qtbot, exam.page.choice_list, Qt.Key.Key_Right)
    assert set(rows) == {(0, 0), (1, 1)}, "moving on changes the old and the new current cell"
    assert _nav(exam.page, 1, NavRoles.CURRENT) is True
    rows.clear()
    _key(qtbot, exam.page.choice_list, Qt.Key.Key_F)
    assert set(rows) == {(1, 1)}


def test_starting_another_attempt_frees_the_previous_session(qtbot: QtBot) -> None:
    first = _start(qtbot, Mode.PRACTICE)
    page = first.page
    for _ in range(4):
        page.start(QuizSession(make_attempt(Mode.PRACTICE, FakeClock())))
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(page.findChildren(QuizSession)) == 1, "the page owns only the session it shows"
    assert page.session is page.findChild(QuizSession)


def test_the_clock_stays_where_it_is_when_pause_becomes_resume(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    header = page.header
    before = (header.timer_label.x(), header.pause_button.width(), header.leave_button.x())
    page.quiz_actions.toggle_pause()
    QApplication.processEvents()
    assert header.pause_button.text() == "Resume (P)"
    assert (header.timer_label.x(), header.pause_button.width(), header.leave_button.x()) == before
    assert header.pause_button.width() >= header.pause_button.sizeHint().width()  # "Resume" whole


def test_paused_the_hint_line_names_only_the_keys_that_work_and_keeps_its_height(
    qtbot: QtBot, practice: Running
) -> None:
    page = practice.page
    page.resize(764, 520)  # the quiz in an 800×600 window
    page.show()
    qtbot.waitExposed(page)
    running = page.hints_label.text()
    assert "choose" in running
    height = page.hints_label.height()
    page.quiz_actions.toggle_pause()
    QApplication.processEvents()
    assert read(page.hints_label.text()) == "P resume · Ctrl+Enter finish · Esc leave"
    assert page.status_label.text() == "Paused. The clock is stopped."
    assert page.hints_label.height() == height  # the foot does not grow a line, nothing above it moves
    page.quiz_actions.toggle_pause()
    QApplication.processEvents()
    assert page.hints_label.text() == running


def test_where_enter_finishes_one_finish_button_shows_and_ctrl_enter_still_finishes(
    qtbot: QtBot, exam: Running
) -> None:
    page = exam.page
    assert page.finish_button.isVisible()  # questions are left: Enter moves on, the button finishes
    for _ in range(4):
        _key(qtbot, page, Qt.Key.Key_1)
        _key(qtbot, page, Qt.Key.Key_Return)
    assert page.primary_button.text() == "Finish… (Enter)"
    assert not page.finish_button.isVisible()
    _key(qtbot, page, Qt.Key.Key_Return, CTRL)
    dialog = _dialog(qtbot, page, "submit_dialog")
    dialog.reject()
