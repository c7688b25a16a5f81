"""On start, offer the newest unfinished attempt for resuming; discarding is explicit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ptquiz_gui.app_services import Resumption
from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.views.plain_message import ask_to


def offer_resume(parent: QWidget, attempts: Resumption) -> Attempt | None:
    unfinished = attempts.unfinished()
    if not unfinished:
        return None
    summary = unfinished[0]
    box = QMessageBox(parent)
    box.setObjectName("resume_dialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the bank's title
    box.setWindowTitle("Resume your attempt?")
    started = display.moment(summary.started_at)
    box.setText(
        f"You have an unfinished {summary.mode} of “{summary.title}”, started {started}: "
        f"{summary.answered} of {display.count(summary.total, 'question')} answered."
    )
    box.setInformativeText(
        "Resume it where you left off (an exam's clock did not run while ptquiz was closed), "
        "keep it for later, or discard it."
    )
    resume = box.addButton("&Resume", QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton("&Not now", QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton("&Discard…", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(resume)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return attempts.resume(summary.id)
    if clicked is discard and ask_to(
        parent,
        "Discard attempt?",
        f"Discard the unfinished attempt at “{summary.title}”? Its answers stay in your history "
        "as an abandoned attempt.",
        act="&Discard",
        keep="&Keep it",
    ):
        attempts.discard(summary.id)
    return None
