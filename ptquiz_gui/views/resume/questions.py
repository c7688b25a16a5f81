"""The questions asked about an unfinished attempt: resume it or start anew, resume or
discard it (History), discard it for good, and leave a running one for a later start's
request. Plain-text message boxes whose buttons say what they do."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ptquiz_gui.domain.start_request import StartRequest, asked_for
from ptquiz_gui.views.plain_message import ask_to
from ptquiz_gui.views.resume.wording import described

if TYPE_CHECKING:
    from ptquiz_gui.domain.attempt import Attempt
    from ptquiz_gui.storage.records import AttemptSummary

class Choice(Enum):
    RESUME = "resume"
    NEW = "new"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget, name: str, title: str, text: str, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the bank's title
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    return box


def _ask(box: QMessageBox, *answers: tuple[Choice, str, QMessageBox.ButtonRole]) -> Choice:
    """The first answer is the default (Enter), the last the one Esc gives."""
    buttons = [(choice, box.addButton(text, role)) for choice, text, role in answers]
    box.setDefaultButton(buttons[0][1])
    box.setEscapeButton(buttons[-1][1])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((choice for choice, button in buttons if button is clicked), Choice.CANCEL)


def ask_resume_or_new(parent: QWidget, unfinished: AttemptSummary, others: int, new: str) -> Choice:
    """A bank with an unfinished attempt was started again (``new``: "practice", "exam")."""
    more = (
        f" The library's details list {others} more unfinished {'attempt' if others == 1 else 'attempts'} "
        "at this bank."
        if others
        else ""
    )
    box = _box(
        parent,
        "resume_or_new_dialog",
        "Resume your attempt?",
        f"You have an unfinished {described(unfinished)}.",
        f"Resume it where you left off, or start a new {new}; the unfinished one then stays in the "
        f"library's details and in History, to resume later.{more}",
    )
    return _ask(
        box,
        (Choice.RESUME, "&Resume", QMessageBox.ButtonRole.AcceptRole),
        (Choice.NEW, "&Start new", QMessageBox.ButtonRole.ActionRole),
        (Choice.CANCEL, "Cancel", QMessageBox.ButtonRole.RejectRole),
    )


def ask_resume_or_discard(parent: QWidget, unfinished: AttemptSummary) -> Choice:
    """History opened a row that is still in progress: its answers are not shown until it ends."""
    box = _box(
        parent,
        "unfinished_attempt_dialog",
        "Unfinished attempt",
        f"This {described(unfinished)}.",
        "Its answers are reviewed once it is finished. Resume it where you left off, or discard it "
        "(it ends without a score and its answers stay in your history as abandoned).",
    )
    return _ask(
        box,
        (Choice.RESUME, "&Resume", QMessageBox.ButtonRole.AcceptRole),
        (Choice.DISCARD, "&Discard…", QMessageBox.ButtonRole.DestructiveRole),
        (Choice.CANCEL, "Cancel", QMessageBox.ButtonRole.RejectRole),
    )


def confirm_discard(parent: QWidget, unfinished: AttemptSummary) -> bool:
    return ask_to(
        parent,
        "Discard attempt?",
        f"Discard the unfinished {described(unfinished)}? It ends without a score; its answers "
        "stay in your history as an abandoned attempt.",
        act="&Discard",
        keep="&Keep it",
    )


def ask_leave_for(parent: QWidget, running: Attempt, request: StartRequest, title: str) -> bool:
    """A later ``ptquiz start`` asked for ``request`` while ``running`` is under way."""
    return ask_to(
        parent,
        "Leave this attempt?",
        f"ptquiz start asked for {asked_for(request, title)}, but your {running.mode.value} "
        f"of “{running.plan.title}” is running.\n\nLeave it to open the new one? Your answers are "
        "saved and it stays resumable from the library, from History and at the next start.",
        act="&Leave and open",
        keep="&Stay",
    )
