"""One most-missed question in full: its prompt, its choices with the key marked, the
explanation, and every answer you gave it in finished attempts, newest first.

The question reads as it was last shown (from the history's snapshot), so it opens the
same after its bank is edited or removed. Bank text is shown as plain text or Markdown,
never as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.model import Question
from ptquiz_gui.domain.result import Outcome
from ptquiz_gui.qtmodels.choice_model import choice_letter
from ptquiz_gui.qtmodels.history_model import format_mode
from ptquiz_gui.storage.question_record import PastAnswer
from ptquiz_gui.storage.records import MissedQuestion
from ptquiz_gui.views.markdown import MarkdownView
from ptquiz_gui.views.window_fit import FRAME_ALLOWANCE, available_geometry

WIDTH, HEIGHT = 640, 560  # at most; never more than the screen or the window it opens over

_OUTCOME_WORDS = {Outcome.CORRECT: "✓ Right", Outcome.WRONG: "✗ Wrong", Outcome.UNANSWERED: "– Unanswered"}


def choice_lines(question: Question) -> list[str]:
    """Every choice in file order, the keys marked in symbol and words."""
    keys = set(question.answers)
    return [
        f"✓ {choice_letter(i)} — {text} (correct answer)" if i in keys else f"   {choice_letter(i)} — {text}"
        for i, text in enumerate(question.choices)
    ]


def answer_line(answer: PastAnswer) -> str:
    """``2026-03-01 08:05 · Exam · Bank alpha · ✗ Wrong: B — text`` (letters in file order)."""
    outcome = answer.outcome
    choices = outcome.item.question.choices
    picked = " · ".join(f"{choice_letter(i)} — {choices[i]}" for i in outcome.choices)
    result = _OUTCOME_WORDS[outcome.outcome] + (f": {picked}" if picked else "")
    return f"{display.moment(answer.finished_at)} · {format_mode(answer.mode)} · {answer.title} · {result}"


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _heading(text: str) -> QLabel:
    return _bold(QLabel(text))


def _plain(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MissedQuestionDialog(QDialog):
    def __init__(
        self,
        missed: MissedQuestion,
        bank_title: str,
        question: Question,
        answers: Sequence[PastAnswer],
        answer_total: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missed_question_dialog")
        self.setWindowTitle(f"Question {missed.question_id} · {bank_title}")
        topic = f" · {question.topic}" if question.topic else ""
        self.heading = _bold(
            _plain("missed_question_heading", f"{bank_title} · question {missed.question_id}{topic}")
        )
        self.tally = _plain(
            "missed_question_tally",
            f"Wrong or unanswered {missed.times_wrong} of {display.count(missed.times_asked, 'time')}",
        )
        self.prompt = MarkdownView(auto_height=True, transparent=True)
        self.prompt.setObjectName("missed_question_prompt")
        self.prompt.setAccessibleName("Question")
        self.prompt.set_markdown(question.prompt)
        self.choices = _plain("missed_question_choices", "\n".join(choice_lines(question)))
        self.choices.setAccessibleName("Choices")
        self.explanation = MarkdownView(auto_height=True, transparent=True)
        self.explanation.setObjectName("missed_question_explanation")
        self.explanation.setAccessibleName("Explanation")
        self.explanation.set_markdown(question.explanation or "*No explanation for this question.*")
        lines = [answer_line(a) for a in answers]
        if answer_total > len(answers):
            earlier = answer_total - len(answers)
            lines.append(f"… and {display.count(earlier, 'earlier answer')}")
        self.history = _plain("missed_question_history", "\n".join(lines) or "No finished answers.")
        self.history.setAccessibleName("Your answers")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 12, 12)
        layout.setSpacing(8)
        for widget in (
            self.heading,
            self.tally,
            self.prompt,
            _heading("Choices"),
            self.choices,
            _heading("Explanation"),
            self.explanation,
            _heading(f"Your answers ({display.count(answer_total, 'time')})"),
            self.history,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("missed_question_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("missed_question_close")
        close.setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        self._fit(parent)

    def _fit(self, parent: QWidget | None) -> None:
        window = parent.window() if parent is not None else self
        room = available_geometry(window).size() - FRAME_ALLOWANCE
        width, height = min(WIDTH, room.width()), min(HEIGHT, room.height())
        if window is not self:
            width, height = min(width, window.width()), min(height, window.height())
        self.resize(max(width, 320), max(height, 240))
