"""Every screen and dialog fits a small screen: at 800×600 with the default text, and at
1024×600 with the text four steps larger.

The offscreen platform has one fixed screen, so the screen is simulated: the window reads
the room it may use through ``window_fit.available_geometry``, which each test answers
with the simulated screen. The window then opens at the size it would get there, and the
test checks that it stays inside that screen while every page and dialog is shown, that
no visible widget reaches past its parent (a scroll area's contents may be larger than
its viewport: that is what scrolling is for), and that no widget is squeezed below the
room its text needs (a clipped label such as "Not answei", a cut-off button).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app_fixtures import (
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    answer_practice,
    confirm_quiz_dialog,
    named,
    pick,
    press,
)
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.views import window_fit
from ptquiz_gui.settings import FONT_SCALE_MAX
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.quiz.navigator import cell_size, text_rects
from ptquiz_gui.views.window_fit import PageStack
from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog
from ptquiz_gui.views.dialogs.shortcuts_dialog import ShortcutsDialog
from ptquiz_gui.views.review.card_dialog import CardDialog
from ptquiz_gui.views.review.retention_dialog import RetentionDialog
from ptquiz_gui.importing import prepare

AIKEN = "What is 2 + 2?\nA. 3\nB. 4\nANSWER: B\n"


# --- what "fits" means -----------------------------------------------------------------------


def settle() -> None:
    """Let the layouts finish: a wrapped text that changes height asks for another pass."""
    for _ in range(8):
        QApplication.processEvents()


def _in_scroll_contents(widget: QWidget) -> bool:
    """The viewport of a scroll area holds contents that may be larger than it."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel) else ""
    name = widget.objectName() or type(widget).__name__
    return f"{name}{f' {text[:30]!r}' if text else ''}"


def least_size(widget: QWidget) -> QSize:
    """The least room a layout gives ``widget`` (Qt's qSmartMinSize): below it, it is squeezed."""
    hint, least = widget.sizeHint(), widget.minimumSizeHint()
    policy = widget.sizePolicy()
    size = QSize(0, 0)
    for policy_of, setter, of in (
        (policy.horizontalPolicy(), size.setWidth, QSize.width),
        (policy.verticalPolicy(), size.setHeight, QSize.height),
    ):
        if policy_of != QSizePolicy.Policy.Ignored:
            shrinks = bool(policy_of.value & QSizePolicy.PolicyFlag.ShrinkFlag.value)
            setter(of(least) if shrinks else max(of(hint), of(least)))
    size = size.boundedTo(widget.maximumSize())
    if widget.minimumWidth() > 0:
        size.setWidth(widget.minimumWidth())
    if widget.minimumHeight() > 0:
        size.setHeight(widget.minimumHeight())
    return size.expandedTo(QSize(0, 0))


def least_height_for_width(widget: QWidget) -> int:
    layout = widget.layout()
    if isinstance(widget, PageStack):  # it answers for the page shown only
        return widget.heightForWidth(widget.width())
    if layout is not None and layout.hasHeightForWidth():
        return layout.totalMinimumHeightForWidth(widget.width())
    return widget.heightForWidth(widget.width())


def misfits(root: QWidget) -> list[str]:
    """Visible widgets of ``root`` that reach past their parent or are squeezed below the
    room they need (their minimum size hint, or their height for their width)."""
    found: list[str] = []
    settle()
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        assert parent is not None
        geometry = widget.geometry()
        # A scroll area's own viewport is re-laid by Qt a pass late after a text view fits its
        # height to its text; the text itself is checked through the view's height below.
        own_viewport = isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()
        if not own_viewport and not _in_scroll_contents(widget) and not parent.rect().contains(geometry):
            found.append(f"{_name(widget)} {geometry.getRect()} reaches past {_name(parent)} {parent.size()}")
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # a view's header and a spin box's editor are sized by their owners
        need = least_size(widget)
        if widget.width() < need.width():
            found.append(f"{_name(widget)} is {widget.width()} px wide, needs {need.width()}")
        tall = least_height_for_width(widget) if widget.hasHeightForWidth() else need.height()
        if widget.height() < min(max(tall, need.height()), widget.maximumHeight()):
            found.append(f"{_name(widget)} is {widget.height()} px tall, needs {tall}")
    return found


def page_area(run: AppRun) -> QScrollArea:
    area = run.window.findChild(QScrollArea, "page_area")
    assert area is not None
    return area


def screen_problems(run: AppRun, screen: QRect) -> list[str]:
    """What does not fit on the window now shown."""
    window = run.window
    found = []
    settle()
    if not screen.contains(window.frameGeometry()):
        found.append(f"the window {window.frameGeometry().getRect()} leaves the screen {screen.getRect()}")
    area = page_area(run)
    if area.horizontalScrollBar().isVisible() or area.verticalScrollBar().isVisible():
        stack = run.window.stack
        need = stack.minimumSizeHint()
        found.append(
            f"the page needs {need.width()}x"
            f"{max(need.height(), stack.heightForWidth(area.viewport().width()))},"
            f" more than {area.viewport().width()}x{area.viewport().height()}"
        )
    return found + misfits(window)


