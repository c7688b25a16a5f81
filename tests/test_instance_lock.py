"""One ptquiz per data folder, decided by a lock on a file in it: the first start owns the
folder, a later start brings the first one forward and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ptquiz_gui.instance_lock import Claim, InstanceLock
from ptquiz_gui.paths import data_paths

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the lock uses fcntl; Windows asks the socket"
)


def test_the_first_claim_owns_the_folder_and_a_second_finds_it_taken(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "data" / "instance.lock")
    second = InstanceLock(tmp_path / "data" / "instance.lock")
    assert first.claim() is Claim.OWNED
    assert second.claim() is Claim.TAKEN
    first.release()
    assert second.claim() is Claim.OWNED
    second.release()


def test_a_folder_that_cannot_hold_the_lock_leaves_the_question_to_the_socket(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("x", encoding="utf-8")
    assert InstanceLock(tmp_path / "not-a-folder" / "instance.lock").claim() is Claim.UNKNOWN


def _start(data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_the_folder_is_held_by(process: subprocess.Popen[str], data_dir: Path) -> None:
    lock = InstanceLock(data_paths(data_dir).instance_lock_file)
    deadline = time.monotonic() + 60
    while lock.claim() is not Claim.TAKEN:
        lock.release()
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_a_second_start_brings_the_running_one_forward_and_exits(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = _start(data_dir)
    try:
        _wait_until_the_folder_is_held_by(first, data_dir)
        second = _start(data_dir)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert f"already running for {data_dir}; brought it to the front" in out
        assert first.poll() is None  # the first one is still there
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_start_whose_owner_never_answers_takes_the_folder_once_it_is_free(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    owner = InstanceLock(data_paths(data_dir).instance_lock_file)
    assert owner.claim() is Claim.OWNED  # an owner that holds the lock but has no socket
    started = _start(data_dir)
    try:
        time.sleep(1.0)
        owner.release()  # it exits while the new start is still waiting for an answer
        _wait_until_the_folder_is_held_by(started, data_dir)
    finally:
        started.terminate()
        started.communicate(timeout=30)


# --- issue 15, item 1: a start that cannot reach the owner never opens ---------------------------


def _start_logged(data_dir: Path, log: Path, *code: str) -> subprocess.Popen[bytes]:
    """A ptquiz start whose output goes to ``log``, readable while it runs. ``code`` replaces
    the plain start with a Python snippet (to shorten the wait in a test)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", *code] if code else [sys.executable, "-m", "ptquiz_gui"]
    with log.open("wb") as out:
        return subprocess.Popen([*command, "--data-dir", str(data_dir)], env=env, stdout=out, stderr=out)


def _wait_for_text(log: Path, text: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while text not in log.read_text(encoding="utf-8", errors="replace"):
        assert process.poll() is None or text in log.read_text(encoding="utf-8"), log.read_text()
        assert time.monotonic() < deadline, log.read_text(encoding="utf-8", errors="replace")
        time.sleep(0.1)


def _has_open(process: subprocess.Popen[bytes], path: Path) -> bool:
    folder = Path(f"/proc/{process.pid}/fd")
    names = []
    for fd in folder.iterdir():
        try:
            names.append(os.readlink(fd))
        except OSError:
            continue
    return any(name.startswith(str(path)) for name in names)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads a process's open files in /proc")
def test_a_start_while_the_owner_is_frozen_waits_and_never_opens_the_history(tmp_path: Path) -> None:
    """The issue's reproduction: ptquiz & sleep .25; kill -STOP; ptquiz & sleep 8; kill -CONT."""
    data_dir = tmp_path / "data"
    history = data_paths(data_dir).history_db
    first = _start(data_dir)
    second: subprocess.Popen[bytes] | None = None
    try:
        _wait_until_the_folder_is_held_by(first, data_dir)
        os.kill(first.pid, signal.SIGSTOP)  # holds the lock, answers nothing
        log = tmp_path / "second.log"
        second = _start_logged(data_dir, log)
        _wait_for_text(log, "waiting for it to answer", second)
        time.sleep(5)  # well past the old 3 s, after which it opened anyway
        assert second.poll() is None
        assert not _has_open(second, history)  # it writes nothing: it has not opened the history

        os.kill(first.pid, signal.SIGCONT)
        assert second.wait(timeout=60) == 0
        assert f"already running for {data_dir}; brought it to the front" in log.read_text(encoding="utf-8")
        assert first.poll() is None
    finally:
        os.kill(first.pid, signal.SIGCONT)
        first.terminate()
        first.communicate(timeout=30)
        if second is not None and second.poll() is None:
            second.kill()
            second.wait(timeout=30)


_PATIENT_FOR_2_SECONDS = (
    "import sys; import ptquiz_gui.app as app; app.OWNER_PATIENCE_S = 2.0;"
    " sys.exit(app.run_gui(sys.argv[2]))"
)


def test_a_start_whose_owner_never_answers_gives_up_with_a_message_and_opens_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    owner = InstanceLock(data_paths(data_dir).instance_lock_file)
    assert owner.claim() is Claim.OWNED  # alive (it holds the lock) but never answers
    log = tmp_path / "start.log"
    started = _start_logged(data_dir, log, _PATIENT_FOR_2_SECONDS)
    try:
        _wait_for_text(log, "did not open", started)
        said = log.read_text(encoding="utf-8")
        assert f"already running for {data_dir}, but it has not answered for 2 seconds" in said
        assert "Traceback" not in said
        time.sleep(1)  # the message box is up; nothing else happens behind it
        assert not data_paths(data_dir).history_db.exists()
    finally:
        started.kill()  # the message box waits for OK
        started.wait(timeout=30)
        owner.release()


def test_a_process_without_the_lock_keeps_its_history_in_memory_and_never_attaches(tmp_path: Path) -> None:
    """When the lock cannot be taken at all (here: a folder stands where the lock file goes),
    this process cannot know it is alone, so it writes no history file."""
    from ptquiz_gui.app_services import Services
    from ptquiz_gui.domain.clock import FakeClock
    from ptquiz_gui.settings import Settings

    paths = data_paths(tmp_path / "data")
    paths.instance_lock_file.mkdir(parents=True)
    lock = InstanceLock(paths.instance_lock_file)
    assert lock.claim() is Claim.UNKNOWN
    services = Services(paths, FakeClock(), Settings())
    services.may_write_history = lock.holds  # as run_gui wires it
    services.open_history()
    try:
        assert services.history.recorder.is_in_memory
        assert "could not be locked" in services.notices[0] and str(paths.root) in services.notices[0]
        assert services.history.recorder.try_attach(paths.history_db) is False
        assert not paths.history_db.exists()
    finally:
        services.close()
