"""History → Most missed as a user meets it: the caption counts the rows shown, Enter opens a
question (prompt, choices with the key marked, explanation, every answer given to it), and
Practise these starts a practice of exactly the listed questions, as the history last showed
them, so it works after their bank has changed or gone (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from app_fixtures import ALT, AppRun, Launcher, focused, press
from history_fixtures import START, banks, fill_history, make_services, run_attempt
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.domain.plan import MISSED_BANK_ID, AttemptPlan, Mode, PlanKind
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.records import MissedQuestion
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.history.missed_question import MissedQuestionDialog
from ptquiz_gui.views.history.missed_tab import MISSED_LIMIT, MissedTab, caption


@pytest.fixture
def store(data_dir: Path) -> Iterator[History]:
    """alpha: an exam with 1 of 4 right, then a practice with 3 of 4 right; beta: a practice
    with 2 of 4 right."""
    opened = History.open(data_dir / "history.sqlite3", clock=FakeClock(START))
    alpha, beta, _gamma = banks()
    run_attempt(opened, alpha, Mode.EXAM, at=START, right=1, seed=3)
    run_attempt(opened, alpha, Mode.PRACTICE, at=START + timedelta(hours=1), right=3, seed=4)
    run_attempt(opened, beta, Mode.PRACTICE, at=START + timedelta(hours=2), right=2, seed=5)
    yield opened
    opened.close()


def _page(qtbot: QtBot, data_dir: Path, store: History, library: list[Bank] | None = None) -> HistoryPage:
    page = HistoryPage(make_services(data_dir, store, library).history_screen(), JobRunner())
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.show_tab(2)
    return page


def _listed(tab: MissedTab) -> list[MissedQuestion]:
    return [tab.model.question(r) for r in range(tab.model.rowCount())]


def test_the_caption_counts_the_rows_shown(
    qtbot: QtBot, data_dir: Path, store: History, english: None
) -> None:
    page = _page(qtbot, data_dir, store)
    tab = page.missed_tab
    rows = tab.model.rowCount()
    assert rows == len(store.reader.most_missed(MISSED_LIMIT)) > 0
    assert rows < MISSED_LIMIT
    assert tab.intro.isVisible()
    assert tab.intro.text() == f"{rows} questions you got wrong or left unanswered, most often first."
    assert str(MISSED_LIMIT) not in tab.intro.text()
    assert caption(1) == "1 question you got wrong or left unanswered, most often first."
    assert caption(MISSED_LIMIT) == "The 50 questions you got wrong or left unanswered most often."


def test_an_empty_list_has_no_caption_and_nothing_to_practise(qtbot: QtBot, data_dir: Path) -> None:
    empty = History.open(data_dir / "empty.sqlite3", clock=FakeClock(START))
    try:
        page = _page(qtbot, data_dir, empty)
        tab = page.missed_tab
        assert tab.stack.currentWidget() is tab.empty_label
        assert not tab.intro.isVisible()
        assert not tab.practise_button.isEnabled()
    finally:
        empty.close()


def test_enter_on_a_row_opens_its_question(qtbot: QtBot, data_dir: Path, store: History) -> None:
    page = _page(qtbot, data_dir, store)
    tab = page.missed_tab
    # The question missed twice (in both alpha attempts) is listed first.
    first = tab.model.question(0)
    assert (first.bank_id, first.times_wrong, first.times_asked) == ("alpha", 2, 2)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.question_dialog
    assert isinstance(dialog, MissedQuestionDialog) and dialog.isVisible()
    bank = banks()[0]
    question = next(q for q in bank.questions if q.id == first.question_id)
    assert dialog.heading.text().startswith(f"Bank alpha · question {question.id}")
    assert dialog.tally.text() == "Wrong or unanswered 2 of 2 times"
    assert dialog.prompt.toPlainText() == question.prompt
    choices = dialog.choices.text().splitlines()
    assert len(choices) == len(question.choices)
    key = "ABCD"[question.answer]
    assert [line for line in choices if line.startswith("✓")] == [
        f"✓ {key} — {question.choices[question.answer]} (correct answer)"
    ]
    assert dialog.explanation.toPlainText() == question.explanation
    history = dialog.history.text().splitlines()
    assert len(history) == 2
    assert " · Practice · Bank alpha · ✗ Wrong: " in history[0]  # newest first
    assert " · Exam · Bank alpha · ✗ Wrong: " in history[1]
    wrong = "ABCD"[(question.answer + 1) % 4]
    assert history[0].endswith(f"✗ Wrong: {wrong} — {question.choices[(question.answer + 1) % 4]}")

    # Esc closes it; Enter on another row opens that one.
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    QTest.keyClick(tab.view, Qt.Key.Key_Down)
    QTest.keyClick(tab.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    second = tab.model.question(1)
    assert tab.question_dialog is not dialog
    assert isinstance(tab.question_dialog, MissedQuestionDialog)
    assert tab.question_dialog.heading.text().startswith(f"Bank {second.bank_id} · question {second.question_id}")


def test_a_right_answer_shows_in_the_question_history(qtbot: QtBot, data_dir: Path, store: History) -> None:
    page = _page(qtbot, data_dir, store)
    tab = page.missed_tab
    row = next(r for r, q in enumerate(_listed(tab)) if q.bank_id == "alpha" and q.times_wrong == 1)
    tab.open_question(row)
    dialog = tab.question_dialog
    assert isinstance(dialog, MissedQuestionDialog)
    lines = dialog.history.text().splitlines()
    assert len(lines) == 2
    assert sum("✓ Right: " in line for line in lines) == 1
    assert sum("✗ Wrong: " in line for line in lines) == 1


def test_practise_these_starts_a_practice_of_exactly_the_listed_questions(
    qtbot: QtBot, data_dir: Path, store: History
) -> None:
    # No bank is loaded: the questions come from the history as it last showed them.
    page = _page(qtbot, data_dir, store, library=[])
    tab = page.missed_tab
    listed = _listed(tab)
    assert tab.practise_button.text() == "&Practise these"
    with qtbot.waitSignal(page.practice_requested) as started:
        QTest.mouseClick(tab.practise_button, Qt.MouseButton.LeftButton)
    plan = started.args[0]
    assert isinstance(plan, AttemptPlan)
    assert plan.mode is Mode.PRACTICE and plan.kind is PlanKind.RETRY and plan.time_limit is None
    assert sorted((i.bank_id, i.question.id) for i in plan.items) == sorted(
        (q.bank_id, q.question_id) for q in listed
    )
    assert len(plan.items) == len(listed)
    assert plan.title == f"Most missed: {len(listed)} questions"
    assert plan.bank_id == MISSED_BANK_ID  # alpha and beta
    originals = {(b.id, q.id): q for b in banks() for q in b.questions}
    for item in plan.items:
        assert item.question == originals[(item.bank_id, item.question.id)]


def test_practise_these_in_the_window_runs_the_listed_questions(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    paths = data_paths(data_dir)
    history = History.open(paths.history_db, clock=FakeClock(START))
    fill_history(history)
    history.close()
    run: AppRun = launch(data_dir, FakeClock(START + timedelta(days=9)))
    run.window.show_history()
    page = run.shown()
    assert isinstance(page, HistoryPage)
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.missed_tab
    listed = _listed(page.missed_tab)
    assert page.missed_tab.intro.text().startswith(f"{len(listed)} questions ")
    assert focused() is page.missed_tab.view
    press(Qt.Key.Key_P, ALT)  # the mnemonic clicks the button a moment later
    qtbot.waitUntil(lambda: run.shown() is run.quiz)

    plan = run.attempt().plan
    assert plan.kind is PlanKind.RETRY and plan.mode is Mode.PRACTICE
    assert sorted((i.bank_id, i.question.id) for i in plan.items) == sorted(
        (q.bank_id, q.question_id) for q in listed
    )
