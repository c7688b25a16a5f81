"""The Results page as a screen reader meets it, through Qt's accessibility interfaces (what
the AT-SPI bridge reads): no unnamed Tab stop, the review's answers in words, a topic table
that Tab leaves, and what colours and marks show said in names and states."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from helpers.screen_text import Allowed, escaped
from pytestqt.qtbot import QtBot
from quiz_fixtures import make_attempt

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question, QuestionType, Scoring
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.domain.result import Result
from ptquiz_gui.qtmodels.review_model import ReviewFilter
from ptquiz_gui.views.language import PseudoTranslator
from ptquiz_gui.views.results import results_page
from ptquiz_gui.views.results.results_page import ResultsPage


pytestmark = pytest.mark.usefixtures("english")  # conftest: the window's English catalogue


def _exam_result() -> Result:
    """q1 right and flagged, q2 wrong, q3 unanswered and flagged, q4 right."""
    clock = FakeClock()
    attempt = make_attempt(Mode.EXAM, clock, time_limit=400, pass_mark=60)
    for position, choice in enumerate([0, 0, None, 1]):
        attempt.go_to(position)
        if choice is not None:
            attempt.select(choice)
        if position in (0, 2):
            attempt.toggle_flag()
        clock.advance(30)
    return attempt.finish()


def _page(qtbot: QtBot, result: Result) -> ResultsPage:
    page = ResultsPage()
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show_result(result)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def _node(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def _name(widget: QWidget) -> str:
    return _node(widget).text(QAccessible.Text.Name)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    QTest.keyClick(_focused(), key, modifier)
    return _focused()


def test_the_page_is_no_tab_stop_and_tab_follows_the_reading_order(qtbot: QtBot) -> None:
    page = _page(qtbot, _exam_result())
    assert page.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert _name(page) == "Results"
    page.retry_button.setFocus()
    stops = [_focused()]
    while (stop := _press(Qt.Key.Key_Tab)) is not stops[0] and len(stops) < 20:
        stops.append(stop)
    detail = page.review_detail
    assert stops == [
        page.retry_button,
        page.back_button,
        page.topic_table,
        page.filter_buttons[ReviewFilter.ALL],  # the filters are one group: the arrows move in it
        page.review_list,
        detail.prompt,
        detail.explanation,
    ]
    unnamed = [stop.objectName() for stop in stops if not _name(stop)]
    assert unnamed == []
    assert page not in stops


def test_the_review_says_the_answers_in_its_labels_names(qtbot: QtBot) -> None:
    page = _page(qtbot, _exam_result())
    detail = page.review_detail
    page.set_review_filter(ReviewFilter.WRONG)
    assert _name(detail.your_answer) == "Your answer, wrong: A — model.gpu()"
    assert _name(detail.key) == "Correct answer: B — model.to('cuda')"
    assert _name(detail.heading) == "Question 2, wrong; topic: devices"
    page.set_review_filter(ReviewFilter.UNANSWERED)
    assert _name(detail.your_answer) == "Your answer: none (unanswered)"
    assert _name(detail.key) == "Correct answer: A — True"
    assert _name(detail.heading) == "Question 3, unanswered, flagged; topic: autograd"
    page.set_review_filter(ReviewFilter.ALL)
    page.review_list.setCurrentIndex(page.review_proxy.index(0, 0))
    assert _name(detail.your_answer) == "Your answer, correct: A — tensor([1., 2.])"


def test_each_review_row_names_its_outcome_and_describes_the_answers(qtbot: QtBot) -> None:
    page = _page(qtbot, _exam_result())
    rows = _node(page.review_list)
    items = [rows.child(i) for i in range(rows.childCount())]
    items = [item for item in items if item.role() == QAccessible.Role.ListItem]
    assert [item.text(QAccessible.Text.Name) for item in items] == [
        "Question 1, correct, flagged",
        "Question 2, wrong",
        "Question 3, unanswered, flagged",
        "Question 4, correct",
    ]
    assert items[1].text(QAccessible.Text.Description) == (
        "Your answer, wrong: A — model.gpu(). Correct answer: B — model.to('cuda')"
    )


def test_tab_leaves_the_topic_table_and_the_arrows_walk_it(qtbot: QtBot) -> None:
    page = _page(qtbot, _exam_result())
    page.back_button.setFocus()
    table = page.topic_table
    assert _press(Qt.Key.Key_Tab) is table
    cell = _node(table).focusChild()
    assert cell is not None and cell.text(QAccessible.Text.Name) == "autograd"  # a cell, read with its header
    assert _press(Qt.Key.Key_Down) is table
    assert table.currentIndex().row() == 1
    assert _press(Qt.Key.Key_Right) is table
    cell = _node(table).focusChild()
    assert cell is not None and cell.text(QAccessible.Text.Name) == "0 of 1"
    assert _press(Qt.Key.Key_Tab) is page.filter_buttons[ReviewFilter.ALL]
    assert _press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is table
    assert _press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is page.back_button
    headers = [_node(table).child(i) for i in range(_node(table).childCount())]
    named = [h.text(QAccessible.Text.Name) for h in headers if h.role() == QAccessible.Role.ColumnHeader]
    assert named == ["Topic", "Correct", "Score"]


def test_what_colour_shows_is_also_said(qtbot: QtBot) -> None:
    page = _page(qtbot, _exam_result())
    assert _name(page.verdict_label) == "Not passed"
    assert _name(page.score_label) == "Score 2 of 4"
    wrong = _node(page.filter_buttons[ReviewFilter.WRONG])
    assert wrong.text(QAccessible.Text.Name) == "Show the 1 wrong question"
    assert not wrong.state().checked
    page.set_review_filter(ReviewFilter.WRONG)
    assert wrong.state().checked
    assert _name(page.filter_buttons[ReviewFilter.FLAGGED]) == "Show the 2 flagged questions"
    assert _name(page.retry_button) == "Retry 2 wrong or unanswered"


def _partly_right() -> Result:
    """One partial-scoring question with two keys, answered with one of them: half a point."""
    question = Question(
        "q1",
        "Which are optimizers?",
        ("Adam", "ReLU", "SGD", "Dropout"),
        0,
        type=QuestionType.MULTIPLE,
        answers=(0, 2),
        scoring=Scoring.PARTIAL,
    )
    bank = Bank(id="multi", title="Multi", questions=(question,), pass_mark=50)
    attempt = Attempt(plan_for_bank(bank, Mode.EXAM, seed=1, shuffle=False), FakeClock())
    attempt.select(0)
    return attempt.finish()


def test_a_partly_right_answer_counts_its_fraction_in_points(qtbot: QtBot) -> None:
    page = _page(qtbot, _partly_right())
    detail = page.review_detail
    lines = detail.your_answer.text().splitlines()
    assert lines[0] == "✗ Your answers (0.50 points):"
    assert lines[1:] == [
        "✓ A — Adam: right",
        "· B — ReLU: left out, not a right answer",
        "○ C — SGD: missed, a right answer",
        "· D — Dropout: left out, not a right answer",
    ]
    assert _name(detail.your_answer) == (
        "Your answers, wrong, partly right, 0.50 points: A — Adam: right;"
        " B — ReLU: left out, not a right answer; C — SGD: missed, a right answer;"
        " D — Dropout: left out, not a right answer"
    )
    assert "1 wrong (1 partly right)" in page.counts_label.text().replace("\N{NO-BREAK SPACE}", " ")


def test_a_partly_right_answer_is_said_whole_in_a_translation(qtbot: QtBot, qapp: QApplication) -> None:
    """Each choice's mark is left out of the spoken answer however the translation begins its
    line: in the pseudo-locale ("[✓ A — Adam: right~~]") cutting the first word took the bracket
    with the mark, and "right" reached the screen reader in English."""
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    try:
        page = _page(qtbot, _partly_right())
        name = _name(page.review_detail.your_answer)
    finally:
        qapp.removeTranslator(translator)
    assert "✓" not in name and "○" not in name
    assert escaped(name, Allowed(folders=(), words=("Adam", "ReLU", "SGD", "Dropout"))) == []


def test_the_outcome_is_said_as_the_page_opens(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The focus lands on the review list, so the outcome is announced (and kept as the
    page's description)."""
    said: list[tuple[object, str]] = []
    monkeypatch.setattr(results_page, "announce", lambda source, text: said.append((source, text)))
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_result(_exam_result())
    assert said == []  # not while hidden: when it shows
    page.show()
    summary = "Exam finished: score 2 of 4, 50%. Not passed."
    assert said == [(page, summary)]
    assert _node(page).text(QAccessible.Text.Description) == summary
    page.hide()
    page.show()
    assert len(said) == 1, "said once per result"
    page.show_result(_exam_result(), read_only=True)
    assert said[-1] == (page, "Past attempt · Exam: score 2 of 4, 50%. Not passed.")
