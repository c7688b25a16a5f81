"""History → Spaced review: the due forecast for the next 30 days, true retention by interval
band, and a calendar of the days studied with the current streak.

The figures read every answer's day, so on a large history they take a moment: they are
worked out on the window's job runner with a read-only connection of their own, and the
tab fills in when they arrive. A history kept in memory is small and read directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.review_stats import MATURE_DAYS, RetentionBand, TrueRetention
from ptquiz_gui.review_service import ReviewStatistics
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner
from ptquiz_gui.views.review.review_charts import DueBars, StudyCalendar

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
        self.status = QLabel(self.tr("Reading the spaced review figures…"))
        self.status.setObjectName("review_stats_status")
        self.forecast_label = QLabel()
        self.forecast_label.setObjectName("forecast_label")
        self.forecast = DueBars()
        self.retention = QTableWidget(0, 4)
        self.retention.setObjectName("retention_table")
        self.retention.setAccessibleName(self.tr("True retention by interval"))
        self.retention.setHorizontalHeaderLabels(
            [self.tr("Interval"), self.tr("Reviews"), self.tr("Right"), self.tr("True retention")]
        )
        self.retention.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.retention.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.retention.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk it
        self._show_whole(self.retention)
        self.streak = QLabel()
        self.streak.setObjectName("streak_label")
        self.calendar = StudyCalendar()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("<b>Due in the next 30 days</b>")))
        layout.addWidget(self.forecast_label)
        layout.addWidget(self.forecast)
        layout.addWidget(
            QLabel(self.tr("<b>True retention</b> — the share of review answers that were right"))
        )
        layout.addWidget(self.retention)
        layout.addWidget(
            QLabel(self.tr("<b>Days studied</b> (a day counts when you answered at least one question)"))
        )
        layout.addWidget(self.streak)
        row = QHBoxLayout()
        row.addWidget(self.calendar)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        scroll = QScrollArea()  # the History page keeps its own small minimum size
        scroll.setObjectName("review_stats_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it has no name to say): Tab and Ctrl+4 go straight to the
        # first chart, it scrolls to what takes the focus, and keys the charts leave scroll it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self.setFocusProxy(self.forecast)  # what Ctrl+4 focuses: the first chart, which says what it draws
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _show_whole(table: QTableWidget) -> None:
        """Every row in sight, with no scroll bar of its own: it has a few rows, and a table
        scrolling inside the scrolling tab showed three and a half of them. The tab scrolls
        as a whole instead. The columns fit their text, the last fills the rest, and both
        follow a new font (a new text size or theme)."""
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._job is not None and not self._job.done:
            return
        work = self._compute()
        title = self.tr("Reading the spaced review figures")
        self._job = BackgroundJob(title, lambda control: _run(work, control), cancellable=False)
        self._job.succeeded.connect(self.show_statistics)
        self._job.failed.connect(self._on_failed)
        self._runner.start(self._job)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        failed = self.tr("The spaced review figures could not be read: {error}")
        self.status.setText(failed.format(error=error))
        self.status.show()

    @Slot(object)
    def show_statistics(self, stats: ReviewStatistics) -> None:
        self.status.hide()
        due = sum(d.count for d in stats.forecast)
        first = stats.forecast[0].count if stats.forecast else 0
        self.forecast_label.setText(
            self.tr(
                "%Ln reviews due in the next 30 days, {today} of them today (overdue included).", "", due
            ).format(today=display.current_locale().number(first))
        )
        self.forecast.set_days(stats.forecast)
        rows = self.retention_rows(stats.retention)
        self.retention.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.retention.setItem(r, c, QTableWidgetItem(text))
        self.streak.setText(self.streak_words(stats))
        self.calendar.set_days(stats.days, stats.today)


    def band_name(self, band: RetentionBand) -> str:
        """An interval band as the table names it: "1 day", "2–6 days", "90 days or more"."""
        if band.highest is None:
            return self.tr("%Ln days or more", "", band.lowest)
        if band.highest <= 1:
            return self.tr("%Ln days", "", band.highest)
        return self.tr("{lowest}–{highest} days").format(lowest=band.lowest, highest=band.highest)

    def retention_rows(self, retention: TrueRetention) -> list[tuple[str, str, str, str]]:
        names = [self.band_name(band) for band in retention.bands]
        names += [
            self.tr("young (under %Ln days)", "", MATURE_DAYS),
            self.tr("mature (%Ln days or more)", "", MATURE_DAYS),
            self.tr("all reviews"),
        ]
        number = display.current_locale().number
        rows = []
        bands = (*retention.bands, retention.young, retention.mature, retention.total)
        for name, band in zip(names, bands, strict=True):
            share = display.NO_VALUE if band.retention is None else display.percent(100 * band.retention)
            rows.append((name, number(band.reviews), number(band.right), share))
        return rows

    def streak_words(self, stats: ReviewStatistics) -> str:
        studied = sum(1 for d in stats.days if (stats.today - d).days < 365)
        return " · ".join(
            (
                self.tr("Current streak: %Ln days", "", stats.streak),
                self.tr("%Ln days studied in the last year", "", studied),
            )
        )


def _run(work: Callable[[], ReviewStatistics], control: JobControl) -> ReviewStatistics:
    control.progress(0, 0)
    return work()
