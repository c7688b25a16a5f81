"""Confirm how an exam or a mixed exam runs: time limit, question count, shuffling."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.views import window_fit

MAX_MINUTES = 24 * 60
WIDTH_CHARS = 64


@dataclass(frozen=True, slots=True)
class ExamOptions:
    time_limit: int  # seconds
    shuffle: bool
    count: int


class StartExamDialog(QDialog):
    """Shown before an exam; ``count_range`` adds a question-count field (mixed exams)."""

    def __init__(
        self,
        title: str,
        *,
        question_count: int,
        time_limit: int,
        pass_mark: int,
        shuffle: bool,
        count_range: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("start_exam_dialog")
        self.setWindowTitle(self.tr("Start exam"))
        self._seconds_per_question = time_limit / max(1, question_count)
        heading = QLabel(title)  # the bank's own title, as written
        heading.setObjectName("start_exam_title")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._summary = QLabel()
        self._summary.setObjectName("start_exam_summary")
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)

        self.count = QSpinBox()
        self.count.setObjectName("exam_count")
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("exam_minutes")
        self.minutes.setAccessibleName(self.tr("Time limit in minutes"))
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min", "the unit after the time limit's number"))
        self.minutes.setValue(max(1, round(time_limit / 60)))
        self.shuffle = QCheckBox(self.tr("&Shuffle questions and choices"))
        self.shuffle.setObjectName("exam_shuffle")
        self.shuffle.setChecked(shuffle)

        form = QFormLayout()
        if count_range is not None:
            self.count.setRange(*count_range)
            self.count.setValue(min(max(question_count, count_range[0]), count_range[1]))
            form.addRow(self._label(self.tr("&Questions:"), self.count, "exam_count_label"), self.count)
        else:
            self.count.setRange(question_count, question_count)
            self.count.setValue(question_count)
            self.count.setVisible(False)
        form.addRow(self._label(self.tr("&Time limit:"), self.minutes, "exam_minutes_label"), self.minutes)
        form.addRow("", self.shuffle)
        self._pass_mark = pass_mark
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("start_exam_button")
        ok.setText(self.tr("Start exam"))
        ok.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.count.valueChanged.connect(self._on_count_changed)
        self.minutes.valueChanged.connect(self._update_summary)
        self._update_summary()
        self.minutes.setFocus()
        self._fit_width()

    @staticmethod
    def _label(text: str, buddy: QWidget, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setBuddy(buddy)  # its mnemonic focuses the field, and a screen reader names the field by it
        return label

    def _fit_width(self) -> None:
        """Wide enough for a bank title on a line or two, never wider than the screen."""
        wanted = WIDTH_CHARS * self.fontMetrics().averageCharWidth()
        room = window_fit.available_geometry(self).width() - window_fit.FRAME_ALLOWANCE.width()
        self.setMinimumWidth(max(0, min(wanted, room)))

    @Slot(int)
    def _on_count_changed(self, count: int) -> None:
        self.minutes.setValue(max(1, round(count * self._seconds_per_question / 60)))
        self._update_summary()

    @Slot()
    def _update_summary(self) -> None:
        facts = self.tr("{questions}, {minutes}, pass mark {pass_mark}.").format(
            questions=self.tr("%Ln questions", "", self.count.value()),
            minutes=self.tr("%Ln minutes", "", self.minutes.value()),
            pass_mark=display.percent(self._pass_mark),
        )
        rule = self.tr("No feedback until you submit; at zero the exam is submitted for you.")
        self._summary.setText(f"{facts} {rule}")

    def options(self) -> ExamOptions:
        return ExamOptions(self.minutes.value() * 60, self.shuffle.isChecked(), self.count.value())
