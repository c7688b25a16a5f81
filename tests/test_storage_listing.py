"""Listing the history: counts, filters, every sort in both directions, paging, export."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.sample import answer_right, answer_wrong, make_bank, make_plan

from ptquiz_gui.domain.attempt import Attempt, Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.listing import SUMMARY_COLUMNS, order_clause, where_clause
from ptquiz_gui.storage.records import AttemptSummary, HistoryFilter, HistorySort, SortKey

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(data_dir: Path) -> Iterator[History]:
    opened = History.open(data_dir / "history.sqlite3", clock=FakeClock(START))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    """A history made once by ``_fill`` and copied for each test (it takes ~100 durable commits)."""
    path = tmp_path_factory.mktemp("listing") / "history.sqlite3"
    store = History.open(path, clock=FakeClock(START))
    ids = _fill(store)
    store.close()
    return path, ids


@pytest.fixture
def filled(template: tuple[Path, list[int]], data_dir: Path) -> Iterator[tuple[History, list[int]]]:
    path, ids = template
    target = data_dir / "history.sqlite3"
    shutil.copyfile(path, target)
    opened = History.open(target, clock=FakeClock(START))
    yield opened, ids
    opened.close()


def _fill(store: History) -> list[int]:
    """Eighteen attempts over nine days: three banks, both modes, every status, varied scores and times."""
    ids = []
    for n in range(18):
        clock = FakeClock(START + timedelta(hours=12 * n))
        bank = make_bank(("alpha", "beta", "gamma")[n % 3], 4)
        mode = Mode.EXAM if n % 2 else Mode.PRACTICE
        attempt = Attempt(make_plan(bank, mode, seed=n), clock, store.recorder)
        for position in range(4):
            clock.advance(1 + (n * 7 + position) % 5)
            if (n + position) % 3:
                answer_right(attempt)
            else:
                answer_wrong(attempt)
            attempt.next()
        if n % 6 == 5:
            attempt.suspend()  # stays in progress
        elif n % 6 == 4:
            attempt.abandon()
        else:
            attempt.finish()
        ids.append(attempt.attempt_id or 0)
    return ids


def _expected(rows: list[AttemptSummary], sort: HistorySort) -> list[int]:
    def value(s: AttemptSummary) -> object:
        field = {
            SortKey.DATE: None,
            SortKey.BANK: s.bank_id,
            SortKey.MODE: s.mode.value,
            SortKey.SCORE: s.score,
            SortKey.PERCENT: s.percent,
            SortKey.DURATION: s.elapsed,
            SortKey.STATUS: s.status.value,
        }[sort.key]
        return (field is not None, field)  # SQLite puts NULL first when ascending

    ordered = sorted(rows, key=lambda s: (value(s), s.started_at, s.id), reverse=sort.descending)
    return [s.id for s in ordered]


def test_counts_follow_additions_and_deletions(store: History) -> None:
    assert store.reader.count_attempts() == 0 and store.reader.list_attempts() == []
    ids = _fill(store)
    assert store.reader.count_attempts() == 18
    assert store.reader.count_attempts(HistoryFilter(bank_id="alpha")) == 6
    store.maintenance.delete_attempt(ids[0])
    assert store.reader.count_attempts() == 17
    assert store.reader.count_attempts(HistoryFilter(bank_id="alpha")) == 5


def test_default_listing_is_newest_first(filled: tuple[History, list[int]]) -> None:
    store, ids = filled
    assert [s.id for s in store.reader.list_attempts()] == list(reversed(ids))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_key_in_both_directions(
    filled: tuple[History, list[int]], key: SortKey, descending: bool
) -> None:
    store, _ = filled
    everything = store.reader.list_attempts(limit=1000)
    sort = HistorySort(key, descending)
    listed = [s.id for s in store.reader.list_attempts(sort=sort, limit=1000)]
    assert listed == _expected(everything, sort)


def test_filters_by_bank_mode_status_and_dates(filled: tuple[History, list[int]]) -> None:
    store, _ = filled
    everything = store.reader.list_attempts(limit=1000)

    def ids(flt: HistoryFilter) -> set[int]:
        assert store.reader.count_attempts(flt) == len(store.reader.list_attempts(flt, limit=1000))
        return {s.id for s in store.reader.list_attempts(flt, limit=1000)}

    assert ids(HistoryFilter(bank_id="beta")) == {s.id for s in everything if s.bank_id == "beta"}
    assert ids(HistoryFilter(mode=Mode.EXAM)) == {s.id for s in everything if s.mode is Mode.EXAM}
    assert ids(HistoryFilter(status=Status.IN_PROGRESS)) == {s.id for s in store.reader.unfinished()}
    since, until = START + timedelta(days=2), START + timedelta(days=5)
    assert ids(HistoryFilter(since=since, until=until)) == {
        s.id for s in everything if since <= s.started_at < until
    }
    both = HistoryFilter(bank_id="gamma", mode=Mode.PRACTICE, since=since)
    assert ids(both) == {
        s.id for s in everything if s.bank_id == "gamma" and s.mode is Mode.PRACTICE and s.started_at >= since
    }
    assert ids(HistoryFilter(bank_id="nope")) == set()


@pytest.mark.parametrize("key", [SortKey.DATE, SortKey.PERCENT, SortKey.BANK])
def test_pages_join_up_to_the_full_list(filled: tuple[History, list[int]], key: SortKey) -> None:
    store, _ = filled
    sort = HistorySort(key, descending=True)
    flt = HistoryFilter(mode=Mode.EXAM)
    full = [s.id for s in store.reader.list_attempts(flt, sort, 0, 1000)]
    pages = [store.reader.list_attempts(flt, sort, offset, 4) for offset in range(0, 12, 4)]
    assert [len(p) for p in pages] == [4, 4, 1]
    assert [s.id for page in pages for s in page] == full
    assert store.reader.list_attempts(flt, sort, 100, 4) == []


def test_unfinished_lists_only_attempts_in_progress(filled: tuple[History, list[int]]) -> None:
    store, ids = filled
    assert [s.id for s in store.reader.unfinished()] == [ids[17], ids[11], ids[5]]
    assert all(s.score is None and s.percent is None for s in store.reader.unfinished())


def test_export_streams_every_position_oldest_first(filled: tuple[History, list[int]]) -> None:
    store, ids = filled
    exported = list(store.reader.iter_export(HistoryFilter(bank_id="alpha")))
    assert [e.summary.id for e in exported] == [i for n, i in enumerate(ids) if n % 3 == 0]
    first = exported[0]
    result = store.reader.result_of(first.summary.id)
    assert [(a.question_id, a.choice, a.correct, a.seconds) for a in first.answers] == [
        (o.item.question.id, o.choice, o.correct, o.seconds) for o in result.outcomes
    ]


def _query_plan(conn: sqlite3.Connection, flt: HistoryFilter, sort: HistorySort) -> str:
    where, params = where_clause(flt, sort)
    sql = (
        f"EXPLAIN QUERY PLAN SELECT {SUMMARY_COLUMNS} FROM attempts AS a{where}{order_clause(sort)}"
        " LIMIT 100 OFFSET 0"
    )
    return " | ".join(str(r[-1]) for r in conn.execute(sql, params))


def test_a_page_is_read_from_an_index_without_sorting_the_history(
    filled: tuple[History, list[int]], data_dir: Path
) -> None:
    """At 100,000 attempts a page must not need the whole history sorted first."""
    cases = [(HistoryFilter(), HistorySort(key, d)) for key in SortKey for d in (False, True)]
    cases += [(HistoryFilter(mode=Mode.EXAM), HistorySort(key, d)) for key in SortKey for d in (False, True)]
    cases += [
        (HistoryFilter(bank_id="alpha"), HistorySort(SortKey.DATE, True)),
        (HistoryFilter(status=Status.IN_PROGRESS), HistorySort(SortKey.DATE, True)),
        (HistoryFilter(since=START, until=START + timedelta(days=1)), HistorySort(SortKey.DATE, False)),
    ]
    conn = sqlite3.connect(str(data_dir / "history.sqlite3"))
    try:
        for flt, sort in cases:
            plan = _query_plan(conn, flt, sort)
            assert "TEMP B-TREE" not in plan, (flt, sort, plan)
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (flt, sort, plan)
    finally:
        conn.close()
