"""Light and dark palettes, font scale, and the status colours that read well on both.

Every text colour reaches ``MIN_TEXT_CONTRAST`` (WCAG AA) against what it is drawn on:
the palettes are chosen so, text on a status colour takes ``readable_on``, and text tinted
with a status colour (or coloured by a syntax style) goes through ``legible``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ptquiz_gui.paths import resource
from ptquiz_gui.settings import Theme

_BASE_SIZE_PROPERTY = "ptquiz_base_point_size"
_FONT_RATIO_PROPERTY = "ptquiz_font_ratio"
STYLE = "Fusion"
# Set on an application created with ``-style Fusion`` (``app.create_application``), whose
# first theme then needs no setStyle: that call returns the QStyle, for which PySide builds
# the Python types of QStyle's enums, several milliseconds of the start. Later themes set
# a fresh style as before, under which Qt builds a fresh style-sheet style.
FRESH_STYLE_PROPERTY = "ptquiz_fresh_style"


MIN_TEXT_CONTRAST = 4.5
MIN_GRAPHIC_CONTRAST = 3.0  # WCAG's least for a graphic one needs to see
_DARK_INK, _LIGHT_INK = QColor("#101316"), QColor("#ffffff")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_on(background: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with ``background`` (badges, cells)."""
    return _DARK_INK if contrast(_DARK_INK, background) >= contrast(_LIGHT_INK, background) else _LIGHT_INK


def legible(colour: QColor, background: QColor, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """``colour``, or the nearest shade of it towards ``readable_on(background)`` that reaches
    ``minimum`` (text: ``MIN_TEXT_CONTRAST``) on ``background``: tinted text keeps its hue but
    stays readable."""
    ink = readable_on(background)
    for step in range(21):
        amount = step / 20
        shade = QColor.fromRgbF(
            colour.redF() + (ink.redF() - colour.redF()) * amount,
            colour.greenF() + (ink.greenF() - colour.greenF()) * amount,
            colour.blueF() + (ink.blueF() - colour.blueF()) * amount,
        )
        if contrast(shade, background) >= minimum:
            return shade
    return ink


@dataclass(frozen=True, slots=True)
class StatusColors:
    right: QColor
    wrong: QColor
    flagged: QColor
    current: QColor
    answered: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colors(palette: QPalette) -> StatusColors:
    if is_dark(palette):
        return StatusColors(
            right=QColor("#4caf7a"),
            wrong=QColor("#e5676b"),
            flagged=QColor("#f0b44c"),
            current=palette.color(QPalette.ColorRole.Highlight),
            answered=QColor("#6a8fb8"),
        )
    return StatusColors(
        right=QColor("#1e7d45"),
        wrong=QColor("#c0392b"),
        flagged=QColor("#b7791f"),
        current=palette.color(QPalette.ColorRole.Highlight),
        answered=QColor("#a9c4e4"),
    )


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#1f2329"), QColor("#16191d"), QColor("#e6e8eb")
    button, highlight = QColor("#2a2f36"), QColor("#336fcc")
    disabled, hint = QColor("#7d848d"), QColor("#959ca5")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1b1f24"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, button)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, hint)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, button)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Highlight, highlight)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#7fb3ff"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#3a4049"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#121417"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#3a4049"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#323840"))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, button)
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, QColor("#f3f4f6"))
        p.setColor(group, QPalette.ColorRole.WindowText, QColor("#1d2126"))
        p.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
        p.setColor(group, QPalette.ColorRole.Text, QColor("#1d2126"))
        p.setColor(group, QPalette.ColorRole.Button, QColor("#e9ebef"))
        p.setColor(group, QPalette.ColorRole.ButtonText, QColor("#1d2126"))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#2f6fce"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#1f5fbf"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#5f6672"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, QColor("#1d2126"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#c5c9d0"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#dde0e5"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#9aa0a8"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0a8"))
    return p


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve_dark(theme: Theme) -> bool:
    if theme is Theme.SYSTEM:
        return system_prefers_dark()
    return theme is Theme.DARK


def apply_theme(app: QApplication, theme: Theme, font_scale: float) -> None:
    """Fusion style with our palette, so light and dark look the same on every OS."""
    if app.property(FRESH_STYLE_PROPERTY) is True:
        app.setProperty(FRESH_STYLE_PROPERTY, False)
    else:
        app.setStyle(STYLE)
    app.setPalette(_dark_palette() if resolve_dark(theme) else _light_palette())
    font = QFont(app.font())
    old_size = font.pointSizeF()
    base = app.property(_BASE_SIZE_PROPERTY)
    if not isinstance(base, float):
        base = old_size if old_size > 0 else 10.0
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    font.setPointSizeF(base * font_scale)
    app.setFont(font)
    app.setStyleSheet(_focus_style_sheet(resolve_dark(theme)))
    _scale_own_fonts(app, old_size, font.pointSizeF())


