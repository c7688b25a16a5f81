"""The main window around the screens: theme and text size from the View menu, notices
about damaged files, ``ptquiz start`` opening straight into an attempt, and names for
every control a screen reader or keyboard user meets on the library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from app_fixtures import (
    ALT,
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    answer_practice,
    keys,
    press,
    titled,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import after_first_show, open_start_request
from ptquiz_gui.domain.start_request import StartRequest
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.settings import Theme
from ptquiz_gui.views.library.bank_columns import FITTED_COLUMNS

REPO = Path(__file__).resolve().parent.parent


def saved_settings(run: AppRun) -> dict[str, object]:
    data = json.loads(run.paths.settings_file.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def open_popup() -> QMenu:
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu), "no menu is open"
    return popup


def banner_text(run: AppRun) -> str:
    return run.window.banner.label.text()


# --- View menu -----------------------------------------------------------------------------


def test_view_theme_dark_from_the_menu_by_keyboard_is_applied_and_saved(app: AppRun) -> None:
    press(Qt.Key.Key_V, ALT)
    view_menu = open_popup()
    assert view_menu.title() == "&View"
    press(Qt.Key.Key_T, to=view_menu)
    theme_menu = open_popup()
    assert theme_menu.title() == "&Theme"
    press(Qt.Key.Key_D, to=theme_menu)
    assert QApplication.activePopupWidget() is None

    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert app.window.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert app.window.palette().color(QPalette.ColorRole.WindowText).lightness() > 128
    assert saved_settings(app)["theme"] == "dark"
    checked = [a.text() for a in app.window.menu.theme_group.actions() if a.isChecked()]
    assert checked == ["&Dark"]

    press(Qt.Key.Key_V, ALT)
    press(Qt.Key.Key_T, to=open_popup())
    press(Qt.Key.Key_L, to=open_popup())
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    assert saved_settings(app)["theme"] == "light"


def test_the_saved_theme_is_the_next_windows_theme(launch: Launcher, data_dir: Path) -> None:
    first = launch(data_dir)
    press(Qt.Key.Key_V, ALT)
    press(Qt.Key.Key_T, to=open_popup())
    press(Qt.Key.Key_D, to=open_popup())
    launch.close(first)
    second = launch(data_dir)
    assert second.window.settings.theme is Theme.DARK
    assert [a.text() for a in second.window.menu.theme_group.actions() if a.isChecked()] == ["&Dark"]


def test_ctrl_plus_grows_the_text_and_ctrl_0_restores_it(app: AppRun) -> None:
    before = QApplication.font().pointSizeF()
    title = app.window.library_page.detail.findChild(QLabel, "detail_title")
    assert title is not None
    title_before = title.font().pointSizeF()
    press(Qt.Key.Key_Plus, CTRL)
    bigger = QApplication.font().pointSizeF()
    assert bigger > before
    assert app.window.library_page.search.font().pointSizeF() == bigger
    assert title.font().pointSizeF() == pytest.approx(title_before * bigger / before), "headings grow too"
    assert saved_settings(app)["font_scale"] == 1.1
    press(Qt.Key.Key_Plus, CTRL)
    assert QApplication.font().pointSizeF() > bigger
    press(Qt.Key.Key_Minus, CTRL)
    assert QApplication.font().pointSizeF() == pytest.approx(bigger)
    press(Qt.Key.Key_0, CTRL)
    assert QApplication.font().pointSizeF() == pytest.approx(before)
    assert title.font().pointSizeF() == pytest.approx(title_before)
    assert saved_settings(app)["font_scale"] == 1.0


def _cut_off_columns(app: AppRun) -> list[str]:
    """Number columns narrower than their widest cell or header."""
    view = app.window.library_page.view
    return [
        view.model().headerData(column, Qt.Orientation.Horizontal)
        for column in FITTED_COLUMNS
        if view.columnWidth(column)
        < max(view.sizeHintForColumn(column), view.header().sectionSizeHint(column))
    ]


def test_the_number_columns_fit_their_text_at_every_font_size(qtbot: QtBot, app: AppRun) -> None:
    view = app.window.library_page.view
    assert _cut_off_columns(app) == []
    before = [view.columnWidth(c) for c in FITTED_COLUMNS]
    press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(lambda: _cut_off_columns(app) == [])
    assert all(w > b for w, b in zip([view.columnWidth(c) for c in FITTED_COLUMNS], before, strict=True))
    press(Qt.Key.Key_0, CTRL)
    qtbot.waitUntil(lambda: [view.columnWidth(c) for c in FITTED_COLUMNS] == before)


def test_ctrl_plus_during_a_question_grows_the_question(app: AppRun) -> None:
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    prompt = app.quiz.prompt_view
    sizes = (prompt.font().pointSizeF(), prompt.document().defaultFont().pointSizeF())
    header = app.quiz.header.title_label.font().pointSizeF()
    choices = app.quiz.choice_list.font().pointSizeF()
    press(Qt.Key.Key_Plus, CTRL)
    assert app.window.settings.font_scale == 1.1
    assert prompt.font().pointSizeF() == pytest.approx(sizes[0] * 1.1)
    assert prompt.document().defaultFont().pointSizeF() == pytest.approx(sizes[1] * 1.1)
    assert app.quiz.header.title_label.font().pointSizeF() == pytest.approx(header * 1.1)
    assert app.quiz.choice_list.font().pointSizeF() == pytest.approx(choices * 1.1)


# --- damaged files -------------------------------------------------------------------------


def test_a_damaged_settings_file_is_named_in_the_notice_and_defaults_are_used(
    launch: Launcher, data_dir: Path
) -> None:
    settings_file = data_dir / "settings.json"
    settings_file.write_text('{"theme": "dark", "font_scale": ', encoding="utf-8")
    run = launch(data_dir)
    assert run.window.banner.isVisible()
    assert str(settings_file) in banner_text(run)
    assert "damaged" in banner_text(run)
    assert run.window.settings.theme is Theme.SYSTEM
    assert run.window.library_page.proxy.rowCount() == 12
    run.window.banner.close_button.click()
    assert not run.window.banner.isVisible()


def test_a_damaged_history_file_is_moved_aside_and_a_new_one_started(
    launch: Launcher, data_dir: Path
) -> None:
    garbage = bytes(range(256)) * 40
    (data_dir / "history.sqlite3").write_bytes(garbage)
    run = launch(data_dir)
    assert run.window.banner.isVisible()
    text = banner_text(run)
    assert "history.sqlite3.damaged-" in text
    assert "a new, empty history was started" in text
    [moved] = data_dir.glob("history.sqlite3.damaged-*")
    assert str(moved) in text
    assert moved.read_bytes() == garbage, "the damaged file is kept byte for byte"
    assert not run.window.banner.action_button.isVisible(), "no backup to restore"
    assert run.window.library_page.proxy.rowCount() == 12

    # the new history works: a finished practice shows its best score
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Return)
    run.window.library_page.select_row(0)
    press(Qt.Key.Key_Return)
    for _ in range(10):
        answer_practice(run, right=True)
    press(Qt.Key.Key_Return, to=run.quiz.open_dialog())
    assert run.window.results_page.score_label.text() == "10/10"
    assert run.services.bank_stats()["pytorch-01"].best_percent == 100


# --- ptquiz start --------------------------------------------------------------------------


def test_start_with_an_unknown_bank_exits_1_and_suggests_close_ids(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PTQUIZ_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "start", "pytorch-3", "--mode", "exam", "--seed", "5"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert "there is no bank with the id 'pytorch-3'" in done.stderr
    assert "Did you mean pytorch-03" in done.stderr
    assert "Traceback" not in done.stderr


def test_start_request_opens_an_exam_with_its_time_limit_and_seeded_order(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    request = StartRequest("pytorch-03", Mode.EXAM, seed=5, time_limit=120)
    run = launch(data_dir)
    with DialogDriver(qtbot):  # nothing to resume, nothing to ask
        after_first_show(run.window, run.services, request)
    assert run.shown() is run.quiz
    header = run.quiz.header
    assert header.mode_label.text() == "Exam"
    assert (header.clock_caption.text(), header.timer_label.text()) == ("Time left", "02:00")
    assert header.position_label.text() == "Question 1 of 10"
    first_order = [(i.question.id, i.choice_order) for i in run.attempt().plan.items]
    first_prompt = run.quiz.prompt_view.document().toPlainText()
    run.clock.advance(121)
    run.session().tick()
    assert run.shown() is run.window.results_page, "at zero the exam submits itself"
    assert run.window.results_page.timeout_notice.isVisible()

    again = launch(data_dir)
    assert open_start_request(again.window, again.services, request)
    assert [(i.question.id, i.choice_order) for i in again.attempt().plan.items] == first_order
    assert again.quiz.prompt_view.document().toPlainText() == first_prompt

    other = launch(data_dir)
    assert open_start_request(other.window, other.services, StartRequest("pytorch-03", Mode.EXAM, seed=6))
    assert [(i.question.id, i.choice_order) for i in other.attempt().plan.items] != first_order
    assert other.quiz.header.timer_label.text() == "15:00", "without --time-limit the bank's own limit"


def test_start_request_for_a_missing_bank_says_so(qtbot: QtBot, app: AppRun) -> None:
    with DialogDriver(qtbot, (titled("PTQuiz"), keys(Qt.Key.Key_Return))) as driver:
        opened = open_start_request(app.window, app.services, StartRequest("no-such-bank"))
    assert not opened
    assert "There is no bank with the id 'no-such-bank'." in driver.text()
    assert app.shown() is app.window.library_page


# --- names for every control ---------------------------------------------------------------


def unnamed_controls(root: QWidget) -> list[str]:
    """Widgets that take the focus and are shown, but have neither an accessible name nor text."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton | QLabel) else ""
        if not widget.accessibleName() and not text:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_on_the_library_and_window_has_a_name(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "mine.yaml").write_text(
        "format: 1\nid: mine\ntitle: Mine\nquestions:\n"
        "  - id: q1\n    prompt: Two plus two?\n    choices: ['3', '4']\n    answer: '4'\n",
        encoding="utf-8",
    )
    (banks / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    run = launch(data_dir)
    run.window.banner.show_message("A notice", "Restore backup")
    page = run.window.library_page
    page.select_row(page.proxy.rowCount() - 1)
    assert page.current_bank_id() == "mine"
    assert page.detail.remove_button.isVisible()
    assert page.problems.isVisible()
    assert unnamed_controls(run.window) == []
    for menu in run.window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            assert action.isSeparator() or action.text().replace("&", "").strip(), menu.title()
