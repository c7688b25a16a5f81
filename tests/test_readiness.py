"""Readiness: the predicted score per bank, its 30-day fade, and the check against real attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptquiz_gui.domain.answer_events import AnswerEvent
from ptquiz_gui.domain.fsrs_cards import CardScheduler, MemoryState, QuestionCard
from ptquiz_gui.domain.model import Question, QuestionType, Scoring
from ptquiz_gui.domain.readiness import (
    PROJECTION_DAYS,
    QuestionSlot,
    bank_readiness,
    guessing_rate,
    never_missed_prior,
    probability_right,
    question_guess_rate,
    readiness_by_bank,
    readiness_projection,
)
from ptquiz_gui.domain.score_check import FinishedAttempt, mean_absolute_error, predict_attempts

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SCHEDULER = CardScheduler()


def card(key: str, answers: int = 1, misses: int = 0, stability: float | None = None) -> QuestionCard:
    memory = None if stability is None else MemoryState(stability, 5.0, START, START + timedelta(days=stability))
    return QuestionCard(key, "bank", START, START, answers, misses, int(memory is not None), memory)


# priors


def test_the_never_missed_prior_is_laplaces_rule_of_succession() -> None:
    assert never_missed_prior(1) == pytest.approx(2 / 3)
    assert never_missed_prior(2) == pytest.approx(3 / 4)
    assert never_missed_prior(10) == pytest.approx(11 / 12)
    values = [never_missed_prior(n) for n in range(1, 50)]
    assert values == sorted(values) and values[-1] < 1


def test_guessing_a_single_answer_or_true_false_question() -> None:
    assert guessing_rate(4) == 0.25
    assert guessing_rate(2) == 0.5


def test_guessing_several_answers_all_or_nothing() -> None:
    assert guessing_rate(5, 2) == pytest.approx(1 / 10)  # told "Choose 2": one of C(5,2) pairs
    assert guessing_rate(5, 2, choose_shown=False) == pytest.approx(1 / 31)  # any of 2^5 - 1 non-empty sets


def test_guessing_several_answers_with_partial_scoring() -> None:
    # 4 choices, 2 keys, choose 2: both keys (1 pair) score 1; a key and a wrong one score 1/2 - 1/2 = 0
    assert guessing_rate(4, 2, partial=True) == pytest.approx(1 / 6)
    # 5 choices, 2 keys: both keys 1; key + wrong (6 pairs) 1/2 - 1/3 = 1/6 each; two wrong 0 → 2/10
    assert guessing_rate(5, 2, partial=True) == pytest.approx(0.2)


def test_a_question_needs_two_choices_and_a_key_to_be_guessed() -> None:
    for choices, keys in ((1, 1), (4, 0), (4, 5)):
        with pytest.raises(ValueError, match="at least 2 choices"):
            guessing_rate(choices, keys)


def test_the_guessing_rate_of_a_bank_question_follows_its_type() -> None:
    single = Question("a", "?", ("w", "x", "y", "z"), 0)
    truefalse = Question("b", "?", ("True", "False"), 0, type=QuestionType.TRUEFALSE)
    several = Question("c", "?", ("v", "w", "x", "y", "z"), 0, type=QuestionType.MULTIPLE, answers=(0, 1), choose=2)
    partial = Question(
        "d", "?", ("v", "w", "x", "y", "z"), 0, type=QuestionType.MULTIPLE, answers=(0, 1), scoring=Scoring.PARTIAL
    )
    assert question_guess_rate(single) == 0.25
    assert question_guess_rate(truefalse) == 0.5
    assert question_guess_rate(several) == pytest.approx(0.1)
    assert question_guess_rate(partial) == pytest.approx(guessing_rate(5, 2, choose_shown=False, partial=True))


# per question and per bank


def test_probability_right_comes_from_the_card_the_prior_or_the_guessing_rate() -> None:
    assert probability_right(None, 0.25, START, SCHEDULER) == 0.25
    assert probability_right(card("q", answers=3), 0.25, START, SCHEDULER) == pytest.approx(4 / 5)
    scheduled = card("q", answers=2, misses=1, stability=10.0)
    assert probability_right(scheduled, 0.25, START + timedelta(days=10), SCHEDULER) == pytest.approx(0.9)


def test_bank_readiness_is_the_mean_chance_over_its_questions() -> None:
    slots = [QuestionSlot("unseen", 0.25), QuestionSlot("known", 0.25), QuestionSlot("missed", 0.5)]
    cards = {"known": card("known", answers=2), "missed": card("missed", 2, 1, stability=10.0)}
    at = START + timedelta(days=10)
    assert bank_readiness(slots, cards, at, SCHEDULER) == pytest.approx((0.25 + 0.75 + 0.9) / 3)
    assert bank_readiness([], cards, at, SCHEDULER) is None
    by_bank = readiness_by_bank({"b": slots, "empty": []}, cards, at, SCHEDULER)
    assert by_bank == {"b": pytest.approx((0.25 + 0.75 + 0.9) / 3), "empty": None}


def test_the_projection_fades_scheduled_cards_and_keeps_the_priors() -> None:
    slots = [QuestionSlot("known", 0.25), QuestionSlot("missed", 0.25)]
    cards = {"known": card("known", answers=1), "missed": card("missed", 2, 1, stability=10.0)}
    points = readiness_projection(slots, cards, START, SCHEDULER)
    assert [p.day for p in points] == list(range(PROJECTION_DAYS + 1))
    assert points[0].score == pytest.approx((2 / 3 + 1.0) / 2)
    assert points[10].score == pytest.approx((2 / 3 + 0.9) / 2)
    assert points[10].at == START + timedelta(days=10)
    assert all(p.score == bank_readiness(slots, cards, p.at, SCHEDULER) for p in points)
    assert readiness_projection([], cards, START, SCHEDULER) == []


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0.1, 400), st.integers(-30, 30), st.floats(0.05, 0.5)),
        min_size=1,
        max_size=8,
    )
)
def test_with_no_reviews_readiness_never_rises(specs: list[tuple[float, int, float]]) -> None:
    slots, cards = [], {}
    for i, (stability, offset, guess) in enumerate(specs):
        key = f"q{i}"
        slots.append(QuestionSlot(key, guess))
        memory = MemoryState(stability, 5.0, START + timedelta(days=offset), START + timedelta(days=offset + 1))
        cards[key] = QuestionCard(key, "bank", START, START, 1, 1, 1, memory)
    scores = [p.score for p in readiness_projection(slots, cards, START, SCHEDULER)]
    assert all(later <= earlier + 1e-12 for earlier, later in zip(scores, scores[1:], strict=False))
    assert all(0 < s <= 1 for s in scores)


# the honest check


def answer(hours: float, right: bool, key: str = "q") -> AnswerEvent:
    return AnswerEvent(key, "bank", START + timedelta(hours=hours), int(right))


def attempt(name: str, hours: float, score: float, keys: tuple[str, ...] = ("q",)) -> FinishedAttempt:
    return FinishedAttempt(name, "bank", START + timedelta(hours=hours), keys, score)


def test_each_attempt_is_predicted_only_from_the_answers_before_it() -> None:
    events = [answer(0.1, True), answer(24.1, True), answer(48.1, False)]
    attempts = [attempt("1", 0, 1.0), attempt("2", 24, 1.0), attempt("3", 48, 0.0), attempt("4", 72, 1.0)]
    predictions = predict_attempts(events, attempts, {"q": 0.25}, SCHEDULER)
    assert [p.predicted for p in predictions[:3]] == pytest.approx([0.25, 2 / 3, 3 / 4])
    assert predictions[3].predicted == pytest.approx(1.0)  # missed a day ago: retrievability after 0 whole days
    errors = [0.75, 1 / 3, 3 / 4, 0.0]
    assert [p.error for p in predictions] == pytest.approx(errors)
    assert mean_absolute_error(predictions) == pytest.approx(sum(errors) / 4)


def test_an_attempt_is_predicted_over_the_questions_it_asked() -> None:
    events = [answer(0, True, "a")]
    prediction = predict_attempts(events, [attempt("1", 1, 0.5, ("a", "b"))], {"a": 0.25, "b": 0.5}, SCHEDULER)
    assert prediction[0].predicted == pytest.approx((2 / 3 + 0.5) / 2)


def test_no_attempts_give_no_error_and_an_unknown_question_is_named() -> None:
    assert mean_absolute_error(predict_attempts([], [], {}, SCHEDULER)) is None
    with pytest.raises(ValueError, match="attempt 7: no guessing rate for question 'q'"):
        predict_attempts([], [attempt("7", 0, 1.0)], {}, SCHEDULER)