def _scale_own_fonts(app: QApplication, old_size: float, new_size: float) -> None:
    """Headings, the question and the clock set their own sizes, relative to the application
    font when they were made; a new application font does not reach them, so keep each at
    its ratio to the application font. (The ratio is kept on the widget: re-setting the
    style sheet may put back a size from before.)"""
    if old_size <= 0:
        return
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) or widget.font().pointSizeF() <= 0:
            continue
        ratio = widget.property(_FONT_RATIO_PROPERTY)
        if not isinstance(ratio, float):
            ratio = widget.font().pointSizeF() / old_size
            widget.setProperty(_FONT_RATIO_PROPERTY, ratio)
        if abs(widget.font().pointSizeF() - ratio * new_size) > 1e-6:
            own = QFont(widget.font())
            own.setPointSizeF(ratio * new_size)
            widget.setFont(own)


def _arrow(direction: str, dark: bool) -> str:
    """A style-sheet url of the arrow drawn in the theme's text colour."""
    path = resource(f"icons/arrow-{direction}-{'dark' if dark else 'light'}.svg").as_posix()
    return '"' + path.replace('"', '\\"') + '"'


# The edge of a text field: Fusion draws it a shade darker than the window, about 1.1:1 on
# the dark palette; these keep 3:1 against the window, as WCAG asks of a control's outline.
_FIELD_EDGE = {True: "#737b88", False: "#7d848e"}


def _focus_style_sheet(dark: bool) -> str:
    # Fusion's focus rectangle is faint on dark palettes; make keyboard focus unmistakable.
    edge = _FIELD_EDGE[dark]
    return (
        "QPushButton:focus, QToolButton:focus { outline: none; border: 2px solid palette(highlight);"
        " border-radius: 4px; }\n"
        "QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QDateEdit:focus"
        " { border: 2px solid palette(highlight); border-radius: 3px; }\n"
        f"QLineEdit {{ border: 1px solid {edge}; border-radius: 3px; padding: 1px 2px;"
        " background: palette(base); }\n"
        "QLineEdit:focus { padding: 0px 1px; }\n"
        # Fusion's dialog button icons are drawn black, and vanish on the dark theme's buttons.
        "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }\n"
        # A styled border makes Qt draw a spin box's buttons from the sheet, blank unless the
        # sheet draws them; so the sheet draws the whole spin box, focused or not.
        f"QSpinBox {{ border: 1px solid {edge}; border-radius: 3px; padding: 1px 18px 1px 3px;"
        " background: palette(base); }\n"
        "QSpinBox:focus { border: 2px solid palette(highlight); padding: 0px 17px 0px 2px; }\n"
        "QSpinBox::up-button, QSpinBox::down-button"
        " { subcontrol-origin: border; width: 16px; border: none; border-left: 1px solid palette(mid); }\n"
        "QSpinBox::up-button { subcontrol-position: top right; margin: 2px 2px 0px 0px; }\n"
        "QSpinBox::down-button { subcontrol-position: bottom right; margin: 0px 2px 2px 0px; }\n"
        "QSpinBox::up-button:hover, QSpinBox::down-button:hover { background: palette(midlight); }\n"
        f"QSpinBox::up-arrow {{ image: url({_arrow('up', dark)}); width: 8px; height: 5px; }}\n"
        f"QSpinBox::down-arrow {{ image: url({_arrow('down', dark)}); width: 8px; height: 5px; }}\n"
        "QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off,"
        " QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off { image: none; }\n"
        # A tab bar lays its tabs out when the current tab changes, not when the focus leaves:
        # the focused tab's box must be at least as wide as Fusion's own (12 px a side), or
        # the tab keeps a width its title is cut to once the focus moves on.
        "QTabBar::tab:focus { border: 2px solid palette(highlight); padding: 3px 10px; }\n"
        "QTreeView:focus, QTableView:focus { border: 2px solid palette(highlight); }\n"
        "QTreeView::item { padding: 4px 2px; }\n"
    )


def show_as_hint(widget: QWidget) -> None:
    """Quieter text for hints and captions, still at full contrast (not the disabled look,
    which is below it and tells screen readers the text is unavailable)."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
