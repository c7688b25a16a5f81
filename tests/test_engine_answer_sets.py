"""The engine with several right answers and true/false: ticking, confirming, committing,
resuming, and results in points (partial or all-or-nothing)."""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.loader import load_bank_file
from ptquiz_gui.domain.model import Bank, Question, QuestionType, Scoring
from ptquiz_gui.domain.plan import Mode, PlanKind, plan_for_bank, plan_mixed, plan_subset
from ptquiz_gui.domain.result import Outcome

BANK = Path(__file__).parent / "data" / "banks" / "mixed-types.yaml"


def _bank() -> Bank:
    return load_bank_file(BANK)


def _attempt(mode: Mode, *, shuffle: bool = True, seed: int = 9) -> Attempt:
    return Attempt(plan_for_bank(_bank(), mode, seed=seed, shuffle=shuffle), FakeClock())


def _tick(attempt: Attempt, *file_indexes: int) -> None:
    for index in file_indexes:
        assert attempt.select(attempt.item.to_shown_index(index))


def test_practice_ticks_several_choices_and_confirm_commits_the_set() -> None:
    attempt = _attempt(Mode.PRACTICE, shuffle=False)
    assert attempt.item.question.id == "optimizers"
    _tick(attempt, 0, 1, 2)
    _tick(attempt, 1)  # ticking again takes it out
    assert attempt.selection() == (0, 2) and not attempt.is_committed()
    assert attempt.confirm()
    assert attempt.answers[0].choices == (0, 2) and attempt.is_revealed()
    assert not attempt.select(3), "a confirmed answer is final"
    assert attempt.answers[0].choices == (0, 2)


def test_practice_confirm_with_nothing_ticked_commits_nothing() -> None:
    attempt = _attempt(Mode.PRACTICE, shuffle=False)
    _tick(attempt, 1, 1)
    assert attempt.selection() == () and not attempt.confirm() and not attempt.is_committed()


def test_exam_commits_each_tick_and_untick_and_an_empty_set_is_unanswered() -> None:
    attempt = _attempt(Mode.EXAM, shuffle=False)
    _tick(attempt, 0)
    assert list(attempt.answers[0].choices) == [0] and attempt.answered_count == 1
    _tick(attempt, 2)
    assert list(attempt.answers[0].choices) == [0, 2]
    _tick(attempt, 0, 2)
    assert list(attempt.answers[0].choices) == [] and attempt.answered_count == 0


def test_single_and_true_false_questions_keep_one_choice() -> None:
    attempt = _attempt(Mode.EXAM, shuffle=False)
    attempt.go_to(1)  # no-grad, true/false
    _tick(attempt, 0, 1)
    assert attempt.answers[1].choices == (1,) and attempt.selected() == 1
    attempt.go_to(3)
    _tick(attempt, 2, 0)
    assert attempt.answers[3].choices == (0,)


def test_keys_are_tracked_through_shuffling_and_true_false_is_never_shuffled() -> None:
    for seed in range(30):
        attempt = _attempt(Mode.PRACTICE, seed=seed)
        for item in attempt.plan.items:
            shown = item.shown_choices
            assert sorted(shown[p] for p in item.shown_keys) == sorted(item.question.key_texts)
            if item.question.id == "no-grad":
                assert shown == ("True", "False")


def test_results_in_points_partial_and_all_or_nothing() -> None:
    attempt = _attempt(Mode.EXAM, shuffle=False)
    _tick(attempt, 0)  # optimizers, partial: one of two keys -> 1/2
    attempt.go_to(1)
    _tick(attempt, 0)  # no-grad: True -> 1
    attempt.go_to(2)
    _tick(attempt, 0, 2)  # leaf-tensors, all-or-nothing: two of three keys -> 0
    result = attempt.finish()
    points = [o.points for o in result.outcomes]
    assert points == [0.5, 1.0, 0.0, 0.0]
    assert [o.outcome for o in result.outcomes] == [
        Outcome.WRONG,
        Outcome.CORRECT,
        Outcome.WRONG,
        Outcome.UNANSWERED,
    ]
    assert result.outcomes[0].partial and not result.outcomes[2].partial
    assert result.outcomes[0].missed_keys == (2,) and result.outcomes[2].missed_keys == (3,)
    assert result.score == 1.5 and result.percent == 37.5 and result.correct_count == 1
    assert not result.passed  # pass mark 50
    assert [o.item.question.id for o in result.missed()] == ["optimizers", "leaf-tensors", "sgd-step"]


def test_ticking_every_box_of_a_partial_question_scores_nothing() -> None:
    attempt = _attempt(Mode.EXAM, shuffle=False)
    _tick(attempt, 0, 1, 2, 3)
    assert attempt.result().outcomes[0].points == 0.0


def test_a_result_of_thirds_adds_up_to_whole_points_exactly() -> None:
    attempt = _attempt(Mode.EXAM, shuffle=False)
    for position in range(4):
        attempt.go_to(position)
        _tick(attempt, *attempt.item.question.answers)
    result = attempt.finish()
    assert result.score == 4 and isinstance(result.score, int) and result.percent == 100.0


def test_a_resumed_attempt_shows_the_ticked_set() -> None:
    attempt = _attempt(Mode.EXAM, seed=4)
    position = next(i for i, item in enumerate(attempt.plan.items) if item.question.multiple)
    attempt.go_to(position)
    keys = attempt.item.question.answers
    _tick(attempt, *keys)
    again = Attempt(attempt.plan, FakeClock(), progress=attempt.progress())
    assert again.answers[position].choices == keys
    assert again.selection(position) == tuple(sorted(attempt.item.to_shown_index(k) for k in keys))


def test_a_retry_of_the_missed_questions_keeps_their_types_and_scoring() -> None:
    attempt = _attempt(Mode.EXAM, shuffle=False)
    _tick(attempt, 0)  # optimizers half right: missed, to retry
    missed = attempt.finish().missed()
    retry = plan_subset(
        [o.item for o in missed],
        title="Retry",
        bank_id="mixed-types",
        kind=PlanKind.RETRY,
        pass_mark=50,
        seed=2,
    )
    by_id = {item.question.id: item.question for item in retry.items}
    assert set(by_id) == {"optimizers", "no-grad", "leaf-tensors", "sgd-step"}  # the others unanswered
    assert by_id["no-grad"].type is QuestionType.TRUEFALSE
    assert next(i for i in retry.items if i.question.id == "no-grad").shown_choices == ("True", "False")
    assert by_id["optimizers"].multiple and by_id["optimizers"].scoring is Scoring.PARTIAL
    assert by_id["leaf-tensors"].scoring is Scoring.ALL_OR_NOTHING


def test_a_mixed_exam_scores_each_question_by_its_own_type() -> None:
    other = Bank("other", "Other", (Question("s1", "Pick A", ("A", "B"), 0),), pass_mark=50)
    plan = plan_mixed([_bank(), other], 5, Mode.EXAM, seed=8, time_limit=300)
    attempt = Attempt(plan, FakeClock())
    for position, item in enumerate(plan.items):
        attempt.go_to(position)
        _tick(attempt, *item.question.answers[:1])  # the first key only
    points = {o.item.question.id: o.points for o in attempt.finish().outcomes}
    assert points == {"optimizers": 0.5, "no-grad": 1.0, "leaf-tensors": 0.0, "sgd-step": 1.0, "s1": 1.0}
    for item in plan.items:
        if item.question.id == "no-grad":
            assert item.shown_choices == ("True", "False")
