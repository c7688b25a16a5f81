"""Leitner review schedule: when a missed question comes back."""

from __future__ import annotations

from datetime import timedelta

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.scheduling import INTERVAL_DAYS, LAST_BOX, after_answer


def test_wrong_answer_enters_box_one_due_tomorrow() -> None:
    now = FakeClock().now()
    card = after_answer(None, "b", "q", False, now, in_review=False)
    assert card is not None and card.box == 1 and card.due == now + timedelta(days=1)
    assert not card.is_due(now) and card.is_due(now + timedelta(days=1))


def test_right_answer_outside_review_changes_nothing() -> None:
    now = FakeClock().now()
    assert after_answer(None, "b", "q", True, now, in_review=False) is None
    card = after_answer(None, "b", "q", False, now, in_review=False)
    assert after_answer(card, "b", "q", True, now, in_review=False) == card


def test_review_moves_up_a_box_and_retires_after_the_last() -> None:
    clock = FakeClock()
    card = after_answer(None, "b", "q", False, clock.now(), in_review=False)
    for box in range(2, LAST_BOX + 1):
        assert card is not None
        clock.advance(86400 * INTERVAL_DAYS[card.box])
        card = after_answer(card, "b", "q", True, clock.now(), in_review=True)
        assert card is not None and card.box == box
        assert card.due == clock.now() + timedelta(days=INTERVAL_DAYS[box])
    assert after_answer(card, "b", "q", True, clock.now(), in_review=True) is None


def test_a_lapse_sends_the_card_back_to_box_one() -> None:
    clock = FakeClock()
    card = after_answer(None, "b", "q", False, clock.now(), in_review=False)
    card = after_answer(card, "b", "q", True, clock.now(), in_review=True)
    card = after_answer(card, "b", "q", True, clock.now(), in_review=True)
    assert card is not None and card.box == 3
    card = after_answer(card, "b", "q", False, clock.now(), in_review=True)
    assert card is not None and card.box == 1 and card.lapses == 2
