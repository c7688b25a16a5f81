"""Tooltips that show bank text exactly as typed.

Qt renders a tooltip as rich text whenever it looks like HTML (``Qt::mightBeRichText``),
so a title such as ``<img src="file:///…">`` would be obeyed. Escaping alone is not
enough: escaped text that no longer looks like HTML is shown with its ``&lt;`` entities.
So the text is escaped *and* wrapped in a paragraph that keeps spaces and line breaks,
which Qt always treats as rich text and turns back into the characters typed.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally, line breaks kept; "" stays "" (no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
