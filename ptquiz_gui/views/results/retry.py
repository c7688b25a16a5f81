"""The retry a result offers: a practice of the questions it missed (wrong or unanswered)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ptquiz_gui.domain.plan import AttemptPlan, PlanKind, plan_subset
from ptquiz_gui.domain.result import Result

RETRY_PREFIX = "Retry: "  # how the titles of retries began before they were translated


def retry_plan(result: Result) -> AttemptPlan | None:
    """A practice of the questions missed, or None when none were. A retry of a retry keeps its title."""
    missed = result.missed()
    if not missed:
        return None
    title = result.plan.title
    if result.plan.kind is not PlanKind.RETRY and not title.startswith(RETRY_PREFIX):
        title = QCoreApplication.translate("retry", "Retry: {title}").format(title=title)
    return plan_subset(
        [o.item for o in missed],
        title=title,
        bank_id=result.plan.bank_id,
        kind=PlanKind.RETRY,
        pass_mark=result.plan.pass_mark,
    )
