"""Unicode bidi controls in one-line labels made from bank text, shown instead of obeyed.

A title such as ``"Exam \\u202eflow.exe"`` would otherwise reverse the text after it, and
could reorder the UI text around the label.  ptquiz replaces every such control in
titles and topics with a visible mark like ``⟨U+202E⟩`` when a bank is loaded, so every
screen and every command shows the same thing.
"""

from __future__ import annotations

# LRM, RLM, ALM; the embeddings and overrides LRE..RLO; the isolates LRI..PDI.
_CONTROLS = (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
# A translation table rather than a regular expression: no pattern to compile at start-up.
_MARKS = {code: f"⟨U+{code:04X}⟩" for code in _CONTROLS}


def reveal_bidi_controls(text: str) -> str:
    """``text`` with each bidi control replaced by ``⟨U+XXXX⟩``; other text is unchanged."""
    return text.translate(_MARKS)
