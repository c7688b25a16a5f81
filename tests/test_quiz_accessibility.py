"""The quiz as a screen reader meets it, through Qt's accessibility interfaces (what Qt's AT-SPI
bridge puts on the bus): roles, names, states, the actions that answer, and what is announced.

A whole practice is taken here with accessibility actions alone: Toggle on a radio button
picks the choice, Press on "Check answer" checks it, the verdict is announced without the
focus moving, and Press on "Next question" moves on and announces the new prompt.
Announcements are caught where the page hands them to Qt (``QAccessible.updateAccessibility``).

The sample bank keeps file order (no shuffle): q1 key A, q2 key B, q3 key A (True/False),
q4 key B.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from quiz_fixtures import make_attempt

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question, QuestionType
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.domain.result import Result
from ptquiz_gui.views.quiz.quiz_page import QuizPage
from ptquiz_gui.views.quiz.session import QuizSession

Role = QAccessible.Role
Text = QAccessible.Text


@dataclass
class Said:
    source: QObject
    text: str
    assertive: bool


@dataclass
class Running:
    page: QuizPage
    session: QuizSession
    clock: FakeClock
    said: list[Said]

    @property
    def attempt(self) -> Attempt:
        return self.session.attempt

    def announced(self) -> list[str]:
        return [s.text for s in self.said]


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[Said]:
    """Every announcement the app posts, as Qt's accessibility bridge would receive it."""
    caught: list[Said] = []
    real = QAccessible.updateAccessibility

    def spy(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            politeness = event.politeness()  # type: ignore[attr-defined]
            assertive = politeness == QAccessible.AnnouncementPoliteness.Assertive
            caught.append(Said(event.object(), event.message(), assertive))  # type: ignore[attr-defined]
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    return caught


def _start(qtbot: QtBot, said: list[Said], attempt: Attempt, clock: FakeClock) -> Running:
    session = QuizSession(attempt)
    page = QuizPage()
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.start(session)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return Running(page, session, clock, said)


@pytest.fixture
def practice(qtbot: QtBot, said: list[Said]) -> Iterator[Running]:
    clock = FakeClock()
    yield _start(qtbot, said, make_attempt(Mode.PRACTICE, clock), clock)


@pytest.fixture
def exam(qtbot: QtBot, said: list[Said]) -> Iterator[Running]:
    clock = FakeClock()
    yield _start(qtbot, said, make_attempt(Mode.EXAM, clock), clock)


# --- reading the accessibility tree ---------------------------------------------------------


def _iface(widget: QObject) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def _descendants(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None:
            continue
        yield child
        yield from _descendants(child)


def _shown(iface: QAccessibleInterface) -> bool:
    return not iface.state().invisible and not iface.state().offscreen


def _find(root: QWidget, role: QAccessible.Role, name: str) -> QAccessibleInterface:
    """The one showing node of ``role`` whose name starts with ``name``, found from the page down."""
    found = [
        i
        for i in _descendants(_iface(root))
        if i.role() == role and i.text(Text.Name).startswith(name) and _shown(i)
    ]
    assert len(found) == 1, [(i.role(), i.text(Text.Name)) for i in found]
    return found[0]


def _in_tree(root: QWidget, widget: QWidget) -> QAccessibleInterface:
    """``widget``'s node, reached from ``root`` down the tree as a screen reader reaches it."""
    (found,) = [i for i in _descendants(_iface(root)) if i.object() is widget]
    return found


def _choices(page: QuizPage) -> list[QAccessibleInterface]:
    group = _iface(page.choice_list)
    return [c for c in (group.child(i) for i in range(group.childCount())) if c is not None and _shown(c)]


def _do(iface: QAccessibleInterface, action: str) -> None:
    actions = iface.actionInterface()
    assert actions is not None, iface.text(Text.Name)
    assert action in actions.actionNames(), (iface.text(Text.Name), actions.actionNames())
    actions.doAction(action)


def _toggle(iface: QAccessibleInterface) -> None:
    actions = iface.actionInterface()
    assert actions is not None
    _do(iface, actions.toggleAction())


def _press(qtbot: QtBot, iface: QAccessibleInterface) -> None:
    """Press a push button as a screen reader does (Qt animates the click for 100 ms)."""
    actions = iface.actionInterface()
    assert actions is not None
    button = iface.object()
    assert isinstance(button, QWidget)
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))  # type: ignore[attr-defined]
    _do(iface, actions.pressAction())
    qtbot.waitUntil(lambda: bool(clicked))


# --- the page and its choices ------------------------------------------------------------------


def test_the_page_is_no_focus_stop_and_pause_puts_the_focus_on_resume(
    qtbot: QtBot, practice: Running
) -> None:
    page = practice.page
    assert page.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not _iface(page).state().focusable
    unnamed_focusable = [
        (i.role(), i.object().objectName() if i.object() else "")
        for i in _descendants(_iface(page))
        if i.state().focusable and not i.text(Text.Name) and _shown(i)
    ]
    assert unnamed_focusable == []
    QTest.keyClick(page, Qt.Key.Key_P)
    resume = page.pause_overlay.resume_button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is resume)
    assert _iface(resume).text(Text.Name) == "Resume"
    assert _iface(page.status_label).text(Text.Name) == "Paused. The clock is stopped."
    assert "Paused. The clock is stopped." in practice.announced()
    QTest.keyClick(resume, Qt.Key.Key_P)
    assert page.choice_list.isAncestorOf(QApplication.focusWidget())


