"""A named pipe where the history or a backup should be (hostile round 2).

Before, reading the history file's header opened it as a file: a FIFO named
``history.sqlite3`` blocked ``ptquiz history`` forever and froze the window at its start,
and one named like a backup was listed and blocked its restore forever (and with it the
quit, which waits for the job). Each runs in a child process with a timeout, so a
regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=60, env=env)


def test_history_command_reports_a_pipe_instead_of_waiting_for_it(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "history.sqlite3")
    done = _run("-m", "ptquiz_gui", "--data-dir", str(tmp_path), "history")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"ptquiz history: cannot read the history in {tmp_path / 'history.sqlite3'}: "
        "it is a named pipe, not a regular file."
    )


def test_the_app_keeps_its_history_in_memory_instead_of_waiting_for_a_pipe(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "history.sqlite3")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ptquiz_gui.storage.errors import StorageUnavailableError\n"
        "from ptquiz_gui.storage.history import History\n"
        "try:\n"
        "    History.open(Path(sys.argv[1]))\n"
        "except StorageUnavailableError as error:\n"
        "    print(error)\n"
    )
    done = _run("-c", code, str(tmp_path / "history.sqlite3"))
    assert done.stdout.strip() == (
        f"Cannot save history in {tmp_path / 'history.sqlite3'}: it is a named pipe, not a regular file."
    )
    assert (tmp_path / "history.sqlite3").is_fifo()


def test_a_pipe_named_like_a_backup_is_never_listed_and_never_read(tmp_path: Path) -> None:
    pipe = tmp_path / "history-20990101-000000.sqlite3"
    os.mkfifo(pipe)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ptquiz_gui.storage import backups\n"
        "from ptquiz_gui.storage.errors import StorageError\n"
        "print(backups.list_backups(Path(sys.argv[1]).parent))\n"
        "try:\n"
        "    backups.check_backup(Path(sys.argv[1]))\n"
        "except StorageError as error:\n"
        "    print(error)\n"
    )
    done = _run("-c", code, str(pipe))
    assert done.stdout.splitlines() == [
        "[]",
        f"The backup {pipe} cannot be read: it is a named pipe, not a regular file.",
    ]
