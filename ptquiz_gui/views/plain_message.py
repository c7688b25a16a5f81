"""Message boxes that quote bank text (titles, file names) show it as typed, never as HTML.

``QMessageBox.question``/``warning`` guess the text format, and a bank title that looks
like HTML would be rendered (and its images loaded); these boxes are plain text always.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _plain_box(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Like ``QMessageBox.question``: Yes and No, True when Yes was chosen."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = _plain_box(parent, QMessageBox.Icon.Question, title, text, buttons)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget, title: str, text: str) -> None:
    """Like ``QMessageBox.warning`` with one OK button."""
    box = _plain_box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.exec()
    box.deleteLater()


def inform(parent: QWidget, title: str, text: str) -> None:
    """Like ``QMessageBox.information`` with one OK button."""
    box = _plain_box(parent, QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.exec()
    box.deleteLater()
