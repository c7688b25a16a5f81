"""Plain-text tables for a terminal (``ptquiz banks``, ``ptquiz history``): each column padded
by the cells a terminal gives its characters, so that a title in Chinese or Japanese (two
cells a character) or with combining accents (none) keeps the columns after it in line."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence

ELLIPSIS = "…"


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def shortened(text: str, most: int) -> str:
    """``text`` on one line, cut with an ellipsis to at most ``most`` cells."""
    text = " ".join(text.split())
    if cells(text) <= most:
        return text
    kept, used = [], 0
    for char in text:
        used += cells(char)
        if used > most - 1:  # room for the ellipsis
            break
        kept.append(char)
    return "".join(kept).rstrip() + ELLIPSIS


def lines(rows: Sequence[Sequence[str]], right: Collection[int] = ()) -> list[str]:
    """The rows as lines, two spaces between columns; the columns in ``right`` right-aligned."""
    widths = [max(cells(row[column]) for row in rows) for column in range(len(rows[0]))]
    return ["  ".join(_cells_of(row, widths, right)).rstrip() for row in rows]


def _cells_of(row: Sequence[str], widths: Sequence[int], right: Collection[int]) -> list[str]:
    pairs = enumerate(zip(row, widths, strict=True))
    return [_padded(cell, width, column in right) for column, (cell, width) in pairs]


def _padded(cell: str, width: int, right: bool) -> str:
    gap = " " * (width - cells(cell))
    return gap + cell if right else cell + gap
