"""A practice question on a short or narrow screen: the reasoning after a check, and the navigator.

At 800×600 the question and its reasoning used to split a pane of about 300 px: each got a
slot of 150 px, and the splitter cut a choice through. A short pane now scrolls as one column
that brings the verdict into view; a tall one keeps the splitter. Beside the question the
navigator takes fewer columns where five would leave the question a short line, and its
legend gives way where it would make the cells scroll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import CTRL, AppRun, Launcher, pick, press
from helpers.reasoning_view import choices_cut, first_lines_height, reasoning_problems
from PySide6.QtCore import QRect, QSize, Qt
from test_screen_fit import screen, screen_problems, settle  # noqa: F401 - screen is a fixture

from ptquiz_gui.views.quiz.navigator import COLUMNS_BESIDE
from ptquiz_gui.views.quiz.quiz_layout import QUESTION_ROOM_CHARS

SMALL = pytest.param(QSize(800, 600), 0, id="800x600")
SMALL_LARGE_TEXT = pytest.param(QSize(1024, 600), 4, id="1024x600-text+4")
LAPTOP = QSize(1366, 768)
TALL = QSize(1920, 1200)


def _check_a_wrong_answer(run: AppRun, steps: int = 0) -> None:
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Return)  # the first bank, in practice
    pick(run, right=False)
    press(Qt.Key.Key_Return)
    settle()


@pytest.mark.parametrize(("screen", "steps"), [SMALL, SMALL_LARGE_TEXT], indirect=["screen"])
def test_a_short_window_scrolls_the_choices_to_the_verdict_in_one_column(
    launch: Launcher, data_dir: Path, screen: QRect, steps: int
) -> None:
    run = launch(data_dir)
    _check_a_wrong_answer(run, steps)
    pane = run.quiz.question_pane
    assert pane.single_column
    assert not pane.reasoning_area.isVisible()  # no second slot, no splitter through the choices
    assert pane.scroll_area.widget().isAncestorOf(pane.reasoning_panel)
    assert reasoning_problems(pane) == []
    assert run.quiz.reasoning_panel.verdict_label.text() == "✗ Not quite"

    scrolled = pane.scroll_area.verticalScrollBar().value()
    viewport = pane.scroll_area.viewport()
    verdict_end = pane.reasoning_panel.mapTo(viewport, pane.reasoning_panel.rect().topLeft()).y()
    verdict_end += first_lines_height(pane)
    assert scrolled > 0, "the verdict was below the choices, out of view"
    assert choices_cut(pane) == []
    # no further than the verdict's first lines need, or than just past a choice they would cut
    ends = [b.mapTo(viewport, b.rect().bottomLeft()).y() + 1 for b in pane.choice_list.buttons()]
    assert verdict_end >= viewport.height() - 2 or 0 in ends, "scrolled further than the verdict needs"
    assert screen_problems(run, screen) == []

    press(Qt.Key.Key_Return)  # the next question starts at its top, with no reasoning
    settle()
    assert not pane.reasoning_panel.isVisible()
    assert pane.scroll_area.verticalScrollBar().value() == 0


@pytest.mark.parametrize("screen", [TALL], indirect=True)
def test_a_tall_window_keeps_the_question_and_the_reasoning_apart(
    launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    run = launch(data_dir)
    _check_a_wrong_answer(run)
    pane = run.quiz.question_pane
    assert not pane.single_column
    assert pane.reasoning_area.isVisible()
    assert pane.reasoning_area.widget().isAncestorOf(pane.reasoning_panel)
    assert reasoning_problems(pane) == []


@pytest.mark.parametrize("screen", [TALL], indirect=True)
def test_the_reasoning_follows_the_window_between_tall_and_short(
    launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    run = launch(data_dir)
    _check_a_wrong_answer(run)
    pane = run.quiz.question_pane
    tall = run.window.size()
    run.window.resize(800, 560)
    settle()
    assert pane.single_column and pane.reasoning_panel.isVisible()
    assert not pane.reasoning_area.isVisible()
    run.window.resize(tall)
    settle()
    assert not pane.single_column
    assert pane.reasoning_area.isVisible() and pane.reasoning_panel.isVisible()
    assert reasoning_problems(pane) == []


@pytest.mark.parametrize(("screen", "steps"), [SMALL, SMALL_LARGE_TEXT], indirect=["screen"])
def test_the_navigator_leaves_the_question_a_full_line_and_shows_every_cell(
    launch: Launcher, data_dir: Path, screen: QRect, steps: int
) -> None:
    run = launch(data_dir)
    _check_a_wrong_answer(run, steps)
    panel = run.quiz.navigator_panel
    assert panel.beside and panel.columns < COLUMNS_BESIDE
    char = run.quiz.fontMetrics().averageCharWidth()
    assert run.quiz.question_pane.width() >= QUESTION_ROOM_CHARS * char
    assert panel.view.verticalScrollBar().maximum() == 0, "a question's cell is out of view"
    cells = [panel.view.visualRect(panel.view.model().index(row, 0)) for row in range(10)]
    assert all(panel.view.viewport().rect().contains(cell) for cell in cells)


@pytest.mark.parametrize("screen", [LAPTOP], indirect=True)
def test_a_laptop_screen_keeps_five_columns_and_the_legend(
    launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    run = launch(data_dir)
    _check_a_wrong_answer(run)
    panel = run.quiz.navigator_panel
    assert panel.columns == COLUMNS_BESIDE
    assert panel.legend.isVisible()


def _long_bank(folder: Path, count: int) -> None:
    questions = "".join(
        f"  - id: q{n}\n"
        f"    prompt: Which number is {n}?\n"
        f'    choices: ["{n}", "{n + 1}", "{n + 2}", "{n + 3}"]\n'
        f'    answer: "{n}"\n'
        for n in range(count)
    )
    folder.mkdir(parents=True, exist_ok=True)
    text = f"format: 1\nid: aaa-long\ntitle: A long bank\npass_mark: 70\nquestions:\n{questions}"
    (folder / "aaa-long.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("screen", [LAPTOP], indirect=True)
def test_a_long_bank_scrolls_its_cells_and_keeps_the_legend(
    launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    _long_bank(data_dir / "banks", 80)
    run = launch(data_dir)
    run.window.starts.start_practice("aaa-long")
    settle()
    assert run.attempt().size == 80
    panel = run.quiz.navigator_panel
    assert panel.view.verticalScrollBar().maximum() > 0  # 80 cells cannot all show
    assert panel.legend.isVisible()


@pytest.mark.parametrize(
    ("screen", "steps"),
    [SMALL, SMALL_LARGE_TEXT, pytest.param(LAPTOP, 0, id="1366x768"), pytest.param(TALL, 0, id="1920x1200")],
    indirect=["screen"],
)
def test_no_choice_is_cut_through_after_a_check(launch: Launcher, data_dir: Path, screen: QRect, steps: int) -> None:
    """Ten questions of a bank, each checked (wrong, then right, in turn): in one column or
    split, the question's pane never shows a choice as a sliver cut by its edge, and on a
    laptop's screen the reasoning follows the choices (a split left only the first choice)."""
    run = launch(data_dir)
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Return)
    pane = run.quiz.question_pane
    cut: dict[int, list[str]] = {}
    for number in range(run.attempt().size):
        pick(run, right=number % 2 == 1)
        press(Qt.Key.Key_Return)
        settle()
        assert reasoning_problems(pane) == [], number
        assert pane.single_column == (screen.height() < TALL.height())
        if found := choices_cut(pane):
            cut[number + 1] = found
        press(Qt.Key.Key_Return)
        if number + 1 == run.attempt().size:
            break
    assert cut == {}
