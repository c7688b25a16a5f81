"""The two charts of History → Spaced review, each with a text alternative.

``DueBars`` draws the reviews due on each of the next 30 days; ``StudyCalendar`` the days
studied in the last year. A screen reader meets each as one Tab stop (with a focus frame
when it has the focus) whose name says what it shows and whose description says it in words.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.domain.review_stats import DueDay
from ptquiz_gui.views.markdown import mix

HEATMAP_WEEKS = 53
CELL = 11
GAP = 2


def _day_words(day: date) -> str:
    return display.day(datetime.combine(day, time(12)))  # noon, local: the same calendar day


def _paint_focus(widget: QWidget, painter: QPainter) -> None:
    if widget.hasFocus():
        painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5))


class DueBars(QWidget):
    """One bar a day for the next 30 days, today at the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_bars")
        self.setAccessibleName(self.tr("Reviews due on each of the next 30 days"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.days: list[DueDay] = []
        self.setMinimumHeight(60)
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
        return QSize(360, 60)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.days:
            highest = max(1, max(d.count for d in self.days))
            width = self.width() / len(self.days)
            colour = self.palette().color(QPalette.ColorRole.Highlight)
            for i, day in enumerate(self.days):
                height = (self.height() - 2) * day.count / highest
                bar = QRectF(i * width + 1, self.height() - height, max(1.0, width - 2), height)
                painter.fillRect(bar, colour)
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
        empty = mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.08)
        full = palette.color(QPalette.ColorRole.Highlight)
        highest = max([1, *self.days.values()])
        day = self.first_day()
        while day <= self.today:
            week, weekday = (day - self.first_day()).days // 7, day.weekday()
            answers = self.days.get(day, 0)
            colour = empty if not answers else mix(empty, full, 0.35 + 0.65 * answers / highest)
            painter.fillRect(QRectF(week * (CELL + GAP), weekday * (CELL + GAP), CELL, CELL), colour)
            day += timedelta(days=1)
        _paint_focus(self, painter)
        painter.end()
