"""Code blocks in bank Markdown: monospace lines with padding, and the shading painted behind them.

The shading is painted by the view (``shaded_rects`` says where), not made with a text
frame: a frame puts Qt's frame markers (U+FDD0, U+FDD1) into the text a screen reader reads.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

CODE_PADDING = 8  # around a code block's lines, inside its shading
CODE_SPACE = 10  # between a code block's shading and the text around it


def is_indented_code(block: QTextBlock) -> bool:
    """An indented (unfenced) code block: every fragment of a non-empty block is monospace."""
    if not block.text().strip():
        return False
    iterator = block.begin()
    while not iterator.atEnd():
        if "monospace" not in (iterator.fragment().charFormat().fontFamilies() or []):
            return False
        iterator += 1
    return True


def pad_code(cursor: QTextCursor, run: list[QTextBlock], font: QTextCharFormat) -> None:
    """Give one code block's lines the monospace font and room for the shading around them."""
    for i, block in enumerate(run):
        padded = QTextBlockFormat()
        padded.setLeftMargin(CODE_PADDING)
        padded.setRightMargin(CODE_PADDING)
        padded.setTopMargin(CODE_PADDING + CODE_SPACE if i == 0 else 0)
        padded.setBottomMargin(CODE_PADDING + CODE_SPACE if i == len(run) - 1 else 0)
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeBlockFormat(padded)
        cursor.setBlockCharFormat(font)
        cursor.setCharFormat(font)


def pad_document_ends(document: QTextDocument, runs: list[list[QTextBlock]]) -> None:
    """Room for the shading of a code block that starts or ends the text: Qt leaves the first
    block's top margin and the last block's bottom margin out of the document."""
    if not runs:
        return
    root = document.rootFrame()
    edges = root.frameFormat()
    if runs[0][0] == document.firstBlock():
        edges.setTopMargin(document.documentMargin() + CODE_PADDING)
    if runs[-1][-1] == document.lastBlock():
        edges.setBottomMargin(document.documentMargin() + CODE_PADDING)
    root.setFrameFormat(edges)


def shaded_rects(document: QTextDocument, runs: list[tuple[QTextBlock, QTextBlock]]) -> list[QRectF]:
    """The shading of each code block (its first and last line), in document coordinates."""
    layout = document.documentLayout()
    margin = document.documentMargin()
    right = max(document.textWidth(), document.size().width()) - margin
    rects = []
    for first, last in runs:
        if not (first.isValid() and last.isValid() and first.document() is document):
            continue
        top = layout.blockBoundingRect(first).top() - CODE_PADDING
        bottom = layout.blockBoundingRect(last).bottom() + CODE_PADDING
        rects.append(QRectF(margin, top, right - margin, bottom - top))
    return rects
