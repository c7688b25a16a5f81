"""The answer choices: large, word-wrapping, clickable rows labelled A, B, C…

Drawn by a delegate over ``ChoiceModel``: hover, picked and keyboard focus each look
different, and after the key is revealed the key reads green-ish and a wrong pick
red-ish, each with words and a ✓/✗ mark so colour is never the only cue. The choices of
a multiple-answer question are check boxes (a box before a square letter badge) that
clicks, Space and the choice keys tick and un-tick; moving the focus ticks nothing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSizePolicy,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from ptquiz_gui.qtmodels.choice_model import ChoiceModel, ChoiceState, Roles
from ptquiz_gui.views.markdown import mix
from ptquiz_gui.views.theme import legible, readable_on, status_colors

_Index = QModelIndex | QPersistentModelIndex

ROW_GAP = 4  # vertical space between two rows
PAD_X, PAD_Y = 14, 12
BADGE = 30
TAG_GAP = 16
RADIUS = 8.0
CHECK_GAP = 10  # between a check box and the letter badge


def _is_check_box(index: _Index) -> bool:
    return index.data(Qt.ItemDataRole.CheckStateRole) is not None


def _check_width(option: QStyleOptionViewItem) -> int:
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)


def _text_document(text: str, font: QFont, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)  # bank text: plain, never markup
    document.setTextWidth(max(40.0, width))
    return document


class ChoiceDelegate(QStyledItemDelegate):
    """Draws each choice as a card. A view asks for the size of every row many times per
    change (each layout pass), so the laid-out text of a row is kept, keyed by what
    decides its layout: the text, the font and the width."""

    DOCUMENTS_KEPT = 64

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, int], QTextDocument] = {}

    def _document(self, text: str, font: QFont, width: float) -> QTextDocument:
        key = (text, font.key(), round(width))
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= self.DOCUMENTS_KEPT:
                self._documents.clear()
            document = self._documents[key] = _text_document(text, font, width)
        return document

    def _tag_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _text_width(self, option: QStyleOptionViewItem, width: int, tag: str, check: bool = False) -> float:
        used = 2 * PAD_X + BADGE + PAD_X
        if check:
            used += _check_width(option) + CHECK_GAP
        if tag:
            used += QFontMetrics(self._tag_font(option)).horizontalAdvance(tag) + TAG_GAP
        return float(width - used)

    @staticmethod
    def _row_width(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            return widget.viewport().width()
        return int(option.rect.width())

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._row_width(option)
        tag = str(index.data(Roles.TAG) or "")
        text_width = self._text_width(option, width, tag, _is_check_box(index))
        document = self._document(str(index.data() or ""), option.font, text_width)
        height = max(float(BADGE), document.size().height()) + 2 * PAD_Y
        return QSize(width, int(height) + ROW_GAP + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = option.rect
        palette = option.palette
        state_flags = option.state
        state = index.data(Roles.STATE) or ChoiceState.NORMAL
        tag = str(index.data(Roles.TAG) or "")
        hovered = bool(state_flags & QStyle.StateFlag.State_MouseOver)
        focused = bool(state_flags & QStyle.StateFlag.State_HasFocus)
        card = QRectF(rect).adjusted(3, ROW_GAP / 2 + 1, -3, -ROW_GAP / 2 - 1)
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
        }.get(state)
        check = _is_check_box(index)

        if accent is not None:
            fill, border, border_width = mix(base, accent, 0.16), accent, 2.0
        elif hovered:
            fill, border, border_width = mix(base, highlight, 0.07), mix(base, highlight, 0.6), 1.5
        else:
            fill, border, border_width = base, palette.color(QPalette.ColorRole.Mid), 1.0

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, border_width))
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if focused:
            ring = QPen(highlight if accent is None else text_colour, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)

        badge_left = card.left() + PAD_X
        if check:
            badge_left += self._draw_check_box(painter, option, index, card)
        badge = QRectF(badge_left, card.top() + PAD_Y, BADGE, BADGE)
        badge_font = QFont(option.font)
        badge_font.setBold(True)
        painter.setFont(badge_font)
        if accent is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            _draw_badge(painter, badge, check)
            painter.setPen(readable_on(accent))
        else:
            painter.setPen(QPen(mix(base, text_colour, 0.45), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            _draw_badge(painter, badge.adjusted(0.75, 0.75, -0.75, -0.75), check)
            painter.setPen(text_colour)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(Roles.LETTER) or ""))

        text_left = badge.right() + PAD_X
        text_width = self._text_width(option, rect.width(), tag, check)
        document = self._document(str(index.data() or ""), option.font, text_width)
        text_height = document.size().height()
        top = card.top() + PAD_Y + max(0.0, (BADGE - text_height) / 2)
        painter.translate(QPointF(text_left, top))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        document.documentLayout().draw(painter, context)
        painter.translate(QPointF(-text_left, -top))

        if tag and accent is not None:
            tag_font = self._tag_font(option)
            painter.setFont(tag_font)
            painter.setPen(legible(mix(accent, text_colour, 0.25), fill))
            tag_rect = QRectF(card.right() - PAD_X - 400, card.top() + PAD_Y, 400, BADGE)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tag)
        painter.restore()

    @staticmethod
    def _draw_check_box(painter: QPainter, option: QStyleOptionViewItem, index: _Index, card: QRectF) -> int:
        """The style's own check box at the row's left; returns the room it takes."""
        size = _check_width(option)
        box = QStyleOptionButton()
        box.rect = QRectF(card.left() + PAD_X, card.top() + PAD_Y + (BADGE - size) / 2, size, size).toRect()
        box.palette = option.palette
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        box.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if ticked else QStyle.StateFlag.State_Off
        )
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        painter.save()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)
        painter.restore()
        return size + CHECK_GAP


def _draw_badge(painter: QPainter, rect: QRectF, square: bool) -> None:
    """A round badge for one-answer choices, a square one for check boxes."""
    if square:
        painter.drawRoundedRect(rect, 6, 6)
    else:
        painter.drawEllipse(rect)


class ChoiceListView(QListView):
    """Shows every choice at full height (no inner scrolling; the page scrolls).

    ``choice_picked(row)`` on a click, on Space, or when Up/Down/Home/End move the
    keyboard focus to another row (radio-button style; not for check boxes, which only a
    click, Space or a choice key ticks); ``choice_confirmed(row)`` on a double click.
    Keys of the quiz contract are left to the page.
    """

    choice_picked = Signal(int)
    choice_confirmed = Signal(int)

    _OWN_KEYS = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space, Qt.Key.Key_Tab}
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moving_by_keyboard = False
        self.setObjectName("choice_list")
        self.setAccessibleName("Answer choices")
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.viewport().setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._fit_height)
            model.dataChanged.connect(self._fit_height)
        self._fit_height()

    def choice_model(self) -> ChoiceModel:
        model = self.model()
        assert isinstance(model, ChoiceModel)
        return model

    def show_current(self, row: int | None) -> None:
        """Put the keyboard focus on ``row`` (the picked choice) without picking anything."""
        if row is None:
            self.selectionModel().clearCurrentIndex()
        else:
            self.setCurrentIndex(self.model().index(row, 0))
        self.viewport().update()

    @Slot()
    def _fit_height(self) -> None:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = sum(max(0, self.sizeHintForRow(r)) for r in range(rows)) + 2 * self.frameWidth() + 2
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def currentChanged(self, current: _Index, previous: _Index) -> None:
        super().currentChanged(current, previous)
        model = self.choice_model()
        if model.multiple or not self._moving_by_keyboard or not current.isValid():
            return
        if current.row() != model.selected:
            self.choice_picked.emit(current.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.choice_picked.emit(self.currentIndex().row())
            return
        if key in self._OWN_KEYS:
            self._moving_by_keyboard = True
            try:
                super().keyPressEvent(event)
            finally:
                self._moving_by_keyboard = False
            return
        event.ignore()  # contract keys (digits, letters, Enter, arrows…) belong to the page

    def keyboardSearch(self, search: str) -> None:
        """Letters choose through the page, not by searching the rows."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.choice_picked.emit(index.row())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.choice_confirmed.emit(index.row())
            return
        super().mouseDoubleClickEvent(event)
