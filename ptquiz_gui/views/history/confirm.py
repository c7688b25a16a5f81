"""The history screen's questions and warnings: message boxes with object names tests can find.

A destructive question defaults to "No", so Enter (or Esc) never deletes anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_destructive(parent: QWidget, name: str, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; ``action`` labels the Yes button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(action)
    yes.setAccessibleName(action)
    no = box.button(QMessageBox.StandardButton.No)
    no.setText("Cancel")
    no.setAccessibleName("Cancel")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_problem(parent: QWidget, name: str, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
