"""The History screen as a user meets it: listing, filters, opening, deleting, clearing,
export, backups, charts, most-missed, keys and names."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.daily import backup_now
from history_fixtures import START, Ran, banks, clone_finished, fill_history, make_services
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ptquiz_gui.storage.history_export import CSV_COLUMNS, json_lines
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.result import TopicScore
from ptquiz_gui.qtmodels.history_model import PAGE_SIZE, Column
from ptquiz_gui.qtmodels.history_model import Roles as HistoryRoles
from ptquiz_gui.qtmodels.plain_text import plain_summary
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.records import HistoryFilter
from ptquiz_gui.views.background_job import BackgroundJob, JobRunner
from ptquiz_gui.views.history.attempts_tab import AttemptsTab
from ptquiz_gui.views.history.backups_dialog import BackupsDialog
from ptquiz_gui.views.history.charts import ScoreChart, TopicChart
from ptquiz_gui.views.history.history_page import NO_HISTORY, NO_MATCH, HistoryPage
from ptquiz_gui.views.theme import status_colors

REPO = Path(__file__).resolve().parent.parent


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Ran]]:
    path = tmp_path_factory.mktemp("history-view") / "history.sqlite3"
    store = History.open(path, clock=FakeClock(START))
    made = fill_history(store)
    store.close()
    return path, made


@pytest.fixture(scope="module")
def big_template(template: tuple[Path, list[Ran]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("history-view-big") / "history.sqlite3"
    shutil.copyfile(template[0], path)
    clone_finished(path, 1000, start=START - timedelta(days=300), step=timedelta(hours=6))
    return path


def _store_from(template: Path, data_dir: Path) -> History:
    target = data_dir / "history.sqlite3"
    shutil.copyfile(template, target)
    return History.open(target, clock=FakeClock(START + timedelta(days=8)))


@pytest.fixture
def store(template: tuple[Path, list[Ran]], data_dir: Path) -> Iterator[History]:
    opened = _store_from(template[0], data_dir)
    yield opened
    opened.close()


@pytest.fixture
def made(template: tuple[Path, list[Ran]]) -> list[Ran]:
    return template[1]


def _page(
    qtbot: QtBot, data_dir: Path, store: History, library: list[Bank] | None = None
) -> HistoryPage:
    page = HistoryPage(make_services(data_dir, store, library).history_screen(), JobRunner())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, store: History) -> Iterator[HistoryPage]:
    shown = _page(qtbot, data_dir, store)
    yield shown
    shown.jobs.wait_for_all()  # before the store closes, as on quit


def _returned(job: BackgroundJob[object] | None) -> None:
    """Wait (without running the event loop) until the job's work has returned; what it
    says then reaches the page at the next turn of the event loop."""
    assert job is not None and job.wait(10)


def _shown_ids(page: HistoryPage) -> list[int]:
    model = page.model
    return [model.summary(r).id for r in range(model.rowCount())]


def _select_row(page: HistoryPage, row: int) -> int:
    page.attempts_tab.select_row(row)
    return page.model.summary(row).id


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


# --- answering dialogs ---------------------------------------------------------------------------


@dataclass
class Dialogs:
    """Answers the message boxes the page opens, in order, and records what each said.

    Each answer waits (a bounded number of event-loop turns, never wall time) for a
    message box it has not answered yet to become the active modal window.
    """

    names: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    defaults: list[str] = field(default_factory=list)
    _pending: list[str] = field(default_factory=list)
    _answered: list[QMessageBox] = field(default_factory=list)
    _turns: int = 0

    def answer_next(self, how: str) -> None:
        """``how``: "enter" (the default button), "escape", or the text of a button to click."""
        self._pending.append(how)
        if len(self._pending) == 1:
            QTimer.singleShot(0, self._act)

    def _act(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or any(box is done for done in self._answered):
            self._turns += 1
            assert self._turns < 100, f"no new message box opened (active: {box!r})"
            QTimer.singleShot(0, self._act)
            return
        self._turns = 0
        how = self._pending.pop(0)
        self._answered.append(box)
        self.names.append(box.objectName())
        self.texts.append(box.text())
        default = box.defaultButton()
        self.defaults.append(default.text() if default is not None else "")
        if how == "enter":
            QtBot.keyClick(box, Qt.Key.Key_Return)
        elif how == "escape":
            QtBot.keyClick(box, Qt.Key.Key_Escape)
        else:
            (button,) = [b for b in box.buttons() if b.text() == how]
            button.click()
        if self._pending:
            QTimer.singleShot(0, self._act)


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


# --- listing -------------------------------------------------------------------------------------


def test_an_empty_history_shows_a_friendly_message(qtbot: QtBot, data_dir: Path) -> None:
    store = History.open(data_dir / "history.sqlite3", clock=FakeClock(START))
    page = _page(qtbot, data_dir, store)
    tab = page.attempts_tab
    assert not tab.showing_table
    assert tab.empty_label.text() == NO_HISTORY
    assert not tab.clear_button.isEnabled() and not tab.delete_button.isEnabled()
    assert not page.export_button.isEnabled()
    assert page.missed_tab.stack.currentWidget() is page.missed_tab.empty_label
    assert "no finished attempts yet" in page.progress_tab.score_chart.accessibleDescription()
    store.close()


def test_attempts_are_listed_newest_first(page: HistoryPage, made: list[Ran]) -> None:
    assert page.attempts_tab.showing_table
    assert page.count_label.text() == "12 attempts"
    assert _shown_ids(page) == [r.id for r in sorted(made, key=lambda r: r.started_at, reverse=True)]
    assert page.attempts_tab.view.currentIndex().row() == 0


def test_the_table_loads_more_rows_only_as_it_scrolls(
    qtbot: QtBot, data_dir: Path, big_template: Path, english: None
) -> None:
    store = _store_from(big_template, data_dir)
    page = _page(qtbot, data_dir, store)
    with qtbot.waitExposed(page):
        page.show()
    model = page.model
    assert model.total == 1012
    assert model.rowCount() < model.total
    before = model.rowCount()
    bar = page.attempts_tab.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert model.rowCount() == before + PAGE_SIZE
    assert page.count_label.text() == "1,012 attempts"
    store.close()


def test_clicking_a_header_sorts_through_the_store(page: HistoryPage, made: list[Ran]) -> None:
    header = page.attempts_tab.view.header()
    header.setSortIndicator(Column.PERCENT, Qt.SortOrder.DescendingOrder)
    best = max(r.score for r in made if r.status != "in_progress")
    assert page.model.summary(0).score == best
    assert page.model.data(page.model.index(0, Column.PERCENT)) == f"{100 * best / 4:.0f}%"


# --- filters -------------------------------------------------------------------------------------


def test_the_bank_filter_offers_loaded_banks_and_banks_only_in_the_history(
    qtbot: QtBot, data_dir: Path, store: History, made: list[Ran]
) -> None:
    page = _page(qtbot, data_dir, store, library=banks()[:1])  # only alpha is loaded now
    combo = page.filter_bar.bank_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All banks",
        "Bank alpha",
        "Bank beta",
        "Bank gamma",
    ]
    _choose(combo, "Bank beta")
    assert sorted(_shown_ids(page)) == sorted(r.id for r in made if r.bank_id == "beta")
    assert page.count_label.text() == "4 of 12 attempts"


def test_the_mode_filter_narrows_to_that_mode(page: HistoryPage, made: list[Ran]) -> None:
    _choose(page.filter_bar.mode_combo, "Exam")
    assert sorted(_shown_ids(page)) == sorted(r.id for r in made if r.mode is Mode.EXAM)
    _choose(page.filter_bar.mode_combo, "Practice")
    assert sorted(_shown_ids(page)) == sorted(r.id for r in made if r.mode is Mode.PRACTICE)
    _choose(page.filter_bar.mode_combo, "All modes")
    assert len(_shown_ids(page)) == len(made)


def test_the_date_range_counts_whole_local_days(page: HistoryPage, made: list[Ran]) -> None:
    bar = page.filter_bar
    assert not bar.from_edit.isEnabled()  # "Any date" is the default
    bar.any_date.setChecked(False)
    assert bar.from_edit.isEnabled() and bar.to_edit.isEnabled()
    day = made[3].started_at.astimezone().date()
    bar.from_edit.setDate(QDate(day.year, day.month, day.day))
    bar.to_edit.setDate(QDate(day.year, day.month, day.day))
    expected = sorted(r.id for r in made if r.started_at.astimezone().date() == day)
    assert expected and sorted(_shown_ids(page)) == expected

    bar.any_date.setChecked(True)
    assert len(_shown_ids(page)) == len(made)


def test_filters_that_match_nothing_say_so(page: HistoryPage) -> None:
    bar = page.filter_bar
    bar.any_date.setChecked(False)
    bar.from_edit.setDate(QDate(2020, 1, 1))
    bar.to_edit.setDate(QDate(2020, 1, 2))
    assert not page.attempts_tab.showing_table
    assert page.attempts_tab.empty_label.text() == NO_MATCH
    assert not page.export_button.isEnabled()
    assert page.attempts_tab.clear_button.isEnabled()  # the history itself is not empty


# --- opening -------------------------------------------------------------------------------------


def test_enter_double_click_and_open_button_open_the_attempt(qtbot: QtBot, page: HistoryPage) -> None:
    opened: list[int] = []
    page.attempt_opened.connect(opened.append)
    view = page.attempts_tab.view
    with qtbot.waitExposed(page):
        page.show()

    assert page.model.summary(0).status.value == "in_progress"  # the newest: rows 1 on are ended
    chosen = _select_row(page, 3)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [chosen]

    other = page.model.summary(5).id
    rect = view.visualRect(page.model.index(5, Column.BANK))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # a double click's first press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [chosen, other]

    qtbot.mouseClick(page.attempts_tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [chosen, other, other]


# --- deleting and clearing -----------------------------------------------------------------------


def test_declining_the_delete_keeps_the_attempt(
    qtbot: QtBot, page: HistoryPage, store: History, dialogs: Dialogs
) -> None:
    changed: list[bool] = []
    page.history_changed.connect(lambda: changed.append(True))
    chosen = _select_row(page, 2)
    dialogs.answer_next("enter")
    qtbot.keyClick(page.attempts_tab.view, Qt.Key.Key_Delete)
    assert dialogs.names == ["confirm_delete"]
    assert dialogs.defaults == ["Cancel"]  # Enter does not delete
    assert store.reader.count_attempts() == 12 and chosen in _shown_ids(page)
    assert changed == []

    dialogs.answer_next("escape")
    qtbot.mouseClick(page.attempts_tab.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.names == ["confirm_delete", "confirm_delete"]
    assert store.reader.count_attempts() == 12


def test_confirming_the_delete_removes_the_attempt(
    qtbot: QtBot, page: HistoryPage, store: History, dialogs: Dialogs
) -> None:
    chosen = _select_row(page, 2)
    summary = page.model.summary(2)
    dialogs.answer_next("Delete")
    with qtbot.waitSignal(page.history_changed):
        qtbot.keyClick(page.attempts_tab.view, Qt.Key.Key_Delete)
    assert summary.title in dialogs.texts[0]
    assert store.reader.count_attempts() == 11
    assert chosen not in _shown_ids(page)
    assert page.attempts_tab.view.currentIndex().row() == 2  # the next attempt is selected
    assert page.count_label.text() == "11 attempts"


def test_clear_all_history_asks_first(
    qtbot: QtBot, page: HistoryPage, store: History, dialogs: Dialogs
) -> None:
    dialogs.answer_next("enter")
    qtbot.mouseClick(page.attempts_tab.clear_button, Qt.MouseButton.LeftButton)
    assert dialogs.names == ["confirm_clear"] and dialogs.defaults == ["Cancel"]
    assert "all 12 attempts" in dialogs.texts[0]
    assert store.reader.count_attempts() == 12

    dialogs.answer_next("Clear history")
    with qtbot.waitSignal(page.history_changed):
        qtbot.mouseClick(page.attempts_tab.clear_button, Qt.MouseButton.LeftButton)
    assert store.reader.count_attempts() == 0
    assert store.reader.most_missed(10) == []
    assert page.attempts_tab.empty_label.text() == NO_HISTORY
    assert page.missed_tab.stack.currentWidget() is page.missed_tab.empty_label


# --- export --------------------------------------------------------------------------------------


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(_parent: QWidget, caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_json_export_matches_the_cli_and_honours_the_filter(
    qtbot: QtBot,
    page: HistoryPage,
    store: History,
    made: list[Ran],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose(page.filter_bar.bank_combo, "Bank beta")
    target = tmp_path / "beta.json"
    asked = _save_as(monkeypatch, target)
    page.export_json_action.trigger()
    qtbot.waitUntil(lambda: "Exported" in page.status_label.text())
    assert asked and asked[0].endswith(".json")
    text = target.read_text(encoding="utf-8")
    assert text == "".join(json_lines(store.reader.iter_export(HistoryFilter(bank_id="beta"))))
    exported = json.loads(text)["attempts"]
    beta = sorted((r for r in made if r.bank_id == "beta"), key=lambda r: r.started_at)
    assert [a["id"] for a in exported] == [r.id for r in beta]
    assert [len(a["answers"]) for a in exported] == [4] * len(beta)
    assert "Exported 4 attempts" in page.status_label.text()


def test_csv_export_has_one_row_per_attempt_and_gets_its_suffix(
    qtbot: QtBot, page: HistoryPage, made: list[Ran], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_as(monkeypatch, tmp_path / "all")
    page.export_csv_action.trigger()
    qtbot.waitUntil(lambda: not page.jobs.busy)
    assert page.status_label.text() == f"Exported {len(made)} attempts to {tmp_path / 'all.csv'}."
    rows = list(csv.reader(io.StringIO((tmp_path / "all.csv").read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert sorted(int(r[0]) for r in rows[1:]) == sorted(r.id for r in made)


def test_an_export_that_cannot_be_written_is_reported(
    qtbot: QtBot, page: HistoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    target = tmp_path / "missing-folder" / "out.json"
    _save_as(monkeypatch, target)
    page.export_json_action.trigger()
    _returned(page.jobs.current)
    dialogs.answer_next("enter")
    qtbot.waitUntil(lambda: not page.jobs.busy)
    assert dialogs.names == ["export_failed"]
    assert str(target) in dialogs.texts[0]
    assert not target.exists()


def test_cancelling_the_save_dialog_writes_nothing(
    page: HistoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    page.export_csv_action.trigger()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert page.status_label.isHidden()


# --- backups -------------------------------------------------------------------------------------


def _backed_up(store: History) -> None:
    assert backup_now(store, START + timedelta(days=8)) is not None


def test_restoring_a_backup_brings_the_history_back(
    qtbot: QtBot, store: History, made: list[Ran], dialogs: Dialogs
) -> None:
    _backed_up(store)
    for ran in made[:3]:
        store.maintenance.delete_attempt(ran.id)
    dialog = BackupsDialog(store.maintenance, JobRunner())
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1 and dialog.restore_button.isEnabled()

    dialogs.answer_next("enter")
    dialog.restore_selected()
    assert dialogs.defaults == ["Cancel"] and store.reader.count_attempts() == 9

    dialogs.answer_next("Restore")
    with qtbot.waitSignal(dialog.history_restored):
        dialog.restore_selected()
    assert store.reader.count_attempts() == 12
    assert dialog.list.topLevelItemCount() == 2  # the history before the restore was kept too
    assert "Restored the backup" in dialog.status_label.text()


def test_a_damaged_backup_is_refused_in_plain_words(
    qtbot: QtBot, store: History, dialogs: Dialogs
) -> None:
    _backed_up(store)
    (backup,) = store.maintenance.list_backups()
    backup.path.write_bytes(b"this is not a database" * 100)
    jobs = JobRunner()
    dialog = BackupsDialog(store.maintenance, jobs)
    qtbot.addWidget(dialog)
    restored: list[bool] = []
    dialog.history_restored.connect(lambda: restored.append(True))
    dialogs.answer_next("Restore")
    dialog.restore_selected()  # the backup is checked on the worker, before anything is replaced
    _returned(jobs.current)
    dialogs.answer_next("enter")
    qtbot.waitUntil(lambda: not jobs.busy)
    assert dialogs.names == ["confirm_restore", "restore_failed"]
    assert str(backup.path) in dialogs.texts[1] and "Traceback" not in dialogs.texts[1]
    assert restored == [] and store.reader.count_attempts() == 12


def test_no_backups_says_so(qtbot: QtBot, store: History) -> None:
    dialog = BackupsDialog(store.maintenance, JobRunner())
    qtbot.addWidget(dialog)
    assert dialog.list.isHidden() and not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()


def test_the_backups_button_restores_and_the_page_follows(
    qtbot: QtBot, page: HistoryPage, store: History, made: list[Ran], dialogs: Dialogs
) -> None:
    _backed_up(store)
    store.maintenance.delete_attempt(made[0].id)
    page.refresh()
    assert page.count_label.text() == "11 attempts"

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BackupsDialog)
        dialogs.answer_next("Restore")
        dialog.restore_button.click()
        dialog.reject()  # refused while the restore runs: the dialog says how it went
        assert dialog.isVisible() and not dialog.restore_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.restoring)
        assert "Restored the backup" in dialog.status_label.text()
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    with qtbot.waitSignal(page.history_changed):
        qtbot.mouseClick(page.backups_button, Qt.MouseButton.LeftButton)
    assert dialogs.names == ["confirm_restore"]
    assert page.count_label.text() == "12 attempts"


# --- keys and names ------------------------------------------------------------------------------


def test_escape_and_the_back_button_go_back(qtbot: QtBot, page: HistoryPage) -> None:
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.attempts_tab.view.setFocus()
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.attempts_tab.view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)


def test_ctrl_digits_switch_tabs(qtbot: QtBot, page: HistoryPage) -> None:
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.attempts_tab.view.setFocus()
    qtbot.keyClick(page.attempts_tab.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.progress_tab
    qtbot.keyClick(page.progress_tab, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.missed_tab


def test_every_focusable_widget_has_an_accessible_name(page: HistoryPage) -> None:
    def inner_part(w: QWidget) -> bool:  # the line edit of a date box, the list of a combo box
        parent = w.parentWidget()
        while parent is not None and parent is not page:
            if isinstance(parent, (QAbstractSpinBox, QComboBox)):
                return True
            parent = parent.parentWidget()
        return False

    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not inner_part(w) and not w.accessibleName()
    ]
    assert unnamed == []


# --- charts and most missed ----------------------------------------------------------------------


def test_the_progress_charts_show_the_chosen_bank(page: HistoryPage, store: History) -> None:
    tab = page.progress_tab
    _choose(page.filter_bar.bank_combo, "Bank alpha")  # the page's one Bank filter
    series = store.reader.score_series("alpha")
    points = tab.score_chart.score_series.points()
    assert len(points) == len(series) > 0
    assert [p.y() for p in points] == [percent for _, percent in series]
    pass_line = tab.score_chart.pass_series.points()
    assert len(pass_line) == 2 and {p.y() for p in pass_line} == {50.0}  # the bank's pass mark
    topics = store.reader.topic_accuracy("alpha")
    assert tab.topic_chart.bar_set.count() == len(topics)
    assert sorted(tab.topic_chart.topic_names) == sorted(t.topic for t in topics)

    _choose(page.filter_bar.bank_combo, "Bank gamma")
    assert tab.bank_id() == "gamma"
    assert tab.score_chart.score_series.count() == len(store.reader.score_series("gamma"))


def test_most_missed_lists_the_store_questions(page: HistoryPage, store: History) -> None:
    missed = store.reader.most_missed(50)
    view = page.missed_tab.view
    model = view.model()
    assert model.rowCount() == len(missed) > 0
    assert model.data(model.index(0, 0)) == plain_summary(missed[0].prompt)
    assert model.data(model.index(0, 1)) == f"Bank {missed[0].bank_id}"


def test_the_score_chart_plots_each_attempt_and_escapes_titles(qtbot: QtBot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    series = [(START + timedelta(days=d), 20.0 * d) for d in range(5)]
    chart.set_scores("<b>Tensors</b>", series, 70)
    assert chart.score_series.count() == 5
    assert [p.y() for p in chart.score_series.points()] == [0.0, 20.0, 40.0, 60.0, 80.0]
    assert [p.y() for p in chart.pass_series.points()] == [70.0, 70.0]
    assert "&lt;b&gt;Tensors&lt;/b&gt;" in chart.chart_.title()
    first, last = chart.date_axis.min(), chart.date_axis.max()
    assert (
        first.toSecsSinceEpoch() < START.timestamp() and last.toSecsSinceEpoch() > series[-1][0].timestamp()
    )

    chart.set_scores("Tensors", [], 70)
    assert chart.score_series.count() == 0 and chart.pass_series.count() == 0
    assert not chart.date_axis.isVisible()


def test_the_topic_chart_has_one_bar_per_topic_weakest_on_top(qtbot: QtBot) -> None:
    chart = TopicChart()
    qtbot.addWidget(chart)
    chart.set_topics("Bank", [TopicScore("<i>a</i>", 3, 4), TopicScore("b", 1, 4), TopicScore("c", 0, 0)])
    assert chart.bar_set.count() == 2  # a topic never asked has no bar
    assert chart.topic_names == ["<i>a</i>", "b"]  # drawn bottom up: the weakest ends on top
    assert [chart.bar_set.at(i) for i in range(2)] == [75.0, 25.0]
    assert chart.topic_axis.categories()[0] == "&lt;i&gt;a&lt;/i&gt; (3/4)"


def test_qtcharts_loads_when_progress_is_first_shown_not_with_the_page() -> None:
    """QtCharts is heavy: neither start-up nor opening History waits for it, only Progress."""
    script = (
        "import sys\n"
        "import ptquiz_gui.views.main_window, ptquiz_gui.views.history.history_page\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ptquiz_gui.domain.clock import FakeClock\n"
        "from ptquiz_gui.storage.history import History\n"
        "from ptquiz_gui.app_services import Services\n"
        "from ptquiz_gui.paths import data_paths\n"
        "from ptquiz_gui.settings import Settings\n"
        "app = QApplication([])\n"
        "clock = FakeClock()\n"
        "s = Services(paths=data_paths(), clock=clock, settings=Settings(),"
        " history=History.in_memory(clock=clock))\n"
        "from ptquiz_gui.views.background_job import JobRunner\n"
        "page = ptquiz_gui.views.history.history_page.HistoryPage(s.history_screen(), JobRunner())\n"
        "page.refresh()\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "page.show_tab(1)\n"
        "print('PySide6.QtCharts' in sys.modules, page.tabs.currentWidget() is page.progress_tab)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout.split()
    assert out == ["False", "False", "True", "True"]


def test_progress_is_built_when_first_shown_and_reads_again_while_shown(
    page: HistoryPage, store: History
) -> None:
    assert page.findChild(QWidget, "progress_tab") is None  # opening History did not build it
    assert page.tabs.tabText(1) == "Progress" and page.tabs.tabToolTip(1) == "Ctrl+2"
    page.tabs.setCurrentIndex(1)  # a click on the tab
    tab = page.tabs.currentWidget()
    assert tab is page.findChild(QWidget, "progress_tab") is page.progress_tab
    assert page.tabs.tabText(1) == "Progress" and page.tabs.tabToolTip(1) == "Ctrl+2"
    assert page.tabs.count() >= 3 and page.tabs.widget(2) is page.missed_tab
    bank_id = tab.bank_id()
    assert bank_id is not None
    assert tab.score_chart.score_series.count() == len(store.reader.score_series(bank_id)) > 0

    store.maintenance.clear_history()
    page.refresh()  # shown again while on Progress: the charts follow at once
    assert page.tabs.currentWidget() is tab
    assert tab.score_chart.score_series.count() == 0


def test_attempts_tab_buttons_follow_the_selection(qtbot: QtBot, page: HistoryPage, made: list[Ran]) -> None:
    tab: AttemptsTab = page.attempts_tab
    finished = next(r for r in made if r.status == "finished")
    tab.select_row(page.model.row_of(finished.id))
    assert tab.open_button.isEnabled() and tab.delete_button.isEnabled()
    tab.view.setCurrentIndex(page.model.index(-1, 0))
    assert not tab.open_button.isEnabled() and not tab.delete_button.isEnabled()


def test_an_attempt_in_progress_is_not_reviewed_but_offered_for_resuming(
    qtbot: QtBot, page: HistoryPage, made: list[Ran]
) -> None:
    opened: list[int] = []
    unfinished: list[int] = []
    page.attempt_opened.connect(opened.append)
    page.unfinished_opened.connect(unfinished.append)
    running = next(r for r in made if r.status == "in_progress")
    page.attempts_tab.select_row(page.model.row_of(running.id))
    assert page.attempts_tab.open_button.text() == "&Resume or discard…"
    assert page.attempts_tab.delete_button.isEnabled()  # it can still be deleted
    qtbot.keyClick(page.attempts_tab.view, Qt.Key.Key_Return)
    assert opened == [] and unfinished == [running.id]
    finished = next(r for r in made if r.status == "finished")
    page.attempts_tab.select_row(page.model.row_of(finished.id))
    assert page.attempts_tab.open_button.text() == "&Open"


def test_the_status_cell_is_drawn_in_the_theme_pass_and_fail_colours(page: HistoryPage) -> None:
    view = page.attempts_tab.view
    model = view.model()
    colours = status_colors(view.palette())
    drawn: dict[object, QColor] = {}
    for row in range(model.rowCount()):
        index = model.index(row, Column.STATUS)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        view.itemDelegateForColumn(Column.STATUS).initStyleOption(option, index)
        drawn[index.data(HistoryRoles.PASSED)] = option.palette.color(QPalette.ColorRole.Text)
    assert drawn[True] == colours.right
    assert drawn[False] == colours.wrong
    assert drawn[None] == view.palette().color(QPalette.ColorRole.Text), "unfinished rows keep the plain text"
