"""Turning a request from the library into an attempt plan, asking what an exam needs first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.domain.plan import (
    MISSED_BANK_ID,
    REVIEW_BANK_ID,
    AttemptPlan,
    Mode,
    PlanKind,
    QuizItem,
    plan_for_bank,
    plan_mixed,
    plan_subset,
)
from ptquiz_gui.settings import Settings
from ptquiz_gui.views.dialogs.start_dialog import ExamOptions, StartExamDialog
from ptquiz_gui.views.tr_context import TrContext

REVIEW_PASS_MARK = 70
attempt_launcher = TrContext("attempt_launcher")


def practice_plan(bank: Bank, settings: Settings) -> AttemptPlan:
    return plan_for_bank(bank, Mode.PRACTICE, shuffle=settings.shuffle)


def ask_exam_plan(parent: QWidget, bank: Bank, settings: Settings) -> AttemptPlan | None:
    """The exam start dialog; ``None`` when the user cancels."""
    dialog = StartExamDialog(
        bank.title,
        question_count=len(bank.questions),
        time_limit=bank.effective_time_limit,
        pass_mark=bank.pass_mark,
        shuffle=settings.shuffle,
        parent=parent,
    )
    if dialog.exec() != StartExamDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    return plan_for_bank(bank, Mode.EXAM, shuffle=options.shuffle, time_limit=options.time_limit)


def ask_mixed_options(parent: QWidget, banks: Sequence[Bank], settings: Settings) -> ExamOptions | None:
    """How many questions a mixed exam draws and how long it runs; ``None`` when cancelled."""
    pool = sum(len(b.questions) for b in banks)
    count = min(pool, settings.mixed_count)
    per_question = sum(b.effective_time_limit / len(b.questions) for b in banks) / len(banks)
    dialog = StartExamDialog(
        attempt_launcher.tr("Mixed exam: {titles}").format(titles=", ".join(b.title for b in banks)),
        question_count=count,
        time_limit=round(per_question * count),
        pass_mark=round(sum(b.pass_mark for b in banks) / len(banks)),
        shuffle=True,
        count_range=(1, pool),
        parent=parent,
    )
    return dialog.options() if dialog.exec() == StartExamDialog.DialogCode.Accepted else None


def mixed_plan(banks: Sequence[Bank], options: ExamOptions) -> AttemptPlan:
    return plan_mixed(banks, options.count, Mode.EXAM, time_limit=options.time_limit)


def review_plan(items: Sequence[QuizItem]) -> AttemptPlan:
    count = display.current_locale().number(len(items))
    return plan_subset(
        items,
        title=attempt_launcher.tr("Review due ({count})").format(count=count),
        bank_id=REVIEW_BANK_ID,
        kind=PlanKind.REVIEW,
        pass_mark=REVIEW_PASS_MARK,
    )


def missed_plan(items: Sequence[QuizItem], pass_mark: int = REVIEW_PASS_MARK) -> AttemptPlan:
    """A practice of the questions History lists as most missed, as they were last shown;
    it belongs to their bank when they share one."""
    banks = {item.bank_id for item in items}
    return plan_subset(
        items,
        title=attempt_launcher.tr("Most missed: %Ln questions", "", len(items)),
        bank_id=banks.pop() if len(banks) == 1 else MISSED_BANK_ID,
        kind=PlanKind.RETRY,
        pass_mark=pass_mark,
    )
