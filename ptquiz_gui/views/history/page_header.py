"""The top of the History screen: its title, how many attempts are listed, and Export,
Backups… and Back to library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.views.flow_layout import FlowLayout


def key_name(keys: str | QKeySequence.StandardKey | Qt.Key) -> str:
    """A shortcut as the user's language writes it ("Ctrl+1", "Strg+1")."""
    sequence = QKeySequence(keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class HistoryHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_header")
        title = QLabel(self.tr("History"))
        title.setObjectName("history_title")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("history_count")
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setObjectName("export_button")
        self.export_button.setAccessibleName(self.tr("Export the listed attempts"))
        self.export_button.setToolTip(self.tr("Save the attempts the filters show as CSV or JSON"))
        self.export_menu = QMenu(self.export_button)
        self.export_menu.setObjectName("export_menu")
        self.export_menu.setAccessibleName(self.tr("Export"))
        self.export_csv_action = self.export_menu.addAction(self.tr("As &CSV (one row per attempt)…"))
        self.export_json_action = self.export_menu.addAction(self.tr("As &JSON (every answer)…"))
        self.export_button.setMenu(self.export_menu)
        self.backups_button = QPushButton(self.tr("Bac&kups…"))
        self.backups_button.setObjectName("backups_button")
        self.backups_button.setAccessibleName(self.tr("Backups"))
        self.backups_button.setToolTip(self.tr("See the daily backups of your history and restore one"))
        self.back_button = QPushButton(self.tr("Back to &library"))
        self.back_button.setObjectName("history_back_button")
        self.back_button.setAccessibleName(self.tr("Back to library"))
        self.back_button.setToolTip(key_name(Qt.Key.Key_Escape))

        buttons = FlowLayout()
        buttons.push_right()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.backups_button)
        buttons.addWidget(self.back_button)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        top.addLayout(buttons, 1)

    def show_count(self, shown: int, everything: int) -> None:
        """``shown`` of ``everything`` attempts are listed (nothing when there are none)."""
        if everything == 0:
            text = ""
        elif shown == everything:
            text = self.tr("%Ln attempts", "", everything)
        else:
            number = display.current_locale().number(shown)
            text = self.tr("{shown} of %Ln attempts", "", everything).format(shown=number)
        self.count_label.setText(text)
