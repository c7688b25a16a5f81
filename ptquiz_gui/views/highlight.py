"""Colours the fenced code blocks of a Markdown document with Pygments tokens.

Qt's Markdown importer turns each line of a fenced block into its own text block and
tags it with the fence's language. A whole block is lexed at once (so a triple-quoted
string spanning lines is coloured as one string) and each line takes its slice.
Pygments itself is imported when the first code block is coloured, not when the app starts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextFormat,
)

from ptquiz_gui.views.theme import legible

if TYPE_CHECKING:
    from pygments.lexer import Lexer
    from pygments.style import StyleMeta
    from pygments.token import _TokenType

    _Span = tuple[int, int, _TokenType]

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"


def code_language(block: QTextBlock) -> str | None:
    """The fence language of a code block ("" when none was given), or None for prose."""
    fmt = block.blockFormat()
    if fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.hasProperty(
        QTextFormat.Property.BlockCodeLanguage
    ):
        return fmt.stringProperty(QTextFormat.Property.BlockCodeLanguage).strip().lower()
    return None


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer:
    from pygments.lexers import get_lexer_by_name
    from pygments.lexers.special import TextLexer
    from pygments.util import ClassNotFound

    if language:
        try:
            return get_lexer_by_name(language, stripnl=False, ensurenl=False)
        except ClassNotFound:
            pass
    return TextLexer(stripnl=False, ensurenl=False)


@lru_cache(maxsize=256)
def _line_spans(language: str, lines: tuple[str, ...]) -> tuple[tuple[_Span, ...], ...]:
    """Token spans ``(start, length, token type)`` for each line of one code block."""
    from pygments.token import Token

    per_line: list[list[_Span]] = [[] for _ in lines]
    row, column = 0, 0
    for ttype, value in _lexer(language).get_tokens("\n".join(lines)):
        pieces = value.split("\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                row, column = row + 1, 0
            if piece and row < len(per_line) and ttype is not Token.Text:
                per_line[row].append((column, len(piece), ttype))
            column += len(piece)
    return tuple(tuple(spans) for spans in per_line)


class PygmentsHighlighter(QSyntaxHighlighter):
    """Highlights code blocks in a light or a dark Pygments style.

    ``parent`` is a document, or a text edit whose document is highlighted; call
    ``setDocument`` when the text edit gets a new one.
    """

    def __init__(self, parent: QObject, *, dark: bool = False) -> None:
        super().__init__(parent)
        self._style_name = DARK_STYLE if dark else LIGHT_STYLE
        self._style: StyleMeta | None = None  # looked up with the first code block
        self._formats: dict[_TokenType, QTextCharFormat] = {}
        self._background: QColor | None = None  # token colours are made legible on it

    def set_dark(self, dark: bool, *, background: QColor | None = None) -> None:
        """Switch style, and the code background whose contrast every token colour keeps;
        the caller rehighlights (the view re-renders on a palette change)."""
        name = DARK_STYLE if dark else LIGHT_STYLE
        if name != self._style_name:
            self._style_name = name
            self._style = None
            self._formats.clear()
        # Compared by hand: ``QColor != None`` makes PySide try every QColor constructor on
        # None, building the enum types of QGradient and others on the way (~2 ms at start).
        same = background is self._background or (
            background is not None and self._background is not None and background == self._background
        )
        if not same:
            self._background = background
            self._formats.clear()

    @property
    def style_name(self) -> str:
        return self._style_name

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        language = code_language(block)
        if language is None:
            return
        first = block
        while first.previous().isValid() and code_language(first.previous()) == language:
            first = first.previous()
        lines: list[str] = []
        cursor = first
        while cursor.isValid() and code_language(cursor) == language:
            lines.append(cursor.text())
            cursor = cursor.next()
        spans = _line_spans(language, tuple(lines))[block.blockNumber() - first.blockNumber()]
        for start, length, ttype in spans:
            fmt = self._format(ttype)
            if fmt.propertyCount():
                self.setFormat(start, length, fmt)

    def _format(self, ttype: _TokenType) -> QTextCharFormat:
        cached = self._formats.get(ttype)
        if cached is not None:
            return cached
        if self._style is None:
            from pygments.styles import get_style_by_name

            self._style = get_style_by_name(self._style_name)
        style = self._style.style_for_token(ttype)
        fmt = QTextCharFormat()
        if style["color"]:
            colour = QColor("#" + style["color"])
            fmt.setForeground(colour if self._background is None else legible(colour, self._background))
        if style["bold"]:
            fmt.setFontWeight(QFont.Weight.Bold)
        if style["italic"]:
            fmt.setFontItalic(True)
        self._formats[ttype] = fmt
        return fmt
