"""Right to left: with ``--reverse`` (or a right-to-left language) the layouts mirror and
nothing overlaps.

Each page is built twice, left to right and right to left, from the same banks, settings
and clock on a 1024×600 screen. Every named widget of the right-to-left window must sit
where the mirror image of its left-to-right place is (same size, same height on the page,
``x`` reflected across the window), and no two visible sibling widgets may overlap. A
screenshot of each right-to-left page is saved in the test's folder (the checks are on
geometry, not pixels). ``ar`` and the other right-to-left languages have no catalogue yet,
so ``--reverse`` stands in for them; a test with a tiny Arabic catalogue checks that such a
language would turn the window too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app_fixtures import AppRun, Launcher, answer_practice, pick, press
from helpers.catalogues import lrelease
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QSplitterHandle, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot
from test_screen_fit import settle

from ptquiz_gui import cli
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.settings import Settings
from ptquiz_gui.views import language, window_fit
from ptquiz_gui.views.language import Translations

REPO = Path(__file__).resolve().parent.parent
SCREEN = QRect(0, 0, 1024, 600)
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
# Qt's layouts mirror where widgets go but not a layout's own margins: setContentsMargins(12, 6,
# 6, 6) keeps 12 px on the left in both directions. That much is no mirroring fault.
SLACK = 8


@pytest.fixture
def direction(qapp: QApplication) -> Iterator[Callable[[Qt.LayoutDirection], None]]:
    """Sets the application's layout direction, as ``-reverse`` does; left to right afterwards."""
    yield qapp.setLayoutDirection
    qapp.setLayoutDirection(LTR)


@pytest.fixture
def on_small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_fit, "available_geometry", lambda _widget: QRect(SCREEN))


# --- what "mirrored" and "overlapping" mean -------------------------------------------------------


def place(widget: QWidget) -> QRect:
    """Where ``widget`` is in its window."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def named_widgets(window: QWidget) -> dict[str, QWidget]:
    """The visible widgets with a name of their own that only one widget has."""
    seen: dict[str, list[QWidget]] = {}
    for widget in window.findChildren(QWidget):
        name = widget.objectName()
        if name and not name.startswith("qt_") and widget.isVisible() and not widget.isWindow():
            seen.setdefault(name, []).append(widget)
    return {name: widgets[0] for name, widgets in seen.items() if len(widgets) == 1}


def places(window: QWidget) -> dict[str, QRect]:
    """Where each named widget is (taken before the direction changes: it changes every window)."""
    return {name: place(widget) for name, widget in named_widgets(window).items()}


def not_mirrored(left: dict[str, QRect], width: int, rtl: QWidget) -> list[str]:
    """Named widgets of ``rtl`` not at the mirror image of their ``left`` places in a window as wide."""
    assert width == rtl.width(), "both windows must be as wide"
    right = places(rtl)
    assert len(left) > 10 and set(left) == set(right), set(left) ^ set(right)
    found = []
    for name, was in left.items():
        now = right[name]
        mirror = QRect(width - was.x() - was.width(), was.y(), was.width(), was.height())
        if abs(now.x() - mirror.x()) > SLACK or abs(now.y() - mirror.y()) > 1 or now.size() != mirror.size():
            found.append(f"{name}: {now.getRect()} right to left, the mirror of {was.getRect()} is {mirror.getRect()}")
    return found


def _scroll_area_parts(parent: QWidget) -> bool:
    """A scroll area's viewport, scroll bars and corner are placed by the area itself."""
    return isinstance(parent, QAbstractScrollArea)


