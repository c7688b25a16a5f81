"""The history screen's questions and warnings: message boxes with object names tests can find.

A destructive question defaults to "Cancel", so Enter (or Esc) never deletes anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.history_model import format_date, format_score
from ptquiz_gui.storage.records import AttemptSummary


def ask_destructive(parent: QWidget, name: str, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; ``action`` labels the Yes button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(action)
    yes.setAccessibleName(action.replace("&", ""))
    no = box.button(QMessageBox.StandardButton.No)
    cancel = QCoreApplication.translate("confirm", "Cancel")
    no.setText(cancel)
    no.setAccessibleName(cancel)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_problem(parent: QWidget, name: str, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class HistoryQuestions(QObject):
    """Deleting one attempt and clearing the history, asked over ``parent``.

    A QObject for ``tr``: lupdate finds plural forms only in ``tr`` calls.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def delete_attempt(self, s: AttemptSummary) -> bool:
        score = format_score(s) if s.score is not None else self.tr("unfinished")
        if s.mode is Mode.EXAM:
            question = self.tr("Delete the exam attempt at “{title}” from {date} ({score})?")
        else:
            question = self.tr("Delete the practice attempt at “{title}” from {date} ({score})?")
        question = question.format(title=s.title, date=format_date(s), score=score)
        question += "\n\n" + self.tr("This cannot be undone.")
        title = self.tr("Delete attempt?")
        return ask_destructive(self._parent, "confirm_delete", title, question, self.tr("Delete"))

    def clear_history(self, total: int) -> bool:
        question = self.tr("Delete all %Ln attempts, every statistic and the review schedule?", "", total)
        question += "\n\n" + self.tr(
            "A backup of the history as it is now is taken first; restore it with Backups… "
            "if you change your mind."
        )
        title = self.tr("Clear all history?")
        return ask_destructive(self._parent, "confirm_clear", title, question, self.tr("Clear history"))

    def deleted(self, s: AttemptSummary) -> str:
        deleted = self.tr("Deleted the attempt at “{title}” from {date}.")
        return deleted.format(title=s.title, date=format_date(s))
