"""What a paused practice shows instead of the question: the clock is stopped, P resumes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class PauseOverlay(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause_overlay")
        self.setAccessibleName(self.tr("Paused"))
        self.title = QLabel(self.tr("Paused — press P to resume"))
        self.title.setObjectName("pause_title")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # in larger letters, and longer in German, it outgrew small windows
        self.detail = QLabel(self.tr("The clock is stopped and the question is hidden until you resume."))
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.resume_button = QPushButton(self.tr("Resume (P)"))
        self.resume_button.setObjectName("resume_button")
        self.resume_button.setAccessibleName(self.tr("Resume"))
        self.resume_button.setAccessibleDescription(self.tr("The clock is stopped until you resume."))
        self.resume_button.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(16)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
