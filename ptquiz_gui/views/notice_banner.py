"""A dismissable strip above the screens for things the user must know but need not stop for
(a history write that failed, a damaged file that was set aside)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ptquiz_gui.views.status_announcer import announce
from ptquiz_gui.views.theme import status_colors


class NoticeBanner(QFrame):
    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("notice_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setObjectName("notice_action")
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setObjectName("notice_dismiss")
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._connect_signals()
        self.hide()

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.hide)
        self.action_button.clicked.connect(self.action_clicked)

    @Slot(str)
    def show_message(self, text: str, action: str = "") -> None:
        color = status_colors(self.palette()).flagged
        self.setStyleSheet(f"#notice_banner {{ border: 2px solid {color.name()}; border-radius: 4px; }}")
        self.label.setText(text)
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action)
        self.action_button.setVisible(bool(action))
        self.show()
        announce(self.label, text, assertive=True)  # it may say a write failed: heard at once
