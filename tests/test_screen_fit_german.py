"""The library and the results in German on small screens (1024×600 and 800×600): nothing
reaches past the window or its parent, nothing is squeezed, and no label, button, column
title or cell is narrower than its German text.

German words are long, and the pseudo-locale test checks every screen with words 40 % longer
at 1024×600; this one checks the real translation, at the narrower screen too, on the
screens whose layout changes with the length of their words: the library (its columns, its
details with an unfinished attempt, a problems panel), a practice question with and without its
reasoning, and the results of a practice and of an exam. The banks are the
pseudo-locale test's, whose text is in brackets, so that only bank text may be elided.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import CTRL, SHIFT, DialogDriver, Launcher, confirm_quiz_dialog, named, press
from helpers.catalogues import speak
from helpers.pseudo_tour import answer_by_keys, only_bracketed_banks, record
from helpers.reasoning_view import reasoning_problems
from helpers.screen_text import cut_off
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea, QStyle, QTextEdit
from pytestqt.qtbot import QtBot
from test_screen_fit import report, screen, screen_problems, settle  # noqa: F401 - screen is a fixture

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.library_model import Column
from ptquiz_gui.views.library.bank_columns import FITTED_COLUMNS
from ptquiz_gui.views.library.detail_pane import DetailPane




@pytest.mark.parametrize("screen", [QSize(1024, 600), QSize(800, 600)], indirect=True, ids=["1024x600", "800x600"])
def test_the_library_and_the_results_fit_in_german(
    qtbot: QtBot,
    launch: Launcher,
    data_dir: Path,
    tmp_path: Path,
    compiled: Path,
    screen: QRect,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speak(monkeypatch, "de", compiled)
    only_bracketed_banks(monkeypatch, tmp_path, data_dir)
    run = launch(data_dir)
    window = run.window
    assert window.translations is not None and window.translations.code == "de"
    problems: dict[str, list[str]] = {}

    def look(what: str) -> None:
        settle()
        detail = window.library_page.detail
        shown = screen_problems(run, screen) + cut_off(window)
        if found := shown + (_first_row_hidden(detail) + _lines_cut(detail) if detail.isVisible() else []):
            problems[what] = found

    look("library with a broken bank")
    record(run, "41", right=[True, False, True, False])
    record(run, "41", right=[True], finish=False)
    window.show_banks()
    look("library with a score, readiness and an unfinished attempt")

    window.starts.start_practice("42")
    look("a practice question")
    press(Qt.Key.Key_P)
    look("the pause screen")
    status = run.quiz.status_label
    one_line = status.fontMetrics().lineSpacing() * 1.5
    needs = status.heightForWidth(status.width())  # the row may be taller: the hints beside it wrap
    if status.text() and needs > one_line:
        problems["the pause screen's status"] = [f"{status.text()!r} needs {needs} px, over one line"]
    press(Qt.Key.Key_P)
    item = run.attempt().item
    wrong = next(i for i in range(len(item.choice_order)) if i not in item.shown_keys)
    press(Qt.Key(Qt.Key.Key_1 + wrong))
    press(Qt.Key.Key_Return)
    look("a wrong answer's reasoning")
    settle()
    if found := reasoning_problems(run.quiz.question_pane):
        problems["a wrong answer's reasoning, in view"] = found
    press(Qt.Key.Key_Return)
    answer_by_keys(run, right=True)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")
    look("results of a practice")

    press(Qt.Key.Key_Escape)
    with DialogDriver(qtbot, (named("start_exam_dialog"), lambda dialog: _accept(dialog))):
        window.starts.start_exam("42")
    assert run.attempt().mode is Mode.EXAM
    answer_by_keys(run, right=False)
    press(Qt.Key.Key_Return, CTRL)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")
    look("results of an exam")

    assert problems == {}, report(problems)


@pytest.mark.parametrize("screen", [QSize(800, 600)], indirect=True, ids=["800x600"])
@pytest.mark.parametrize("scored", [False, True], ids=["first-run", "with-a-score"])
def test_bank_titles_keep_room_beside_the_figures_in_german(
    launch: Launcher,
    data_dir: Path,
    compiled: Path,
    screen: QRect,
    scored: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The title is what a user reads to pick a bank: at 800×600 in German it showed 18 letters
    while "Beste Punktzahl" (all dashes) and "25 % · bestanden ab 70 %" took the width."""
    speak(monkeypatch, "de", compiled)
    run = launch(data_dir)
    if scored:
        record(run, "pytorch-05", right=[True, False, True, False])
        run.window.show_banks()
    settle()
    page = run.window.library_page
    view, proxy = page.view, page.proxy
    metrics = view.fontMetrics()
    room = view.columnWidth(Column.TITLE) - 2 * (
        view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    )
    shown = {
        title: metrics.elidedText(title, Qt.TextElideMode.ElideRight, room).removesuffix("…")
        for title in (str(proxy.index(row, Column.TITLE).data()) for row in range(proxy.rowCount()))
    }
    assert all(len(part) >= 26 or part == title for title, part in shown.items()), shown
    figures = [c for c in FITTED_COLUMNS if not view.isColumnHidden(c)]
    assert Column.READINESS in figures and Column.LAST in figures
    assert all(view.columnWidth(Column.TITLE) > view.columnWidth(column) for column in figures)
    for column in figures:  # no wider than the heading or the widest figure
        need = max(view.sizeHintForColumn(column), view.header().sectionSizeHint(column))
        assert view.columnWidth(column) == need, proxy.headerData(column, Qt.Orientation.Horizontal)
    ready = proxy.index(0, Column.READINESS)
    assert ready.data() == "25\u00a0%"  # the pass mark is the same in every row: in the tip and the details
    assert ready.data(Qt.ItemDataRole.AccessibleTextRole) == "25\u00a0% · bestanden ab 70\u00a0%"
    assert str(ready.data(Qt.ItemDataRole.ToolTipRole)).startswith("25\u00a0% · bestanden ab 70\u00a0%\n")


