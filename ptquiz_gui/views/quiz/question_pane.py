"""The question with its choices, and under it, once an answer is checked in practice, the reasoning.

Where the pane is tall enough, each scrolls on its own, in a splitter the user may drag:
checking an answer never scrolls the question away. The question keeps the room it needs,
short of the first lines of the reasoning (the verdict and the key), and the reasoning
takes the rest. In a pane under ``SINGLE_COLUMN_LINES`` (a laptop's screen, large text) two
scrolling slots would each be too low to read, and a splitter cut the choices through or left
only the first in view: there the reasoning follows the choices in the one column, which
scrolls just far enough to bring the verdict into view.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent
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
SINGLE_COLUMN_LINES = 40  # a pane lower than this many lines scrolls as one column
REASONING_SHARE_LEAST = 0.4  # of the split pane, when the split moves off a choice's edge


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
        self._single_column = False

        caption_line = QHBoxLayout()
        caption_line.setSpacing(10)
        caption_line.addWidget(self.question_caption, 1)
        caption_line.addWidget(self.flag_badge, 0, Qt.AlignmentFlag.AlignTop)
        question = QWidget()
        question.setObjectName("question_content")
        self._question_column = QVBoxLayout(question)
        self._question_column.setContentsMargins(4, 4, 12, 8)
        self._question_column.setSpacing(10)
        self._question_column.addLayout(caption_line)
        self._question_column.addWidget(self.prompt_view)
        self._question_column.addWidget(self.choice_list)
        self._question_column.addStretch(1)
        reasoning = QWidget()
        reasoning.setObjectName("reasoning_content")
        self._reasoning_column = QVBoxLayout(reasoning)
        self._reasoning_column.setContentsMargins(4, 4, 12, 12)
        self._reasoning_column.addWidget(self.reasoning_panel)
        self._reasoning_column.addStretch(1)
        self.scroll_area = _scrolling(question, "question_scroll")
        self.reasoning_area = _scrolling(reasoning, "reasoning_scroll")
        self.addWidget(self.scroll_area)
        self.addWidget(self.reasoning_area)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.show_reasoning(False)

    @property
    def single_column(self) -> bool:
        """Whether the reasoning follows the choices in the question's own scrolling column."""
        return self._single_column

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        lines = QFontMetrics(self.reasoning_panel.font()).lineSpacing()
        self._set_single_column(event.size().height() < SINGLE_COLUMN_LINES * lines)

    def _set_single_column(self, single: bool) -> None:
        if single == self._single_column:
            return
        self._single_column = single
        shown = not self.reasoning_panel.isHidden()  # moving it to another column hides it
        if single:  # after the choices, before the stretch that keeps the column at the top
            self._question_column.insertWidget(self._question_column.count() - 1, self.reasoning_panel)
        else:
            self._reasoning_column.insertWidget(0, self.reasoning_panel)
        self.show_reasoning(shown)
        if shown:
            QTimer.singleShot(0, self.share_room)

    def show_reasoning(self, shown: bool) -> None:
        self.reasoning_panel.setVisible(shown)
        self.reasoning_area.setVisible(shown and not self._single_column)
        if shown:
            self.reasoning_area.verticalScrollBar().setValue(0)

    def first_lines_height(self) -> int:
        """The height of the reasoning's verdict, key and pick, which are kept in view."""
        return REASONING_LINES_KEPT * QFontMetrics(self.reasoning_panel.font()).lineSpacing() + 48

    def share_room(self) -> None:
        """Give the question what it needs, keeping the reasoning in view: as much of it as it
        needs up to half the pane, and never less than its first lines. (On a small screen the
        question kept all but three lines, and the explanation was read through a slot.)"""
        if self.reasoning_panel.isHidden():
            return
        first_lines = self.first_lines_height()
        if self._single_column:
            self._bring_verdict_into_view(first_lines)
            return
        self._reasoning_column.activate()  # it may just have come back from the question's column
        total = sum(self.sizes())
        kept = max(first_lines, total // 2)
        reasoning = _needed_height(self.reasoning_area)
        question = min(_needed_height(self.scroll_area), max(total - reasoning, total - kept))
        question = max(question, total // 3)
        question = self._between_choices(question, total, first_lines)
        self.setSizes([question, total - question])
        self.reasoning_area.verticalScrollBar().setValue(0)

    def _between_choices(self, question: int, total: int, first_lines: int) -> int:
        """The question's height moved off a choice its edge would cut through: down past it
        where the reasoning keeps ``REASONING_SHARE_LEAST`` of the pane, else up above it."""
        shown_from = self.scroll_area.verticalScrollBar().value()
        cut = self._choice_cut_at(shown_from + question)
        if cut is None:
            return question
        top, bottom = cut
        taller = bottom - shown_from
        if total - taller >= max(first_lines, int(total * REASONING_SHARE_LEAST)):
            return taller
        shorter = top - shown_from
        return shorter if shorter >= total // 4 else question

    def _choice_cut_at(self, edge: int) -> tuple[int, int] | None:
        """The top and bottom of the choice that ``edge`` (in the question's column) cuts through."""
        content = self.scroll_area.widget()
        if content is None:
            return None
        for button in self.choice_list.buttons():
            if button.isVisible():
                top = button.mapTo(content, QPoint(0, 0)).y()
                if top < edge < top + button.height():
                    return top, top + button.height()
        return None

    def _bring_verdict_into_view(self, first_lines: int) -> None:
        """Scroll the column no further than it takes to show the reasoning's first lines, so
        that as much of the question and the choices as fits stays in view above them; past
        a choice the top edge would cut through, so that none shows as a sliver."""
        content = self.scroll_area.widget()
        if content is None:
            return
        bar = self.scroll_area.verticalScrollBar()
        top = self.reasoning_panel.mapTo(content, QPoint(0, 0)).y()
        end = top + min(first_lines, self.reasoning_panel.height())
        shown_from = min(max(bar.value(), end - self.scroll_area.viewport().height()), top)
        cut = self._choice_cut_at(shown_from)
        if cut is not None:
            shown_from = min(cut[1], top)
        bar.setValue(shown_from)
