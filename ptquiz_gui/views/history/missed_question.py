"""One most-missed question in full: its prompt, its choices with the key marked, the
explanation, and every answer you gave it in finished attempts, newest first.

The question reads as it was last shown (from the history's snapshot), so it opens the
same after its bank is edited or removed. Bank text is shown as plain text or Markdown,
never as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

_CONTEXT = "MissedQuestionDialog"
_OUTCOME_WORDS = {
    Outcome.CORRECT: str(QT_TRANSLATE_NOOP("MissedQuestionDialog", "✓ Right")),
    Outcome.WRONG: str(QT_TRANSLATE_NOOP("MissedQuestionDialog", "✗ Wrong")),
    Outcome.UNANSWERED: str(QT_TRANSLATE_NOOP("MissedQuestionDialog", "– Unanswered")),
}


def choice_lines(question: Question) -> list[str]:
    """Every choice in file order, the keys marked in symbol and words."""
    keys = set(question.answers)
    key_line = QCoreApplication.translate("MissedQuestionDialog", "✓ {letter} — {choice} (correct answer)")
    other_line = "   {letter} — {choice}"
    return [
        (key_line if i in keys else other_line).format(letter=choice_letter(i), choice=text)
        for i, text in enumerate(question.choices)
    ]


def answer_line(answer: PastAnswer) -> str:
    """``2026-03-01 08:05 · Exam · Bank alpha · ✗ Wrong: B — text`` (letters in file order)."""
    outcome = answer.outcome
    choices = outcome.item.question.choices
    picked = " · ".join(f"{choice_letter(i)} — {choices[i]}" for i in outcome.choices)
    result = QCoreApplication.translate(_CONTEXT, _OUTCOME_WORDS[outcome.outcome])
    if picked:
        result = QCoreApplication.translate("MissedQuestionDialog", "{outcome}: {choices}").format(
            outcome=result, choices=picked
        )
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
        number = display.current_locale().number
        self.setWindowTitle(
            self.tr("Question {id} · {bank}").format(id=missed.question_id, bank=bank_title)
        )
        if question.topic:
            heading = self.tr("{bank} · question {id} · {topic}").format(
                bank=bank_title, id=missed.question_id, topic=question.topic
            )
        else:
            heading = self.tr("{bank} · question {id}").format(bank=bank_title, id=missed.question_id)
        self.heading = _bold(_plain("missed_question_heading", heading))
        tally = self.tr("Wrong or unanswered {wrong} of %Ln times", "", missed.times_asked)
        self.tally = _plain("missed_question_tally", tally.format(wrong=number(missed.times_wrong)))
        self.prompt = MarkdownView(auto_height=True, transparent=True)
        self.prompt.setObjectName("missed_question_prompt")
        self.prompt.setAccessibleName(self.tr("Question"))
        self.prompt.set_markdown(question.prompt)
        self.choices = _plain("missed_question_choices", "\n".join(choice_lines(question)))
        self.choices.setAccessibleName(self.tr("Choices"))
        self.explanation = MarkdownView(auto_height=True, transparent=True)
        self.explanation.setObjectName("missed_question_explanation")
        self.explanation.setAccessibleName(self.tr("Explanation"))
        no_explanation = self.tr("No explanation for this question.")
        self.explanation.set_markdown(question.explanation or f"*{no_explanation}*")
        lines = [answer_line(a) for a in answers]
        if answer_total > len(answers):
            lines.append(self.tr("… and %Ln earlier answers", "", answer_total - len(answers)))
        self.history = _plain("missed_question_history", "\n".join(lines) or self.tr("No finished answers."))
        self.history.setAccessibleName(self.tr("Your answers"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 12, 12)
        layout.setSpacing(8)
        for widget in (
            self.heading,
            self.tally,
            self.prompt,
            _heading(self.tr("Choices")),
            self.choices,
            _heading(self.tr("Explanation")),
            self.explanation,
            _heading(self.tr("Your answers (%Ln times)", "", answer_total)),
            self.history,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("missed_question_scroll")
        self.scroll_area.setAccessibleName(self.tr("The question and your answers"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("missed_question_close")
        close.setAccessibleName(self.tr("Close"))
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
