"""QuizSession: the engine's methods as Qt signals, the ticking clock, finishing and leaving."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from quiz_fixtures import make_attempt

from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.result import Outcome, Result
from ptquiz_gui.views.quiz.session import QuizSession


def _session(qtbot: QtBot, mode: Mode, clock: FakeClock, time_limit: int = 400) -> QuizSession:
    return QuizSession(make_attempt(mode, clock, time_limit=time_limit))


def test_practice_select_then_confirm_commits(qtbot: QtBot) -> None:
    session = _session(qtbot, Mode.PRACTICE, FakeClock())
    with qtbot.assertNotEmitted(session.answer_committed), qtbot.waitSignal(session.selection_changed) as sel:
        assert session.select(2)
    assert sel.args == [0]
    assert session.attempt.selected() == 2
    assert not session.attempt.is_committed()
    with qtbot.waitSignal(session.answer_committed) as committed:
        assert session.confirm()
    assert committed.args == [0]
    assert not session.select(1), "a confirmed practice answer is final"


def test_exam_select_commits_at_once(qtbot: QtBot) -> None:
    session = _session(qtbot, Mode.EXAM, FakeClock())
    with qtbot.waitSignals([session.selection_changed, session.answer_committed]):
        session.select(1)
    assert session.attempt.is_committed()
    assert not session.confirm()


def test_navigation_and_flag_signals(qtbot: QtBot) -> None:
    session = _session(qtbot, Mode.EXAM, FakeClock())
    with qtbot.waitSignal(session.question_changed) as moved:
        assert session.next()
    assert moved.args == [1]
    with qtbot.waitSignal(session.question_changed) as moved:
        assert session.go_to(3)
    assert moved.args == [3]
    with qtbot.assertNotEmitted(session.question_changed):
        assert not session.next()
    with qtbot.waitSignal(session.flag_toggled) as flagged:
        assert session.toggle_flag()
    assert flagged.args == [3]
    assert session.attempt.answers[3].flagged


def test_pause_stops_the_clock_and_blocks_moving(qtbot: QtBot) -> None:
    clock = FakeClock()
    session = _session(qtbot, Mode.PRACTICE, clock)
    clock.advance(10)
    with qtbot.waitSignal(session.paused_changed) as paused:
        assert session.pause()
    assert paused.args == [True]
    clock.advance(100)
    session.tick()
    assert session.attempt.elapsed() == 10
    assert not session.next(), "moving while paused would restart the clock"
    with qtbot.waitSignal(session.paused_changed) as resumed:
        assert session.resume()
    assert resumed.args == [False]
    clock.advance(5)
    assert session.attempt.elapsed() == 15


def test_exam_cannot_pause(qtbot: QtBot) -> None:
    session = _session(qtbot, Mode.EXAM, FakeClock())
    with qtbot.assertNotEmitted(session.paused_changed):
        assert not session.pause()


def test_tick_submits_the_exam_when_time_is_up(qtbot: QtBot) -> None:
    clock = FakeClock()
    session = _session(qtbot, Mode.EXAM, clock, time_limit=120)
    session.select(0)  # right
    assert session.running
    clock.advance(119)
    with qtbot.assertNotEmitted(session.attempt_finished):
        session.tick()
    clock.advance(2)
    with qtbot.waitSignal(session.attempt_finished) as finished:
        session.tick()
    result = finished.args[0] if finished.args else None
    assert isinstance(result, Result)
    assert result.timed_out
    assert result.score == 1
    assert result.count(Outcome.UNANSWERED) == 3
    assert result.time_used == 120
    assert not session.running
    assert session.finish() is None


def test_finish_emits_the_result_once(qtbot: QtBot) -> None:
    session = _session(qtbot, Mode.PRACTICE, FakeClock())
    session.select(0)
    session.confirm()
    with qtbot.waitSignal(session.attempt_finished) as finished:
        result = session.finish()
    assert result is not None and finished.args == [result]
    assert result.score == 1 and not result.timed_out
    with qtbot.assertNotEmitted(session.attempt_finished):
        assert session.finish() is None


def test_leave_keeps_the_attempt_resumable(qtbot: QtBot) -> None:
    clock = FakeClock()
    session = _session(qtbot, Mode.EXAM, clock)
    session.select(2)
    clock.advance(30)
    with qtbot.waitSignal(session.attempt_left):
        session.leave()
    assert session.attempt.status is Status.IN_PROGRESS
    assert not session.running
    clock.advance(500)
    assert session.attempt.elapsed() == 30, "a left attempt's clock is stopped"
    progress = session.attempt.progress()
    assert progress.answers[0].choice == 2


def test_abandon_ends_without_a_score(qtbot: QtBot) -> None:
    session = _session(qtbot, Mode.PRACTICE, FakeClock())
    with qtbot.waitSignal(session.attempt_left), qtbot.assertNotEmitted(session.attempt_finished):
        session.abandon()
    assert session.attempt.status is Status.ABANDONED
    assert not session.running
