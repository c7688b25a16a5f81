"""``ptquiz start BANK`` while ptquiz is already running for the data folder: the running one
receives the request over its socket and opens it, or asks first when an attempt is running;
the later process says what it did and exits 0. The later start is always a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_fixtures import AppRun, DialogDriver, answer_practice, keys, titled
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import listen_for_later_starts
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.start_request import StartRequest, decode_request, encode_request
from ptquiz_gui.instance_lock import Claim, InstanceLock
from ptquiz_gui.paths import data_paths
from ptquiz_gui.views.single_instance import Handed, InstanceServer, hand_to_running_instance

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def ptquiz(data_dir: Path, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), *arguments],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# --- the request on the wire ---------------------------------------------------------------------


def test_a_request_survives_the_socket_line_unchanged() -> None:
    for request in (
        StartRequest("pytorch-01"),
        StartRequest("pytorch-03", Mode.EXAM, seed=2**63 - 1, shuffle=False, time_limit=90),
    ):
        line = encode_request(request)
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        assert decode_request(line) == request


@pytest.mark.parametrize(
    "line",
    [
        b"focus\n",
        b"not json\n",
        b"[]\n",
        b'{"start": {"bank_id": "", "mode": "practice"}}\n',
        b'{"start": {"bank_id": "b", "mode": "quiz"}}\n',
        b'{"start": {"bank_id": "b", "mode": "exam", "time_limit": 0}}\n',
        b'{"start": {"bank_id": "b", "mode": "exam", "seed": -1}}\n',
        b'{"start": {"bank_id": "b", "mode": "exam", "seed": true}}\n',
        b'{"start": {"bank_id": "b", "mode": "exam", "shuffle": "no"}}\n',
        b'{"start": {"bank_id": "' + b"x" * 5000 + b'", "mode": "exam"}}\n',
        b"\xff\xfe\n",
    ],
)
def test_anything_but_a_well_formed_request_is_no_request(line: bytes) -> None:
    assert decode_request(line) is None


@pytest.fixture
def name() -> Iterator[str]:
    unique = f"ptquiz-test-{uuid.uuid4().hex[:12]}"
    yield unique
    QLocalServer.removeServer(unique)


def test_the_running_one_receives_the_request_and_says_so(qtbot: QtBot, name: str) -> None:
    server = InstanceServer(name)
    request = StartRequest("pytorch-02", Mode.EXAM, seed=7, time_limit=120)
    received: list[object] = []
    server.start_requested.connect(received.append)
    with qtbot.waitSignal(server.focus_requested):
        # The answer comes from this thread's event loop, so the client runs beside it.
        client = subprocess.Popen(
            [sys.executable, "-c", _CLIENT, name, encode_request(request).decode()],
            env=ENV,
            stdout=subprocess.PIPE,
            text=True,
        )
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=30_000)
    assert client.communicate()[0].strip() == Handed.RECEIVED.value
    assert received == [request]


def test_a_bare_come_forward_is_no_request(qtbot: QtBot, name: str) -> None:
    server = InstanceServer(name)
    received: list[object] = []
    server.start_requested.connect(received.append)
    with qtbot.waitSignal(server.focus_requested):
        assert hand_to_running_instance(name) is Handed.FOCUSED
    qtbot.wait(50)
    assert received == []


_CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from ptquiz_gui.domain.start_request import decode_request
from ptquiz_gui.views.single_instance import hand_to_running_instance
app = QCoreApplication([])
print(hand_to_running_instance(sys.argv[1], decode_request(sys.argv[2].encode())).value)
"""


# --- the window that receives it -----------------------------------------------------------------


@pytest.fixture
def running(app: AppRun) -> Iterator[AppRun]:
    """The app as a first start leaves it: holding the data folder and listening."""
    lock = InstanceLock(app.paths.instance_lock_file)
    assert lock.claim() is Claim.OWNED
    listen_for_later_starts(app.window, app.paths)
    yield app
    lock.release()


