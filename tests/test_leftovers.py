"""What killed backups and writes leave behind (``backups/*.partial`` with their journals,
hidden ``.tmp`` files) is removed at the next start and after every backup; a file whose
writer still runs, and every other file, is left alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_fixtures import Launcher
from helpers.sample import make_plan
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import start_daily_backup
from ptquiz_gui.atomic_files import STALE_AGE_S, write_bytes_atomic
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import DataPaths, data_paths
from ptquiz_gui.storage import backups
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.leftovers import remove_leftovers


def gone_pid() -> int:
    """The pid of a process that has ended."""
    script = "import os; print(os.getpid())"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The pid of another process that runs for the whole test (as a concurrent ``ptquiz import``)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


def touch(path: Path, size: int = 16, age_s: float = 0.0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    if age_s:
        moment = time.time() - age_s
        os.utime(path, (moment, moment))
    return path


def history_with_an_attempt(paths: DataPaths) -> None:
    store = History.open(paths.history_db, clock=FakeClock())
    Attempt(make_plan(), FakeClock(), store.recorder).finish()
    store.close()


def test_partials_and_temps_of_killed_writers_go_and_everything_else_stays(
    data_dir: Path, live_pid: int
) -> None:
    paths = data_paths(data_dir)
    dead = gone_pid()
    name = "history-20260105-090000.sqlite3"
    stale = [
        touch(paths.backups_dir / f"{name}.{dead}.partial", 1 << 20),
        touch(paths.backups_dir / f"{name}.{dead}.partial-journal"),
        touch(paths.backups_dir / f"{name}.partial", age_s=STALE_AGE_S + 60),  # older ptquiz: no pid
        touch(paths.banks_dir / f".imported.yaml.{dead}-abcd1234.tmp"),
        touch(paths.root / f".settings.json.{dead}-x_y0z9ab.tmp"),
        touch(paths.root / ".settings.json.k2l3m4n5.tmp", age_s=STALE_AGE_S + 60),
        # backups named with why they were taken (daily, before a clear or restore, by hand)
        touch(paths.backups_dir / f"history-20260105-100000-daily.sqlite3.{dead}.partial", 1 << 20),
        touch(paths.backups_dir / f"history-20260105-100001-before-clear.sqlite3.{dead}.partial-journal"),
        touch(paths.backups_dir / f"history-20260105-100002-before-restore.sqlite3.{dead}.partial"),
        touch(paths.backups_dir / f"history-20260105-100003-by-hand.sqlite3.{dead}.partial"),
    ]
    kept = [
        touch(paths.backups_dir / name),  # a real backup
        touch(paths.backups_dir / f"history-20260106-090000.sqlite3.{live_pid}.partial"),  # being made
        touch(paths.backups_dir / f"history-20260106-090000.sqlite3.{live_pid}.partial-journal"),
        touch(paths.backups_dir / f"history-20260107-090000.sqlite3.{os.getpid()}.partial"),
        touch(paths.backups_dir / "history-20260108-090000.sqlite3.partial"),  # no pid, but fresh
        touch(paths.backups_dir / "history-20260108-100000-by-hand.sqlite3"),  # a real backup
        touch(paths.backups_dir / f"history-20260108-100001-by-hand.sqlite3.{live_pid}.partial"),  # live
        touch(paths.backups_dir / f"history-20260108-100002-weekly.sqlite3.{dead}.partial"),  # not ptquiz's
        touch(paths.banks_dir / f".other.yaml.{live_pid}-abcd1234.tmp"),  # a running import
        touch(paths.banks_dir / ".notes.tmp", age_s=STALE_AGE_S + 60),  # not a name ptquiz makes
        touch(paths.banks_dir / "mine.yaml"),
        touch(paths.root / "notes.partial", age_s=STALE_AGE_S + 60),
    ]

    removed = remove_leftovers(paths)

    assert sorted(removed) == sorted(stale)
    assert [p for p in stale if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []


def test_a_backup_removes_the_partials_killed_backups_left(data_dir: Path, live_pid: int) -> None:
    paths = data_paths(data_dir)
    history_with_an_attempt(paths)
    dead = gone_pid()
    leftover = touch(paths.backups_dir / f"history-20250101-000000.sqlite3.{dead}.partial", 1 << 20)
    journal = touch(paths.backups_dir / f"history-20250101-000000.sqlite3.{dead}.partial-journal")
    running = touch(paths.backups_dir / f"history-20250102-000000.sqlite3.{live_pid}.partial")

    made = backups.daily_backup(paths.history_db, paths.backups_dir, FakeClock().now())

    assert made is not None and made.path.exists()
    assert not leftover.exists() and not journal.exists()
    assert running.exists()
    assert not list(paths.backups_dir.glob(f"*.{os.getpid()}.partial*"))  # its own partial became the backup


def test_a_write_to_a_users_folder_removes_its_own_name_s_leftovers_only(tmp_path: Path) -> None:
    dead = gone_pid()
    own = touch(tmp_path / f".bank.gift.{dead}-abcd1234.tmp")
    other = touch(tmp_path / f".letter.txt.{dead}-abcd1234.tmp")

    write_bytes_atomic(tmp_path / "bank.gift", b"exported\n")

    assert (tmp_path / "bank.gift").read_bytes() == b"exported\n"
    assert not own.exists()
    assert other.exists()  # the user's folder is not swept; only the target's own leftovers go


def test_the_start_removes_leftovers_off_the_gui_thread(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    paths = data_paths(data_dir)
    history_with_an_attempt(paths)
    dead = gone_pid()
    partial = touch(paths.backups_dir / f"history-20250101-000000.sqlite3.{dead}.partial", 1 << 20)
    temp = touch(paths.banks_dir / f".imported.yaml.{dead}-abcd1234.tmp")
    run = launch(data_dir)

    start_daily_backup(run.window, run.services)  # what the start does after the first paint

    qtbot.waitUntil(lambda: not partial.exists() and not temp.exists())
    qtbot.waitUntil(lambda: len(backups.list_backups(paths.backups_dir)) == 1)
