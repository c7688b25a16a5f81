"""The review loop's note under each review answer: the question's new interval and the day
it comes back, with a button to its card.

It sits at the foot of the quiz page's reasoning panel for one review session, so it shows
whenever the panel does (after each answer is checked). The cards are read when the session
starts, so each note is the answer applied to the card as it stood before it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ptquiz_gui.domain.fsrs_cards import QuestionCard
from ptquiz_gui.domain.scoring import score
from ptquiz_gui.review_service import SpacedReview
from ptquiz_gui.views.quiz.session import QuizSession
from ptquiz_gui.views.review.card_dialog import show_card


class ReviewNotes(QWidget):
    def __init__(self, session: QuizSession, review: SpacedReview, panel: QWidget) -> None:
        super().__init__(panel)
        self.setObjectName("review_note")
        self._session = session
        self._review = review
        items = session.attempt.plan.items
        self._before: list[QuestionCard | None] = [review.card(i.bank_id, i.question.id) for i in items]
        self._notes: dict[int, str] = {}
        self.label = QLabel()
        self.label.setObjectName("review_note_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Card…"))
        self.card_button.setObjectName("review_card_button")
        self.card_button.setAccessibleName(self.tr("Show the question's card"))
        self.card_button.setToolTip(self.tr("The question's stability, difficulty, retrievability and past answers"))
        self.card_button.clicked.connect(self._show_card)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.card_button)
        layout = panel.layout()
        if isinstance(layout, QBoxLayout):
            layout.addWidget(self)
        session.answer_committed.connect(self._on_answer_committed)
        session.question_changed.connect(self._show)
        session.attempt_finished.connect(self.deleteLater)
        session.attempt_left.connect(self.deleteLater)
        self._show()

    def note(self, position: int) -> str:
        return self._notes.get(position, "")

    @Slot(int)
    def _on_answer_committed(self, position: int) -> None:
        attempt = self._session.attempt
        item = attempt.plan.items[position]
        points = min(max(float(score(item.question, attempt.answers[position].choices)), 0.0), 1.0)
        self._notes[position] = self._review.after_review_answer(
            self._before[position], item.bank_id, item.question.id, points
        )
        self._show()

    @Slot()
    def _show(self) -> None:
        text = self.note(self._session.attempt.current)
        self.label.setText(text)
        self.setVisible(bool(text))

    @Slot()
    def _show_card(self) -> None:
        item = self._session.attempt.item
        show_card(self._review, item.bank_id, item.question.id, self.window())