def later_start(qtbot: QtBot, run: AppRun, *arguments: str) -> str:
    """Run ``ptquiz start …`` for the same folder and wait for it to exit 0; its stdout."""
    process = ptquiz(run.paths.root, "start", *arguments)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert err == ""
    return out


def test_with_nothing_running_the_request_opens_at_once(qtbot: QtBot, running: AppRun) -> None:
    out = later_start(qtbot, running, "pytorch-02", "--seed", "3")
    assert out.strip() == (
        f"PTQuiz is already running for {running.paths.root}; handed it a practice of pytorch-02 "
        "to open (it asks first if an attempt is running there)."
    )
    qtbot.waitUntil(lambda: running.shown() is running.quiz)
    plan = running.attempt().plan
    assert (plan.bank_id, plan.mode, plan.seed) == ("pytorch-02", Mode.PRACTICE, 3)


def test_with_an_attempt_running_it_asks_and_leave_opens_the_new_one(qtbot: QtBot, running: AppRun) -> None:
    later_start(qtbot, running, "pytorch-02")
    qtbot.waitUntil(lambda: running.shown() is running.quiz)
    answer_practice(running, right=True)
    first = running.attempt()

    with DialogDriver(qtbot, (titled("Leave this attempt?"), keys(Qt.Key.Key_L))) as driver:
        later_start(qtbot, running, "pytorch-03", "--mode", "exam", "--time-limit", "300")
    bank = running.services.library.bank("pytorch-03")
    assert bank is not None
    assert f"ptquiz start asked for an exam of “{bank.title}”, but your practice of" in driver.text()
    assert "stays resumable" in driver.text()
    qtbot.waitUntil(lambda: running.attempt().plan.bank_id == "pytorch-03")
    assert running.attempt().mode is Mode.EXAM
    assert running.quiz.header.timer_label.text() == "05:00"
    unfinished = {s.bank_id: (s.id, s.answered) for s in running.services.history.reader.unfinished()}
    assert unfinished == {"pytorch-02": (first.attempt_id, 1), "pytorch-03": (running.attempt().attempt_id, 0)}
    assert not first.finished, "the left one stays resumable"


def test_with_an_attempt_running_stay_keeps_it(qtbot: QtBot, running: AppRun) -> None:
    later_start(qtbot, running, "pytorch-02")
    qtbot.waitUntil(lambda: running.shown() is running.quiz)
    first = running.attempt()
    with DialogDriver(qtbot, (titled("Leave this attempt?"), keys(Qt.Key.Key_Escape))):
        later_start(qtbot, running, "pytorch-04")
    assert running.shown() is running.quiz
    assert running.attempt() is first and running.session().running, "its clock still runs"
    reader = running.services.history.reader
    assert [s.bank_id for s in reader.list_attempts()] == ["pytorch-02"], "nothing else was started"


# --- two real processes ----------------------------------------------------------------------------


def test_a_real_later_start_is_opened_by_the_real_running_one(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = ptquiz(data_dir)
    try:
        lock = InstanceLock(data_paths(data_dir).instance_lock_file)
        deadline = time.monotonic() + 60
        while lock.claim() is not Claim.TAKEN:  # until the first holds the data folder
            lock.release()
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = ptquiz(data_dir, "start", "pytorch-01", "--seed", "11")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "handed it a practice of pytorch-01 to open" in out
        # The first has opened it: the new attempt is in its history, in progress.
        while True:
            listing = subprocess.run(
                [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), "history", "--json"],
                env=ENV,
                capture_output=True,
                text=True,
                timeout=60,
            )
            attempts = json.loads(listing.stdout)["attempts"] if listing.returncode == 0 else []
            if attempts:
                break
            assert first.poll() is None and time.monotonic() < deadline + 60
            time.sleep(0.1)
        [attempt] = attempts
        assert (attempt["bank_id"], attempt["mode"], attempt["status"]) == ("pytorch-01", "practice", "in_progress")
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=30)
