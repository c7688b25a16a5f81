"""Practice feedback after confirming: the verdict in words, the key, and the explanation.

For a multiple-answer question it marks every choice as right, wrong, missed or left out,
and a partly right answer says the points it earned.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ptquiz_gui.views.markdown import MarkdownView, mix
from ptquiz_gui.views.quiz.spoken import without_mark
from ptquiz_gui.views.theme import legible, status_colors


class ReasoningPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasoning_panel")
        self._correct = True
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict_label")
        verdict_font = QFont(self.font())
        verdict_font.setPointSizeF(verdict_font.pointSizeF() * 1.25)
        verdict_font.setBold(True)
        self.verdict_label.setFont(verdict_font)
        self.key_label = QLabel()
        self.key_label.setObjectName("key_label")
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.picked_label = QLabel()
        self.picked_label.setObjectName("picked_label")
        self.picked_label.setWordWrap(True)
        self.picked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.marks_label = QLabel()
        self.marks_label.setObjectName("marks_label")
        self.marks_label.setAccessibleName(self.tr("Every choice marked"))
        self.marks_label.setWordWrap(True)
        self.marks_label.setTextFormat(Qt.TextFormat.PlainText)  # bank text
        self.marks_label.hide()
        self.explanation = MarkdownView(auto_height=True, transparent=True)
        self.explanation.setObjectName("explanation_view")
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("reasoning_hint")
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.key_label)
        layout.addWidget(self.picked_label)
        layout.addWidget(self.marks_label)
        layout.addSpacing(4)
        layout.addWidget(self.explanation)
        layout.addWidget(self.hint_label)

    def show_outcome(
        self,
        *,
        correct: bool,
        key: str,
        picked: str,
        explanation: str,
        hint: str,
        marks: Sequence[str] = (),
        points: str = "",
    ) -> None:
        """``key`` and ``picked`` are "B — text" lines; ``picked`` is not shown when correct.

        ``marks`` (a multiple-answer question) lists every choice with its mark, in place of
        ``picked``; ``points`` names the points a partly right answer earned ("0.50/1").
        """
        self._correct = correct
        verdict = self.tr("✓ Correct") if correct else self.tr("✗ Not quite")
        if points and not correct:
            verdict = self.tr("◐ Partly right: {points} point").format(points=points)
        self.verdict_label.setText(verdict)
        answer = self.tr("Answers: {keys}") if marks else self.tr("Answer: {keys}")
        self.key_label.setText(answer.format(keys=key))
        self.picked_label.setText(self.tr("You chose: {choice}").format(choice=picked))
        self.picked_label.setVisible(not correct and not marks)
        self.marks_label.setText("\n".join(marks))
        self.marks_label.setVisible(bool(marks))
        self.explanation.set_markdown(explanation or self.tr("*No explanation for this question.*"))
        self.hint_label.setText(hint)
        self.setAccessibleName(without_mark(verdict))
        self.setAccessibleDescription(self.key_label.text())
        self._style_verdict()
        self.update()

    def spoken_outcome(self) -> str:
        """The verdict, the key and what was picked or how each choice is marked, in one text."""
        lines = [without_mark(self.verdict_label.text()), self.key_label.text()]
        if not self.picked_label.isHidden():
            lines.append(self.picked_label.text())
        if not self.marks_label.isHidden():
            lines.extend(without_mark(line) for line in self.marks_label.text().splitlines())
        return "\n".join(lines)

    @property
    def correct(self) -> bool:
        return self._correct

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        colours = status_colors(palette)
        accent = colours.right if self._correct else colours.wrong
        base = palette.color(QPalette.ColorRole.Window)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(mix(base, accent, 0.45), 1))
        painter.setBrush(mix(base, accent, 0.10))
        painter.drawRoundedRect(card, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(card.left(), card.top(), 6, card.height()), 3, 3)
        painter.end()

    def _style_verdict(self) -> None:
        palette = self.palette()
        colours = status_colors(palette)
        accent = colours.right if self._correct else colours.wrong
        verdict = QPalette(self.verdict_label.palette())
        text = palette.color(QPalette.ColorRole.Text)
        card = mix(palette.color(QPalette.ColorRole.Window), accent, 0.10)  # as paintEvent fills it
        verdict.setColor(QPalette.ColorRole.WindowText, legible(mix(accent, text, 0.2), card))
        self.verdict_label.setPalette(verdict)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_verdict()
