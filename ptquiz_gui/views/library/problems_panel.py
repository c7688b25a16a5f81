"""Lists the bank files that failed to load, one ``path:line:column: message`` per row, and
below them the item-writing warnings about the user's own banks.

Errors and warnings are told apart three ways: an icon, the word ``warning:`` in each
warning row, and a title and introduction that count them separately.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QListView, QStyle, QVBoxLayout, QWidget

from ptquiz_gui.domain.model import Problem
from ptquiz_gui.qtmodels.plain_text import plain_tooltip

if TYPE_CHECKING:
    from ptquiz_gui.domain.lint.linter import Finding

SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR = "error"
WARNING = "warning"

_ERRORS_INTRO = (
    "These bank files could not be loaded. Fix them and choose View → Reload banks; "
    "every other bank works as usual."
)
_WARNINGS_INTRO = (
    "Warnings: your banks load, but these questions may be answerable without knowing the "
    "subject, or have badly matched choices. docs/bank-format.md explains each rule and how "
    "to silence one on purpose; `ptquiz validate --lint` lists the same."
)


class ProblemsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self._model = QStandardItemModel(self)
        self._problems: list[Problem] = []
        self._warnings: list[Finding] = []
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._intro.setTextFormat(Qt.TextFormat.PlainText)
        self._list = QListView()
        self._list.setObjectName("problems_list")
        self._list.setAccessibleName("Bank problems and warnings")
        self._list.setModel(self._model)
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._list.setWordWrap(True)
        self._list.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._list)
        self._show()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """The load errors; the warnings already shown stay."""
        self._problems = list(problems)
        self._show()

    def set_warnings(self, warnings: Sequence[Finding]) -> None:
        self._warnings = list(warnings)
        self._show()

    def lines(self) -> list[str]:
        return [self._model.item(row).text() for row in range(self._model.rowCount())]

    def severities(self) -> list[str]:
        return [str(self._model.item(row).data(SEVERITY_ROLE)) for row in range(self._model.rowCount())]

    def _show(self) -> None:
        self._model.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in self._problems:
            self._model.appendRow(_row(str(problem), ERROR, error_icon))
        for finding in self._warnings:
            self._model.appendRow(_row(str(finding), WARNING, warning_icon))
        errors, warnings = len(self._problems), len(self._warnings)
        if warnings == 0:
            title = f"Problems ({errors})"
        elif errors == 0:
            title = f"Warnings ({warnings})"
        else:
            title = f"Problems ({errors}) and warnings ({warnings})"
        self.setTitle(title)
        intro = [_ERRORS_INTRO] if errors else []
        if warnings:
            intro.append(_WARNINGS_INTRO)
        self._intro.setText("\n".join(intro))
        self.setVisible(errors + warnings > 0)


def _row(text: str, severity: str, icon: QIcon) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(severity, SEVERITY_ROLE)
    item.setIcon(icon)
    item.setToolTip(plain_tooltip(f"{severity}: {text}" if severity == ERROR else text))
    item.setEditable(False)
    return item
