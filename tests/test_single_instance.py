"""One ptquiz per data folder: a second start finds the first through a local socket and
asks it to come forward."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from app_fixtures import Launcher
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from ptquiz_gui.instance_lock import Claim, InstanceLock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.views.single_instance import InstanceServer, ask_running_instance_to_focus


@pytest.fixture
def name() -> Iterator[str]:
    """A socket name no other test or running ptquiz uses."""
    unique = f"ptquiz-test-{uuid.uuid4().hex[:12]}"
    yield unique
    QLocalServer.removeServer(unique)


def test_a_second_start_asks_the_running_one_to_come_forward(qtbot: QtBot, name: str) -> None:
    server = InstanceServer(name)
    assert server.listening
    with qtbot.waitSignal(server.focus_requested):
        assert ask_running_instance_to_focus(name)


def test_every_later_start_is_heard(qtbot: QtBot, name: str) -> None:
    server = InstanceServer(name)
    for _ in range(3):
        with qtbot.waitSignal(server.focus_requested):
            assert ask_running_instance_to_focus(name)


def test_with_nobody_listening_the_start_goes_ahead(name: str) -> None:
    assert not ask_running_instance_to_focus(name)


def test_after_the_first_instance_is_gone_the_next_one_takes_over(qtbot: QtBot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listening
    first.deleteLater()
    qtbot.waitUntil(lambda: not ask_running_instance_to_focus(name))
    second = InstanceServer(name)
    assert second.listening
    with qtbot.waitSignal(second.focus_requested):
        assert ask_running_instance_to_focus(name)


def test_each_data_folder_has_its_own_name(tmp_path: Path) -> None:
    one = data_paths(tmp_path / "one").ipc_name
    two = data_paths(tmp_path / "two").ipc_name
    assert one != two
    assert one == data_paths(tmp_path / "one").ipc_name


def test_a_minimised_window_asked_to_come_forward_is_restored(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run = launch(data_dir)
    server = InstanceServer(run.paths.ipc_name, run.window)
    server.focus_requested.connect(run.window.focus_window)
    run.window.showMinimized()
    qtbot.waitUntil(lambda: bool(run.window.windowState() & Qt.WindowState.WindowMinimized))
    with qtbot.waitSignal(server.focus_requested):
        assert ask_running_instance_to_focus(run.paths.ipc_name)
    assert not run.window.windowState() & Qt.WindowState.WindowMinimized
    assert run.window.isVisible()


OFFSCREEN = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def ptquiz_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir)]


@contextmanager
def running_ptquiz(data_dir: Path, log: Path) -> Iterator[Callable[[], None]]:
    """A real ptquiz (offscreen) holding ``data_dir``, its output in ``log``; ended on leaving.
    Yields a check that it still runs, within a minute of its start."""
    with log.open("wb") as out:
        first = subprocess.Popen(ptquiz_command(data_dir), env=OFFSCREEN, stdout=out, stderr=out)
    deadline = time.monotonic() + 60

    def still_running() -> None:
        assert first.poll() is None and time.monotonic() < deadline, log.read_text()

    try:
        lock = InstanceLock(data_paths(data_dir).instance_lock_file)
        while lock.claim() is not Claim.TAKEN:  # until the first holds the data folder
            lock.release()
            still_running()
            time.sleep(0.05)
        yield still_running
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_second_real_start_leaves_nothing_on_either_stderr(tmp_path: Path) -> None:
    """A later start once made the running one print ``libpyside: addMetaMethod: Cannot add
    dynamic method "readAll()"``: its socket's readAll was connected as if it were a slot."""
    data_dir = tmp_path / "data"
    log = tmp_path / "first.log"
    with running_ptquiz(data_dir, log) as still_running:
        command = ptquiz_command(data_dir)
        second = subprocess.run(command, env=OFFSCREEN, capture_output=True, text=True, timeout=60)
        assert "brought it to the front" in second.stdout, second
        # The offscreen platform says it cannot raise a window: the first has handled the
        # connection and come forward.
        while "raise()" not in log.read_text(errors="replace"):
            still_running()
            time.sleep(0.05)
    assert second.returncode == 0
    assert second.stderr == ""
    first_said = log.read_text(errors="replace")
    assert "libpyside" not in first_said and "addMetaMethod" not in first_said, first_said


def _no_display_env() -> dict[str, str]:
    """As in a shell over SSH: no X11 or Wayland display, no Qt platform chosen."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_without_a_display_a_start_says_why_instead_of_aborting(tmp_path: Path) -> None:
    command = ptquiz_command(tmp_path / "data")
    done = subprocess.run(command, env=_no_display_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done  # Qt aborted (134) with its platform plugin message
    assert "there is no display to open the window on" in done.stderr
    assert "qt.qpa" not in done.stderr
    lock = InstanceLock(data_paths(tmp_path / "data").instance_lock_file)
    assert lock.claim() is Claim.OWNED  # it let go of the data folder
    lock.release()


def test_without_a_display_a_start_request_goes_to_the_running_ptquiz(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with running_ptquiz(data_dir, tmp_path / "first.log"):
        start = [*ptquiz_command(data_dir), "start", "pytorch-03"]
        later = subprocess.run(start, env=_no_display_env(), capture_output=True, text=True, timeout=90)
    assert later.returncode == 0, later
    assert "handed it a practice of pytorch-03 to open" in later.stdout
