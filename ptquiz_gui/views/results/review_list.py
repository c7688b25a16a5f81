"""The review: a list of every question with its outcome, and the chosen one in full."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain.result import ItemOutcome, Outcome
from ptquiz_gui.qtmodels.review_model import WORDS, Roles, answers_text
from ptquiz_gui.views.markdown import MarkdownView, mix
from ptquiz_gui.views.theme import readable_on, status_colors

_Index = QModelIndex | QPersistentModelIndex

OUTCOME_MARKS = {Outcome.CORRECT: "✓", Outcome.WRONG: "✗", Outcome.UNANSWERED: "–"}
PAD = 10
BADGE = 26


class ReviewDelegate(QStyledItemDelegate):
    """Two lines per question: number, outcome and flag; then the prompt's first words."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, max(BADGE, 2 * line + 2) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        palette = option.palette
        rect = QRectF(option.rect)
        outcome = index.data(Roles.OUTCOME) or Outcome.UNANSWERED
        colours = status_colors(palette)
        accent = {
            Outcome.CORRECT: colours.right,
            Outcome.WRONG: colours.wrong,
            Outcome.UNANSWERED: palette.color(QPalette.ColorRole.PlaceholderText),
        }[outcome]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = rect.adjusted(2, 2, -2, -2)
        if selected:
            painter.setPen(QPen(highlight, 1.5))
            painter.setBrush(mix(base, highlight, 0.18))
            painter.drawRoundedRect(card, 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(base, highlight, 0.07))
            painter.drawRoundedRect(card, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 5, 5)

        badge = QRectF(card.left() + PAD, card.center().y() - BADGE / 2, BADGE, BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(badge)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QPen(readable_on(accent)))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, OUTCOME_MARKS[outcome])

        left = badge.right() + PAD
        width = card.right() - PAD - left
        line = QFontMetrics(option.font).lineSpacing()
        top = card.center().y() - line
        item = index.data(Roles.ITEM_OUTCOME)
        parts = [WORDS.question(item), WORDS.outcome(outcome)] if isinstance(item, ItemOutcome) else []
        if index.data(Roles.FLAGGED):
            parts.append(WORDS.flagged())
        title = painter.fontMetrics().elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight, int(width))
        painter.setPen(text)
        painter.drawText(QRectF(left, top, width, line), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        summary = QFontMetrics(option.font).elidedText(
            str(index.data(Roles.SUMMARY) or ""), Qt.TextElideMode.ElideRight, int(width)
        )
        painter.drawText(QRectF(left, top + line, width, line), Qt.AlignmentFlag.AlignVCenter, summary)
        painter.restore()


class ReviewListView(QListView):
    """Up/Down walk the questions; other keys are the page's (filters, retry, back)."""

    _OWN_KEYS = frozenset(
        {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_list")
        self.setAccessibleName(self.tr("Questions to review"))
        self.setItemDelegate(ReviewDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self._OWN_KEYS:
            super().keyPressEvent(event)
        else:
            event.ignore()

    def keyboardSearch(self, search: str) -> None:
        """Letters and digits are page keys here."""


class ReviewDetail(QScrollArea):
    """One question in full: the prompt, the user's answer, the key and the explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading = QLabel()
        self.heading.setObjectName("review_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it names the bank's topic
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.1)
        self.heading.setFont(heading_font)
        self.prompt = MarkdownView(auto_height=True, transparent=True)
        self.prompt.setObjectName("review_prompt")
        self.prompt.setAccessibleName(self.tr("Question"))
        self.prompt.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.your_answer = self._answer_label("review_your_answer")
        self.key = self._answer_label("review_key")
        self.explanation_title = QLabel(self.tr("Explanation"))
        self.explanation_title.setFont(heading_font)
        self.explanation = MarkdownView(auto_height=True, transparent=True)
        self.explanation.setObjectName("review_explanation")
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.empty = QLabel(self.tr("No questions in this view."))
        self.empty.setObjectName("review_empty")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 4, 12, 12)
        layout.setSpacing(8)
        self._parts: tuple[QWidget, ...] = (
            self.heading,
            self.prompt,
            self.your_answer,
            self.key,
            self.explanation_title,
            self.explanation,
        )
        for widget in (*self._parts, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(content)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.show_outcome(None)

    @staticmethod
    def _answer_label(name: str) -> QLabel:
        """Its accessible name is set with its text: the answer in words, without the marks."""
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_outcome(self, outcome: ItemOutcome | None) -> None:
        self.empty.setVisible(outcome is None)
        for widget in self._parts:
            widget.setVisible(outcome is not None)
        if outcome is None:
            return
        question = outcome.item.question
        mark = OUTCOME_MARKS[outcome.outcome]
        parts = [WORDS.question(outcome), f"{mark} {WORDS.outcome(outcome.outcome)}"]
        if outcome.flagged:
            parts.append(WORDS.flagged())
        heading_name = WORDS.states(outcome)
        if question.topic:
            parts.append(question.topic)
            heading_name = self.tr("{states}; topic: {topic}").format(
                states=heading_name, topic=question.topic
            )
        self.heading.setText(" · ".join(parts))
        self.heading.setAccessibleName(heading_name)
        self.prompt.set_markdown(question.prompt)
        self._show_answers(outcome)
        self.explanation.set_markdown(question.explanation or self.tr("*No explanation for this question.*"))
        self.verticalScrollBar().setValue(0)

    def _show_answers(self, outcome: ItemOutcome) -> None:
        """The user's answer and the key, marked ✓/✗ on screen and said in words to a screen reader."""
        question = outcome.item.question
        mark = OUTCOME_MARKS[outcome.outcome if outcome.choices else Outcome.UNANSWERED]
        if not outcome.choices:
            text = self.tr("Your answer: none (unanswered)")
        elif question.multiple:
            heading = self.tr("Your answers ({points}):").format(points=WORDS.points(outcome.points))
            text = "\n".join([heading, *WORDS.marked_lines(outcome)])
        else:
            text = self.tr("Your answer: {answer}").format(answer=answers_text(outcome, outcome.choices))
        self.your_answer.setText(f"{mark} {text}")
        self.your_answer.setAccessibleName(WORDS.your_answer(outcome))
        self.key.setText(f"{OUTCOME_MARKS[Outcome.CORRECT]} {WORDS.key(outcome)}")
        self.key.setAccessibleName(WORDS.key(outcome))
        self.key.setVisible(outcome.outcome is not Outcome.CORRECT)
