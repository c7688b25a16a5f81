"""Unfinished attempts as rows of buttons: each resumes its attempt or discards it.

The library's details show the short form, one button per attempt reading "Resume exam ·
question 4 of 10 · 06:12 left" beside "Discard…"; the start-up list shows the long form,
which names the bank and when the attempt began above its Resume and Discard… buttons.
Every button is a real button, so Tab reaches each one and Enter or Space presses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.resume.wording import described, resume_label
from ptquiz_gui.views.wrapping_label import WrappingLabel

if TYPE_CHECKING:
    from ptquiz_gui.storage.records import AttemptSummary


class UnfinishedList(QWidget):
    resume_clicked = Signal(int)  # attempt id
    discard_clicked = Signal(int)

    def __init__(self, *, long: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unfinished_list")
        self._long = long
        self._rows: list[QWidget] = []
        self.resume_buttons: list[QPushButton] = []
        self.discard_buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10 if long else 4)
        self.setVisible(False)

    def set_attempts(self, attempts: list[AttemptSummary]) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows.clear()
        self.resume_buttons.clear()
        self.discard_buttons.clear()
        for summary in attempts:
            self._add_row(summary)
        self.setVisible(bool(attempts))

    def rows_height(self, width: int, rows: int) -> int:
        """The height the first ``rows`` rows take at ``width``, spacing included."""
        shown = self._rows[: max(rows, 0)]
        heights = [
            row.heightForWidth(width) if row.hasHeightForWidth() else row.sizeHint().height() for row in shown
        ]
        return sum(heights) + self._layout.spacing() * max(len(shown) - 1, 0)

    def natural_width(self) -> int:
        """The width at which no row wraps."""
        return max((row.sizeHint().width() for row in self._rows), default=0)

    def buttons(self) -> list[QPushButton]:
        """Every row's Resume and Discard…, in the order Tab should reach them."""
        return [b for pair in zip(self.resume_buttons, self.discard_buttons, strict=True) for b in pair]

    def _add_row(self, summary: AttemptSummary) -> None:
        row = QWidget(self)
        row.setObjectName("unfinished_row")
        words = described(summary)
        resume = QPushButton(self.tr("&Resume") if self._long else resume_label(summary), row)
        resume.setObjectName("resume_unfinished_button")
        resume.setAccessibleName(self.tr("Resume: {attempt}").format(attempt=words))
        resume.setToolTip(self.tr("Carry on where you left off; an exam's clock did not run in between"))
        discard = QPushButton(self.tr("&Discard…"), row)
        discard.setObjectName("discard_unfinished_button")
        discard.setAccessibleName(self.tr("Discard: {attempt}").format(attempt=words))
        discard.setToolTip(self.tr("End it without a score; its answers stay in your history as abandoned"))
        resume.clicked.connect(_emitter(self.resume_clicked, summary.id))
        discard.clicked.connect(_emitter(self.discard_clicked, summary.id))
        buttons = FlowLayout()
        buttons.addWidget(resume)
        buttons.addWidget(discard)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if self._long:
            text = WrappingLabel(words, row)
            text.setObjectName("unfinished_text")
            text.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the bank's title
            layout.addWidget(text)
        layout.addLayout(buttons)
        self._layout.addWidget(row)
        self._rows.append(row)
        self.resume_buttons.append(resume)
        self.discard_buttons.append(discard)


def _emitter(signal: SignalInstance, attempt_id: int) -> Callable[[bool], None]:
    def emit(_checked: bool = False) -> None:
        signal.emit(attempt_id)

    return emit
