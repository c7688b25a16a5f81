"""Right, wrong, flagged and answered marks stay readable in both themes (WCAG AA, 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ptquiz_gui.settings import Theme
from ptquiz_gui.views.quiz.navigator import luminance, readable_on
from ptquiz_gui.views.theme import apply_theme, status_colors


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_navigator_labels_contrast_with_their_status_colour(qapp: QApplication, theme: Theme) -> None:
    apply_theme(qapp, theme, 1.0)
    colours = status_colors(qapp.palette())
    for fill in (colours.right, colours.wrong, colours.flagged, colours.answered):
        assert contrast(readable_on(fill), fill) >= 4.5, fill.name()
    assert (qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128) == (theme is Theme.DARK)
