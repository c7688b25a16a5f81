"""Worker: open the History screen on a large history, scroll its table to the end, draw the charts.

    python benchmarks/worker_history_view.py FOLDER   (FOLDER holds a copy of the large history)

The screen is opened the way the main window opens it on first use: its module is
imported (QtCharts with it), ``HistoryPage(screen, jobs)`` is built, added to the window's
stack, refreshed and shown; the clock stops when the attempts table has been painted.
Baselines, in the same process: a plain QTreeView painting the same first page from a
QStandardItemModel, and the store's own queries for the chart.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from history_gen import ClockAfterHistory
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QTreeView, QWidget
from qt_probe import PaintCounter, settle
from report import emit

from ptquiz_gui.app_services import HistoryScreen
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.paths import bundled_banks_dir, data_paths
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import AttemptSummary
from ptquiz_gui.views.background_job import JobRunner
from ptquiz_gui.views.theme import apply_theme

WINDOW_SIZE = (1180, 780)


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class CountingReader(HistoryReader):
    """The real reader, counting the attempt rows the screen reads through it."""

    rows_read = 0

    def list_attempts(self, *args: object, **kwargs: object) -> list[AttemptSummary]:
        rows = super().list_attempts(*args, **kwargs)  # type: ignore[arg-type]
        CountingReader.rows_read += len(rows)
        return rows


def baseline_table_ms(
    app: QApplication, stack: QStackedWidget, rows: list[AttemptSummary]
) -> tuple[float, float]:
    """A plain Qt table painting the same page of rows, then scrolled to its end: the floor
    for showing and scrolling any table."""
    started = time.perf_counter()
    model = QStandardItemModel(len(rows), 7)
    for r, s in enumerate(rows):
        for c, text in enumerate(
            (str(s.started_at), s.title, s.mode.value, str(s.score), str(s.percent), str(s.elapsed), s.status)
        ):
            model.setItem(r, c, QStandardItem(text))
    view = QTreeView()
    view.setModel(model)
    view.setUniformRowHeights(True)
    stack.addWidget(view)
    counter = PaintCounter(view)
    stack.setCurrentWidget(view)
    settle(app, counter)
    shown = ms_since(started)
    started = time.perf_counter()
    view.scrollToBottom()
    settle(app, counter)
    scrolled = ms_since(started)
    stack.removeWidget(view)
    view.deleteLater()
    return shown, scrolled


def main(folder: Path) -> None:
    app = QApplication([sys.argv[0]])
    settings = Settings()
    apply_theme(app, settings.theme, settings.font_scale)
    clock = ClockAfterHistory()
    paths = data_paths(folder)
    store = History.open(paths.history_db, clock=clock, backups_dir=paths.backups_dir)
    reader = CountingReader(store.file)
    library = load_library(bundled_banks_dir(), paths.banks_dir)
    screen = HistoryScreen(reader, store.maintenance, clock, lambda: library)

    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    stack = QStackedWidget()
    stack.addWidget(QLabel("library"))
    window.setCentralWidget(stack)
    window.show()
    settle(app)

    first_page = store.reader.list_attempts(limit=200)
    CountingReader.rows_read = 0
    table_floor_ms, table_floor_scroll_ms = baseline_table_ms(app, stack, first_page)

    started, cpu_started = time.perf_counter(), time.process_time()
    from ptquiz_gui.views.history.history_page import HistoryPage

    page = HistoryPage(screen, JobRunner())
    stack.addWidget(page)
    view = page.findChild(QWidget, "history_table")
    if view is None:
        raise SystemExit("the history page has no widget named 'history_table'")
    table_painted = PaintCounter(view)
    page.refresh()
    stack.setCurrentWidget(page)
    settle(app, table_painted)
    open_ms = ms_since(started)
    open_cpu_ms = (time.process_time() - cpu_started) * 1000
    model = view.model()  # type: ignore[attr-defined]
    rows_after_open = model.rowCount()
    read_after_open = CountingReader.rows_read

    started = time.perf_counter()
    view.scrollToBottom()  # type: ignore[attr-defined]
    settle(app, table_painted)
    scroll_ms = ms_since(started)
    rows_after_scroll = model.rowCount()
    read_after_scroll = CountingReader.rows_read

    # Progress tab: built (QtCharts loaded) and drawn for the bank the page picked the first
    # time it is shown, then switching banks.
    tabs = page.findChild(QWidget, "history_tabs")
    if tabs is None:
        raise SystemExit("the history page has no 'history_tabs'")
    started = time.perf_counter()
    tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    progress = page.findChild(QWidget, "progress_tab")
    chart = page.findChild(QWidget, "score_chart")
    if progress is None or chart is None or tabs.currentWidget() is not progress:  # type: ignore[attr-defined]
        raise SystemExit("showing History → Progress built no 'progress_tab' with a 'score_chart'")
    chart_painted = PaintCounter(chart)
    settle(app, chart_painted)
    first_chart_ms = ms_since(started)

    bank_ids = [b.id for b in library.banks]
    switch_ms: list[float] = []
    switch_cpu_ms: list[float] = []
    query_ms: list[float] = []
    points: list[int] = []
    for bank_id in bank_ids[1:] + bank_ids[:1]:
        started, cpu_started = time.perf_counter(), time.process_time()
        progress.show_bank(bank_id, chosen=True)  # type: ignore[attr-defined]
        settle(app, chart_painted)
        switch_ms.append(ms_since(started))
        switch_cpu_ms.append((time.process_time() - cpu_started) * 1000)
        started = time.perf_counter()
        series = store.reader.score_series(bank_id)
        store.reader.topic_accuracy(bank_id)
        query_ms.append(ms_since(started))
        points.append(len(series))

    emit(
        {
            "open_ms": open_ms,
            "open_cpu_ms": open_cpu_ms,
            "table_floor_ms": table_floor_ms,
            "table_floor_scroll_ms": table_floor_scroll_ms,
            "total_attempts": store.reader.count_attempts(),
            "rows_after_open": rows_after_open,
            "read_after_open": read_after_open,
            "scroll_ms": scroll_ms,
            "rows_after_scroll": rows_after_scroll,
            "read_after_scroll": read_after_scroll,
            "first_chart_ms": first_chart_ms,
            "switch_chart_ms": switch_ms,
            "switch_chart_cpu_ms": switch_cpu_ms,
            "chart_query_ms": query_ms,
            "chart_points": points,
        }
    )
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
