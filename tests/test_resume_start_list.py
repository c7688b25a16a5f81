"""The start-up list of unfinished attempts opens showing every row (up to five) without
scrolling where the screen has room, and scrolls within the screen where it has not; its
buttons are named after the attempt they act on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.plan import Mode, PlanKind
from ptquiz_gui.storage.records import AttemptSummary
from ptquiz_gui.views import window_fit
from ptquiz_gui.views.resume.start_offer import SHOWN_ROWS, UnfinishedDialog


def unfinished(n: int) -> AttemptSummary:
    return AttemptSummary(
        id=n,
        bank_id=f"bank-{n}",
        title=f"PyTorch training loops, part {n}: optimisers, schedulers and gradient clipping",
        mode=Mode.EXAM if n % 2 else Mode.PRACTICE,
        kind=PlanKind.BANK,
        status=Status.IN_PROGRESS,
        started_at=datetime(2026, 12, 6, 17, n, tzinfo=UTC),
        finished_at=None,
        total=10,
        answered=2,
        score=None,
        percent=None,
        elapsed=20.0,
        time_limit=900 if n % 2 else None,
        pass_mark=70,
        timed_out=False,
        current=2,
    )


@pytest.fixture
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    size: QSize = request.param
    rect = QRect(0, 0, size.width(), size.height())
    monkeypatch.setattr(window_fit, "available_geometry", lambda _widget: QRect(rect))
    yield rect


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    """The main window the list opens over; the application's font is put back afterwards."""
    font = QFont(QApplication.font())
    shown = QWidget()
    qtbot.addWidget(shown)
    yield shown
    QApplication.setFont(font)


def open_list(qtbot: QtBot, window: QWidget, attempts: int, scale: float = 1.0) -> UnfinishedDialog:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(font)  # as View → Larger text does
    window.resize(1180, 700)
    window.show()
    dialog = UnfinishedDialog([unfinished(n) for n in range(attempts)], lambda _id: True, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(4):  # the layouts settle: a wrapped label asks for another pass
        QApplication.processEvents()
    return dialog


def buttons_in_view(dialog: UnfinishedDialog) -> list[bool]:
    """For each Resume and Discard… button: whether the whole of it shows in the list's viewport."""
    viewport = dialog.rows_area.viewport()
    shown = viewport.rect()
    result = []
    for button in dialog.rows.buttons():
        top_left = button.mapTo(viewport, button.rect().topLeft())
        result.append(shown.contains(QRect(top_left, button.size())))
    return result


@pytest.mark.parametrize("screen", [QSize(1366, 768)], indirect=True)
@pytest.mark.parametrize("scale", [1.0, 1.4])
def test_three_attempts_show_every_row_without_scrolling(
    qtbot: QtBot, window: QWidget, screen: QRect, scale: float
) -> None:
    dialog = open_list(qtbot, window, 3, scale)
    assert buttons_in_view(dialog) == [True] * 6, "every Resume and Discard… in view"
    assert dialog.rows_area.verticalScrollBar().maximum() == 0, "nothing to scroll"
    assert dialog.height() + window_fit.FRAME_ALLOWANCE.height() <= screen.height()


@pytest.mark.parametrize("screen", [QSize(1366, 768)], indirect=True)
def test_many_attempts_show_the_first_five_and_scroll_to_the_rest(
    qtbot: QtBot, window: QWidget, screen: QRect
) -> None:
    dialog = open_list(qtbot, window, 9)
    in_view = buttons_in_view(dialog)
    assert in_view[: 2 * SHOWN_ROWS] == [True] * (2 * SHOWN_ROWS)
    assert not all(in_view)
    assert dialog.rows_area.verticalScrollBar().maximum() > 0, "the rest scroll"


@pytest.mark.parametrize("screen", [QSize(800, 600)], indirect=True)
def test_on_a_short_screen_the_list_scrolls_inside_the_screen(
    qtbot: QtBot, window: QWidget, screen: QRect
) -> None:
    dialog = open_list(qtbot, window, 5, 1.8)
    assert dialog.height() + window_fit.FRAME_ALLOWANCE.height() <= screen.height()
    assert dialog.width() + window_fit.FRAME_ALLOWANCE.width() <= screen.width()
    assert buttons_in_view(dialog)[:2] == [True, True], "the first row shows"
    assert dialog.rows_area.verticalScrollBar().maximum() > 0, "the rest scroll"


@pytest.mark.parametrize("screen", [QSize(1366, 768)], indirect=True)
def test_each_button_is_named_after_its_attempt(qtbot: QtBot, window: QWidget, screen: QRect) -> None:
    dialog = open_list(qtbot, window, 2)
    buttons = dialog.rows.buttons()
    names = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in buttons]
    assert names[0].startswith("Resume: Practice of “PyTorch training loops, part 0:")
    assert names[1].startswith("Discard: Practice of “PyTorch training loops, part 0:")
    assert names[2].startswith("Resume: Exam of “PyTorch training loops, part 1:")
    assert "question 3 of 10 · 14:40 left, 2 of 10 questions answered" in names[2]
    assert all(isinstance(b, QPushButton) for b in dialog.rows.buttons())
    assert dialog.rows_area.focusPolicy() == Qt.FocusPolicy.NoFocus, "the scroll area is no Tab stop of its own"
    focusable = [
        w.accessibleName() or w.text()
        for w in dialog.findChildren(QPushButton)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert sorted(focusable) == sorted([*names, "&Not now"]), "every Tab stop says what it does"
