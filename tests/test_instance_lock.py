"""One ptquiz per data folder, decided by a lock on a file in it: the first start owns the
folder, a later start brings the first one forward and exits."""

from __future__ import annotations

import os
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
