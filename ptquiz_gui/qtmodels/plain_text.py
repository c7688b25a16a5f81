"""Bank text for list rows and tooltips: shown as typed, never obeyed as markup.

``plain_summary`` flattens a Markdown prompt to one line of plain text for list rows.

Qt renders a tooltip as rich text whenever it looks like HTML (``Qt::mightBeRichText``),
so a title such as ``<img src="file:///…">`` would be obeyed. Escaping alone is not
enough: escaped text that no longer looks like HTML is shown with its ``&lt;`` entities.
So the text is escaped *and* wrapped in a paragraph that keeps spaces and line breaks,
which Qt always treats as rich text and turns back into the characters typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls
from ptquiz_gui.domain.python_names import keep_dunder_names

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

SUMMARY_LENGTH = 140
# Markdown read for a summary: far more than 140 characters of text need, and little
# enough that an over-long prompt (one kept in old history) is never laid out in full.
SUMMARY_SOURCE_LENGTH = 4_000
# What html.escape replaces, without importing html (and its table of entities) at start.
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def set_bank_markdown(document: QTextDocument, markdown: str) -> None:
    """Bank text into ``document``: GitHub Markdown, raw HTML shown as text, and Python's
    dunder names as written (``domain.python_names``)."""
    # QTextDocument's Python type (with five enum types) is built here, not when the library's
    # tooltips import this module before the first paint.
    from PySide6.QtGui import QTextDocument

    features = QTextDocument.MarkdownFeature
    document.setMarkdown(keep_dunder_names(markdown), features.MarkdownDialectGitHub | features.MarkdownNoHTML)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally, line breaks kept; "" stays "" (no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{text.translate(_HTML_ESCAPES)}</p>"


def plain_summary(markdown: str, limit: int = SUMMARY_LENGTH) -> str:
    """A Markdown prompt as one line of plain text (code and tables flattened, no markup, bidi
    controls shown as ``⟨U+XXXX⟩`` so they cannot reorder the row), cut with an ellipsis after
    ``limit`` characters."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    set_bank_markdown(document, markdown[:SUMMARY_SOURCE_LENGTH])
    text = reveal_bidi_controls(" ".join(document.toPlainText().split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
