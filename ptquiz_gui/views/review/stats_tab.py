"""History → Spaced review: the due forecast for the next 30 days, true retention by interval
band, and a calendar of the days studied with the current streak.

The figures read every answer's day, so on a large history they take a moment: they are
worked out on the window's job runner with a read-only connection of their own, and the
tab fills in when they arrive. A history kept in memory is small and read directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.review_stats import DueDay, TrueRetention
from ptquiz_gui.review_service import ReviewStatistics
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner
from ptquiz_gui.views.markdown import mix

HEATMAP_WEEKS = 53
CELL = 11
GAP = 2


class DueBars(QWidget):
    """One bar a day for the next 30 days, today at the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_bars")
        self.days: list[DueDay] = []
        self.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: list[DueDay]) -> None:
        self.days = days
        self.setAccessibleDescription(", ".join(f"{d.day:%d %b}: {d.count}" for d in days if d.count))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 60)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        painter = QPainter(self)
        highest = max(1, max(d.count for d in self.days))
        width = self.width() / len(self.days)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        for i, day in enumerate(self.days):
            height = (self.height() - 2) * day.count / highest
            painter.fillRect(QRectF(i * width + 1, self.height() - height, max(1.0, width - 2), height), colour)
        painter.end()


class StudyCalendar(QWidget):
    """The last year as weeks (columns) of days (rows, Monday on top); darker for more answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("study_calendar")
        self.days: dict[date, int] = {}
        self.today = date.today()
        self.setFixedSize(HEATMAP_WEEKS * (CELL + GAP), 7 * (CELL + GAP))

    def set_days(self, days: dict[date, int], today: date) -> None:
        self.days, self.today = days, today
        self.update()

    def first_day(self) -> date:
        monday = self.today - timedelta(days=self.today.weekday())
        return monday - timedelta(weeks=HEATMAP_WEEKS - 1)

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
        painter.end()


def _retention_rows(retention: TrueRetention) -> list[tuple[str, str, str, str]]:
    rows = []
    for band in (*retention.bands, retention.young, retention.mature, retention.total):
        share = "—" if band.retention is None else display.percent(100 * band.retention)
        rows.append((band.label, f"{band.reviews:,}", f"{band.right:,}", share))
    return rows


def streak_words(stats: ReviewStatistics) -> str:
    studied = sum(1 for d in stats.days if (stats.today - d).days < 365)
    return (
        f"Current streak: {display.count(stats.streak, 'day')} · "
        f"{display.count(studied, 'day')} studied in the last year"
    )


class ReviewStatsTab(QWidget):
    def __init__(
        self, compute: Callable[[], Callable[[], ReviewStatistics]], runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        """``compute()`` gives the work to run: on a worker (it opens its own connection) or at once."""
        super().__init__(parent)
        self.setObjectName("review_stats_tab")
        self._compute = compute
        self._runner = runner
        self._job: BackgroundJob[ReviewStatistics] | None = None
        self.status = QLabel("Reading the spaced review figures…")
        self.status.setObjectName("review_stats_status")
        self.forecast_label = QLabel()
        self.forecast_label.setObjectName("forecast_label")
        self.forecast = DueBars()
        self.retention = QTableWidget(0, 4)
        self.retention.setObjectName("retention_table")
        self.retention.setHorizontalHeaderLabels(["Interval", "Reviews", "Right", "True retention"])
        self.retention.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.retention.verticalHeader().hide()
        self.retention.horizontalHeader().setStretchLastSection(True)
        self.streak = QLabel()
        self.streak.setObjectName("streak_label")
        self.calendar = StudyCalendar()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.status)
        layout.addWidget(QLabel("<b>Due in the next 30 days</b>"))
        layout.addWidget(self.forecast_label)
        layout.addWidget(self.forecast)
        layout.addWidget(QLabel("<b>True retention</b> — the share of review answers that were right"))
        layout.addWidget(self.retention, 1)
        layout.addWidget(QLabel("<b>Days studied</b> (a day counts when you answered at least one question)"))
        layout.addWidget(self.streak)
        row = QHBoxLayout()
        row.addWidget(self.calendar)
        row.addStretch(1)
        layout.addLayout(row)
        self.retention.setMinimumHeight(120)
        scroll = QScrollArea()  # the History page keeps its own small minimum size
        scroll.setObjectName("review_stats_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._job is not None and not self._job.done:
            return
        work = self._compute()
        self._job = BackgroundJob("Reading the spaced review figures", lambda control: _run(work, control), cancellable=False)
        self._job.succeeded.connect(self.show_statistics)
        self._job.failed.connect(self._on_failed)
        self._runner.start(self._job)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self.status.setText(f"The spaced review figures could not be read: {error}")
        self.status.show()

    @Slot(object)
    def show_statistics(self, stats: ReviewStatistics) -> None:
        self.status.hide()
        due = sum(d.count for d in stats.forecast)
        first = stats.forecast[0].count if stats.forecast else 0
        self.forecast_label.setText(
            f"{display.count(due, 'review')} due in the next 30 days, {first:,} of them today (overdue included)."
        )
        self.forecast.set_days(stats.forecast)
        rows = _retention_rows(stats.retention)
        self.retention.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.retention.setItem(r, c, QTableWidgetItem(text))
        self.retention.resizeColumnsToContents()
        self.streak.setText(streak_words(stats))
        self.calendar.set_days(stats.days, stats.today)


def _run(work: Callable[[], ReviewStatistics], control: JobControl) -> ReviewStatistics:
    control.progress(0, 0)
    return work()
