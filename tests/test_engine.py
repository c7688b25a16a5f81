"""The attempt engine: what a user's answers, flags, clock and submission add up to."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ptquiz_gui.domain.attempt import CHECKPOINT_SECONDS, Attempt, Status
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, PlanKind, plan_for_bank, plan_mixed, plan_subset
from ptquiz_gui.domain.result import Outcome


def make_bank(n: int = 4, bank_id: str = "demo", time_limit: int = 120) -> Bank:
    questions = tuple(
        Question(
            id=f"q{i}",
            prompt=f"Question {i}?",
            choices=(f"right {i}", f"wrong {i}a", f"wrong {i}b", f"wrong {i}c"),
            answer=0,
            topic="alpha" if i % 2 else "beta",
        )
        for i in range(n)
    )
    return Bank(id=bank_id, title="Demo", questions=questions, time_limit=time_limit, pass_mark=50)


@dataclass
class Recorder:
    events: list[tuple[str, int]] = field(default_factory=list)

    def attempt_started(self, attempt: Attempt) -> None:
        attempt.attempt_id = 7
        self.events.append(("started", -1))

    def answer_recorded(self, attempt: Attempt, position: int) -> None:
        self.events.append(("answer", position))

    def flag_changed(self, attempt: Attempt, position: int) -> None:
        self.events.append(("flag", position))

    def checkpoint(self, attempt: Attempt) -> None:
        self.events.append(("checkpoint", attempt.current))

    def attempt_ended(self, attempt: Attempt) -> None:
        self.events.append(("ended", -1))


def key_position(attempt: Attempt) -> int:
    return attempt.item.shown_key


def wrong_position(attempt: Attempt) -> int:
    return (attempt.item.shown_key + 1) % len(attempt.item.choice_order)


def test_same_seed_gives_same_order_and_key_is_tracked_through_shuffle() -> None:
    bank = make_bank(8)
    a = plan_for_bank(bank, Mode.PRACTICE, seed=42)
    b = plan_for_bank(bank, Mode.PRACTICE, seed=42)
    c = plan_for_bank(bank, Mode.PRACTICE, seed=43)
    assert [i.question.id for i in a.items] == [i.question.id for i in b.items]
    assert [i.choice_order for i in a.items] == [i.choice_order for i in b.items]
    assert [(i.question.id, i.choice_order) for i in a.items] != [
        (i.question.id, i.choice_order) for i in c.items
    ]
    for item in a.items:
        assert item.shown_choices[item.shown_key] == item.question.key_text
        assert sorted(item.choice_order) == list(range(4))


def test_no_shuffle_keeps_file_order() -> None:
    plan = plan_for_bank(make_bank(5), Mode.PRACTICE, seed=1, shuffle=False)
    assert [i.question.id for i in plan.items] == ["q0", "q1", "q2", "q3", "q4"]
    assert all(i.choice_order == (0, 1, 2, 3) for i in plan.items)


def test_practice_select_then_confirm_commits_and_reveals() -> None:
    clock, rec = FakeClock(), Recorder()
    attempt = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=3), clock, rec)
    assert attempt.attempt_id == 7
    assert attempt.confirm() is False  # nothing chosen yet
    attempt.select(wrong_position(attempt))
    assert not attempt.is_revealed()
    attempt.select(key_position(attempt))  # a change of mind before confirming
    clock.advance(12)
    assert attempt.confirm()
    assert attempt.is_revealed()
    assert attempt.select(wrong_position(attempt)) is False  # committed answers are final in practice
    assert attempt.answers[0].choice == attempt.item.question.answer
    assert attempt.answers[0].seconds == pytest.approx(12)
    assert ("answer", 0) in rec.events


def test_exam_select_commits_at_once_can_change_and_reveals_nothing() -> None:
    rec = Recorder()
    attempt = Attempt(plan_for_bank(make_bank(), Mode.EXAM, seed=3), FakeClock(), rec)
    attempt.select(wrong_position(attempt))
    attempt.select(key_position(attempt))
    assert [e for e in rec.events if e[0] == "answer"] == [("answer", 0), ("answer", 0)]
    assert attempt.answers[0].choice == attempt.item.question.answer
    assert not attempt.is_revealed()
    assert attempt.confirm() is False


def test_scoring_topics_and_pass_mark() -> None:
    attempt = Attempt(plan_for_bank(make_bank(4), Mode.EXAM, seed=5), FakeClock())
    for position in range(4):
        attempt.go_to(position)
        if position < 2:
            attempt.select(key_position(attempt))
        elif position == 2:
            attempt.select(wrong_position(attempt))
    result = attempt.finish()
    assert (result.score, result.total, result.percent) == (2, 4, 50.0)
    assert result.passed  # pass mark 50
    assert result.count(Outcome.WRONG) == 1 and result.count(Outcome.UNANSWERED) == 1
    assert sum(t.total for t in result.per_topic()) == 4
    assert {t.topic for t in result.per_topic()} == {"alpha", "beta"}
    assert len(result.missed()) == 2


def test_time_per_question_and_pause_stop_the_clock() -> None:
    clock = FakeClock()
    attempt = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=1), clock)
    clock.advance(5)
    attempt.next()
    clock.advance(7)
    assert attempt.pause()
    clock.advance(1000)  # paused: nothing counts
    assert attempt.elapsed() == pytest.approx(12)
    attempt.resume()
    clock.advance(3)
    attempt.previous()
    assert attempt.question_seconds(0) == pytest.approx(5)
    assert attempt.question_seconds(1) == pytest.approx(10)
    assert attempt.elapsed() == pytest.approx(15)


def test_exam_cannot_pause() -> None:
    attempt = Attempt(plan_for_bank(make_bank(), Mode.EXAM, seed=1), FakeClock())
    assert attempt.pause() is False
    assert not attempt.paused


def test_exam_auto_submits_at_zero_and_counts_unanswered_wrong() -> None:
    clock, rec = FakeClock(), Recorder()
    attempt = Attempt(plan_for_bank(make_bank(4, time_limit=60), Mode.EXAM, seed=9), clock, rec)
    attempt.select(key_position(attempt))
    clock.advance(59)
    assert attempt.tick() is False
    assert attempt.remaining() == pytest.approx(1)
    clock.advance(5)
    assert attempt.tick() is True
    assert attempt.status is Status.FINISHED and attempt.timed_out
    result = attempt.result()
    assert result.score == 1 and result.count(Outcome.UNANSWERED) == 3
    assert result.time_used == pytest.approx(60)  # never more than the limit
    assert rec.events[-1] == ("ended", -1)
    assert attempt.select(0) is False  # nothing changes after submission


def test_tick_checkpoints_every_few_seconds() -> None:
    clock, rec = FakeClock(), Recorder()
    attempt = Attempt(plan_for_bank(make_bank(), Mode.PRACTICE, seed=1), clock, rec)
    clock.advance(CHECKPOINT_SECONDS - 1)
    attempt.tick()
    assert not [e for e in rec.events if e[0] == "checkpoint"]
    clock.advance(1)
    attempt.tick()
    assert len([e for e in rec.events if e[0] == "checkpoint"]) == 1


def test_resume_restores_answers_flags_position_and_clock() -> None:
    clock = FakeClock()
    plan = plan_for_bank(make_bank(), Mode.EXAM, seed=2)
    first = Attempt(plan, clock)
    first.select(key_position(first))
    first.toggle_flag()
    first.next()
    clock.advance(30)
    first.suspend()
    saved = first.progress()
    clock.advance(10_000)  # the app was closed: an exam's time does not run
    again = Attempt(plan, clock, progress=saved)
    assert again.current == 1
    assert again.answers[0].choice == plan.items[0].question.answer and again.answers[0].flagged
    assert again.selected(0) == plan.items[0].shown_key
    assert again.remaining() == pytest.approx(plan.time_limit - 30)


def test_flags_and_next_unanswered() -> None:
    attempt = Attempt(plan_for_bank(make_bank(3), Mode.EXAM, seed=2), FakeClock())
    assert attempt.toggle_flag() is True
    assert attempt.flagged_count == 1
    attempt.select(0)
    assert attempt.next_unanswered() == 1
    assert attempt.toggle_flag(0) is False


def test_mixed_exam_draws_from_all_selected_banks() -> None:
    banks = [make_bank(5, "one"), make_bank(5, "two")]
    plan = plan_mixed(banks, 6, seed=11)
    assert len(plan.items) == 6 and plan.kind is PlanKind.MIXED and plan.mode is Mode.EXAM
    assert plan.time_limit and plan.time_limit > 0
    assert plan_mixed(banks, 100, seed=1).items.__len__() == 10
    assert {i.bank_id for i in plan_mixed(banks, 10, seed=3).items} == {"one", "two"}


def test_retry_plan_holds_only_missed_questions() -> None:
    attempt = Attempt(plan_for_bank(make_bank(4), Mode.EXAM, seed=4), FakeClock())
    attempt.select(key_position(attempt))
    result = attempt.finish()
    retry = plan_subset(
        [o.item for o in result.missed()], title="Retry", bank_id="demo", kind=PlanKind.RETRY, pass_mark=70
    )
    assert retry.mode is Mode.PRACTICE
    assert {i.question.id for i in retry.items} == {o.item.question.id for o in result.missed()}
    assert len(retry.items) == 3
