"""Lists the bank files that failed to load, one ``path:line:column: message`` per row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QListView, QVBoxLayout, QWidget

from ptquiz_gui.domain.model import Problem


class ProblemsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self._model = QStringListModel(self)
        self._intro = QLabel(
            "These bank files could not be loaded. Fix them and choose View → Reload banks; "
            "every other bank works as usual."
        )
        self._intro.setWordWrap(True)
        self._list = QListView()
        self._list.setObjectName("problems_list")
        self._list.setAccessibleName("Bank problems")
        self._list.setModel(self._model)
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._list.setWordWrap(True)
        self._list.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._list)
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self._model.setStringList([str(p) for p in problems])
        count = len(problems)
        self.setTitle(f"Problems ({count})")
        self.setVisible(count > 0)

    def lines(self) -> list[str]:
        return self._model.stringList()