def test_one_answer_choices_are_radio_buttons_with_a_checked_state(practice: Running) -> None:
    choices = _choices(practice.page)
    assert [c.role() for c in choices] == [Role.RadioButton] * 4
    assert [c.text(Text.Name) for c in choices] == [
        "A: tensor([1., 2.])",
        "B: tensor([4., 8.])",
        "C: tensor([2., 4.])",
        "D: an error",
    ]
    assert all(c.state().checkable and not c.state().checked for c in choices)
    assert _iface(practice.page.choice_list).text(Text.Name) == "Answer choices"
    QTest.keyClick(practice.page, Qt.Key.Key_C)
    assert [bool(c.state().checked) for c in _choices(practice.page)] == [False, False, True, False]


def test_a_multiple_answer_question_has_check_boxes_that_toggle_ticks(qtbot: QtBot, said: list[Said]) -> None:
    question = Question(
        "m", "Which are optimizers?", ("Adam", "ReLU", "SGD", "Dropout"), 0,
        type=QuestionType.MULTIPLE, answers=(0, 2),
    )
    bank = Bank(id="b", title="B", questions=(question,), topics=(), time_limit=60, pass_mark=50)
    clock = FakeClock()
    plan = plan_for_bank(bank, Mode.PRACTICE, seed=1, shuffle=False)
    running = _start(qtbot, said, Attempt(plan, clock), clock)
    choices = _choices(running.page)
    assert [c.role() for c in choices] == [Role.CheckBox] * 4
    _toggle(choices[0])
    _toggle(choices[2])
    _toggle(choices[1])
    _toggle(choices[1])  # and off again
    assert running.attempt.selection() == (0, 2)
    assert [bool(c.state().checked) for c in _choices(running.page)] == [True, False, True, False]
    _press(qtbot, _find(running.page, Role.Button, "Check answer"))
    assert running.announced()[-1].startswith("Correct\nAnswers: A — Adam · C — SGD")
    assert [c.text(Text.Description) for c in _choices(running.page)] == [
        "Ticked, right", "", "Ticked, right", "",
    ]


# --- a whole practice by accessibility actions ---------------------------------------------------


