"""Message boxes that quote bank text (titles, file names) show it as typed, never as HTML.

``QMessageBox.question``/``warning`` guess the text format, and a bank title that looks
like HTML would be rendered (and its images loaded); these boxes are plain text always.
Their icon is named too (Warning, Question…), so a screen reader does not meet an unnamed
graphic; the callers word and translate the title, text and buttons.

``QMessageBox`` is imported where a box is made: PySide builds its Python type, with its
enum types and QDialog's, on first import, and the first screen shows no message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ptquiz_gui.views.tr_context import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

ICON_NAMES = {  # by the name of the QMessageBox.Icon
    "Information": QT_TRANSLATE_NOOP("plain_message", "Information"),
    "Warning": QT_TRANSLATE_NOOP("plain_message", "Warning"),
    "Critical": QT_TRANSLATE_NOOP("plain_message", "Error"),
    "Question": QT_TRANSLATE_NOOP("plain_message", "Question"),
}
_ICON_LABEL = "qt_msgboxex_icon_label"  # QMessageBox's own name for the label that shows the icon


def name_icon(box: QMessageBox) -> None:
    """Give the box's icon an accessible name that says what kind of message it is."""
    label = box.findChild(QLabel, _ICON_LABEL)
    name = ICON_NAMES.get(box.icon().name)
    if label is not None and name is not None:
        label.setAccessibleName(QCoreApplication.translate("plain_message", name))


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, buttons or QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    name_icon(box)
    return box


def ask_to(parent: QWidget, title: str, text: str, *, act: str, keep: str) -> bool:
    """A question whose buttons say what they do (``act``, e.g. "&Discard", and ``keep``,
    e.g. "&Keep it"), never Yes/No; True when ``act`` was chosen. ``keep`` is the default,
    so Enter or Esc changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = plain_box(parent, QMessageBox.Icon.Question, title, text)
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
    from PySide6.QtWidgets import QMessageBox

    box = plain_box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.exec()
    box.deleteLater()


def inform(parent: QWidget, title: str, text: str) -> None:
    """Like ``QMessageBox.information`` with one OK button."""
    from PySide6.QtWidgets import QMessageBox

    box = plain_box(parent, QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.exec()
    box.deleteLater()
