"""Unicode bidi controls in one-line labels made from bank text, shown instead of obeyed.

A title such as ``"Exam \\u202eflow.exe"`` would otherwise reverse the text after it, and
could reorder the UI text around the label.  ptquiz replaces every such control in
titles and topics with a visible mark like ``⟨U+202E⟩`` when a bank is loaded, so every
screen and every command shows the same thing.
"""

from __future__ import annotations

import re

# LRM, RLM, ALM; the embeddings and overrides LRE..RLO; the isolates LRI..PDI.
_BIDI_CONTROL = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _mark(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def reveal_bidi_controls(text: str) -> str:
    """``text`` with each bidi control replaced by ``⟨U+XXXX⟩``; other text is unchanged."""
    return _BIDI_CONTROL.sub(_mark, text)