def overlaps(window: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles share pixels."""
    found = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not parent.isVisible() or isinstance(parent, QStackedWidget) or _scroll_area_parts(parent):
            continue
        children = [
            w
            for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible() and not w.isWindow() and not w.geometry().isEmpty()
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.isEmpty() or isinstance(first, QSplitterHandle) or isinstance(second, QSplitterHandle):
                    continue
                found.append(
                    f"{_label(first)} {first.geometry().getRect()} overlaps {_label(second)} "
                    f"{second.geometry().getRect()} in {_label(parent)}"
                )
    return found


def _label(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def left_of(first: QWidget, second: QWidget) -> bool:
    return place(first).center().x() < place(second).center().x()


# --- the pages ----------------------------------------------------------------------------------


def open_window(launch: Launcher, folder: Path) -> AppRun:
    folder.mkdir()
    settings = Settings(shuffle=False)  # the same question and choice order in both windows
    return launch(folder, FakeClock(), settings)


PAGES: dict[str, Callable[[AppRun], None]] = {}


def page(name: str) -> Callable[[Callable[[AppRun], None]], Callable[[AppRun], None]]:
    def register(go: Callable[[AppRun], None]) -> Callable[[AppRun], None]:
        PAGES[name] = go
        return go

    return register


@page("library")
def _library(run: AppRun) -> None:
    run.window.library_page.view.setFocus()


@page("quiz")
def _quiz(run: AppRun) -> None:
    press(Qt.Key.Key_Return)  # practice the first bank
    answer_practice(run, right=True)
    pick(run, right=False)
    press(Qt.Key.Key_Return)  # the reasoning panel shows


@page("results")
def _results(run: AppRun) -> None:
    press(Qt.Key.Key_Return)
    for _ in range(3):
        answer_practice(run, right=True)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = run.quiz.open_dialog()
    assert box is not None
    press(Qt.Key.Key_Return, to=box.focusWidget() or box)


@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_mirrors_right_to_left_and_nothing_overlaps(
    name: str,
    launch: Launcher,
    tmp_path: Path,
    qtbot: QtBot,
    direction: Callable[[Qt.LayoutDirection], None],
    on_small_screen: None,
) -> None:
    go = PAGES[name]
    left = open_window(launch, tmp_path / "ltr")
    go(left)
    settle()
    seen, width, shown = places(left.window), left.window.width(), left.window.stack.currentWidget().objectName()
    launch.close(left)
    direction(RTL)  # as -reverse sets it, before the window is built
    right = open_window(launch, tmp_path / "rtl")
    assert right.window.layoutDirection() == RTL
    go(right)
    settle()
    shot = Path(os.environ.get("PTQUIZ_RTL_SHOTS", tmp_path)) / f"rtl-{name}.png"
    assert right.window.grab().save(str(shot)), shot
    assert right.window.stack.currentWidget().objectName() == shown
    moved = not_mirrored(seen, width, right.window)
    assert moved == [], "\n".join(moved)
    overlapping = overlaps(right.window)
    assert overlapping == [], "\n".join(overlapping)


def test_the_library_list_and_the_details_swap_sides(
    launch: Launcher, tmp_path: Path, direction: Callable[[Qt.LayoutDirection], None], on_small_screen: None
) -> None:
    left = open_window(launch, tmp_path / "ltr")
    assert left_of(left.window.library_page.view, left.window.library_page.detail)
    launch.close(left)
    direction(RTL)
    right = open_window(launch, tmp_path / "rtl").window.library_page
    settle()
    assert left_of(right.detail, right.view)
    assert left_of(right.history_button, right.search)


def test_the_overlap_check_sees_two_labels_on_top_of_each_other(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first, second, apart = QLabel("one", parent), QLabel("two", parent), QLabel("three", parent)
    first.setGeometry(0, 0, 60, 20)
    second.setGeometry(50, 0, 60, 20)
    apart.setGeometry(0, 30, 60, 20)
    parent.resize(200, 60)
    parent.show()
    assert len(overlaps(parent)) == 1


# --- how a window becomes right to left ---------------------------------------------------------


@pytest.mark.parametrize("flag", ["--reverse", "-reverse"])
def test_the_command_line_flag_turns_the_window_right_to_left(
    flag: str, monkeypatch: pytest.MonkeyPatch, direction: Callable[[Qt.LayoutDirection], None]
) -> None:
    seen: list[Qt.LayoutDirection] = []

    def run_gui(data_dir: str | None, request: object = None) -> int:
        seen.append(QGuiApplication.layoutDirection())
        return 0

    monkeypatch.setattr("ptquiz_gui.app.run_gui", run_gui)
    assert cli.main([flag]) == 0
    assert seen == [RTL]


def test_without_the_flag_the_window_stays_left_to_right(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Qt.LayoutDirection] = []

    def run_gui(data_dir: str | None, request: object = None) -> int:
        seen.append(QGuiApplication.layoutDirection())
        return 0

    monkeypatch.setattr("ptquiz_gui.app.run_gui", run_gui)
    assert cli.main(["--data-dir", "/nonexistent-ptquiz-test"]) == 0
    assert seen == [LTR]


def test_ptquiz_reverse_opens_the_window(tmp_path: Path) -> None:
    """The real program accepts the flag and paints its window (it quits after the first paint)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PTQUIZ_DATA_DIR=str(tmp_path / "data"),
        PTQUIZ_BENCH_EXIT_AFTER_PAINT="1",
    )
    done = subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "-reverse"], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "PTQUIZ_FIRST_PAINT" in done.stdout


def test_the_flag_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    assert "--reverse" in capsys.readouterr().out


ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>language</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>اتبع النظام</translation>
    </message>
</context>
</TS>
"""


def test_a_right_to_left_language_turns_the_window_too(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, direction: Callable[[Qt.LayoutDirection], None]
) -> None:
    ts = tmp_path / "ptquiz_ar.ts"
    ts.write_text(ARABIC_TS, encoding="utf-8")
    lrelease(ts, tmp_path / "ptquiz_ar.qm")
    monkeypatch.setattr(language, "catalogue", lambda code: str(tmp_path / f"ptquiz_{code}.qm"))
    translations = Translations()
    translations.install(qapp, "ar")
    try:
        assert translations.code == "ar"
        assert qapp.layoutDirection() == RTL
    finally:
        translations.uninstall(qapp)
