"""What a screen reader gets from ptquiz, read from the real AT-SPI bus (issue 20).

ptquiz runs under Xvfb with its own session D-Bus and AT-SPI bus on a temporary data folder;
a client under the system Python (python3-pyatspi) reads its accessible tree and events and
drives it with AT-SPI actions, as Orca or a switch user would. One walk (library, a practice
attempt of tests/atspi/a11y-check.yaml, results, History, dialogs) checks every requirement,
and each test below asserts one of them; an exam with a 15 s limit runs beside it for the
time warning. How to run it, and what it needs, is in docs/accessibility.md.

Without the stack the tests are skipped and name what is missing; where CI=1 or
PTQUIZ_REQUIRE_ATSPI=1 is set (.ci/run sets it), a missing stack fails them instead.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from atspi import findings as req
from atspi.bank import prepare_data_dir
from atspi.findings import Findings
from atspi.session import REQUIRED_ENV, AppOnBus, missing_stack
from atspi.walk import EXAM_ARGS, check_timer, exam_focus, walk

pytestmark = pytest.mark.atspi


def _need_stack() -> None:
    missing = missing_stack()
    if missing is None:
        return
    if os.environ.get(REQUIRED_ENV) == "1" or os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(
            f"the AT-SPI test must run here ({REQUIRED_ENV}=1 or CI set), but this is missing: {missing}"
        )
    pytest.skip(
        f"the AT-SPI stack is not installed: {missing} "
        "(Debian: apt-get install xvfb dbus at-spi2-core python3-pyatspi)"
    )


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Findings]:
    _need_stack()
    work = tmp_path_factory.mktemp("atspi")
    exam_work, walk_work = work / "exam", work / "walk"
    exam_work.mkdir()
    walk_work.mkdir()
    exam_data = prepare_data_dir(exam_work / "data")
    walk_data = prepare_data_dir(walk_work / "data")
    with AppOnBus(exam_work, exam_data, EXAM_ARGS) as exam:
        started = time.monotonic()
        focus = exam_focus(exam)
        with AppOnBus(walk_work, walk_data) as app:
            found = walk(app)
        check_timer(exam, found, started, focus)
    yield found


def _holds(findings: Findings, key: str) -> None:
    problem = findings.report(key)
    assert problem is None, problem


def test_library_controls_are_named(findings: Findings) -> None:
    _holds(findings, req.LIBRARY_NAMED)


def test_bank_table_cells_have_headers(findings: Findings) -> None:
    _holds(findings, req.LIBRARY_TABLE)


def test_search_clear_button_is_named(findings: Findings) -> None:
    _holds(findings, req.LIBRARY_SEARCH_CLEAR)


def test_selecting_a_bank_makes_it_current(findings: Findings) -> None:
    _holds(findings, req.LIBRARY_SELECT)


def test_quiz_controls_are_named(findings: Findings) -> None:
    _holds(findings, req.QUIZ_NAMED)


def test_pause_leaves_focus_on_a_named_node(findings: Findings) -> None:
    _holds(findings, req.QUIZ_PAUSE_FOCUS)


def test_choices_are_radio_buttons_or_check_boxes(findings: Findings) -> None:
    _holds(findings, req.QUIZ_CHOICE_ROLES)


def test_an_action_picks_a_choice(findings: Findings) -> None:
    _holds(findings, req.QUIZ_CHOICE_ACTION)


def test_flag_actions_flag_the_question(findings: Findings) -> None:
    _holds(findings, req.QUIZ_FLAG_ACTION)


def test_navigator_cells_open_their_question(findings: Findings) -> None:
    _holds(findings, req.QUIZ_NAVIGATOR)


def test_states_are_said_in_words(findings: Findings) -> None:
    _holds(findings, req.QUIZ_STATE_WORDS)


def test_verdict_is_spoken_and_explanation_readable(findings: Findings) -> None:
    _holds(findings, req.QUIZ_VERDICT)


def test_next_question_is_spoken(findings: Findings) -> None:
    _holds(findings, req.QUIZ_NEXT_PROMPT)


def test_moving_on_focuses_the_choices(findings: Findings) -> None:
    _holds(findings, req.QUIZ_FOCUS_NEXT)


def test_status_messages_reach_the_bus(findings: Findings) -> None:
    _holds(findings, req.QUIZ_STATUS)


def test_no_frame_markers_in_text(findings: Findings) -> None:
    _holds(findings, req.QUIZ_MARKERS)


def test_no_raw_html(findings: Findings) -> None:
    _holds(findings, req.NO_HTML)


def test_quiz_can_be_taken_through_atspi_actions_alone(findings: Findings) -> None:
    _holds(findings, req.QUIZ_BY_ACTIONS)


def test_dialog_controls_are_named(findings: Findings) -> None:
    _holds(findings, req.DIALOGS_NAMED)


def test_dialogs_open_without_holding_the_action(findings: Findings) -> None:
    _holds(findings, req.DIALOGS_REPLY)


def test_results_controls_are_named(findings: Findings) -> None:
    _holds(findings, req.RESULTS_NAMED)


def test_review_exposes_the_answers(findings: Findings) -> None:
    _holds(findings, req.RESULTS_ANSWERS)


def test_tab_leaves_the_topic_table(findings: Findings) -> None:
    _holds(findings, req.RESULTS_TAB)


def test_history_filters_are_named_by_their_labels(findings: Findings) -> None:
    _holds(findings, req.HISTORY_COMBOS)


def test_history_controls_are_named(findings: Findings) -> None:
    _holds(findings, req.HISTORY_NAMED)


def test_time_warning_is_spoken(findings: Findings) -> None:
    _holds(findings, req.TIMER_WARNING)


def test_every_requirement_has_a_test() -> None:
    keys = {v for k, v in vars(req).items() if k.isupper() and isinstance(v, str)}
    source = Path(__file__).read_text(encoding="utf-8")
    untested = sorted(
        k for k, v in vars(req).items() if k.isupper() and isinstance(v, str) and f"req.{k})" not in source
    )
    assert keys and not untested, untested
