"""The crash harness: 200 runs, each killed at a random moment, none may lose a confirmed change.

Slow (about a process start per run), so it runs with ``make crash-harness``
(``pytest -m slow tests/test_crash_harness.py``). Runs share a history file in groups
of 20, so each kill also lands on a file that has already survived earlier kills.

Then 20 runs kill a process in the middle of making a backup, and 20 in the middle of
importing a bank; after each, the next start must leave no partial backup, journal or
temporary file behind, and the history, the backups and the banks must all be sound.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.crash_attempt import make_bank
from helpers.crash_check import REPO, Confirmed, check_history, read_then_kill, start_child

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import SystemClock
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import DataPaths, data_paths
from ptquiz_gui.storage import backups
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.leftovers import remove_leftovers

RUNS = 200
FILES_SCRIPT = Path(__file__).resolve().parent / "helpers" / "crash_files.py"
GROUP = 20
QUESTIONS = 8
ATTEMPTS = 3
LINES_PER_RUN = ATTEMPTS * (1 + QUESTIONS + 2 + 1)  # started, answers, two flags, finished

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def group_dirs() -> dict[int, Path]:
    """The data folder of each group of runs, made when its first run starts."""
    return {}


@pytest.mark.parametrize("run", range(RUNS))
def test_a_kill_at_a_random_moment_loses_nothing_confirmed(
    run: int, group_dirs: dict[int, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    group = run // GROUP
    if group not in group_dirs:
        group_dirs[group] = tmp_path_factory.mktemp(f"crash-group-{group}")
    data_dir = group_dirs[group]
    rng = random.Random()
    target = rng.randint(0, LINES_PER_RUN)
    delay = rng.choice([0.0, rng.uniform(0.0, 0.002), rng.uniform(0.0, 0.02)])

    child = start_child(data_dir, questions=QUESTIONS, attempts=ATTEMPTS, seed=run)
    confirmed = Confirmed()
    read_then_kill(child, confirmed, lambda c: c.lines >= target, delay)

    check_history(data_dir, confirmed)


# --- kills during a backup and during an import -------------------------------------------

FILE_RUNS = 20
HISTORY_ATTEMPTS = 150


@pytest.fixture(scope="module")
def history_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A history of some size, so that a backup of it takes long enough to be killed midway."""
    folder = tmp_path_factory.mktemp("crash-files-template")
    store = History.open(data_paths(folder).history_db)
    bank = make_bank(30)
    for n in range(HISTORY_ATTEMPTS):
        attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=n), SystemClock(), store.recorder)
        for _ in range(attempt.size):
            attempt.select(0)
            attempt.confirm()
            attempt.next()
        attempt.finish()
    store.close()
    return data_paths(folder).history_db


def attempts_in(history: Path) -> tuple[list[tuple[object, ...]], int]:
    conn = sqlite3.connect(f"{history.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        return integrity, int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])
    finally:
        conn.close()


def leftovers_in(data_dir: Path) -> list[str]:
    return sorted(
        str(p.relative_to(data_dir))
        for p in data_dir.rglob("*")
        if ".partial" in p.name or (p.name.startswith(".") and p.name.endswith(".tmp"))
    )


def kill_while_writing(child: subprocess.Popen[str], watched: Path, pattern: str, rng: random.Random) -> None:
    """Kill the child the moment a file matching ``pattern`` is being written in ``watched``
    (plus a random pause of up to a few milliseconds), or after a while if none is seen."""
    deadline = time.monotonic() + rng.uniform(0.3, 3.0)
    while time.monotonic() < deadline and child.poll() is None:
        if any(watched.glob(pattern)):
            time.sleep(rng.choice([0.0, rng.uniform(0.0, 0.003), rng.uniform(0.0, 0.03)]))
            break
        time.sleep(0.0005)
    child.kill()
    child.wait()
    assert child.stderr is not None and child.stdout is not None
    errors = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert "Traceback" not in errors, errors


def next_start(paths: DataPaths) -> None:
    """What a start does once its window is up, on its worker thread (``views.daily_backup``)."""
    remove_leftovers(paths)
    backups.daily_backup(paths.history_db, paths.backups_dir, datetime(2100, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("job", ["backup", "import"])
@pytest.mark.parametrize("run", range(FILE_RUNS))
def test_a_kill_during_a_backup_or_an_import_leaves_nothing_behind_after_the_next_start(
    run: int, job: str, history_template: Path, tmp_path: Path
) -> None:
    paths = data_paths(tmp_path)
    shutil.copyfile(history_template, paths.history_db)
    _, attempts_before = attempts_in(paths.history_db)
    rng = random.Random()
    child = subprocess.Popen(
        [sys.executable, str(FILES_SCRIPT), str(tmp_path), job],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])},
    )
    if job == "backup":
        paths.backups_dir.mkdir(exist_ok=True)
        kill_while_writing(child, paths.backups_dir, "*.partial", rng)
    else:
        paths.banks_dir.mkdir(exist_ok=True)
        kill_while_writing(child, paths.banks_dir, ".*.tmp", rng)

    next_start(paths)

    assert leftovers_in(tmp_path) == []
    assert attempts_in(paths.history_db) == ([("ok",)], attempts_before)
    for backup in backups.list_backups(paths.backups_dir):
        backups.check_backup(backup.path)  # every kept backup is whole and sound
    for bank in paths.banks_dir.glob("*.yaml") if paths.banks_dir.exists() else ():
        load_bank_bytes(bank.read_bytes(), str(bank))  # no half-written bank under a real name
