"""The navigator, choice and review models: what they tell views, checked by qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from quiz_fixtures import make_attempt

from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.result import Outcome, Result
from ptquiz_gui.qtmodels.choice_model import ChoiceModel, ChoiceState
from ptquiz_gui.qtmodels.choice_model import Roles as ChoiceRoles
from ptquiz_gui.qtmodels.navigator_model import NavigatorModel, NavState
from ptquiz_gui.qtmodels.navigator_model import Roles as NavRoles
from ptquiz_gui.qtmodels.review_model import (
    ReviewFilter,
    ReviewFilterModel,
    ReviewModel,
    TopicScoreModel,
)
from ptquiz_gui.qtmodels.review_model import Roles as ReviewRoles


def _states(model: NavigatorModel) -> list[NavState]:
    return [model.data(model.index(r), NavRoles.STATE) for r in range(model.rowCount())]


def test_navigator_in_practice_shows_right_and_wrong_after_reveal(qtmodeltester: ModelTester) -> None:
    attempt = make_attempt(Mode.PRACTICE, FakeClock())
    model = NavigatorModel()
    model.set_attempt(attempt)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.data(model.index(0)) == "1"
    attempt.select(0)
    attempt.confirm()
    model.answer_changed(0)
    attempt.next()
    model.current_moved(1)
    attempt.select(0)
    attempt.confirm()
    model.answer_changed(1)
    attempt.toggle_flag()
    model.flag_changed(1)
    assert _states(model) == [NavState.CORRECT, NavState.WRONG, NavState.UNANSWERED, NavState.UNANSWERED]
    assert model.data(model.index(1), NavRoles.FLAGGED) is True
    assert model.data(model.index(1), NavRoles.CURRENT) is True
    assert model.data(model.index(0), NavRoles.CURRENT) is False
    assert model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole) == (
        "Question 2, answered wrongly, flagged, current"
    )
    qtmodeltester.check(model)


def test_navigator_in_an_exam_reveals_nothing_while_running(qtmodeltester: ModelTester) -> None:
    attempt = make_attempt(Mode.EXAM, FakeClock())
    model = NavigatorModel()
    model.set_attempt(attempt)
    attempt.select(3)  # wrong
    model.answer_changed(0)
    attempt.next()
    model.current_moved(1)
    attempt.select(1)  # right
    model.answer_changed(1)
    assert _states(model) == [NavState.ANSWERED, NavState.ANSWERED, NavState.UNANSWERED, NavState.UNANSWERED]
    qtmodeltester.check(model)


def test_navigator_reports_only_the_changed_rows_and_roles(qtbot: object) -> None:
    attempt = make_attempt(Mode.EXAM, FakeClock())
    model = NavigatorModel()
    model.set_attempt(attempt)
    changed: list[tuple[int, int, set[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), b.row(), set(roles))))
    described = {int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole)}

    model.answer_changed(2)
    model.flag_changed(3)
    model.current_moved(2)
    model.answer_changed(99)

    assert changed[0] == (2, 2, {int(NavRoles.STATE), *described})
    assert changed[1] == (3, 3, {int(NavRoles.FLAGGED), *described})
    assert sorted(changed[2:]) == [(0, 0, {int(NavRoles.CURRENT), *described}), (2, 2, {int(NavRoles.CURRENT), *described})]
    assert len(changed) == 4, "a row out of range is not reported"


def test_choice_model_states_before_and_after_reveal(qtmodeltester: ModelTester) -> None:
    model = ChoiceModel()
    qtmodeltester.check(model)
    model.show(["red", "green", "blue"], selected=None, key=None)
    qtmodeltester.check(model)
    assert [model.data(model.index(r), ChoiceRoles.LETTER) for r in range(3)] == ["A", "B", "C"]
    assert model.data(model.index(2)) == "blue"
    model.show(["red", "green", "blue"], selected=1, key=None)
    assert [model.state(r) for r in range(3)] == [
        ChoiceState.NORMAL,
        ChoiceState.SELECTED,
        ChoiceState.NORMAL,
    ]
    assert model.data(model.index(1), ChoiceRoles.TAG) == "● Selected"
    assert model.data(model.index(0), ChoiceRoles.TAG) == ""
    assert model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole) == "B: green"
    described = model.data(model.index(1), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert described == "", "its checked state says it is picked"
    model.show(["red", "green", "blue"], selected=1, key=2)
    assert [model.state(r) for r in range(3)] == [
        ChoiceState.NORMAL,
        ChoiceState.WRONG_PICK,
        ChoiceState.KEY,
    ]
    assert model.data(model.index(1), ChoiceRoles.TAG) == "✗ Your answer"
    assert model.data(model.index(2), ChoiceRoles.TAG) == "✓ Correct answer"
    assert model.data(model.index(2), Qt.ItemDataRole.AccessibleTextRole) == "C: blue"
    assert model.data(model.index(2), Qt.ItemDataRole.AccessibleDescriptionRole) == "Correct answer"
    assert model.data(model.index(1), Qt.ItemDataRole.AccessibleDescriptionRole) == "Your answer, wrong"
    model.show(["red", "green", "blue"], selected=2, key=2)
    assert model.state(2) is ChoiceState.CORRECT_PICK
    qtmodeltester.check(model)


def test_choice_model_resets_for_new_choices(qtbot: object) -> None:
    model = ChoiceModel()
    model.show(["a", "b"], None, None)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.show(["a", "b"], 0, None)
    assert resets == []
    model.show(["x", "y", "z"], None, None)
    assert resets == [True]
    assert model.rowCount() == 3
    assert model.rowCount(model.index(0)) == 0


def _finished_exam() -> tuple[ReviewModel, Result]:
    clock = FakeClock()
    attempt = make_attempt(Mode.EXAM, clock)
    attempt.select(0)  # q1 right
    attempt.toggle_flag()
    attempt.next()
    attempt.select(0)  # q2 wrong
    attempt.next()
    attempt.toggle_flag()  # q3 flagged, unanswered
    attempt.next()
    attempt.select(1)  # q4 right
    clock.advance(30)
    result = attempt.finish()
    model = ReviewModel()
    model.set_result(result)
    return model, result


def test_review_model_rows_answers_and_filters(qtmodeltester: ModelTester) -> None:
    model, result = _finished_exam()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    first = model.index(0)
    assert model.data(first) == "1. What does this print? import torch print(torch.tensor([2., 4.]) / 2)"
    assert model.data(first, ReviewRoles.YOUR_ANSWER) == "A — tensor([1., 2.])"
    assert model.data(model.index(1), ReviewRoles.YOUR_ANSWER) == "A — model.gpu()"
    assert model.data(model.index(1), ReviewRoles.KEY) == "B — model.to('cuda')"
    assert model.data(model.index(2), ReviewRoles.YOUR_ANSWER) == ""
    assert model.data(model.index(2), ReviewRoles.OUTCOME) is Outcome.UNANSWERED
    assert model.data(model.index(2), Qt.ItemDataRole.AccessibleTextRole) == (
        "Question 3, unanswered, flagged"
    )
    assert "**2**" in model.data(first, ReviewRoles.EXPLANATION)

    proxy = ReviewFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    counts: dict[ReviewFilter, int] = {}
    for review_filter in ReviewFilter:
        proxy.set_review_filter(review_filter)
        counts[review_filter] = proxy.rowCount()
        assert counts[review_filter] == review_filter.count_in(result)
    assert counts == {
        ReviewFilter.ALL: 4,
        ReviewFilter.WRONG: 1,
        ReviewFilter.FLAGGED: 2,
        ReviewFilter.UNANSWERED: 1,
    }
    proxy.set_review_filter(ReviewFilter.FLAGGED)
    positions = [proxy.data(proxy.index(r, 0), ReviewRoles.POSITION) for r in range(proxy.rowCount())]
    assert positions == [0, 2]
    qtmodeltester.check(proxy)


def test_topic_model_lists_each_topic(qtmodeltester: ModelTester) -> None:
    _, result = _finished_exam()
    model = TopicScoreModel()
    model.set_result(result)
    qtmodeltester.check(model)
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]
    assert rows == [
        ["autograd", "0 of 1", "0%"],
        ["devices", "0 of 1", "0%"],
        ["tensors", "2 of 2", "100%"],
    ]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Topic"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(5, 0) == QModelIndex()
