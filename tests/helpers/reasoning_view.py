"""Whether a practice question's reasoning can be read where the quiz put it.

A tall question pane splits between the question and the reasoning, which must get at least
what it needs up to half the pane, or ``REASONING_SHARE_LEAST`` of it where the split moved
off the edge of a choice. A short one scrolls as one column, which must show the
reasoning's first lines (the verdict, the key and the pick) whole.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint

from ptquiz_gui.views.quiz.question_pane import REASONING_SHARE_LEAST, QuestionPane


def first_lines_height(pane: QuestionPane) -> int:
    """The height of the reasoning's verdict, key and pick (all of it, when it is shorter)."""
    return min(pane.reasoning_panel.height(), pane.first_lines_height())


def reasoning_problems(pane: QuestionPane) -> list[str]:
    if not pane.reasoning_panel.isVisible():
        return ["the reasoning is not shown"]
    if not pane.single_column:
        shown, total = pane.reasoning_area.viewport().height(), sum(pane.sizes())
        content = pane.reasoning_area.widget()
        width = pane.reasoning_area.viewport().width()
        needed = content.heightForWidth(width) if content.hasHeightForWidth() else content.sizeHint().height()
        if shown < min(needed, int(total * REASONING_SHARE_LEAST)) - 8:
            return [f"{shown} px of the pane's {total} for {needed} px of reasoning"]
        return []
    viewport = pane.scroll_area.viewport()
    top = pane.reasoning_panel.mapTo(viewport, QPoint(0, 0)).y()
    bottom = top + first_lines_height(pane)
    if top < 0 or bottom > viewport.height():
        return [f"the reasoning's first lines at {top}–{bottom} px, outside the {viewport.height()} px shown"]
    return []


def choices_cut(pane: QuestionPane) -> list[str]:
    """The choices that an edge of the question's pane cuts through."""
    viewport = pane.scroll_area.viewport()
    found = []
    for number, button in enumerate(pane.choice_list.buttons(), start=1):
        if not button.isVisible():
            continue
        top = button.mapTo(viewport, QPoint(0, 0)).y()
        bottom = top + button.height()
        for edge in (0, viewport.height()):
            if top < edge < bottom:
                found.append(f"choice {number} ({top}–{bottom} px) is cut by the edge at {edge} px")
    return found
