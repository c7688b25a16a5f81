"""A large history file: 100,000 attempts and 1,000,000 answers, made in seconds.

The schema comes from the store's own migrations: the first creates the tables, the rows
are bulk-inserted in one transaction with the shapes the store writes (question snapshots
with the store's digest, finished/abandoned/in-progress attempts, review cards), and the
later migrations derive their totals from them, as they would for a user's older file.
The file is then closed through ``History.close`` so it ends the way a user's file
does. It is cached under ``benchmarks/.cache/``, named by the generator version and a
digest of the schema; benchmarks work on a copy.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workspace import cache_dir

from ptquiz_gui.domain.clock import FakeClock, SystemClock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.plan import QuizItem
from ptquiz_gui.paths import bundled_banks_dir
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from ptquiz_gui.storage.snapshots import ItemSnapshot, store_snapshot
from ptquiz_gui.storage.times import to_db

ATTEMPTS = 100_000
ITEMS_PER_ATTEMPT = 10
GENERATOR_VERSION = 1
FIRST_START = datetime(2023, 1, 2, 8, 0, tzinfo=UTC)
SPACING = timedelta(minutes=15)
IN_PROGRESS_TAIL = 2  # the newest attempts are left unfinished, as after a crash
EXAM_SECONDS = 600


def history_path() -> Path:
    return cache_dir() / (
        f"history-{ATTEMPTS}x{ITEMS_PER_ATTEMPT}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-{schema_digest()}.sqlite3"
    )


def end_of_history() -> datetime:
    """The wall time just after the newest generated attempt (a benchmark's "now")."""
    return FIRST_START + SPACING * ATTEMPTS + timedelta(hours=1)


class ClockAfterHistory(SystemClock):
    """A real clock whose wall time runs on from just after the generated history."""

    def __init__(self) -> None:
        self._offset = end_of_history() - super().now()

    def now(self) -> datetime:
        return super().now() + self._offset


def _snapshots(conn: sqlite3.Connection) -> dict[str, list[tuple[int, int, int]]]:
    """Insert one snapshot per bundled question; per bank: (snapshot id, answer, choice count)."""
    library = load_library(bundled_banks_dir(), Path("/nonexistent"))
    if not library.banks:
        raise SystemExit("no bundled banks could be loaded; the history needs their questions")
    per_bank: dict[str, list[tuple[int, int, int]]] = {}
    # The store writes snapshots with the columns of schema 4; the version-1 table gets
    # them for these inserts only, and schema 4's migration adds them again below.
    for column in _SNAPSHOT_COLUMNS_V4:
        conn.execute(f"ALTER TABLE question_snapshots ADD COLUMN {column}")
    for bank in library.banks:
        for question in bank.questions:
            snap = ItemSnapshot.of(QuizItem(bank.id, question, tuple(range(len(question.choices)))))
            snapshot_id = store_snapshot(conn, snap)
            per_bank.setdefault(bank.id, []).append((snapshot_id, question.answer, len(question.choices)))
    for column in _SNAPSHOT_COLUMNS_V4:
        conn.execute(f"ALTER TABLE question_snapshots DROP COLUMN {column.split()[0]}")
    return per_bank


_SNAPSHOT_COLUMNS_V4 = (
    "qtype TEXT NOT NULL DEFAULT 'single'",
    "answers TEXT NOT NULL DEFAULT '[]'",
    "scoring TEXT NOT NULL DEFAULT 'all-or-nothing'",
    "shuffle INTEGER NOT NULL DEFAULT 1",
    "choose INTEGER",
)


def _fill(conn: sqlite3.Connection) -> None:
    rng = random.Random(20260105)
    per_bank = _snapshots(conn)
    bank_ids = sorted(per_bank)
    pool = [s for b in bank_ids for s in per_bank[b]]
    titles = {b: f"Bank {b}" for b in bank_ids}
    attempts: list[tuple[object, ...]] = []
    items: list[tuple[object, ...]] = []
    for attempt_id in range(1, ATTEMPTS + 1):
        roll = rng.random()
        if roll < 0.85:
            kind, bank_id = "bank", rng.choice(bank_ids)
            chosen = rng.sample(per_bank[bank_id], min(ITEMS_PER_ATTEMPT, len(per_bank[bank_id])))
            title = titles[bank_id]
        elif roll < 0.92:
            kind, bank_id = "retry", rng.choice(bank_ids)
            chosen = rng.sample(per_bank[bank_id], min(ITEMS_PER_ATTEMPT, len(per_bank[bank_id])))
            title = f"Retry: {titles[bank_id]}"
        elif roll < 0.97:
            kind, bank_id, title = "mixed", "mixed", "Mixed exam"
            chosen = rng.sample(pool, ITEMS_PER_ATTEMPT)
        else:
            kind, bank_id, title = "review", "review", "Review due"
            chosen = rng.sample(pool, ITEMS_PER_ATTEMPT)
        while len(chosen) < ITEMS_PER_ATTEMPT:  # a bank with fewer questions: top up from any bank
            chosen.append(rng.choice(pool))
        mode = "exam" if kind in ("bank", "mixed") and rng.random() < 0.4 else "practice"
        started = FIRST_START + SPACING * (attempt_id - 1)
        in_progress = attempt_id > ATTEMPTS - IN_PROGRESS_TAIL
        status = "in_progress" if in_progress else ("abandoned" if rng.random() < 0.06 else "finished")
        skill = rng.uniform(0.35, 0.95)
        moment = started
        score = answered = 0
        elapsed = 0.0
        for position, (snapshot_id, answer, count) in enumerate(chosen):
            order = list(range(count))
            rng.shuffle(order)
            seconds = round(rng.uniform(4.0, 75.0), 3)
            given = in_progress and position >= ITEMS_PER_ATTEMPT // 2
            choice: int | None = None
            if not given and rng.random() > 0.04:
                choice = (
                    answer if rng.random() < skill else rng.choice([i for i in range(count) if i != answer])
                )
            correct = int(choice is not None and choice == answer)
            moment += timedelta(seconds=seconds)
            elapsed += seconds
            score += correct
            answered += choice is not None
            items.append(
                (
                    attempt_id,
                    position,
                    snapshot_id,
                    "[" + ",".join(map(str, order)) + "]",
                    choice,
                    correct,
                    seconds,
                    int(rng.random() < 0.03),
                    None if choice is None else to_db(moment),
                )
            )
        finished = None if in_progress else to_db(moment)
        percent = None if in_progress else 100.0 * score / ITEMS_PER_ATTEMPT
        attempts.append(
            (
                attempt_id,
                bank_id,
                f"{rng.getrandbits(64):016x}" if kind == "bank" else "",
                mode,
                kind,
                title,
                rng.randrange(2**31),
                70,
                EXAM_SECONDS if mode == "exam" else None,
                to_db(started),
                finished,
                status,
                0,
                ITEMS_PER_ATTEMPT,
                answered,
                None if in_progress else score,
                percent,
                round(elapsed, 3),
                ITEMS_PER_ATTEMPT // 2 if in_progress else ITEMS_PER_ATTEMPT - 1,
            )
        )
    conn.executemany(f"INSERT INTO attempts VALUES ({', '.join('?' * 19)})", attempts)
    conn.executemany(
        "INSERT INTO attempt_items (attempt_id, position, snapshot_id, choice_order, choice, correct,"
        " seconds, flagged, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        items,
    )
    now = end_of_history()
    cards = []
    for snapshot_id, bank_id, question_id in conn.execute(
        "SELECT id, bank_id, question_id FROM question_snapshots ORDER BY id"
    ).fetchall():
        if rng.random() < 0.6:
            due = now + timedelta(days=rng.uniform(-5.0, 20.0))
            cards.append(
                (bank_id, question_id, rng.randint(1, 5), to_db(due), rng.randint(0, 6), snapshot_id)
            )
    conn.executemany(
        "INSERT INTO review_cards (bank_id, question_id, box, due, lapses, snapshot_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        cards,
    )


def schema_digest() -> str:
    """Names the schema the store creates today, so a changed migration makes a new file."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    ddl = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")]
    conn.close()
    return hashlib.sha256("\n".join(ddl).encode("utf-8")).hexdigest()[:10]


def generate(path: Path) -> None:
    """Fill the version-1 tables, then let the store's later migrations derive their totals."""
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    conn = sqlite3.connect(str(partial), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = OFF")
    migrate(conn, MIGRATIONS[:1])
    conn.execute("BEGIN")
    _fill(conn)
    conn.execute("COMMIT")
    migrate(conn)
    conn.close()
    # Close it the way the app does (PRAGMA optimize), then fold the WAL into the file.
    History.open(partial, clock=FakeClock(end_of_history())).close()
    conn = sqlite3.connect(str(partial), isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    partial.replace(path)


def cached_history() -> Path:
    """The cached large history, generated when missing."""
    path = history_path()
    if not path.exists():
        started = time.perf_counter()
        generate(path)
        print(
            f"generated {path.name} ({path.stat().st_size / 1e6:.0f} MB)"
            f" in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return path


def copy_history(folder: Path) -> Path:
    """A private copy of the cached history as ``folder/history.sqlite3`` (the store's file name)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "history.sqlite3"
    shutil.copyfile(cached_history(), target)
    return target


if __name__ == "__main__":
    print(cached_history())
