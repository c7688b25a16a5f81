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
from app_fixtures import CTRL, DialogDriver, Launcher, confirm_quiz_dialog, named, press
from helpers.catalogues import TRANSLATIONS, lrelease
from helpers.pseudo_tour import answer_by_keys, record
from helpers.screen_text import cut_off
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDialog, QScrollArea, QStyle
from pytestqt.qtbot import QtBot
from test_screen_fit import report, screen, screen_problems, settle  # noqa: F401 - screen is a fixture

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.library_model import Column
from ptquiz_gui.views import language
from ptquiz_gui.views.language import LANGUAGE_ENV
from ptquiz_gui.views.library.bank_columns import FITTED_COLUMNS
from ptquiz_gui.views.library.detail_pane import DetailPane

BANKS = Path(__file__).parent / "data" / "pseudo_banks"  # 41 and 42 in brackets, 43 broken


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German catalogue (and the English plurals), compiled from the committed ``.ts`` files."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted(TRANSLATIONS.glob("ptquiz_*.ts")):
        lrelease(ts, folder / ts.with_suffix(".qm").name)
    return folder


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
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    monkeypatch.setattr(language, "catalogue", lambda code: str(compiled / f"ptquiz_{code}.qm"))
    bundled = tmp_path / "no-bundled-banks"
    bundled.mkdir()
    monkeypatch.setattr("ptquiz_gui.app_services.bundled_banks_dir", lambda: bundled)
    banks = data_dir / "banks"
    banks.mkdir(exist_ok=True)
    for bank in BANKS.glob("*.yaml"):
        (banks / bank.name).write_bytes(bank.read_bytes())
    run = launch(data_dir)
    window = run.window
    assert window.translations is not None and window.translations.code == "de"
    problems: dict[str, list[str]] = {}

    def look(what: str) -> None:
        settle()
        if found := screen_problems(run, screen) + cut_off(window) + _first_row_hidden(window.library_page.detail):
            problems[what] = found

    look("library with a broken bank")
    record(run, "41", right=[True, False, True, False])
    record(run, "41", right=[True], finish=False)
    window.show_banks()
    look("library with a score, readiness and an unfinished attempt")

    window.starts.start_practice("42")
    look("a practice question")
    item = run.attempt().item
    wrong = next(i for i in range(len(item.choice_order)) if i not in item.shown_keys)
    press(Qt.Key(Qt.Key.Key_1 + wrong))
    press(Qt.Key.Key_Return)
    look("a wrong answer's reasoning")
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
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    monkeypatch.setattr(language, "catalogue", lambda code: str(compiled / f"ptquiz_{code}.qm"))
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
