"""Progress charts: score over time for one bank, and accuracy per topic.

This is the only module that imports QtCharts, which is heavy; the history page
imports it when the page is built, so the rest of the app starts without it.
Chart titles and axis labels are drawn as HTML, so bank text is escaped first.

A chart is a Tab stop whose accessible description says in words what it draws, so a
screen reader reads the figures the lines and bars show.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.domain.result import TopicScore
from ptquiz_gui.views.theme import status_colors

POINT_MARKER_LIMIT = 60  # beyond this many attempts, markers would merge into a smear
# One attempt, or a few minutes apart: an axis of ten minutes at least, whose five ticks fall
# minutes apart, so that they read as hours and minutes (seconds looked like a stopwatch).
MIN_MARGIN = timedelta(minutes=5)
_DAY = timedelta(days=1)


def to_msecs(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def score_points(series: Sequence[tuple[datetime, float]]) -> list[tuple[float, float]]:
    """``(msecs since the epoch, percent)`` for each finished attempt, oldest first."""
    return [(to_msecs(moment), percent) for moment, percent in series]


def time_span(series: Sequence[tuple[datetime, float]]) -> tuple[datetime, datetime]:
    """The date axis range: every point, with room either side in proportion to the span
    (a twentieth), and at least ``MIN_MARGIN``."""
    first = min(moment for moment, _ in series)
    last = max(moment for moment, _ in series)
    margin = max((last - first) / 20, MIN_MARGIN)
    return first - margin, last + margin


def date_format(first: datetime, last: datetime) -> str:
    """Tick labels that tell the ticks of the axis ``first``…``last`` apart, and no more."""
    span = last - first
    one_day = first.astimezone().date() == last.astimezone().date()
    if one_day:
        return "HH:mm"
    if span <= 2 * _DAY:
        return "MMM d HH:mm"
    if span <= 300 * _DAY:
        return "MMM d"
    return "MMM yyyy"


def axis_title(first: datetime, last: datetime) -> str:
    """The day, when every tick falls on it (the labels then give only the time)."""
    return display.day(first) if first.astimezone().date() == last.astimezone().date() else ""


def topic_rows(topics: Sequence[TopicScore]) -> list[TopicScore]:
    """Topics in the order the bars are drawn: bottom first, so the weakest topic is on top."""
    return sorted(topics, key=lambda t: (-t.percent, t.topic.casefold()))


def percent_format(number: str) -> str:
    """A label format for a percentage as the window's language writes it (``%.0f%``,
    ``%.0f %``). The charts localize their numbers, so only the number's specifier is
    read as one: a literal ``%`` is written as it is."""
    return display.current_locale().percent(number)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(to_msecs(moment)))


class _ThemedChartView(QChartView):
    """A chart that takes its colours from the widget palette, and follows it when it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setBackgroundRoundness(0)
        self.chart_.setLocale(QLocale())  # the window's language: month names, decimal marks
        self.chart_.setLocalizeNumbers(True)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setMinimumHeight(220)
        # A Tab stop, to be read: its description says what it draws; its viewport is not a
        # node of its own to land on. (The viewport passes its policy on to the view: first.)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_focus_frame(self) -> None:
        """A frame in the highlight colour while focused (the view draws none of its own)."""
        name = self.objectName()
        unfocused = f"#{name} {{ border: 2px solid transparent; }}"
        self.setStyleSheet(f"{unfocused}\n#{name}:focus {{ border-color: palette(highlight); }}")

    def axes(self) -> list[QAbstractAxis]:
        return list(self.chart_.axes())

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        self.chart_.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        self.chart_.setBackgroundPen(QPen(grid))
        self.chart_.setTitleBrush(text)
        self.chart_.legend().setLabelColor(text)
        self.setBackgroundBrush(palette.brush(QPalette.ColorRole.Window))
        for axis in self.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()


