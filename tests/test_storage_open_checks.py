"""What opening the history finds before the first answer: a file SQLite may only read, and
an SQLite file that is not a ptquiz history (issue 15, items 10 and 11)."""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.sample import answer_right, make_plan

from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.errors import DatabaseDamagedError
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, migrate

REPO_ROOT = Path(__file__).resolve().parent.parent

# --- 10. a read-only history file ---------------------------------------------------------------

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1

_OPEN_AS_THE_APP_DOES = """
import sys
from pathlib import Path
from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.settings import Settings

services = Services(data_paths(Path(sys.argv[1])), FakeClock(), Settings())
services.open_history()
print("in memory" if services.history.recorder.is_in_memory else "on disk")
print("\\n".join(services.notices))
"""


def _without_root_override() -> None:
    """In the child: root keeps its uid but loses CAP_DAC_OVERRIDE, so the kernel applies
    the file's permission bits to it as to anyone (``chmod 444`` really refuses writes)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.mark.skipif(sys.platform != "linux", reason="drops a Linux capability to make chmod bind root")
def test_a_read_only_history_file_is_found_at_open_and_said_at_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    path = data_paths(data_dir).history_db
    store = History.open(path)
    Attempt(make_plan(), FakeClock(), store.recorder).finish()
    store.close()
    path.chmod(0o444)
    before = path.read_bytes()
    try:
        shown = subprocess.run(
            [sys.executable, "-c", _OPEN_AS_THE_APP_DOES, str(data_dir)],
            preexec_fn=_without_root_override if os.geteuid() == 0 else None,  # noqa: PLW1509
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            timeout=60,
            check=False,
        )
    finally:
        path.chmod(0o644)
    assert shown.returncode == 0, shown.stderr
    said, notice = shown.stdout.split("\n", 1)
    assert said == "in memory"  # not "on disk", only to fail at the first answer
    assert str(path) in notice and "cannot be written (read-only or no permission)" in notice
    assert "kept in memory" in notice
    assert path.read_bytes() == before  # the probe wrote nothing


def test_opening_a_writable_history_leaves_it_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = History.open(path)
    Attempt(make_plan(), FakeClock(), store.recorder).finish()
    store.close()
    before = path.read_bytes()
    History.open(path).close()  # the write probe is rolled back
    assert path.read_bytes() == before


# --- 11. another program's SQLite file --------------------------------------------------------


def _foreign(path: Path, *, version: int, application_id: int = 0) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not a quiz')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("version", "application_id"),
    [(1, 0), (2, 0), (SCHEMA_VERSION + 5, 0), (SCHEMA_VERSION, 0x0F055112), (SCHEMA_VERSION + 1, 1)],
)
def test_another_programs_sqlite_file_is_moved_aside_and_said_plainly(
    data_dir: Path, version: int, application_id: int
) -> None:
    paths = data_paths(data_dir)
    before = _foreign(paths.history_db, version=version, application_id=application_id)
    services = Services(paths, FakeClock(), Settings())

    services.open_history()

    assert not services.history.recorder.is_in_memory  # a fresh history, saved on disk at once
    assert services.notices == []  # no promise to save "as soon as the folder can be written"
    notice = services.recovery
    assert notice is not None
    assert notice.moved_to.read_bytes() == before  # nothing lost, nothing written into it
    message = notice.message
    assert str(paths.history_db) in message and "not a ptquiz history" in message
    assert str(notice.moved_to) in message
    assert "no such table" not in message and "newer version" not in message
    attempt = Attempt(make_plan(), services.clock, services.listener())
    answer_right(attempt)
    attempt.finish()
    assert services.history.reader.count_attempts() == 1
    services.close()


def test_a_reader_reports_another_programs_file_without_moving_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    before = _foreign(path, version=1)
    with pytest.raises(DatabaseDamagedError, match="not a ptquiz history"):
        HistoryReader.open_read_only(path)
    assert path.read_bytes() == before


def test_an_older_ptquiz_history_without_the_mark_still_opens_and_gains_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(str(path), isolation_level=None)
    migrate(conn, MIGRATIONS[:2])  # as ptquiz wrote format 2, before files were marked
    conn.close()
    store = History.open(path)
    assert store.maintenance.recovery is None
    store.close()
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
