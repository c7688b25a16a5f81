"""Schema 5 on a real file written by the schema-3 release (``tests/data/history_v3``): each
question's card is its answer history replayed through FSRS, the Leitner boxes are gone, and
a replay interrupted by an error leaves the file as it was."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ptquiz_gui.domain.answer_events import AnswerEvent, question_key
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.fsrs_cards import CardScheduler, MemoryState
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage import fsrs_migration
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import MIGRATIONS, SCHEMA_VERSION, migrate

FIXTURE = Path(__file__).parent / "data" / "history_v3" / "history.sqlite3"
LATER = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-02-0{text}+00:00")


# The fixture's answers that reach a card, read off the file by hand: practice answers when
# given (the unfinished practice too), the submitted exam's at its submission (its blank q2
# is a miss), the review session's; nothing from the abandoned exam.
EXPECTED_EVENTS = {
    "q0": [("2T09:00:07", 1, False, False), ("2T10:00:48", 1, False, False), ("2T11:00:55", 1, False, False)],
    "q1": [
        ("2T09:00:24", 0, False, False),
        ("2T10:00:48", 1, False, False),
        ("2T11:01:12", 0, False, False),
        ("5T12:01:41", 1, True, False),
    ],
    "q2": [("2T09:00:15", 1, False, False), ("2T10:00:48", 0, False, True)],
}


@pytest.fixture
def old_history(data_dir: Path) -> Path:
    path = data_paths(data_dir).history_db
    shutil.copyfile(FIXTURE, path)
    return path


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_each_card_is_its_answer_history_replayed_in_time_order(old_history: Path) -> None:
    assert "review_cards" in _tables(old_history)
    with History.open(old_history, clock=FakeClock(LATER)) as store:
        cards = {c.question_key: c for c in store.reader.question_cards()}
        outcomes = store.reader.review_outcomes()
    scheduler = CardScheduler()
    for qid, answers in EXPECTED_EVENTS.items():
        key = question_key("legacy", qid)
        events = [AnswerEvent(key, "legacy", _at(at), score, review, blank) for at, score, review, blank in answers]
        [expected] = scheduler.replay(events).cards.values()
        assert cards[key] == expected
        assert cards[key].memory == scheduler.rescheduled_by_library(events)  # the library's own replay
    assert cards[question_key("legacy", "q0")].memory is None  # never missed, never reviewed
    assert [(o.question_key, o.interval_days, o.elapsed_days, o.right) for o in outcomes] == [
        (question_key("legacy", "q1"), 1, 3, True)
    ]
    tables = _tables(old_history)
    assert "review_cards" not in tables and {"question_cards", "review_outcomes"} <= tables


def test_the_migrated_cards_keep_the_latest_snapshot_for_review(old_history: Path) -> None:
    with History.open(old_history, clock=FakeClock(LATER)) as store:
        items = store.reader.review_items(LATER)
    assert sorted(i.question.id for i in items) == ["q1", "q2"]  # both overdue by March
    assert all(i.bank_id == "legacy" for i in items)


def test_a_failed_replay_leaves_the_file_at_its_old_version(
    old_history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(fsrs_migration, "rebuild_cards", broken)
    conn = sqlite3.connect(str(old_history), isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn)
        assert int(conn.execute("PRAGMA user_version").fetchone()[0]) == 3
    finally:
        conn.close()
    assert "review_cards" in _tables(old_history) and "question_cards" not in _tables(old_history)


def test_progress_is_reported_while_replaying(old_history: Path) -> None:
    reports: list[tuple[int, int]] = []
    conn = sqlite3.connect(str(old_history), isolation_level=None)
    try:
        migrate(conn, MIGRATIONS[:4])
        conn.execute("BEGIN")
        fsrs_migration.add_fsrs_cards(conn, lambda done, total: reports.append((done, total)))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert reports[-1] == (9, 9)  # every answer that reaches a card


def _memories(path: Path, retention: float) -> dict[str, MemoryState]:
    with History.open(path, clock=FakeClock(LATER), desired_retention=retention) as store:
        return {c.question_key: c.memory for c in store.reader.question_cards() if c.memory is not None}


def test_the_migration_sets_due_dates_at_the_chosen_retention(old_history: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    shutil.copyfile(FIXTURE, again)
    low, high = _memories(old_history, 0.80), _memories(again, 0.97)
    assert low.keys() == high.keys() == {question_key("legacy", q) for q in ("q1", "q2")}
    for retention, memories in ((0.80, low), (0.97, high)):
        scheduler = CardScheduler(retention)
        for key, memory in memories.items():
            events = [
                AnswerEvent(key, "legacy", _at(at), score, review, blank)
                for at, score, review, blank in EXPECTED_EVENTS[key.split("\x1f")[1]]
            ]
            assert memory == scheduler.replay(events).cards[key].memory
    for key in low:  # the same memory, later due dates at the lower retention
        assert (low[key].stability, low[key].last_review) == (high[key].stability, high[key].last_review)
        assert low[key].due >= high[key].due
    q1 = question_key("legacy", "q1")
    assert low[q1].due > high[q1].due  # reviewed once: 3 days at 80 %, 1 at 97 %