def test_a_practice_taken_with_accessibility_actions_alone(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    assert practice.announced()[0].startswith("Question 1 of 4: What does this print?")
    focus = QApplication.focusWidget()

    # question 1: pick A by its Toggle action, check it by pressing "Check answer"
    _toggle(_choices(page)[0])
    assert practice.attempt.selected() == 0
    assert _choices(page)[0].state().checked
    _press(qtbot, _find(page, Role.Button, "Check answer"))
    verdict = practice.said[-1]
    assert verdict.assertive and verdict.source is page.reasoning_panel
    assert verdict.text.startswith("Correct\nAnswer: A — tensor([1., 2.])")
    assert _iface(page.reasoning_panel).text(Text.Name) == "Correct"
    assert QApplication.focusWidget() is focus, "the verdict is announced, the focus stays"
    assert _choices(page)[0].text(Text.Description) == "Your answer, correct"
    explanation = _iface(page.reasoning_panel.explanation)
    assert explanation.text(Text.Name) == "Explanation"
    assert "halves each value" in explanation.text(Text.Value)

    # question 2: a wrong pick; the verdict names the key and the pick, the choices say which is which
    primary = _in_tree(page, page.primary_button)
    assert (primary.role(), primary.text(Text.Name)) == (Role.Button, "Next question")
    _press(qtbot, primary)
    assert practice.attempt.current == 1
    assert practice.said[-1].text == "Question 2 of 4: Which call moves a model to the GPU?"
    assert _iface(page.prompt_view).text(Text.Name) == "Question 2 of 4"
    _toggle(_choices(page)[0])
    _press(qtbot, _find(page, Role.Button, "Check answer"))
    assert practice.said[-1].text == (
        "Not quite\nAnswer: B — model.to('cuda')\nYou chose: A — model.gpu()"
    )
    descriptions = [c.text(Text.Description) for c in _choices(page)]
    assert descriptions == ["Your answer, wrong", "Correct answer", "", ""]

    # a checked answer stays: toggling another choice is refused, said, and not shown as picked
    _toggle(_choices(page)[2])
    assert practice.attempt.selected() == 0
    assert [bool(c.state().checked) for c in _choices(page)] == [True, False, False, False]
    assert _iface(page.status_label).text(Text.Name) == "Already answered. Press Enter for the next question."

    # the Flag check box's Toggle flags the question, and the navigator cell says so
    flag = _find(page, Role.CheckBox, "Flag for review")
    _toggle(flag)
    assert practice.attempt.answers[1].flagged
    assert flag.state().checked
    cells = _find(page, Role.List, "Question navigator")
    assert cells.child(1).text(Text.Name) == "Question 2, answered wrongly, flagged, current"
    _toggle(flag)
    assert not practice.attempt.answers[1].flagged

    # a navigator cell's Toggle opens its question; the current cell is the selected one
    _toggle(cells.child(3))
    assert practice.attempt.current == 3
    cells = _find(page, Role.List, "Question navigator")
    assert cells.child(3).state().selected and not cells.child(1).state().selected
    assert cells.child(3).text(Text.Name) == "Question 4, not answered, current"
    assert practice.said[-1].text == "Question 4 of 4: What shape has torch.zeros(2, 3).T?"

    # finish through the dialog's buttons
    _press(qtbot, _find(page, Role.Button, "Finish the practice"))
    qtbot.waitUntil(lambda: page.open_dialog() is not None and page.open_dialog().isVisible())
    dialog = page.open_dialog()
    assert dialog is not None
    with qtbot.waitSignal(page.attempt_finished) as finished:
        _press(qtbot, _find(dialog, Role.Button, "Finish"))
    result = finished.args[0] if finished.args else None
    assert isinstance(result, Result) and (result.score, result.total) == (1, 4)


def test_an_exam_answer_is_changed_by_toggling_another_radio_button(qtbot: QtBot, exam: Running) -> None:
    _toggle(_choices(exam.page)[1])
    _toggle(_choices(exam.page)[2])
    assert exam.attempt.selected() == 2
    assert [bool(c.state().checked) for c in _choices(exam.page)] == [False, False, True, False]
    assert not exam.page.reasoning_panel.isVisible(), "an exam reveals nothing"


# --- what is announced ---------------------------------------------------------------------------


def test_the_exam_clock_announces_its_last_tenth_once(exam: Running) -> None:
    timer = exam.page.header.timer_label
    exam.clock.advance(359)
    exam.session.tick()
    assert not [s for s in exam.said if s.source is timer]
    exam.clock.advance(1)
    exam.session.tick()
    exam.clock.advance(1)
    exam.session.tick()
    warnings = [s for s in exam.said if s.source is timer]
    assert [(s.text, s.assertive) for s in warnings] == [
        ("Less than a tenth of the time is left: 00:40.", True)
    ]
    assert _iface(timer).text(Text.Name) == "Time left: 00:39"
    assert _iface(timer).text(Text.Description) == "Less than a tenth of the time is left: 00:40."


def test_the_status_line_is_named_by_its_message_and_says_it(practice: Running) -> None:
    status = practice.page.status_label
    QTest.keyClick(practice.page, Qt.Key.Key_8)
    message = "This question has 4 choices (1–4 / A–D)."
    assert _iface(status).text(Text.Name) == message
    assert _iface(status).text(Text.Description) == "Status"
    assert practice.said[-1].text == message and practice.said[-1].source is status


# --- text and focus ------------------------------------------------------------------------------


def test_a_code_block_reaches_the_screen_reader_as_plain_lines(practice: Running) -> None:
    prompt = _iface(practice.page.prompt_view)
    text = prompt.textInterface()
    assert text is not None
    whole = text.text(0, text.characterCount())
    assert "\ufdd0" not in whole and "\ufdd1" not in whole
    assert "import torch\nprint(torch.tensor([2., 4.]) / 2)" in whole


def test_the_code_block_is_still_shaded(qtbot: QtBot, practice: Running) -> None:
    view = practice.page.prompt_view
    (rect,) = view.code_rects()
    image = view.viewport().grab().toImage()
    inside = rect.toRect().adjusted(2, 2, -2, -2)
    shade = view.code_background().name()
    assert image.pixelColor(inside.right(), inside.top()).name() == shade
    assert image.pixelColor(inside.right(), inside.top() - 8).name() != shade


def test_keyboard_focus_on_a_choice_and_on_the_prompt_is_drawn(qtbot: QtBot, practice: Running) -> None:
    page = practice.page
    for widget in (page.choice_list.button(1), page.prompt_view):
        page.choice_list.button(0).setFocus()
        qtbot.waitUntil(lambda: page.choice_list.button(0).hasFocus())
        unfocused = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != unfocused, widget.objectName()


def test_the_choices_are_one_tab_stop_and_arrows_move_the_focus_among_them(
    qtbot: QtBot, practice: Running
) -> None:
    page = practice.page
    buttons = page.choice_list.buttons()
    qtbot.waitUntil(lambda: buttons[0].hasFocus())
    policies = [b.focusPolicy() for b in buttons]
    assert policies == [Qt.FocusPolicy.StrongFocus] + [Qt.FocusPolicy.ClickFocus] * 3
    QTest.keyClick(buttons[0], Qt.Key.Key_End)
    assert buttons[3].hasFocus() and practice.attempt.selected() == 3
    assert buttons[3].focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert buttons[0].focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_reading_order_is_caption_prompt_then_choices(practice: Running) -> None:
    content = _iface(practice.page.question_pane.findChild(QWidget, "question_content"))
    order = [content.child(i).object() for i in range(content.childCount())]
    pane = practice.page.question_pane
    assert order.index(pane.question_caption) < order.index(pane.prompt_view) < order.index(pane.choice_list)