def dialog_problems(dialog: QWidget, screen: QRect) -> list[str]:
    found = []
    if dialog.width() > screen.width() or dialog.height() > screen.height():
        found.append(f"the dialog is {dialog.size()}, larger than the screen {screen.size()}")
    return found + misfits(dialog)


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{what}:\n  " + "\n  ".join(found) for what, found in problems.items())


# --- the tour ---------------------------------------------------------------------------------


class Tour:
    def __init__(self, qtbot: QtBot, run: AppRun, screen: QRect) -> None:
        self.qtbot, self.run, self.screen = qtbot, run, screen
        self.problems: dict[str, list[str]] = {}

    def look(self, what: str) -> None:
        if found := screen_problems(self.run, self.screen):
            self.problems[what] = found

    def look_at_dialog(self, what: str, dialog: QWidget) -> None:
        if found := dialog_problems(dialog, self.screen):
            self.problems[what] = found

    def dialog_step(self, what: str, *, accept: bool = False) -> Callable[[QWidget], None]:
        """A ``DialogDriver`` step: look at the dialog, then close it (or accept it)."""

        def act(dialog: QWidget) -> None:
            self.look_at_dialog(what, dialog)
            assert isinstance(dialog, QDialog)
            dialog.accept() if accept else dialog.reject()

        return act

    def card_dialog(self) -> None:
        """The card of the question the results select: the missed first one, so every figure shows."""
        button = self.run.window.findChild(QPushButton, "results_card_button")
        assert button is not None and button.isVisible()
        button.click()
        [dialog] = [d for d in self.run.window.findChildren(CardDialog) if d.isVisible()]
        assert "Stability:" in dialog.figures.text() and dialog.answers.rowCount() == 1
        settle()
        self.look_at_dialog("card dialog", dialog)
        dialog.close()

    def retention_dialog(self) -> None:
        """View → Spaced review retention…, once the reviews a day are estimated (the longest text)."""
        self.run.window.menu.retention_action.trigger()
        [dialog] = [d for d in self.run.window.findChildren(RetentionDialog) if d.isVisible()]
        self.qtbot.waitUntil(lambda: "about" in dialog.workload.text(), timeout=10_000)
        settle()
        self.look_at_dialog("spaced review retention dialog", dialog)
        dialog.reject()


SCREENS = [
    pytest.param(QSize(800, 600), 0, id="800x600"),
    pytest.param(QSize(1024, 600), 4, id="1024x600-text+4"),
]


@pytest.fixture
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    size: QSize = request.param
    rect = QRect(0, 0, size.width(), size.height())
    monkeypatch.setattr(window_fit, "available_geometry", lambda _widget: QRect(rect))
    yield rect


