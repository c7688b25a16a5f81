"""The history table model: lazy pages, sorting and filtering by re-querying the store,
what each column shows; and the most-missed model."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from history_fixtures import START, Ran, clone_finished, fill_history
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.history_model import Column, HistoryModel, Roles
from ptquiz_gui.qtmodels.missed_model import Column as MissedColumn
from ptquiz_gui.qtmodels.missed_model import MissedModel
from ptquiz_gui.qtmodels.missed_model import Roles as MissedRoles
from ptquiz_gui.qtmodels.plain_text import plain_summary
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.records import HistoryFilter, MissedQuestion

CLONES = 1000
PAGE = 200


@pytest.fixture(scope="module")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Ran]]:
    path = tmp_path_factory.mktemp("history-small") / "history.sqlite3"
    store = History.open(path, clock=FakeClock(START))
    made = fill_history(store)
    store.close()
    return path, made


@pytest.fixture(scope="module")
def big_template(small_template: tuple[Path, list[Ran]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("history-big") / "history.sqlite3"
    shutil.copyfile(small_template[0], path)
    clone_finished(path, CLONES, start=START - timedelta(days=400), step=timedelta(hours=5))
    return path


def _open_copy(template: Path, data_dir: Path) -> History:
    target = data_dir / "history.sqlite3"
    shutil.copyfile(template, target)
    return History.open(target, clock=FakeClock(START))


@pytest.fixture
def small(small_template: tuple[Path, list[Ran]], data_dir: Path) -> Iterator[tuple[History, list[Ran]]]:
    store = _open_copy(small_template[0], data_dir)
    yield store, small_template[1]
    store.close()


@pytest.fixture
def big(big_template: Path, data_dir: Path) -> Iterator[History]:
    store = _open_copy(big_template, data_dir)
    yield store
    store.close()


def _ids(model: HistoryModel) -> list[int]:
    return [model.data(model.index(r, 0), Roles.ATTEMPT_ID) for r in range(model.rowCount())]  # type: ignore[misc]


def _text(model: HistoryModel, row: int, column: Column) -> str:
    return str(model.data(model.index(row, column)))


def _load_all(model: HistoryModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


# --- the model contract ----------------------------------------------------------------------


@pytest.mark.parametrize("column", [Column.DATE, Column.PERCENT])
def test_history_model_passes_the_model_tester(
    qtmodeltester: ModelTester, big: History, column: Column
) -> None:
    model = HistoryModel(big.reader, page_size=50)
    model.reload()
    model.sort(column, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.sort(Column.SCORE, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    model.set_filter(HistoryFilter(mode=Mode.EXAM))
    assert model.rowCount() > 0


def test_history_model_passes_the_python_model_tester(qtmodeltester: ModelTester, big: History) -> None:
    model = HistoryModel(big.reader, page_size=50)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())
    model.sort(Column.PERCENT, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    model.set_filter(HistoryFilter(mode=Mode.EXAM))
    model.fetchMore(QModelIndex())
    assert model.rowCount() >= 100


def test_missed_model_passes_the_model_tester(
    qtmodeltester: ModelTester, small: tuple[History, list[Ran]]
) -> None:
    store, _ = small
    model = MissedModel()
    model.set_questions(store.reader.most_missed(50), {"alpha": "Bank alpha"})
    assert model.rowCount() > 0
    qtmodeltester.check(model)


# --- lazy loading ----------------------------------------------------------------------------


def test_only_the_first_page_is_loaded_until_the_view_asks_for_more(big: History) -> None:
    model = HistoryModel(big.reader, page_size=PAGE)
    model.reload()
    total = big.reader.count_attempts()
    assert total == CLONES + 12
    assert model.total == total
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE

    _load_all(model)
    assert model.rowCount() == total
    assert not model.canFetchMore(QModelIndex())
    ids = _ids(model)
    assert len(set(ids)) == total  # pages join without gaps or repeats
    starts = [model.summary(r).started_at for r in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)  # newest first, across every page


def test_a_history_that_shrinks_while_paging_stops_cleanly(big: History) -> None:
    model = HistoryModel(big.reader, page_size=PAGE)
    model.reload()
    loaded = set(_ids(model))
    for s in big.reader.list_attempts(HistoryFilter(), None, PAGE, 2 * CLONES):
        if s.id not in loaded:
            big.maintenance.delete_attempt(s.id)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE
    assert not model.canFetchMore(QModelIndex())


def test_a_small_history_is_all_loaded_at_once(small: tuple[History, list[Ran]]) -> None:
    store, made = small
    model = HistoryModel(store.reader, page_size=PAGE)
    model.reload()
    assert model.rowCount() == len(made)
    assert not model.canFetchMore(QModelIndex())


# --- sorting -----------------------------------------------------------------------------------


def test_sorting_by_percent_requeries_the_store(big: History) -> None:
    model = HistoryModel(big.reader, page_size=PAGE)
    model.reload()
    model.fetchMore(QModelIndex())
    model.sort(Column.PERCENT, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE  # a fresh first page, not everything sorted in memory
    rows = big.reader.list_attempts(HistoryFilter(), None, 0, 5000)
    best = max(s.percent for s in rows if s.percent is not None)
    assert model.summary(0).percent == best
    percents = [model.summary(r).percent for r in range(model.rowCount())]
    assert percents == sorted(percents, reverse=True)  # type: ignore[type-var]

    model.sort(Column.PERCENT, Qt.SortOrder.AscendingOrder)
    assert _text(model, 0, Column.PERCENT) == "—"  # the attempt still in progress has no percent yet
    finished = [model.summary(r).percent for r in range(1, model.rowCount())]
    assert finished == sorted(finished)  # type: ignore[type-var]


@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts_through_the_store(small: tuple[History, list[Ran]], column: Column) -> None:
    store, _ = small
    model = HistoryModel(store.reader)
    model.reload()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert model.history_sort.key.value == column.name.lower()
        assert model.history_sort.descending is (order == Qt.SortOrder.DescendingOrder)
        expected = [s.id for s in store.reader.list_attempts(HistoryFilter(), model.history_sort, 0, 100)]
        assert _ids(model) == expected


# --- filters -----------------------------------------------------------------------------------


def test_filters_narrow_the_rows(small: tuple[History, list[Ran]]) -> None:
    store, made = small
    model = HistoryModel(store.reader)
    model.set_filter(HistoryFilter(bank_id="beta"))
    assert sorted(_ids(model)) == sorted(r.id for r in made if r.bank_id == "beta")
    assert {_text(model, r, Column.BANK) for r in range(model.rowCount())} == {"Bank beta"}

    model.set_filter(HistoryFilter(mode=Mode.EXAM))
    assert sorted(_ids(model)) == sorted(r.id for r in made if r.mode is Mode.EXAM)
    assert {_text(model, r, Column.MODE) for r in range(model.rowCount())} == {"Exam"}

    since, until = START + timedelta(hours=24), START + timedelta(hours=48)
    model.set_filter(HistoryFilter(since=since, until=until))
    assert sorted(_ids(model)) == sorted(r.id for r in made if since <= r.started_at < until)
    assert model.total == 2

    model.set_filter(HistoryFilter(bank_id="nowhere"))
    assert model.rowCount() == 0 and model.total == 0


# --- what the columns show ---------------------------------------------------------------------


def test_columns_show_score_percent_duration_and_status(small: tuple[History, list[Ran]]) -> None:
    store, made = small
    model = HistoryModel(store.reader)
    model.reload()
    by_id = {r.id: r for r in made}
    for row in range(model.rowCount()):
        ran = by_id[model.summary(row).id]
        assert _text(model, row, Column.BANK) == f"Bank {ran.bank_id}"
        assert _text(model, row, Column.MODE) == ("Exam" if ran.mode is Mode.EXAM else "Practice")
        assert _text(model, row, Column.DATE) == ran.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        # four answers taking 3, 4, 5 and 6 seconds, then one more second before the end
        assert _text(model, row, Column.DURATION) == "00:19"
        if ran.status == "in_progress":
            assert _text(model, row, Column.SCORE) == "—"
            assert _text(model, row, Column.PERCENT) == "—"
            assert _text(model, row, Column.STATUS) == "In progress"
            assert model.data(model.index(row, 0), Roles.PASSED) is None
            continue
        assert _text(model, row, Column.SCORE) == f"{ran.score}/4"
        assert _text(model, row, Column.PERCENT) == f"{25 * ran.score}%"
        if ran.status == "abandoned":
            assert _text(model, row, Column.STATUS) == "Abandoned"
        else:
            passed = ran.score * 100 / 4 >= 50  # the sample banks' pass mark
            assert _text(model, row, Column.STATUS) == ("Passed" if passed else "Not passed")
            assert model.data(model.index(row, 0), Roles.PASSED) is passed
        assert model.data(model.index(row, Column.PERCENT), Roles.SORT) == 100 * ran.score / 4


def test_headers_name_each_column(small: tuple[History, list[Ran]]) -> None:
    model = HistoryModel(small[0].reader)
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert names == ["Date", "Bank", "Mode", "Score", "Percent", "Duration", "Status"]


def test_a_read_failure_is_reported_not_raised(qtbot: QtBot, data_dir: Path) -> None:
    store = History.open(data_dir / "history.sqlite3", clock=FakeClock(START))
    model = HistoryModel(store.reader)
    store.close()
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.reload()
    assert "Could not read" in str(blocker.args[0])
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


# --- most missed ---------------------------------------------------------------------------------


def _missed(prompt: str, wrong: int = 3, asked: int = 5, bank_id: str = "alpha") -> MissedQuestion:
    return MissedQuestion(bank_id, "q1", prompt, "tensors", wrong, asked)


def test_missed_rows_show_the_question_bank_and_counts() -> None:
    model = MissedModel()
    model.set_questions(
        [_missed("What does\n`x.view(-1)` do?"), _missed("Gone bank?", 1, 2, "old")], {"alpha": "Bank alpha"}
    )
    assert model.data(model.index(0, MissedColumn.QUESTION)) == "What does x.view(-1) do?"
    assert model.data(model.index(0, MissedColumn.BANK)) == "Bank alpha"
    assert model.data(model.index(0, MissedColumn.WRONG)) == "3 / 5"
    assert model.data(model.index(1, MissedColumn.BANK)) == "old"  # a bank no longer loaded shows its id
    assert model.data(model.index(1, 0), MissedRoles.BANK_ID) == "old"


def test_missed_prompt_tooltip_shows_bank_text_as_typed() -> None:
    model = MissedModel()
    model.set_questions([_missed("Is <b>this</b> bold & safe?")], {})
    tip = str(model.data(model.index(0, MissedColumn.QUESTION), Qt.ItemDataRole.ToolTipRole))
    assert "<b>this</b>" not in tip
    assert "&lt;b&gt;this&lt;/b&gt; bold &amp; safe?" in tip


@pytest.mark.parametrize(
    ("prompt", "line"),
    [
        (
            "This classifier gets images of shape `[64, 1, 28, 28]`.\nWhy does it fail?",
            "This classifier gets images of shape [64, 1, 28, 28]. Why does it fail?",
        ),
        ("```python\nx = 1\n```\n\nWhat is **x**?", "x = 1 What is x?"),
        ("\n\n  Which loss?  \n", "Which loss?"),
        ("<b>bold</b>", "<b>bold</b>"),
        ("Why is __getitem__ slow?", "Why is __getitem__ slow?"),
        ("", ""),
        ("a" * 200, "a" * 139 + "…"),
    ],
)
def test_missed_rows_show_the_whole_prompt_as_one_plain_line(prompt: str, line: str) -> None:
    assert plain_summary(prompt) == line


def test_missed_model_follows_the_store(small: tuple[History, list[Ran]]) -> None:
    store, _ = small
    missed = store.reader.most_missed(50)
    model = MissedModel()
    model.set_questions(missed, {})
    assert model.rowCount() == len(missed)
    counts = [model.question(r).times_wrong for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
