"""The two questions the quiz asks before acting: finish now? leave now?

Both are QMessageBoxes opened with ``open()`` (window-modal, not blocking), with object
names ``submit_dialog`` and ``leave_dialog``; Enter presses the default (confirming)
button and Esc the cancelling one. They delete themselves when closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.domain.plan import Mode

LEAVE_TEXT = (
    "Your answers are saved. Resume it any time from History or from the bank's details in the "
    "library; ptquiz also lists it when it next starts."
)


def submit_counts_text(unanswered: int, flagged: int) -> str:
    if unanswered:
        scores = "it scores" if unanswered == 1 else "they score"
        first = f"{display.count(unanswered, 'question')} unanswered: {scores} no points."
    else:
        first = "Every question is answered."
    second = f"{flagged} flagged for review." if flagged else "None flagged for review."
    return f"{first}\n{second}"


def _message_box(parent: QWidget, name: str, title: str, text: str, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    box.setAccessibleName(title)
    box.setAccessibleDescription(f"{text} {detail}")
    return box


def _add_answers(box: QMessageBox, confirm_text: str, cancel_text: str) -> QMessageBox:
    """The confirming button (Enter) and the cancelling one (Esc), named for the tests."""
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    confirm.setObjectName("confirm_button")
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel_button")
    box.setDefaultButton(confirm)
    box.setEscapeButton(cancel)
    return box


def submit_dialog(parent: QWidget, *, mode: Mode, unanswered: int, flagged: int) -> QMessageBox:
    exam = mode is Mode.EXAM
    box = _message_box(
        parent,
        "submit_dialog",
        "Submit exam?" if exam else "Finish practice?",
        "Submit your answers for scoring?" if exam else "Finish now and see your results?",
        submit_counts_text(unanswered, flagged),
    )
    return _add_answers(box, "Submit" if exam else "Finish", "Keep working")


def leave_dialog(parent: QWidget) -> QMessageBox:
    box = _message_box(parent, "leave_dialog", "Leave this attempt?", "Leave this attempt now?", LEAVE_TEXT)
    return _add_answers(box, "Leave", "Stay")