@pytest.mark.parametrize(("screen", "steps"), SCREENS, indirect=["screen"])
def test_every_screen_and_dialog_fits(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect, steps: int, tmp_path: Path
) -> None:
    run = launch(data_dir)
    window = run.window
    assert screen.contains(window.frameGeometry())
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    assert window.settings.font_scale == pytest.approx(1 + steps / 10)
    tour = Tour(qtbot, run, screen)
    tour.look("library")

    press(Qt.Key.Key_Return)  # practice the first bank
    tour.look("practice question")
    pick(run, right=False)
    press(Qt.Key.Key_Return)
    assert run.quiz.reasoning_panel.isVisible()
    tour.look("practice reasoning")
    press(Qt.Key.Key_Return)
    for _ in range(run.attempt().size - 1):
        answer_practice(run, right=True)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")
    tour.look("results")
    tour.card_dialog()

    press(Qt.Key.Key_Escape)  # results → library
    press(Qt.Key.Key_H, CTRL)
    history = window.stack.currentWidget()
    assert isinstance(history, HistoryPage)
    for index, tab in enumerate(("attempts", "progress", "most missed")):
        press(Qt.Key(Qt.Key.Key_1 + index), CTRL)
        tour.look(f"history {tab}")
    press(Qt.Key.Key_Return)  # open the most missed question
    question = history.missed_tab.question_dialog
    assert isinstance(question, QDialog) and question.isVisible()
    settle()
    tour.look_at_dialog("most missed question", question)
    question.reject()
    with DialogDriver(qtbot, (named("backups_dialog"), tour.dialog_step("backups dialog"))):
        history.backups_button.click()

    def every_shortcuts_tab(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            settle()
            tour.look_at_dialog(f"keyboard shortcuts, {dialog.tabs.tabText(index)}", dialog)
        dialog.reject()

    with DialogDriver(qtbot, (named("shortcuts_dialog"), every_shortcuts_tab)):
        window.menu.keys_action.trigger()

    press(Qt.Key.Key_Escape)  # back to the library
    start = tour.dialog_step("start exam dialog", accept=True)
    with DialogDriver(qtbot, (named("start_exam_dialog"), start)):
        press(Qt.Key.Key_E, CTRL)
    assert run.attempt().mode is Mode.EXAM
    tour.look("exam question")
    pick(run, right=True)
    press(Qt.Key.Key_Return)
    tour.look("exam, second question")

    aiken = tmp_path / "sums.txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    preview = ImportPreviewDialog(prepare([aiken]), window)
    preview.show()
    tour.look_at_dialog("import dialog", preview)
    preview.close()

    assert tour.problems == {}, report(tour.problems)


# --- the window on its screen -------------------------------------------------------------


@pytest.mark.parametrize("screen", [QSize(800, 600)], indirect=True)
def test_a_saved_size_larger_than_the_screen_is_not_restored(
    launch: Launcher, data_dir: Path, screen: QRect
) -> None:
    big = launch(data_dir)
    big.window.setGeometry(0, 0, 1400, 900)
    launch.close(big)  # saves the 1400×900 geometry
    again = launch(data_dir)
    assert again.window.settings.window_geometry, "the geometry was saved"
    assert screen.contains(again.window.frameGeometry())


@pytest.mark.parametrize("screen", [QSize(1366, 768)], indirect=True)
def test_larger_text_never_grows_the_window_and_ctrl_0_restores(
    app_on_screen: AppRun, screen: QRect
) -> None:
    run = app_on_screen
    window = run.window
    press(Qt.Key.Key_Return)  # the quiz: the widest page before this issue
    first = window.size()
    for _ in range(12):  # past the largest text size
        press(Qt.Key.Key_Plus, CTRL)
        settle()
        assert screen.contains(window.frameGeometry()), window.settings.font_scale
    assert window.settings.font_scale == pytest.approx(FONT_SCALE_MAX)
    press(Qt.Key.Key_0, CTRL)
    settle()
    assert window.size() == first
    assert screen_problems(run, screen) == []


@pytest.fixture
def app_on_screen(launch: Launcher, data_dir: Path, screen: QRect) -> AppRun:
    return launch(data_dir)


# --- smaller breakages --------------------------------------------------------------------


@pytest.mark.parametrize("scale", [1.0, 1.4, FONT_SCALE_MAX])
@pytest.mark.parametrize("label", ["1", "10", "100"])
def test_the_mark_never_overlaps_the_number_in_a_navigator_cell(qapp: QApplication, scale: float, label: str) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    size = cell_size(font)
    cell = QRectF(0, 0, size, size).adjusted(3, 3, -3, -3)
    number, mark = text_rects(cell, font, label, "✗", current=True)
    assert not number.intersects(mark)
    assert cell.contains(number) and cell.contains(mark)


@pytest.mark.parametrize("scale", [1.0 + step / 10 for step in range(int((FONT_SCALE_MAX - 1.0) * 10) + 1)])
@pytest.mark.parametrize("label", ["9", "10", "99"])
def test_a_one_or_two_digit_number_and_its_mark_share_a_line(qapp: QApplication, scale: float, label: str) -> None:
    """At every text size the keys reach; at 1.3 the current "10✗" put its mark on a second line,
    the number against the cell's top edge."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    size = cell_size(font)
    cell = QRectF(0, 0, size, size).adjusted(3, 3, -3, -3)
    for current in (True, False):
        number, mark = text_rects(cell, font, label, "✗", current=current)
        assert number.top() == mark.top() and number.right() <= mark.left(), (scale, current)


@pytest.mark.parametrize("screen", [QSize(1366, 768)], indirect=True)
def test_the_legend_reads_whole_at_larger_text(app_on_screen: AppRun) -> None:
    """(On a 600 px screen the legend gives way to the cells at this size: test_quiz_short_window.)"""
    for _ in range(4):
        press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Return)
    settle()
    legend = app_on_screen.quiz.navigator_panel.findChildren(QLabel, "legend_words")
    words = [w for w in legend if w.isVisible()]
    assert {w.text() for w in words} == {"Right", "Wrong", "Not answered", "Flagged", "Current"}
    for label in words:
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()


def test_inline_code_follows_a_text_size_change(app: AppRun) -> None:
    press(Qt.Key.Key_Return)
    view = app.quiz.prompt_view
    view.set_markdown("Call `loss.backward()` once.")
    code = next(f for f in fragments(view) if f[0] == "loss.backward()")
    words = next(f for f in fragments(view) if f[0].startswith("Call"))
    assert code[1] == pytest.approx(words[1])
    press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Plus, CTRL)
    code = next(f for f in fragments(view) if f[0] == "loss.backward()")
    words = next(f for f in fragments(view) if f[0].startswith("Call"))
    assert code[1] == pytest.approx(words[1])
    assert words[1] == pytest.approx(view.font().pointSizeF())


def fragments(view: QTextEdit) -> list[tuple[str, float]]:
    """(text, point size as drawn) of each run of text in the view's first paragraph."""
    runs = []
    iterator = view.document().begin().begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        size = fragment.charFormat().fontPointSize() or view.document().defaultFont().pointSizeF()
        runs.append((fragment.text(), size))
        iterator += 1
    return runs


@pytest.mark.parametrize("screen", [QSize(800, 600)], indirect=True)
def test_the_start_exam_dialog_shows_a_long_title_on_two_lines_at_most(
    qtbot: QtBot, app_on_screen: AppRun, screen: QRect
) -> None:
    seen: dict[str, int] = {}

    def measure(dialog: QWidget) -> None:
        settle()
        title = dialog.findChild(QLabel, "start_exam_title")
        assert title is not None
        seen["lines"] = round(title.height() / title.fontMetrics().lineSpacing())
        seen["width"] = dialog.width()
        assert isinstance(dialog, QDialog)
        dialog.reject()

    with DialogDriver(qtbot, (named("start_exam_dialog"), measure)):
        press(Qt.Key.Key_E, CTRL)
    assert 1 <= seen["lines"] <= 2
    assert seen["width"] <= screen.width()


@pytest.mark.parametrize(("screen", "steps"), SCREENS, indirect=["screen"])
def test_unfinished_attempts_in_the_details_and_the_start_up_list_fit(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect, steps: int
) -> None:
    run = launch(data_dir)
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    tour = Tour(qtbot, run, screen)
    for again in (False, True):  # two unfinished attempts at the first bank
        if again:
            with DialogDriver(qtbot, (named("resume_or_new_dialog"), _click("&Start new"))):
                press(Qt.Key.Key_Return)
        else:
            press(Qt.Key.Key_Return)
        answer_practice(run, right=True)
        press(Qt.Key.Key_Escape)
        confirm_quiz_dialog(qtbot, run, "leave_dialog")
    assert len(run.window.library_page.detail.unfinished.resume_buttons) == 2
    settle()
    tour.look("library with two unfinished attempts")
    with DialogDriver(qtbot, (named("resume_dialog"), tour.dialog_step("start-up list of unfinished attempts"))):
        run.window.resumer.offer_at_start()
    assert tour.problems == {}, report(tour.problems)


def _click(text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
        button.click()

    return act



# --- the spaced review's dialogs ------------------------------------------------------------

LAPTOP = QSize(1366, 768)


def _practice_with_a_miss(qtbot: QtBot, run: AppRun, steps: int) -> None:
    """Larger text by ``steps``, then practise the first bank, the first answer wrong: results shown."""
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    assert run.window.settings.font_scale == pytest.approx(min(1 + steps / 10, FONT_SCALE_MAX))
    press(Qt.Key.Key_Return)
    pick(run, right=False)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    for _ in range(run.attempt().size - 1):
        answer_practice(run, right=True)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")


@pytest.mark.parametrize(
    ("screen", "steps"),
    [
        pytest.param(QSize(800, 600), 0, id="800x600"),
        pytest.param(QSize(1024, 600), 4, id="1024x600-text+4"),
        pytest.param(LAPTOP, 0, id="1366x768"),
        pytest.param(LAPTOP, 8, id="1366x768-text+8"),
    ],
    indirect=["screen"],
)
def test_the_retention_dialog_fits(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect, steps: int
) -> None:
    run = launch(data_dir)
    _practice_with_a_miss(qtbot, run, steps)  # a scheduled card, so the dialog estimates its reviews
    press(Qt.Key.Key_Escape)
    tour = Tour(qtbot, run, screen)
    tour.retention_dialog()
    assert tour.problems == {}, report(tour.problems)


@pytest.mark.parametrize(
    ("screen", "steps"),
    [
        pytest.param(LAPTOP, 0, id="1366x768"),
        pytest.param(LAPTOP, 8, id="1366x768-text+8"),
    ],
    indirect=["screen"],
)
def test_the_card_dialog_fits_a_laptop_screen(
    qtbot: QtBot, launch: Launcher, data_dir: Path, screen: QRect, steps: int
) -> None:
    """The smaller screens see it in the tour above."""
    run = launch(data_dir)
    _practice_with_a_miss(qtbot, run, steps)
    tour = Tour(qtbot, run, screen)
    tour.card_dialog()
    assert tour.problems == {}, report(tour.problems)
