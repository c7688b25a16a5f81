"""Lists the bank files that failed to load, one ``path:line:column: message`` per row, and
below them the item-writing warnings about the user's own banks.

Errors and warnings are told apart three ways: an icon (and, for a screen reader, the row's
description), the word ``warning:`` in each warning row, and a title and introduction that
count them separately. The rows are the messages ``ptquiz validate`` prints, in English as
there; the panel around them is translated.

Most starts have nothing to list: the panel then stays an empty, hidden box, and its list,
icons and the Qt classes behind them (whose enum types PySide builds on first use) come
with the first problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.qtmodels.plain_text import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel

    from ptquiz_gui.domain.lint.linter import Finding
    from ptquiz_gui.domain.model import Problem

SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR = "error"
WARNING = "warning"


class ProblemsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self._problems: list[Problem] = []
        self._warnings: list[Finding] = []
        self._filled: tuple[QLabel, QStandardItemModel] | None = None  # built with the first row
        self.setTitle(self.tr("Problems ({errors})").format(errors=0))
        self.setVisible(False)

    def _contents(self) -> tuple[QLabel, QStandardItemModel]:
        if self._filled is None:
            from PySide6.QtGui import QStandardItemModel
            from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QListView, QVBoxLayout

            from ptquiz_gui.views.fixed_font import fixed_font

            model = QStandardItemModel(self)
            intro = QLabel()
            intro.setWordWrap(True)
            intro.setTextFormat(Qt.TextFormat.PlainText)
            view = QListView()
            view.setObjectName("problems_list")
            view.setAccessibleName(self.tr("Bank problems and warnings"))
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setFont(fixed_font(view.font()))
            view.setWordWrap(True)
            # As tall as its rows up to a limit (more scroll), leaving the rest to the banks.
            view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            view.setMaximumHeight(140)
            layout = QVBoxLayout(self)
            layout.addWidget(intro)
            layout.addWidget(view)
            self._filled = intro, model
        return self._filled

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """The load errors; the warnings already shown stay."""
        self._problems = list(problems)
        self._show()

    def set_warnings(self, warnings: Sequence[Finding]) -> None:
        self._warnings = list(warnings)
        self._show()

    def lines(self) -> list[str]:
        return [item.text() for item in self._items()]

    def severities(self) -> list[str]:
        return [str(item.data(SEVERITY_ROLE)) for item in self._items()]

    def _items(self) -> list[QStandardItem]:
        if self._filled is None:
            return []
        model = self._filled[1]
        return [model.item(row) for row in range(model.rowCount())]

    def _show(self) -> None:
        if self._filled is None and not (self._problems or self._warnings):
            return  # still nothing to list: the panel stays hidden, and unbuilt
        from PySide6.QtWidgets import QStyle

        intro_label, model = self._contents()
        model.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in self._problems:
            model.appendRow(_row(str(problem), ERROR, error_icon))
        for finding in self._warnings:
            model.appendRow(_row(str(finding), WARNING, warning_icon))
        errors, warnings = len(self._problems), len(self._warnings)
        number = display.current_locale().number
        if warnings == 0:
            title = self.tr("Problems ({errors})")
        elif errors == 0:
            title = self.tr("Warnings ({warnings})")
        else:
            title = self.tr("Problems ({errors}) and warnings ({warnings})")
        self.setTitle(title.format(errors=number(errors), warnings=number(warnings)))
        intro = [self._errors_intro()] if errors else []
        if warnings:
            intro.append(self._warnings_intro())
        intro_label.setText("\n".join(intro))
        self.setVisible(errors + warnings > 0)


    def _errors_intro(self) -> str:
        return self.tr(
            "These bank files could not be loaded. Fix them and choose View → Reload banks; "
            "every other bank works as usual."
        )

    def _warnings_intro(self) -> str:
        return self.tr(
            "Warnings: your banks load, but these questions may be answerable without knowing the "
            "subject, or have badly matched choices. docs/bank-format.md explains each rule and how "
            "to silence one on purpose; `ptquiz validate --lint` lists the same."
        )


def _row(text: str, severity: str, icon: QIcon) -> QStandardItem:
    from PySide6.QtGui import QStandardItem

    item = QStandardItem(text)
    item.setData(severity, SEVERITY_ROLE)
    what = (  # what the icon shows, for a screen reader
        QCoreApplication.translate("ProblemsPanel", "Error")
        if severity == ERROR
        else QCoreApplication.translate("ProblemsPanel", "Warning")
    )
    item.setData(what, Qt.ItemDataRole.AccessibleDescriptionRole)
    item.setIcon(icon)
    # A warning's line says "warning:" itself (in English, as validate prints it); an error's
    # says only where and what, so its tool tip is headed with the word, translated.
    item.setToolTip(plain_tooltip(f"{what}\n{text}" if severity == ERROR else text))
    item.setEditable(False)
    return item
