"""A message that names a folder the app could not show: the path in a field that can be
selected, and a button that copies it, so the user can open the folder some other way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.views.status_announcer import announce


class FolderMessage(QDialog):
    def __init__(self, title: str, text: str, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folder_message")
        self.setWindowTitle(title)
        self.text_label = QLabel(text)
        self.text_label.setObjectName("folder_message_text")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.path_field = QLineEdit(path)
        self.path_field.setObjectName("folder_path")
        self.path_field.setAccessibleName(self.tr("Folder path"))
        self.text_label.setBuddy(self.path_field)  # the message names the field for a screen reader
        self.path_field.setReadOnly(True)
        self.path_field.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("&Copy path"))
        self.copy_button.setObjectName("copy_path_button")
        self.copy_button.setAutoDefault(False)
        self.copied_label = QLabel()
        self.copied_label.setObjectName("folder_copied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addLayout(row)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # Enter closes
        self.copy_button.clicked.connect(self.copy_path)
        self.path_field.selectAll()
        self.path_field.setFocus(Qt.FocusReason.OtherFocusReason)
        wide = self.path_field.fontMetrics().horizontalAdvance(path) + 24
        self.path_field.setMinimumWidth(min(wide, 460))  # the whole path, where the screen allows

    @Slot()
    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.path_field.text())
        copied = self.tr("The path is copied: paste it into a file manager or a terminal.")
        self.copied_label.setText(copied)
        # Said to a screen reader without moving the focus, which the Copy button keeps.
        announce(self.copied_label, copied)


def show_folder(parent: QWidget | None, title: str, text: str, path: str) -> None:
    box = FolderMessage(title, text, path, parent)
    box.exec()
    box.deleteLater()
