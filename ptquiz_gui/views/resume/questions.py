"""The questions asked about an unfinished attempt: resume it or start anew, resume or
discard it (History), discard it for good, and leave a running one for a later start's
request. Plain-text message boxes whose buttons say what they do.

The attempt is quoted as a phrase of its own (``wording.described``), after a colon or on a
line of its own, so that each sentence around it is whole in every language."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from ptquiz_gui.domain.attempt_kinds import Mode
from ptquiz_gui.views.plain_message import ask_to
from ptquiz_gui.views.resume.wording import described

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ptquiz_gui.domain.attempt import Attempt
    from ptquiz_gui.domain.start_request import StartRequest
    from ptquiz_gui.storage.records import AttemptSummary


class Choice(Enum):
    RESUME = "resume"
    NEW = "new"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget, name: str, title: str, text: str, detail: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # its Python type and enum types: with the first question

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


class ResumeQuestions(QObject):
    """The questions (a QObject for ``tr``: lupdate finds plural forms only in ``tr`` calls)."""

    def resume_or_new(self, parent: QWidget, unfinished: AttemptSummary, others: int, new: Mode) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        if new is Mode.EXAM:
            detail = self.tr(
                "Resume it where you left off, or start a new exam; the unfinished one then stays in the "
                "library's details and in History, to resume later."
            )
        else:
            detail = self.tr(
                "Resume it where you left off, or start a new practice; the unfinished one then stays in the "
                "library's details and in History, to resume later."
            )
        if others:
            detail += " " + self.tr(
                "The library's details list %Ln more unfinished attempts at this bank.", "", others
            )
        box = _box(
            parent,
            "resume_or_new_dialog",
            self.tr("Resume your attempt?"),
            self.tr("You have an unfinished attempt: {attempt}.").format(attempt=described(unfinished)),
            detail,
        )
        return _ask(
            box,
            (Choice.RESUME, self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole),
            (Choice.NEW, self.tr("&Start new"), QMessageBox.ButtonRole.ActionRole),
            (Choice.CANCEL, self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
        )

    def resume_or_discard(self, parent: QWidget, unfinished: AttemptSummary) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        box = _box(
            parent,
            "unfinished_attempt_dialog",
            self.tr("Unfinished attempt"),
            self.tr("This attempt is not finished: {attempt}.").format(attempt=described(unfinished)),
            self.tr(
                "Its answers are reviewed once it is finished. Resume it where you left off, or discard it "
                "(it ends without a score and its answers stay in your history as abandoned)."
            ),
        )
        return _ask(
            box,
            (Choice.RESUME, self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole),
            (Choice.DISCARD, self.tr("&Discard…"), QMessageBox.ButtonRole.DestructiveRole),
            (Choice.CANCEL, self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole),
        )

    def discard(self, parent: QWidget, unfinished: AttemptSummary) -> bool:
        text = "\n\n".join(
            (
                self.tr("Discard this unfinished attempt?"),
                described(unfinished) + ".",
                self.tr("It ends without a score; its answers stay in your history as an abandoned attempt."),
            )
        )
        title = self.tr("Discard attempt?")
        return ask_to(parent, title, text, act=self.tr("&Discard"), keep=self.tr("&Keep it"))

    def leave_for(self, parent: QWidget, running: Attempt, request: StartRequest, title: str) -> bool:
        asked = {
            (Mode.EXAM, Mode.EXAM): self.tr(
                "ptquiz start asked for an exam of “{asked}”, but your exam of “{running}” is running."
            ),
            (Mode.EXAM, Mode.PRACTICE): self.tr(
                "ptquiz start asked for an exam of “{asked}”, but your practice of “{running}” is running."
            ),
            (Mode.PRACTICE, Mode.EXAM): self.tr(
                "ptquiz start asked for a practice of “{asked}”, but your exam of “{running}” is running."
            ),
            (Mode.PRACTICE, Mode.PRACTICE): self.tr(
                "ptquiz start asked for a practice of “{asked}”, but your practice of “{running}” is running."
            ),
        }[(request.mode, running.mode)]
        text = asked.format(asked=title, running=running.plan.title) + "\n\n" + self.tr(
            "Leave it to open the new one? Your answers are saved and it stays resumable from the library, "
            "from History and at the next start."
        )
        title = self.tr("Leave this attempt?")
        return ask_to(parent, title, text, act=self.tr("&Leave and open"), keep=self.tr("&Stay"))


def ask_resume_or_new(parent: QWidget, unfinished: AttemptSummary, others: int, new: Mode) -> Choice:
    """A bank with an unfinished attempt was started again (``new``: the mode asked for)."""
    return ResumeQuestions().resume_or_new(parent, unfinished, others, new)


def ask_resume_or_discard(parent: QWidget, unfinished: AttemptSummary) -> Choice:
    """History opened a row that is still in progress: its answers are not shown until it ends."""
    return ResumeQuestions().resume_or_discard(parent, unfinished)


def confirm_discard(parent: QWidget, unfinished: AttemptSummary) -> bool:
    return ResumeQuestions().discard(parent, unfinished)


def ask_leave_for(parent: QWidget, running: Attempt, request: StartRequest, title: str) -> bool:
    """A later ``ptquiz start`` asked for ``request`` while ``running`` is under way."""
    return ResumeQuestions().leave_for(parent, running, request, title)
