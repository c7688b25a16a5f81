"""How one answer choice looks: a rounded card with a letter badge, the word-wrapped text and,
once the key is revealed, words that say right or wrong (colour is never the only cue).

Hover, picked and keyboard focus each look different. A multiple-answer choice starts with
the style's own check box and has a square badge; a single-answer choice a round one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QWidget

from ptquiz_gui.qtmodels.choice_model import ChoiceState
from ptquiz_gui.views.markdown import mix
from ptquiz_gui.views.theme import legible, readable_on, status_colors

ROW_GAP = 4  # vertical space between two cards
PAD_X, PAD_Y = 14, 12
BADGE = 30
TAG_GAP = 16
RADIUS = 8.0
CHECK_GAP = 10  # between a check box and the letter badge


@dataclass(frozen=True, slots=True)
class CardLook:
    """What one card shows; ``tag`` is "" until there is something to say."""

    letter: str
    text: str
    state: ChoiceState
    tag: str
    check_box: bool  # a multiple-answer choice
    ticked: bool
    hovered: bool = False
    focused: bool = False


def text_document(text: str, font: QFont, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)  # bank text: plain, never markup
    document.setTextWidth(max(40.0, width))
    return document


def _style(widget: QWidget | None) -> QStyle:
    return widget.style() if widget is not None else QApplication.style()


def check_width(widget: QWidget | None) -> int:
    return _style(widget).pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)


def tag_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def text_width(font: QFont, width: int, tag: str, check_box: bool, widget: QWidget | None) -> float:
    """The room the choice's text has on a card ``width`` wide."""
    used = 2 * PAD_X + BADGE + PAD_X
    if check_box:
        used += check_width(widget) + CHECK_GAP
    if tag:
        used += QFontMetrics(tag_font(font)).horizontalAdvance(tag) + TAG_GAP
    return float(width - used)


def card_height(document: QTextDocument) -> int:
    """The height of a card whose text is laid out in ``document``, with the gap under it."""
    return int(max(float(BADGE), document.size().height()) + 2 * PAD_Y) + ROW_GAP + 1


def paint_card(
    painter: QPainter, rect: QRectF, palette: QPalette, font: QFont, look: CardLook, document: QTextDocument,
    widget: QWidget | None,
) -> None:
    """Draw ``look`` in ``rect``; ``document`` holds its text laid out for the card's width."""
    card = rect.adjusted(3, ROW_GAP / 2 + 1, -3, -ROW_GAP / 2 - 1)
    base = palette.color(QPalette.ColorRole.Base)
    text_colour = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    colours = status_colors(palette)
    accent = {
        ChoiceState.SELECTED: highlight,
        ChoiceState.KEY: colours.right,
        ChoiceState.CORRECT_PICK: colours.right,
        ChoiceState.WRONG_PICK: colours.wrong,
        ChoiceState.MISSED: colours.right,
    }.get(look.state)
    if accent is not None:
        fill, border, border_width = mix(base, accent, 0.16), accent, 2.0
    elif look.hovered:
        fill, border, border_width = mix(base, highlight, 0.07), mix(base, highlight, 0.6), 1.5
    else:
        fill, border, border_width = base, palette.color(QPalette.ColorRole.Mid), 1.0

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border, border_width))
    painter.setBrush(fill)
    painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
    if look.focused:
        ring = QPen(highlight if accent is None else text_colour, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)

    badge_left = card.left() + PAD_X
    if look.check_box:
        badge_left += _draw_check_box(painter, palette, card, look.ticked, widget)
    badge = QRectF(badge_left, card.top() + PAD_Y, BADGE, BADGE)
    painter.setFont(tag_font(font))
    if accent is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        _draw_badge(painter, badge, look.check_box)
        painter.setPen(readable_on(accent))
    else:
        painter.setPen(QPen(mix(base, text_colour, 0.45), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _draw_badge(painter, badge.adjusted(0.75, 0.75, -0.75, -0.75), look.check_box)
        painter.setPen(text_colour)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, look.letter)

    text_left = badge.right() + PAD_X
    top = card.top() + PAD_Y + max(0.0, (BADGE - document.size().height()) / 2)
    painter.translate(QPointF(text_left, top))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, text_colour)
    document.documentLayout().draw(painter, context)
    painter.translate(QPointF(-text_left, -top))

    if look.tag and accent is not None:
        painter.setFont(tag_font(font))
        painter.setPen(legible(mix(accent, text_colour, 0.25), fill))
        tag_rect = QRectF(card.right() - PAD_X - 400, card.top() + PAD_Y, 400, BADGE)
        painter.drawText(tag_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, look.tag)
    painter.restore()


def _draw_check_box(
    painter: QPainter, palette: QPalette, card: QRectF, ticked: bool, widget: QWidget | None
) -> int:
    """The style's own check box at the card's left; returns the room it takes."""
    size = check_width(widget)
    box = QStyleOptionButton()
    box.rect = QRectF(card.left() + PAD_X, card.top() + PAD_Y + (BADGE - size) / 2, size, size).toRect()
    box.palette = palette
    box.state = QStyle.StateFlag.State_Enabled | (
        QStyle.StateFlag.State_On if ticked else QStyle.StateFlag.State_Off
    )
    painter.save()
    _style(widget).drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)
    painter.restore()
    return size + CHECK_GAP


def _draw_badge(painter: QPainter, rect: QRectF, square: bool) -> None:
    """A round badge for one-answer choices, a square one for check boxes."""
    if square:
        painter.drawRoundedRect(rect, 6, 6)
    else:
        painter.drawEllipse(rect)
