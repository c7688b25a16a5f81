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


def ask_to(parent: QWidget, title: str, text: str, *, act: str, keep: str) -> bool:
    """A question whose buttons say what they do (``act``, e.g. "&Discard", and ``keep``,
    e.g. "&Keep it"), never Yes/No; True when ``act`` was chosen. ``keep`` is the default,
    so Enter or Esc changes nothing."""
    box = _plain_box(parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    chosen = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    acted = box.clickedButton() is chosen
    box.deleteLater()
    return acted


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
