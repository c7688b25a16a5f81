"""At start-up, every unfinished attempt in one list: resume one, discard any, or "Not now"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.views.resume.questions import confirm_discard
from ptquiz_gui.views.resume.unfinished_list import UnfinishedList

if TYPE_CHECKING:
    from ptquiz_gui.storage.records import AttemptSummary

LATER_TEXT = (
    "An exam's clock did not run while ptquiz was closed. Each one also stays in its bank's "
    "details in the library and in History until you finish or discard it."
)


class UnfinishedDialog(QDialog):
    """``chosen`` is the attempt to resume once accepted; discarding asks first and keeps the
    dialog open for the others."""

    def __init__(self, attempts: list[AttemptSummary], discard: Callable[[int], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("resume_dialog")
        self.setWindowTitle("Resume an unfinished attempt?")
        self.chosen: int | None = None
        self._attempts = list(attempts)
        self._discard = discard
        self.heading = QLabel()
        self.heading.setObjectName("resume_heading")
        self.heading.setWordWrap(True)
        later = QLabel(LATER_TEXT)
        later.setWordWrap(True)
        self.rows = UnfinishedList(long=True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.rows)
        buttons = QDialogButtonBox()
        self.not_now = buttons.addButton("&Not now", QDialogButtonBox.ButtonRole.RejectRole)
        self.not_now.setObjectName("not_now_button")
        self.not_now.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.rows.resume_clicked.connect(self._resume)
        # Asked from the event loop, once the click is over: the list is rebuilt after it.
        self.rows.discard_clicked.connect(self._ask_discard, Qt.ConnectionType.QueuedConnection)
        self._show_rows()

    def _show_rows(self) -> None:
        self.rows.set_attempts(self._attempts)
        many = display.count(len(self._attempts), "unfinished attempt")
        self.heading.setText(
            "You have an unfinished attempt. Resume it where you left off?"
            if len(self._attempts) == 1
            else f"You have {many}. Resume one where you left off?"
        )
        if self.rows.resume_buttons:
            self.rows.resume_buttons[0].setDefault(True)
            self.rows.resume_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _resume(self, attempt_id: int) -> None:
        self.chosen = attempt_id
        self.accept()

    @Slot(int)
    def _ask_discard(self, attempt_id: int) -> None:
        summary = next((a for a in self._attempts if a.id == attempt_id), None)
        if summary is None or not confirm_discard(self, summary):
            return
        if self._discard(attempt_id):
            self._attempts.remove(summary)
        if not self._attempts:
            self.reject()
        else:
            self._show_rows()
