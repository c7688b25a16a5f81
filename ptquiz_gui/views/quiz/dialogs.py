"""The two questions the quiz asks before acting: finish now? leave now?

Both are QMessageBoxes opened with ``open()`` (window-modal, not blocking), with object
names ``submit_dialog`` and ``leave_dialog``; Enter presses the default (confirming)
button and Esc the cancelling one. They delete themselves when closed. One is open at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ptquiz_gui.domain.plan import Mode

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

LEAVE_TEXT = QT_TRANSLATE_NOOP(
    "ConfirmDialogs",
    "Your answers are saved. Resume it any time from History or from the bank's details in the "
    "library; PTQuiz also lists it when it next starts.",
)


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


class ConfirmDialogs(QObject):
    """Asks over ``page``; ``confirmed(action)`` ("finish" or "leave") follows a press of the
    confirming button, and ``close`` cancels the question open."""

    confirmed = Signal(str)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._box: QMessageBox | None = None
        self._action = ""

    def submit_counts_text(self, unanswered: int, flagged: int) -> str:
        if unanswered:
            first = self.tr("%Ln questions unanswered: they score no points.", "", unanswered)
        else:
            first = self.tr("Every question is answered.")
        if flagged:
            second = self.tr("%Ln flagged for review.", "", flagged)
        else:
            second = self.tr("None flagged for review.")
        return f"{first}\n{second}"

    def ask_to_submit(self, *, mode: Mode, unanswered: int, flagged: int) -> None:
        if mode is Mode.EXAM:
            title, text = self.tr("Submit exam?"), self.tr("Submit your answers for scoring?")
            confirm = self.tr("Submit")
        else:
            title, text = self.tr("Finish practice?"), self.tr("Finish now and see your results?")
            confirm = self.tr("Finish")
        box = _message_box(self._page, "submit_dialog", title, text, self.submit_counts_text(unanswered, flagged))
        self._ask(_add_answers(box, confirm, self.tr("Keep working")), "finish")

    def ask_to_leave(self) -> None:
        title = self.tr("Leave this attempt?")
        box = _message_box(
            self._page, "leave_dialog", title, self.tr("Leave this attempt now?"), self.tr(LEAVE_TEXT)
        )
        self._ask(_add_answers(box, self.tr("Leave"), self.tr("Stay")), "leave")

    def current(self) -> QMessageBox | None:
        return self._box

    def _ask(self, box: QMessageBox, action: str) -> None:
        if self._box is not None:
            box.deleteLater()
            return
        self._box, self._action = box, action
        box.finished.connect(self._finished)
        box.open()

    def close(self) -> None:
        box = self._box
        if box is not None:
            self._box = None
            box.done(QMessageBox.StandardButton.Cancel.value)

    @Slot(int)
    def _finished(self, code: int) -> None:
        box, action = self._box, self._action
        self._box, self._action = None, ""
        clicked = box.clickedButton() if box is not None else None
        if clicked is not None and clicked.objectName() == "confirm_button":
            self.confirmed.emit(action)
