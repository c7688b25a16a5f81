"""Starting an attempt from the library, from spaced review, or from ``ptquiz start``: the
bank looked up, the user asked what the mode needs (``attempt_launcher``), the plan handed on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from ptquiz_gui import APP_DISPLAY_NAME
from ptquiz_gui.domain.attempt_kinds import Mode
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.settings import Settings
from ptquiz_gui.views.plain_message import inform, warn
from ptquiz_gui.views.resume.resumer import Resumer

if TYPE_CHECKING:
    from ptquiz_gui.domain.plan import AttemptPlan
    from ptquiz_gui.domain.start_request import StartRequest
    from ptquiz_gui.review_service import SpacedReview


class AttemptStarts(QObject):
    def __init__(
        self,
        window: QWidget,
        *,
        bank: Callable[[str], Bank | None],
        reload_banks: Callable[[], None],
        resumer: Resumer,
        settings: Callable[[], Settings],
        mixed_count_chosen: Callable[[int], None],
        spaced_review: Callable[[], SpacedReview],
        start_plan: Callable[[AttemptPlan], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._bank = bank
        self._reload_banks = reload_banks
        self._resumer = resumer
        self._settings = settings
        self._mixed_count_chosen = mixed_count_chosen
        self._spaced_review = spaced_review
        self._start_plan = start_plan

    @Slot(str)
    def start_practice(self, bank_id: str) -> None:
        from ptquiz_gui.views.attempt_launcher import practice_plan

        if (bank := self._bank(bank_id)) is not None and self._resumer.may_start_new(bank_id, Mode.PRACTICE):
            self._start_plan(practice_plan(bank, self._settings()))

    @Slot(str)
    def start_exam(self, bank_id: str) -> None:
        from ptquiz_gui.views.attempt_launcher import ask_exam_plan

        bank = self._bank(bank_id)
        if bank is None or not self._resumer.may_start_new(bank_id, Mode.EXAM):
            return
        plan = ask_exam_plan(self._window, bank, self._settings())
        if plan is not None:
            self._start_plan(plan)

    @Slot(list)
    def start_mixed(self, bank_ids: list[str]) -> None:
        from ptquiz_gui.views.attempt_launcher import ask_mixed_options, mixed_plan

        banks = [b for b in (self._bank(i) for i in bank_ids) if b is not None]
        options = ask_mixed_options(self._window, banks, self._settings()) if banks else None
        if options is not None:
            self._mixed_count_chosen(options.count)
            self._start_plan(mixed_plan(banks, options))

    @Slot()
    def start_review(self) -> None:
        from ptquiz_gui.views.attempt_launcher import review_plan

        review = self._spaced_review()
        items = review.review_items()
        if not items:
            said = self.tr("No questions are due for review now. {next}").format(next=review.next_review())
            inform(self._window, self.tr("Nothing due"), said)
            return
        self._start_plan(review_plan(items))

    def open_request(self, request: StartRequest) -> bool:
        """Open what ``ptquiz start`` asked for; a bank added since the banks were read is
        looked for again."""
        from ptquiz_gui.domain.start_request import plan_for_request

        if self._bank(request.bank_id) is None:
            self._reload_banks()
        if (bank := self._bank(request.bank_id)) is None:
            said = self.tr("There is no bank with the id '{id}'.").format(id=request.bank_id)
            warn(self._window, APP_DISPLAY_NAME, said)
            return False
        self._start_plan(plan_for_request(bank, request))
        return True
