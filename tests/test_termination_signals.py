"""SIGTERM, SIGHUP and Ctrl+C on a real ptquiz process (hostile round 2).

Before, SIGTERM (a shutdown, a logout, ``kill``) ended the process at once: a history
kept in memory was gone without a word. Ctrl+C printed a ``KeyboardInterrupt`` traceback
from inside whichever slot ran next and the app went on. Now each closes the window as the
desktop session's end does when nobody may be asked: the attempt is left resumable, what
is unsaved is exported to ``~/ptquiz-unsaved-<time>.json``, and ptquiz exits 0.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ptquiz_gui.storage.schema import APPLICATION_ID

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

BANK = "pytorch-02"


def _start(data_dir: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    env.pop("PTQUIZ_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), "start", BANK],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_started(process: subprocess.Popen[str], data_dir: Path) -> None:
    """The bank cache is written in the same step after the first paint that opens the
    history and the attempt; a signal is only handled once that step is over."""
    cache = data_dir / "cache" / "banks.json"
    deadline = time.monotonic() + 60
    while not cache.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ptquiz did not start within 60 s"
        time.sleep(0.05)


def _end_with(process: subprocess.Popen[str], signum: int) -> str:
    process.send_signal(signum)
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
        pytest.fail(f"ptquiz was still running 30 s after {signal.Signals(signum).name}:\n{err}")
    assert "Traceback" not in err, err
    assert process.returncode == 0, err
    return err


def test_sigterm_exports_a_history_kept_in_memory_and_exits_0(tmp_path: Path) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "home"
    data_dir.mkdir()
    home.mkdir()
    newer = sqlite3.connect(str(data_dir / "history.sqlite3"))  # from a newer ptquiz: memory only
    newer.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    newer.execute("PRAGMA user_version = 999")
    newer.execute("CREATE TABLE later (x)")
    newer.commit()
    newer.close()
    process = _start(data_dir, home)
    _wait_until_started(process, data_dir)
    err = _end_with(process, signal.SIGTERM)
    assert "SIGTERM received; saving and closing" in err
    exports = sorted(home.glob("ptquiz-unsaved-*.json"))
    assert len(exports) == 1, err
    attempts = json.loads(exports[0].read_text(encoding="utf-8"))["attempts"]
    assert [(a["bank_id"], a["status"]) for a in attempts] == [(BANK, "in_progress")]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGHUP])
def test_ctrl_c_and_a_closed_terminal_leave_the_attempt_resumable_and_exit_0(
    tmp_path: Path, signum: int
) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "home"
    home.mkdir()
    process = _start(data_dir, home)
    _wait_until_started(process, data_dir)
    _end_with(process, signum)
    conn = sqlite3.connect(str(data_dir / "history.sqlite3"))
    try:
        rows = conn.execute("SELECT bank_id, status FROM attempts").fetchall()
    finally:
        conn.close()
    assert rows == [(BANK, "in_progress")]
    assert not list(home.iterdir())  # everything was saved: nothing to export
