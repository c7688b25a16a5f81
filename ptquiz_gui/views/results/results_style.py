"""The Results page's colours from the palette: the verdict badge, the review filter chips
(a checked chip and the focused one each look different) and the time-out notice."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from ptquiz_gui.views.markdown import mix
from ptquiz_gui.views.theme import legible, status_colors


def verdict_style(palette: QPalette, passed: bool) -> str:
    colours = status_colors(palette)
    accent = colours.right if passed else colours.wrong
    fill = mix(palette.color(QPalette.ColorRole.Base), accent, 0.18)
    text = legible(mix(accent, palette.color(QPalette.ColorRole.Text), 0.15), fill)
    return (
        f"QLabel#verdict_label {{ color: {text.name()}; background: {fill.name()};"
        f" border: 2px solid {accent.name()}; border-radius: 6px; padding: 2px 12px; }}"
    )


def chip_style(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    button = palette.color(QPalette.ColorRole.Button)
    mid = palette.color(QPalette.ColorRole.Mid)
    return (
        f"QPushButton {{ border: 1px solid {mid.name()}; border-radius: 10px; padding: 3px 12px;"
        f" background: {button.name()}; }}"
        f" QPushButton:checked {{ border: 2px solid {highlight.name()}; border-radius: 10px;"
        f" background: {mix(base, highlight, 0.25).name()}; }}"
        f" QPushButton:focus {{ border: 2px dashed {highlight.name()}; border-radius: 10px; }}"
    )


def notice_style(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    warning = status_colors(palette).flagged
    return (
        f"QLabel#timeout_notice {{ background: {mix(base, warning, 0.15).name()};"
        f" border: 1px solid {warning.name()}; border-radius: 6px; padding: 6px; }}"
    )
