"""The question with its choices, and under it, once an answer is checked in practice, the reasoning.

Each scrolls on its own, in a splitter the user may drag: checking an answer never scrolls
the question away. The question keeps the room it needs, short of the first lines of the
reasoning (the verdict and the key), and the reasoning takes the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.views.markdown import MarkdownView
from ptquiz_gui.views.quiz.choice_list import ChoiceListView
from ptquiz_gui.views.quiz.reasoning_panel import ReasoningPanel

CONTENT_MAX_WIDTH = 900
REASONING_LINES_KEPT = 3  # the verdict, the key and a line of the explanation stay in view


def _scrolling(content: QWidget, name: str) -> QScrollArea:
    """``content`` at most ``CONTENT_MAX_WIDTH`` wide, scrolling up and down."""
    content.setMaximumWidth(CONTENT_MAX_WIDTH)
    holder = QWidget()
    holder.setAutoFillBackground(False)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(content, 1)
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(holder)
    area.viewport().setAutoFillBackground(False)
    return area


def _needed_height(area: QScrollArea) -> int:
    content = area.widget()
    if content is None:
        return 0
    width = area.viewport().width()
    if content.hasHeightForWidth():
        return content.heightForWidth(width)
    return content.minimumSizeHint().height()


class QuestionPane(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("question_pane")
        self.setChildrenCollapsible(False)
        self.question_caption = QLabel()
        self.question_caption.setObjectName("question_caption")
        self.question_caption.setTextFormat(Qt.TextFormat.PlainText)  # it names the bank's topic
        self.question_caption.setWordWrap(True)
        self.question_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.flag_badge = QLabel(self.tr("⚑ Flagged"))
        self.flag_badge.setObjectName("flag_badge")
        self.prompt_view = MarkdownView(auto_height=True, transparent=True)
        self.prompt_view.setObjectName("prompt_view")
        self.prompt_view.setAccessibleName(self.tr("Question"))
        self.prompt_view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        prompt_font = QFont(self.prompt_view.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.12)
        self.prompt_view.setFont(prompt_font)
        self.choice_list = ChoiceListView()
        self.reasoning_panel = ReasoningPanel()

        caption_line = QHBoxLayout()
        caption_line.setSpacing(10)
        caption_line.addWidget(self.question_caption, 1)
        caption_line.addWidget(self.flag_badge, 0, Qt.AlignmentFlag.AlignTop)
        question = QWidget()
        question.setObjectName("question_content")
        column = QVBoxLayout(question)
        column.setContentsMargins(4, 4, 12, 8)
        column.setSpacing(10)
        column.addLayout(caption_line)
        column.addWidget(self.prompt_view)
        column.addWidget(self.choice_list)
        column.addStretch(1)
        reasoning = QWidget()
        reasoning.setObjectName("reasoning_content")
        reasoning_column = QVBoxLayout(reasoning)
        reasoning_column.setContentsMargins(4, 4, 12, 12)
        reasoning_column.addWidget(self.reasoning_panel)
        reasoning_column.addStretch(1)
        self.scroll_area = _scrolling(question, "question_scroll")
        self.reasoning_area = _scrolling(reasoning, "reasoning_scroll")
        self.addWidget(self.scroll_area)
        self.addWidget(self.reasoning_area)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.show_reasoning(False)

    def show_reasoning(self, shown: bool) -> None:
        self.reasoning_panel.setVisible(shown)
        self.reasoning_area.setVisible(shown)
        if shown:
            self.reasoning_area.verticalScrollBar().setValue(0)

    def share_room(self) -> None:
        """Give the question what it needs, keeping the reasoning in view: as much of it as it
        needs up to half the pane, and never less than its first lines. (On a small screen the
        question kept all but three lines, and the explanation was read through a slot.)"""
        if self.reasoning_area.isHidden():
            return
        total = sum(self.sizes())
        first_lines = REASONING_LINES_KEPT * QFontMetrics(self.reasoning_panel.font()).lineSpacing() + 48
        kept = max(first_lines, total // 2)
        reasoning = _needed_height(self.reasoning_area)
        question = min(_needed_height(self.scroll_area), max(total - reasoning, total - kept))
        question = max(question, total // 3)
        self.setSizes([question, total - question])
        self.reasoning_area.verticalScrollBar().setValue(0)
