"""Every text colour the themes use reads at WCAG AA (4.5:1) on what it is drawn on:
palette text, hints and captions, marks on status colours, status-tinted words and
syntax-coloured code, in the light and the dark theme."""

from __future__ import annotations

import pytest
from app_fixtures import AppRun
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.settings import Theme
from ptquiz_gui.views.markdown import MarkdownView, mix
from ptquiz_gui.views.theme import MIN_TEXT_CONTRAST, apply_theme, contrast, legible, readable_on, status_colors

R = QPalette.ColorRole
THEMES = [Theme.LIGHT, Theme.DARK]
# Every text role with each background it is drawn on.
TEXT_ON = {
    R.WindowText: (R.Window, R.Button),
    R.Text: (R.Base, R.AlternateBase),
    R.ButtonText: (R.Button,),
    R.PlaceholderText: (R.Window, R.Base, R.AlternateBase, R.Button),  # hints, captions, placeholders
    R.HighlightedText: (R.Highlight,),
    R.Link: (R.Window, R.Base),
    R.ToolTipText: (R.ToolTipBase,),
    R.BrightText: (R.Highlight,),
}
CODE = """\
```python
#!/usr/bin/env python
import torch  # a comment
from torch import nn

@torch.no_grad()
def double(x: torch.Tensor, *, scale=2.0) -> torch.Tensor:
    \"\"\"Twice x.\"\"\"
    if x is None or not isinstance(x, float):
        raise ValueError(f"bad {x!r}\\n")
    return x * scale + 0x1F - 1e-3 and True
```
"""


@pytest.fixture(params=THEMES, ids=lambda t: t.value)
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Theme:
    look = (QPalette(qapp.palette()), qapp.styleSheet())
    apply_theme(qapp, request.param, 1.0)
    request.addfinalizer(lambda: (qapp.setPalette(look[0]), qapp.setStyleSheet(look[1])))
    return request.param


def test_every_text_role_reads_on_its_backgrounds(theme: Theme, qapp: QApplication) -> None:
    palette = qapp.palette()
    low = [
        f"{fg.name} on {bg.name}: {contrast(palette.color(fg), palette.color(bg)):.2f}"
        for fg, backgrounds in TEXT_ON.items()
        for bg in backgrounds
        if contrast(palette.color(fg), palette.color(bg)) < MIN_TEXT_CONTRAST
    ]
    assert low == []


def test_marks_on_status_colours_read(theme: Theme, qapp: QApplication) -> None:
    """Navigator cells, choice badges and review badges all take ``readable_on``."""
    colours = status_colors(qapp.palette())
    for fill in (colours.right, colours.wrong, colours.flagged, colours.answered, colours.current):
        assert contrast(readable_on(fill), fill) >= MIN_TEXT_CONTRAST, fill.name()
    assert (qapp.palette().color(R.Window).lightness() < 128) == (theme is Theme.DARK)


def test_status_tinted_words_read_on_their_tinted_fills(theme: Theme, qapp: QApplication) -> None:
    """The exam clock's warning, the results verdict, the reasoning verdict and choice tags:
    a status colour, towards the text, on the page tinted with it."""
    palette = qapp.palette()
    colours = status_colors(palette)
    text = palette.color(R.Text)
    for page in (palette.color(R.Base), palette.color(R.Window)):
        for accent in (colours.right, colours.wrong, colours.flagged, palette.color(R.Highlight)):
            for tint in (0.1, 0.16, 0.18, 0.2):
                fill = mix(page, accent, tint)
                for towards_text in (0.0, 0.15, 0.2, 0.25):
                    shown = legible(mix(accent, text, towards_text), fill)
                    assert contrast(shown, fill) >= MIN_TEXT_CONTRAST, (accent.name(), fill.name())
    assert legible(QColor(text), palette.color(R.Base)) == text  # readable colours stay as they are


def test_syntax_colours_read_on_the_code_background(theme: Theme, qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.set_markdown(CODE)
    view.show()
    qtbot.waitExposed(view)
    background = view.code_background()
    coloured, low = 0, []
    block = view.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.hasProperty(span.format.Property.ForegroundBrush):
                coloured += 1
                fg = span.format.foreground().color()
                if contrast(fg, background) < MIN_TEXT_CONTRAST:
                    low.append(f"{block.text()[span.start:span.start + span.length]!r} {fg.name()}")
        block = block.next()
    assert coloured > 10, "the code was not highlighted"
    assert low == [], f"on {background.name()}"


def _visible_labels(page: QWidget) -> list[QLabel]:
    return [w for w in page.findChildren(QLabel) if w.isVisible() and w.text().strip()]


@pytest.mark.parametrize("theme_name", THEMES, ids=lambda t: t.value)
def test_hints_and_captions_are_full_contrast_text_not_disabled_labels(
    qtbot: QtBot, app: AppRun, theme_name: Theme
) -> None:
    """The library's key hints were the disabled colour (2.4:1 in the light theme), and so
    were the History captions; a disabled label also tells a screen reader it is unavailable."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    apply_theme(qapp, theme_name, 1.0)
    window = app.window
    window.show_history()
    history = window.stack.currentWidget()
    assert history is not None and history.objectName() == "history_page"
    for index in range(3):  # attempts, progress, most missed
        history.show_tab(index)  # type: ignore[attr-defined]
        checked = 0
        for label in _visible_labels(history):
            checked += 1
            assert label.isEnabled(), f"{label.objectName() or label.text()[:40]!r} is drawn disabled"
            palette = label.palette()
            fg, bg = palette.color(label.foregroundRole()), palette.color(label.backgroundRole())
            assert contrast(fg, bg) >= MIN_TEXT_CONTRAST, (label.text()[:40], fg.name(), bg.name())
        assert checked
    window.show_library()
    labels = _visible_labels(window.library_page)
    assert any(label.objectName() == "library_hints" for label in labels)
    for label in labels:
        assert label.isEnabled(), label.text()[:40]
        palette = label.palette()
        fg, bg = palette.color(label.foregroundRole()), palette.color(label.backgroundRole())
        assert contrast(fg, bg) >= MIN_TEXT_CONTRAST, (label.text()[:40], fg.name(), bg.name())


def test_a_text_fields_edge_stands_out_from_the_window(theme: Theme, qtbot: QtBot) -> None:
    """WCAG 1.4.11 asks 3:1 for a control's outline; Fusion's own edge was about 1.1:1 on the
    dark theme, so the search field all but vanished."""
    window = QWidget()
    field = QLineEdit(window)
    field.resize(200, 30)
    qtbot.addWidget(window)
    window.show()
    image = field.grab().toImage()
    edge = image.pixelColor(0, image.height() // 2)
    back = window.palette().color(QPalette.ColorRole.Window)
    assert contrast(edge, back) >= 3.0, (edge.name(), back.name())

