"""The card of one question: FSRS's stability, difficulty and retrievability, its next due
date, and every answer that reached it. Reachable from review, most missed and results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.fsrs_cards import QuestionCard
from ptquiz_gui.review_service import SpacedReview

NOT_SCHEDULED = (
    "Not scheduled: answered right every time outside review, so it comes back only after a miss."
)


def card_lines(card: QuestionCard | None, retrievability: float | None) -> list[str]:
    """The card's figures in words, one per line."""
    if card is None:
        return ["This question has not been answered yet, so it has no card."]
    lines = [
        f"Answered {display.count(card.answers, 'time')}, missed {display.count(card.misses, 'time')}; "
        f"{display.count(card.reviews, 'review')} moved the card."
    ]
    memory = card.memory
    if memory is None:
        return [*lines, NOT_SCHEDULED]
    chance = "—" if retrievability is None else display.percent(100 * retrievability)
    return [
        *lines,
        f"Stability: {memory.stability:.1f} days (the time for the chance of a right answer to fall to 90%)",
        f"Difficulty: {memory.difficulty:.1f} of 10",
        f"Retrievability: {chance} (the chance of a right answer now)",
        f"Last review: {display.moment(memory.last_review)} · interval {display.count(memory.interval_days, 'day')}",
        f"Next due: {display.moment(memory.due)}",
    ]


def _result_words(points: float, blank: bool) -> str:
    if blank:
        return "– Unanswered"
    if points >= 1 - 1e-9:
        return "✓ Right"
    return "✗ Wrong" if points <= 0 else f"◐ Partly right ({display.score(points, 1)})"


class CardDialog(QDialog):
    def __init__(self, review: SpacedReview, bank_id: str, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_dialog")
        self.setWindowTitle(f"Card of {question_id}")
        card = review.card(bank_id, question_id)
        retrievability = None if card is None else review.retrievability(card)
        self.figures = QLabel("\n".join(card_lines(card, retrievability)))
        self.figures.setObjectName("card_figures")
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        answers = review.card_answers(bank_id, question_id)
        self.answers = QTableWidget(len(answers), 3)
        self.answers.setObjectName("card_answers")
        self.answers.setHorizontalHeaderLabels(["When", "Attempt", "Answer"])
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.verticalHeader().hide()
        for row, (when, title, points, blank) in enumerate(answers):
            for column, text in enumerate((display.moment(when), title, _result_words(points, blank))):
                self.answers.setItem(row, column, QTableWidgetItem(text))  # plain text: titles are bank data
        self.answers.horizontalHeader().setStretchLastSection(True)
        self.answers.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = QLabel(f"{bank_id} · {question_id}")
        caption.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(caption)
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(f"Its past answers ({len(answers)}):"))
        layout.addWidget(self.answers, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)


def show_card(review: SpacedReview, bank_id: str, question_id: str, parent: QWidget | None) -> CardDialog:
    dialog = CardDialog(review, bank_id, question_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