@pytest.mark.parametrize("screen", [QSize(800, 600)], indirect=True, ids=["800x600"])
@pytest.mark.parametrize("steps", [0, 2, 4], ids=["text", "text+2", "text+4"])
def test_the_details_show_whole_lines_in_german(
    launch: Launcher,
    data_dir: Path,
    compiled: Path,
    screen: QRect,
    steps: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under the list at 800×600 the details are short: the description was squeezed to a
    sliver, its first line or "Themen:" cut through, the readiness wrapped out of sight. They
    scroll as a whole and end between two lines, for every bank, with an unfinished attempt
    and with several banks selected."""
    speak(monkeypatch, "de", compiled)
    run = launch(data_dir)
    record(run, "pytorch-05", right=[True, False, True, False])
    record(run, "pytorch-05", right=[True], finish=False)
    run.window.show_banks()
    for _ in range(steps):
        press(Qt.Key.Key_Plus, CTRL)
    page = run.window.library_page
    detail = page.detail
    description = detail.findChild(QTextEdit, "detail_description")
    assert description is not None
    problems: dict[str, list[str]] = {}
    for row in range(page.proxy.rowCount()):
        page.select_row(row)
        settle()
        found = _lines_cut(detail) + _first_row_hidden(detail)
        if description.verticalScrollBar().maximum() > 0:
            found.append(f"the description is {description.height()} px tall, its text scrolls inside it")
        for notch in range(1, 4):  # the mouse wheel on the details, a notch at a time
            _wheel_down(detail)
            found.extend(f"{line} after {notch} wheel notches" for line in _lines_cut(detail))
        if found:
            problems[f"bank {row + 1}"] = found
    for _ in range(3):
        press(Qt.Key.Key_Up, SHIFT, to=page.view)
    settle()
    assert detail.mixed_button.text().startswith("&Gemischte Prüfung aus ")
    if found := _lines_cut(detail):
        problems["several banks selected"] = found
    assert problems == {}, report(problems)


def _wheel_down(detail: DetailPane) -> None:
    area = detail.findChild(QScrollArea, "detail_scroll_area")
    assert area is not None
    where = QPointF(area.viewport().rect().center())
    wheel = QWheelEvent(
        where,
        QPointF(area.viewport().mapToGlobal(where.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(area.viewport(), wheel)
    settle()


def _lines_cut(detail: DetailPane) -> list[str]:
    """Lines of text in what the details say about a bank that show in part: cut through by
    the edge of the scrolling details or of the description's box."""
    area = detail.findChild(QScrollArea, "detail_scroll_area")
    assert area is not None
    contents = area.widget()
    sight = QRect(area.viewport().mapTo(detail, QPoint(0, 0)), area.viewport().size())
    lines: list[tuple[str, QRect, QRect]] = []
    for label in contents.findChildren(QLabel):
        if label.isVisible():
            top_left = label.mapTo(detail, QPoint(0, 0))
            lines.extend((text, rect.translated(top_left), sight) for text, rect in _label_lines(label))
    for view in contents.findChildren(QTextEdit):
        if view.isVisible():
            box = QRect(view.viewport().mapTo(detail, QPoint(0, 0)), view.viewport().size())
            top_left = view.viewport().mapTo(detail, QPoint(0, -view.verticalScrollBar().value()))
            lines.extend((text, rect.translated(top_left), sight & box) for text, rect in _document_lines(view))
    return [  # a pixel of a line's height may be the rounding of its position
        f"{text[:40]!r} shows {(rect & room).height()} of its {rect.height()} px"
        for text, rect, room in lines
        if 1 < (rect & room).height() < rect.height() - 1
    ]


def _label_lines(label: QLabel) -> list[tuple[str, QRect]]:
    """A plain-text label's lines as Qt lays them out, in the label."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    room = label.contentsRect()
    lines: list[tuple[str, float, float]] = []
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(room.width())
        height += line.leading()
        lines.append((label.text()[line.textStart() : line.textStart() + line.textLength()], height, line.height()))
        height += line.height()
    layout.endLayout()
    if label.alignment() & Qt.AlignmentFlag.AlignTop:
        top = room.top()
    elif label.alignment() & Qt.AlignmentFlag.AlignBottom:
        top = room.bottom() + 1 - round(height)
    else:
        top = room.top() + (room.height() - round(height)) // 2
    return [(text, QRect(room.left(), top + round(y), room.width(), round(tall))) for text, y, tall in lines]


def _document_lines(view: QTextEdit) -> list[tuple[str, QRect]]:
    """A text view's lines, in its document."""
    document = view.document()
    lines = []
    block = document.begin()
    while block.isValid():
        corner = document.documentLayout().blockBoundingRect(block).topLeft()
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            lines.append((text, line.rect().translated(corner).toAlignedRect()))
        block = block.next()
    return lines


def _first_row_hidden(detail: DetailPane) -> list[str]:
    """The first unfinished attempt's Resume and Discard… buttons in the details, where they are
    not wholly in sight (the fit checks let a scroll area's contents reach past it)."""
    area = detail.findChild(QScrollArea, "unfinished_area")
    if area is None or not area.isVisible():
        return []
    sight = area.viewport().rect()
    first = [detail.unfinished.resume_buttons[0], detail.unfinished.discard_buttons[0]]
    return [
        f"{button.text()!r} of the first unfinished attempt is out of sight"
        for button in first
        if not sight.contains(QRect(button.mapTo(area.viewport(), QPoint(0, 0)), button.size()))
    ]


def _accept(dialog: object) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()
