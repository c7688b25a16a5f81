"""Drive ``crash_attempt.py`` in a subprocess, kill it, and check what the history kept."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from helpers.crash_attempt import choice_for
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History

SCRIPT = Path(__file__).resolve().parent / "crash_attempt.py"
REPO = Path(__file__).resolve().parents[2]
HANG_GUARD_SECONDS = 120  # only stops a hung child; nothing is asserted about speed


@dataclass
class Confirmed:
    """What the child said was committed before it died."""

    started: set[int] = field(default_factory=set)
    answers: dict[tuple[int, int], int] = field(default_factory=dict)
    flags: set[tuple[int, int]] = field(default_factory=set)
    finished: dict[int, int] = field(default_factory=dict)
    lines: int = 0

    def add(self, line: str) -> None:
        word, *rest = line.split()
        values = [int(v) for v in rest]
        if word == "started":
            self.started.add(values[0])
        elif word == "answered":
            self.answers[(values[0], values[1])] = values[2]
        elif word == "flagged":
            self.flags.add((values[0], values[1]))
        elif word == "finished":
            self.finished[values[0]] = values[1]
        else:
            raise AssertionError(f"unexpected line from the child: {line!r}")
        self.lines += 1


def start_child(data_dir: Path, *, questions: int, attempts: int, seed: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
    return subprocess.Popen(
        [
            sys.executable,
            str(SCRIPT),
            str(data_dir),
            "--questions",
            str(questions),
            "--attempts",
            str(attempts),
            "--seed",
            str(seed),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_then_kill(
    child: subprocess.Popen[str], confirmed: Confirmed, until: Callable[[Confirmed], bool], delay: float = 0.0
) -> None:
    """Read confirmations until ``until`` holds (or the child ends), wait ``delay`` seconds
    so the kill lands at an arbitrary point of the next write, then kill the child hard."""
    guard = threading.Timer(HANG_GUARD_SECONDS, child.kill)
    guard.start()
    try:
        assert child.stdout is not None
        while not until(confirmed):
            line = child.stdout.readline()
            if not line:
                break
            confirmed.add(line)
        if delay:
            time.sleep(delay)
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup, no flush, no close
        child.wait()
        guard.cancel()
    assert child.stdout is not None and child.stderr is not None
    for line in child.stdout.read().splitlines():  # said before the kill landed: also committed
        confirmed.add(line)
    errors = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert "error:" not in errors and "Traceback" not in errors, errors


def check_history(data_dir: Path, confirmed: Confirmed) -> None:
    """Everything confirmed is there, nothing is damaged, and no answer is wrong."""
    path = data_paths(data_dir).history_db
    if not path.exists():
        # Killed before the store created its file: then nothing can have been confirmed.
        assert confirmed.lines == 0 and not confirmed.started, confirmed
        return
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {
            (a, p): c
            for a, p, c in conn.execute(
                "SELECT attempt_id, position, choice FROM attempt_items WHERE choice IS NOT NULL"
            )
        }
        flagged = set(conn.execute("SELECT attempt_id, position FROM attempt_items WHERE flagged = 1"))
        statuses = dict(conn.execute("SELECT id, status FROM attempts"))
        scores = dict(conn.execute("SELECT id, score FROM attempts WHERE status = 'finished'"))
    finally:
        conn.close()
    assert confirmed.started <= set(statuses)
    for key, choice in confirmed.answers.items():
        assert stored.get(key) == choice, (key, choice)
    for (attempt_id, position), choice in stored.items():
        assert choice == choice_for(attempt_id, position)  # nothing half-written or mixed up
    assert confirmed.flags <= flagged
    for attempt_id, score in confirmed.finished.items():
        assert statuses[attempt_id] == "finished" and scores[attempt_id] == score

    store = History.open(path)
    try:
        assert store.maintenance.recovery is None
        for summary in store.reader.unfinished():
            assert summary.id not in confirmed.finished
    finally:
        store.close()
    assert not [p for p in data_dir.iterdir() if "damaged" in p.name]
