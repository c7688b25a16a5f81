"""The card of one question: FSRS's stability, difficulty and retrievability, its next due
date, and every answer that reached it. Reachable from review, most missed and results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.fsrs_cards import QuestionCard
from ptquiz_gui.qtmodels.review_model import WORDS
from ptquiz_gui.review_service import SpacedReview
from ptquiz_gui.views.window_fit import size_to_content


class CardDialog(QDialog):
    def __init__(self, review: SpacedReview, bank_id: str, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_dialog")
        self.setWindowTitle(self.tr("Card of {question}").format(question=question_id))
        card = review.card(bank_id, question_id)
        retrievability = None if card is None else review.retrievability(card)
        self.figures = QLabel("\n".join(self.card_lines(card, retrievability)))
        self.figures.setObjectName("card_figures")
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        answers = review.card_answers(bank_id, question_id)
        self.answers = QTableWidget(len(answers), 3)
        self.answers.setObjectName("card_answers")
        self.answers.setAccessibleName(self.tr("Past answers"))
        self.answers.setHorizontalHeaderLabels([self.tr("When"), self.tr("Attempt"), self.tr("Answer")])
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.answers.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk it
        self.answers.verticalHeader().hide()
        for row, (when, title, points, blank) in enumerate(answers):
            for column, text in enumerate((display.moment(when), title, self.result_words(points, blank))):
                self.answers.setItem(row, column, QTableWidgetItem(text))  # plain text: titles are bank data
        # The moment and the result whole, the attempt's title (bank text, as long as it is)
        # in the rest, elided: fitted to its whole title it pushed the result out of sight.
        header = self.answers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.answers.setWordWrap(False)
        self.answers.setTextElideMode(Qt.TextElideMode.ElideRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = QLabel(f"{bank_id} · {question_id}")
        caption.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(caption)
        layout.addWidget(self.figures)
        past = QLabel(self.tr("Its past answers (%Ln):", "", len(answers)))
        past.setBuddy(self.answers)
        layout.addWidget(past)
        layout.addWidget(self.answers, 1)
        layout.addWidget(buttons)
        size_to_content(self, 560)

    def card_lines(self, card: QuestionCard | None, retrievability: float | None) -> list[str]:
        """The card's figures in words, one per line."""
        if card is None:
            return [self.tr("This question has not been answered yet, so it has no card.")]
        counts = " ".join(
            (
                self.tr("Answered %Ln times.", "", card.answers),
                self.tr("Missed %Ln times.", "", card.misses),
                self.tr("%Ln reviews moved the card.", "", card.reviews),
            )
        )
        memory = card.memory
        if memory is None:
            return [
                counts,
                self.tr(
                    "Not scheduled: answered right every time outside review, "
                    "so it comes back only after a miss."
                ),
            ]
        number = display.current_locale().number
        chance = display.NO_VALUE if retrievability is None else display.percent(100 * retrievability)
        return [
            counts,
            self.tr(
                "Stability: {days} days (the time for the chance of a right answer to fall to {share})"
            ).format(days=number(memory.stability, 1), share=display.percent(90)),
            self.tr("Difficulty: {difficulty} of 10").format(difficulty=number(memory.difficulty, 1)),
            self.tr("Retrievability: {chance} (the chance of a right answer now)").format(chance=chance),
            self.tr("Last review: {moment} · interval %Ln days", "", memory.interval_days).format(
                moment=display.moment(memory.last_review)
            ),
            self.tr("Next due: {moment}").format(moment=display.moment(memory.due)),
        ]

    def result_words(self, points: float, blank: bool) -> str:
        """An answer's result, marked and in words."""
        if blank:
            return self.tr("– Unanswered")
        if points >= 1 - 1e-9:
            return self.tr("✓ Right")
        if points <= 0:
            return self.tr("✗ Wrong")
        return self.tr("◐ Partly right ({points})").format(points=WORDS.points(points))


def show_card(review: SpacedReview, bank_id: str, question_id: str, parent: QWidget | None) -> CardDialog:
    dialog = CardDialog(review, bank_id, question_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
