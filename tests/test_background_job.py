"""Background jobs: the work runs off the GUI thread, its progress and outcome arrive on it,
Cancel stops it at its next check, and quitting can wait for it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner
from ptquiz_gui.views.job_status import JobStatus


def test_a_job_runs_off_the_gui_thread_and_reports_progress_and_its_result(qtbot: QtBot) -> None:
    runner = JobRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(control: JobControl) -> int:
        seen["thread"] = threading.get_ident()
        for n in range(1, 4):
            control.progress(n, 3)
        return 42

    job = BackgroundJob("Counting", work, cancellable=False)
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(runner.busy_changed) as busy:
        with qtbot.waitSignal(job.succeeded, timeout=5000) as outcome:
            runner.start(job)
    assert busy.args == [True]
    assert outcome.args == [42]
    assert seen["thread"] != gui_thread
    qtbot.waitUntil(lambda: steps == [(1, 3), (2, 3), (3, 3)])
    qtbot.waitUntil(lambda: not runner.busy)


def test_a_failing_job_hands_its_exception_to_the_gui(qtbot: QtBot) -> None:
    runner = JobRunner()
    job = BackgroundJob("Breaking", lambda control: 1 / 0, cancellable=False)
    with qtbot.waitSignal(job.failed, timeout=5000) as failure:
        runner.start(job)
    assert isinstance(failure.args[0], ZeroDivisionError)


def test_cancel_stops_the_job_at_its_next_check(qtbot: QtBot) -> None:
    runner = JobRunner()
    started = threading.Event()
    release = threading.Event()

    def work(control: JobControl) -> str:
        started.set()
        release.wait(5)
        control.check()
        return "finished anyway"

    job = BackgroundJob("Waiting", work, cancellable=True)
    status = JobStatus(runner)
    qtbot.addWidget(status)
    runner.start(job)
    assert started.wait(5)
    assert not status.isHidden() and status.label.text() == "Waiting"
    with qtbot.waitSignal(job.cancelled, timeout=5000), qtbot.assertNotEmitted(job.succeeded):
        status.cancel_button.click()
        release.set()
    qtbot.waitUntil(lambda: status.isHidden())


def test_a_job_that_cannot_be_cancelled_offers_no_cancel_and_ignores_one(qtbot: QtBot) -> None:
    runner = JobRunner()
    release = threading.Event()

    def work(control: JobControl) -> str:
        release.wait(5)
        control.check()
        return "done"

    job = BackgroundJob("Restoring", work, cancellable=False)
    status = JobStatus(runner)
    qtbot.addWidget(status)
    runner.start(job)
    assert status.cancel_button.isHidden()
    job.control.cancel()
    with qtbot.waitSignal(job.succeeded, timeout=5000) as outcome:
        release.set()
    assert outcome.args == ["done"]


def test_waiting_for_all_returns_once_the_work_has_returned(qtbot: QtBot) -> None:
    runner = JobRunner()
    release = threading.Event()
    returned = threading.Event()

    def work(control: JobControl) -> None:
        release.wait(5)
        returned.set()

    runner.start(BackgroundJob("Slow", work, cancellable=False))
    assert not runner.wait_for_all(50), "still running"
    release.set()
    assert runner.wait_for_all(5000)
    assert returned.is_set()
