"""History → Spaced review's "Due in the next 30 days" chart reads on its own: a day axis
(today, then a date a week), a count axis in whole numbers and each day's count over its
bar, all inside the chart, none over another, at the normal text size and at the largest."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.review_stats import DueDay
from ptquiz_gui.settings import FONT_SCALE_MAX
from ptquiz_gui.views.review.review_charts import DueBars, count_ticks

TODAY = date(2026, 12, 7)
DUE = {0: 2, 3: 12, 9: 1}


def chart(qtbot: QtBot, width: int, scale: float) -> DueBars:
    bars = DueBars()
    qtbot.addWidget(bars)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    bars.setFont(font)
    bars.set_days([DueDay(TODAY + timedelta(days=d), DUE.get(d, 0)) for d in range(30)])
    bars.resize(width, bars.sizeHint().height())
    bars.show()
    return bars


def inked(image: QImage, rect: QRectF, background: QColor) -> bool:
    """Some pixel of ``rect`` is not the background: something is drawn there."""
    box = rect.toAlignedRect().intersected(image.rect())
    return any(
        image.pixelColor(x, y) != background
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("scale", [1.0, FONT_SCALE_MAX])
@pytest.mark.parametrize("width", [700, 360])
def test_the_due_chart_names_its_days_and_counts(qtbot: QtBot, width: int, scale: float) -> None:
    bars = chart(qtbot, width, scale)
    drawn = bars.chart_layout()

    days = [label.text for label in drawn.day_labels]
    assert days[0] == "today"
    weekly = ["2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04"]
    assert days[1:] in (weekly, weekly[1::2], weekly[3:])  # a date a week, or fewer when narrow
    assert len(drawn.day_marks) == len(days)
    for mark, label in zip(drawn.day_marks[1:], drawn.day_labels[1:], strict=True):  # each under its day
        bar = drawn.bars[(date.fromisoformat(label.text) - TODAY).days]
        assert mark == pytest.approx(bar.center().x())
        assert label.rect.left() <= mark <= label.rect.right()
    assert drawn.day_marks[0] == pytest.approx(drawn.bars[0].center().x())

    assert [label.text for _y, label in drawn.ticks] == ["0", "5", "10", "15"]  # whole numbers past 12
    heights = [bar.height() for bar in drawn.bars]
    assert heights[3] == pytest.approx(drawn.plot.height() * 12 / 15)
    assert heights[0] == pytest.approx(heights[3] * 2 / 12) and heights[1] == 0
    counts = {label.text: label.rect for label in drawn.count_labels}
    assert set(counts) == {"2", "12", "1"}
    assert counts["12"].bottom() == pytest.approx(drawn.bars[3].top())  # the count over its bar

    ticks = [label for _y, label in drawn.ticks]
    labels = [label.rect for label in (*drawn.day_labels, *ticks, *drawn.count_labels)]
    assert all(QRectF(bars.rect()).contains(rect) for rect in labels)
    assert not [(a, b) for a, b in combinations(labels, 2) if a.intersects(b)]

    image = bars.grab().toImage()
    background = bars.palette().color(QPalette.ColorRole.Window)
    assert all(inked(image, rect, background) for rect in labels), "every label is drawn"
    said = "2026-12-07: 2 reviews; 2026-12-10: 12 reviews; 2026-12-16: 1 review"
    assert bars.accessibleDescription() == said


def test_the_count_axis_steps_by_round_whole_numbers() -> None:
    assert count_ticks(0) == [0, 1]
    assert count_ticks(3) == [0, 1, 2, 3]
    assert count_ticks(5) == [0, 2, 4, 6]
    assert count_ticks(12) == [0, 5, 10, 15]
    assert count_ticks(40) == [0, 10, 20, 30, 40]
    assert count_ticks(950) == [0, 500, 1000]


def test_the_chart_grows_with_its_text(qtbot: QtBot) -> None:
    assert chart(qtbot, 700, FONT_SCALE_MAX).sizeHint().height() > chart(qtbot, 700, 1.0).sizeHint().height()


@pytest.mark.usefixtures("english")
def test_with_nothing_due_the_axes_still_read(qtbot: QtBot) -> None:
    bars = DueBars()
    qtbot.addWidget(bars)
    bars.set_days([DueDay(TODAY + timedelta(days=d), 0) for d in range(30)])
    bars.resize(700, bars.sizeHint().height())
    drawn = bars.chart_layout()
    assert [label.text for _y, label in drawn.ticks] == ["0", "1"]
    assert drawn.day_labels[0].text == "today" and drawn.count_labels == []
    assert bars.accessibleDescription() == "No reviews are due in the next 30 days."
    assert bars.focusPolicy() == Qt.FocusPolicy.TabFocus


@pytest.mark.usefixtures("english")
def test_counts_side_by_side_never_overlap(qtbot: QtBot) -> None:
    bars = DueBars()
    qtbot.addWidget(bars)
    bars.set_days([DueDay(TODAY + timedelta(days=d), 100 + d) for d in range(30)])
    bars.resize(360, bars.sizeHint().height())
    drawn = bars.chart_layout()
    shown = [label.text for label in drawn.count_labels]
    assert shown[0] == "100" and 1 < len(shown) < 30  # every other one, or fewer: never one over another
    assert all(a.rect.right() < b.rect.left() for a, b in zip(drawn.count_labels, drawn.count_labels[1:]))
    assert [label.text for _y, label in drawn.ticks] == ["0", "50", "100", "150"]


def test_a_day_without_study_stands_out_from_the_window_at_three_to_one(qtbot: QtBot) -> None:
    from ptquiz_gui.views.review.review_charts import CELL, StudyCalendar
    from ptquiz_gui.views.theme import contrast

    calendar = StudyCalendar()
    qtbot.addWidget(calendar)
    calendar.set_days({}, date(2026, 12, 7))
    image = calendar.grab().toImage()
    window = calendar.palette().color(QPalette.ColorRole.Window)
    edge = image.pixelColor(0, CELL // 2)  # the left edge of the first day
    assert contrast(edge, window) >= 3.0
