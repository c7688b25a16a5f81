"""Plain-text tables for a terminal (``ptquiz banks``, ``ptquiz history``): each column padded
by the cells a terminal gives its text, so that a title in Chinese or Japanese (two cells a
character), with combining accents (none), or with an emoji sequence (a family joined by
zero-width joiners, a skin tone, a red heart with its variation selector: two) keeps the
columns after it in line. The cells are counted by ``wcwidth``, grapheme cluster by cluster."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from wcwidth import clip, ljust, rjust, width

ELLIPSIS = "…"


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    return int(width(text))


def shortened(text: str, most: int) -> str:
    """``text`` on one line, cut with an ellipsis to at most ``most`` cells (never inside a
    character or an emoji sequence: a wide one that would straddle the cut is left out)."""
    text = " ".join(text.split())
    if cells(text) <= most:
        return text
    return str(clip(text, 0, most - 1)).rstrip() + ELLIPSIS


def lines(rows: Sequence[Sequence[str]], right: Collection[int] = ()) -> list[str]:
    """The rows as lines, two spaces between columns; the columns in ``right`` right-aligned."""
    widths = [max(cells(row[column]) for row in rows) for column in range(len(rows[0]))]
    return ["  ".join(_cells_of(row, widths, right)).rstrip() for row in rows]


def _cells_of(row: Sequence[str], widths: Sequence[int], right: Collection[int]) -> list[str]:
    pairs = enumerate(zip(row, widths, strict=True))
    return [_padded(cell, width, column in right) for column, (cell, width) in pairs]


def _padded(cell: str, cells_wide: int, right: bool) -> str:
    return str(rjust(cell, cells_wide)) if right else str(ljust(cell, cells_wide))