class ScoreChart(_ThemedChartView):
    """Percent of each finished attempt at one bank over time, with the pass mark dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_chart")
        self.show_focus_frame()
        self.setAccessibleName(self.tr("Score over time"))
        self.score_series = QLineSeries()
        self.score_series.setName(self.tr("Score"))
        self.pass_series = QLineSeries()
        self.pass_series.setName(self.tr("Pass mark"))
        self.date_axis = QDateTimeAxis()
        self.date_axis.setTickCount(6)
        self.value_axis = QValueAxis()
        self.value_axis.setRange(0, 100)
        self.value_axis.setTickCount(6)
        self.value_axis.setLabelFormat(percent_format("%.0f"))
        self.value_axis.setTitleText(self.tr("Score"))
        self.chart_.addSeries(self.score_series)
        self.chart_.addSeries(self.pass_series)
        self.chart_.addAxis(self.date_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.score_series, self.pass_series):
            series.attachAxis(self.date_axis)
            series.attachAxis(self.value_axis)
        self.apply_palette()
        self.set_scores("", [], 0)

    def set_scores(self, title: str, series: Sequence[tuple[datetime, float]], pass_mark: int) -> None:
        """``series`` is ``(finished_at, percent)`` oldest first, as ``HistoryReader.score_series``."""
        self.score_series.clear()
        self.pass_series.clear()
        has_points = bool(series)
        self.date_axis.setVisible(has_points)
        self.value_axis.setVisible(has_points)
        self.chart_.legend().setVisible(has_points)
        if not has_points:
            if title:
                text = self.tr("{title}: no finished attempts yet").format(title=title)
            else:
                text = self.tr("Choose a bank to see its scores")
            self.chart_.setTitle(html.escape(text))
            self.setAccessibleDescription(text)
            return
        self.score_series.replace([QPointF(x, y) for x, y in score_points(series)])
        self.score_series.setPointsVisible(len(series) <= POINT_MARKER_LIMIT)
        first, last = time_span(series)
        self.pass_series.replace([QPointF(to_msecs(first), pass_mark), QPointF(to_msecs(last), pass_mark)])
        pass_name = self.tr("Pass mark {pass_mark}")
        self.pass_series.setName(pass_name.format(pass_mark=display.percent(pass_mark)))
        self.date_axis.setFormat(date_format(first, last))
        self.date_axis.setTitleText(axis_title(first, last))
        self.date_axis.setRange(_qdatetime(first), _qdatetime(last))
        self.chart_.setTitle(html.escape(self.tr("{title} — score over time").format(title=title)))
        latest = series[-1][1]
        best = max(p for _, p in series)
        summary = self.tr(
            "%Ln finished attempts at {title}; latest {latest}, best {best}, pass mark {pass_mark}.",
            "",
            len(series),
        )
        self.setAccessibleDescription(
            summary.format(
                title=title,
                latest=display.percent(latest),
                best=display.percent(best),
                pass_mark=display.percent(pass_mark),
            )
        )

    def apply_palette(self) -> None:
        super().apply_palette()
        palette = self.palette()
        line = QPen(palette.color(QPalette.ColorRole.Highlight))
        line.setWidthF(2.0)
        self.score_series.setPen(line)
        self.score_series.setBrush(palette.brush(QPalette.ColorRole.Highlight))
        dashed = QPen(status_colors(palette).flagged)
        dashed.setStyle(Qt.PenStyle.DashLine)
        dashed.setWidthF(1.5)
        self.pass_series.setPen(dashed)


class TopicChart(_ThemedChartView):
    """One horizontal bar per topic: the share of answers that were right."""

    BAR_HEIGHT = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topic_chart")
        self.show_focus_frame()
        self.setAccessibleName(self.tr("Accuracy per topic"))
        self.bar_set = QBarSet(self.tr("Right answers"))
        self.bar_series = QHorizontalBarSeries()
        self.bar_series.append(self.bar_set)
        self.bar_series.setLabelsVisible(True)
        self.bar_series.setLabelsFormat(percent_format("@value"))
        self.bar_series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.topic_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        self.value_axis.setRange(0, 100)
        self.value_axis.setTickCount(6)
        self.value_axis.setLabelFormat(percent_format("%.0f"))
        self.chart_.addSeries(self.bar_series)
        self.chart_.addAxis(self.topic_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.bar_series.attachAxis(self.topic_axis)
        self.bar_series.attachAxis(self.value_axis)
        self.chart_.legend().setVisible(False)
        self.topic_names: list[str] = []  # as in the bank, bottom bar first
        self.apply_palette()
        self.set_topics("", [])

    def set_topics(self, title: str, topics: Sequence[TopicScore]) -> None:
        rows = topic_rows([t for t in topics if t.total > 0])
        if self.bar_set.count():
            self.bar_set.remove(0, self.bar_set.count())
        self.topic_axis.clear()
        has_rows = bool(rows)
        self.topic_axis.setVisible(has_rows)
        self.value_axis.setVisible(has_rows)
        where = title or self.tr("all banks")
        self.topic_names = [t.topic for t in rows]
        if not has_rows:
            text = self.tr("Accuracy per topic ({where}): no finished attempts yet").format(where=where)
            self.chart_.setTitle(html.escape(text))
            self.setAccessibleDescription(text)
            return
        number = display.current_locale().number
        self.bar_set.append([display.shown_percent(t.percent) for t in rows])
        self.topic_axis.append(
            [html.escape(f"{t.topic} ({number(t.correct)}/{number(t.total)})") for t in rows]
        )
        self.chart_.setTitle(html.escape(self.tr("Accuracy per topic ({where})").format(where=where)))
        self.setMinimumHeight(max(220, 90 + self.BAR_HEIGHT * len(rows)))
        self.setAccessibleDescription(self.topics_described(rows))

    def topics_described(self, rows: Sequence[TopicScore]) -> str:
        """Every bar in words, the weakest topic first (the bars are drawn bottom first)."""
        number = display.current_locale().number
        right = self.tr("{topic}: {correct} of {total} right ({percent})")
        return "; ".join(
            right.format(
                topic=t.topic,
                correct=number(t.correct),
                total=number(t.total),
                percent=display.percent(t.percent),
            )
            for t in reversed(rows)
        )

    def apply_palette(self) -> None:
        super().apply_palette()
        palette = self.palette()
        self.bar_set.setColor(palette.color(QPalette.ColorRole.Highlight))
        self.bar_set.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        self.bar_set.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
