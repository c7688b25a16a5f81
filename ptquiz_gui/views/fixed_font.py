"""The fixed-width font for lists of file:line messages, at the text size the user chose."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase


def fixed_font(text_font: QFont) -> QFont:
    """The system's fixed-width font at the size of ``text_font``. The system's own size
    ignores View → Larger text, so a box made after the text grew kept the small size (the
    theme keeps a font made at the current size in step with later changes)."""
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if text_font.pointSizeF() > 0:
        fixed.setPointSizeF(text_font.pointSizeF())
    return fixed
