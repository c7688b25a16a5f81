"""The two charts of History → Spaced review, each with a text alternative.

``DueBars`` draws the reviews due on each of the next 30 days over a day and a count axis;
``StudyCalendar`` the days studied in the last year. A screen reader meets each as one Tab
stop (with a focus frame when it has the focus) whose name says what it shows and whose description says it in words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.domain.review_stats import DueDay
from ptquiz_gui.views.markdown import mix
from ptquiz_gui.views.theme import MIN_GRAPHIC_CONTRAST, legible

HEATMAP_WEEKS = 53
CELL = 11
GAP = 2
_PAD = 4
_MARK = 4  # the day axis's marks
_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTRE = Qt.AlignmentFlag.AlignHCenter


def _day_words(day: date) -> str:
    return display.day(datetime.combine(day, time(12)))  # noon, local: the same calendar day


def _paint_focus(widget: QWidget, painter: QPainter) -> None:
    if widget.hasFocus():
        painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5))


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    rect: QRectF
    alignment: Qt.AlignmentFlag


@dataclass(frozen=True, slots=True)
class DueLayout:
    """Where ``DueBars`` draws each part, at its size and font."""

    plot: QRectF
    bars: list[QRectF]  # one a day, today first
    ticks: list[tuple[float, Label]]  # (y, whole number) on the count axis, 0 first
    day_marks: list[float]  # x of each labelled day, marked on the day axis
    day_labels: list[Label]  # today, then a date a week (or more) apart
    count_labels: list[Label]  # a day's count over its bar, unless the count before is in the way


def count_ticks(highest: int, most: int = 5) -> list[int]:
    """Whole numbers from 0 to at least ``highest``, a round step (1, 2, 5, 10, 20…) apart,
    ``most`` of them at most (two at least)."""
    highest, step = max(1, highest), 1
    while math.ceil(highest / step) + 1 > max(2, most):
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2  # 1, 2, 5, 10, 20, 50…
    return list(range(0, math.ceil(highest / step) * step + 1, step))


class DueBars(QWidget):
    """One bar a day for the next 30 days, today at the left, over a day axis (today, then a
    date a week) and a count axis in whole numbers; each day's count over its bar where it
    has room (the axis and the accessible description give every count)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_bars")
        self.setAccessibleName(self.tr("Reviews due on each of the next 30 days"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.days: list[DueDay] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: list[DueDay]) -> None:
        self.days = days
        self.setAccessibleDescription(self.described())
        self.update()

    def described(self) -> str:
        """The chart in words: "2026-12-07: 3 reviews; 2026-12-09: 1 review"."""
        due = [
            self.tr("{day}: %Ln reviews", "", d.count).format(day=_day_words(d.day))
            for d in self.days
            if d.count
        ]
        return "; ".join(due) if due else self.tr("No reviews are due in the next 30 days.")

    def sizeHint(self) -> QSize:
        line = math.ceil(QFontMetricsF(self.font()).height())
        # The counts over the bars, the bars, half a count-axis label, the day marks, the days.
        return QSize(360, line + 5 * line + line // 2 + _MARK + line + 2 * _PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def day_text(self, index: int) -> str:
        return self.tr("today") if index == 0 else _day_words(self.days[index].day)

    def chart_layout(self) -> DueLayout:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        number = display.current_locale().number
        height = self.height() - 2.5 * line - _MARK - 2 * _PAD
        values = count_ticks(max((d.count for d in self.days), default=0), int(height // (1.5 * line)) + 1)
        gutter = max(metrics.horizontalAdvance(number(v)) for v in values) + 2 * _PAD
        plot = QRectF(gutter, line + _PAD, self.width() - gutter - _PAD, height)
        ticks = []
        for value in values:
            y = plot.bottom() - plot.height() * value / values[-1]
            ticks.append((y, Label(number(value), QRectF(0, y - line / 2, gutter - _PAD, line), _RIGHT)))
        slot = plot.width() / max(1, len(self.days))
        bars: list[QRectF] = []
        counts: list[Label] = []
        for i, day in enumerate(self.days):
            tall = plot.height() * day.count / values[-1]
            bar = QRectF(plot.left() + i * slot + 1, plot.bottom() - tall, max(1.0, slot - 2), tall)
            bars.append(bar)
            if day.count:  # over its bar, wider than it if need be, but never over the count before
                text = number(day.count)
                width = metrics.horizontalAdvance(text) + 2
                left = min(max(plot.left(), bar.center().x() - width / 2), plot.right() - width)
                if not counts or counts[-1].rect.right() + _PAD <= left:
                    counts.append(Label(text, QRectF(left, bar.top() - line, width, line), _CENTRE))
        marks, labels = self._day_labels(metrics, plot, slot)
        return DueLayout(plot, bars, ticks, marks, labels, counts)

    def _day_labels(
        self, metrics: QFontMetricsF, plot: QRectF, slot: float
    ) -> tuple[list[float], list[Label]]:
        """Today and a date a week apart (or two or four weeks, when they would touch), each
        centred under its day's mark, below the count axis's lowest label."""
        top = plot.bottom() + metrics.height() / 2 + _MARK
        for stride in (7, 14, 28):
            marks, labels = [], []
            for index in range(0, len(self.days), stride):
                text = self.day_text(index)
                width = metrics.horizontalAdvance(text) + 2
                centre = plot.left() + (index + 0.5) * slot
                left = min(max(0.0, centre - width / 2), self.width() - width)
                marks.append(centre)
                labels.append(Label(text, QRectF(left, top, width, metrics.height()), _CENTRE))
            if all(a.rect.right() + _PAD <= b.rect.left() for a, b in pairwise(labels)):
                break
        return marks, labels

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.days:
            palette = self.palette()
            text = palette.color(QPalette.ColorRole.WindowText)
            background = palette.color(QPalette.ColorRole.Window)
            drawn = self.chart_layout()
            plot = drawn.plot
            painter.setPen(mix(background, text, 0.2))
            for y, _label in drawn.ticks[1:]:
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            colour = palette.color(QPalette.ColorRole.Highlight)
            for bar in drawn.bars:
                painter.fillRect(bar, colour)
            painter.setPen(mix(background, text, 0.6))
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            painter.drawLine(plot.bottomLeft(), plot.topLeft())
            for x in drawn.day_marks:
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + _MARK))
            painter.setPen(text)
            for label in [*(label for _y, label in drawn.ticks), *drawn.day_labels, *drawn.count_labels]:
                painter.drawText(label.rect, int(label.alignment | Qt.AlignmentFlag.AlignVCenter), label.text)
        _paint_focus(self, painter)
        painter.end()


class StudyCalendar(QWidget):
    """The last year as weeks (columns) of days (rows, Monday on top); darker for more answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("study_calendar")
        self.setAccessibleName(self.tr("Days studied in the last year, darker for more answers"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.days: dict[date, int] = {}
        self.today = date.today()
        self.setFixedSize(HEATMAP_WEEKS * (CELL + GAP), 7 * (CELL + GAP))

    def set_days(self, days: dict[date, int], today: date) -> None:
        self.days, self.today = days, today
        self.setAccessibleDescription(self.described())
        self.update()

    def first_day(self) -> date:
        monday = self.today - timedelta(days=self.today.weekday())
        return monday - timedelta(weeks=HEATMAP_WEEKS - 1)

    def described(self) -> str:
        """The chart in words: the days studied, the busiest day and the last."""
        shown = {day: n for day, n in self.days.items() if self.first_day() <= day <= self.today and n}
        if not shown:
            return self.tr("No day studied in the weeks shown.")
        busiest = max(shown, key=lambda day: (shown[day], day))
        return " ".join(
            (
                self.tr("%Ln days studied in the weeks shown.", "", len(shown)),
                self.tr("Most answers on {day}: %Ln.", "", shown[busiest]).format(day=_day_words(busiest)),
                self.tr("Last studied on {day}.").format(day=_day_words(max(shown))),
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
        empty = mix(window, text, 0.06)
        # A day without study is outlined so that it stands out from the window: filled
        # alone it was 1.05:1, and the year was invisible.
        painter.setPen(QPen(legible(window, window, MIN_GRAPHIC_CONTRAST), 1))
        full = palette.color(QPalette.ColorRole.Highlight)
        highest = max([1, *self.days.values()])
        day = self.first_day()
        while day <= self.today:
            week, weekday = (day - self.first_day()).days // 7, day.weekday()
            answers = self.days.get(day, 0)
            cell = QRectF(week * (CELL + GAP), weekday * (CELL + GAP), CELL, CELL)
            if answers:
                painter.fillRect(cell, mix(empty, full, 0.35 + 0.65 * answers / highest))
            else:
                painter.fillRect(cell, empty)
                painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5))
            day += timedelta(days=1)
        _paint_focus(self, painter)
        painter.end()
