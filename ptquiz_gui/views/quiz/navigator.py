"""The grid of every question: answered, flagged, current, and right/wrong once revealed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.navigator_model import NavigatorModel, NavState, Roles
from ptquiz_gui.views.theme import status_colors

_Index = QModelIndex | QPersistentModelIndex

CELL = 40
GRID = 46


def luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def readable_on(background: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with ``background`` (WCAG ratio)."""
    dark, light = QColor("#101316"), QColor("#ffffff")
    lum = luminance(background)
    on_dark = (lum + 0.05) / (luminance(dark) + 0.05)
    on_light = (luminance(light) + 0.05) / (lum + 0.05)
    return dark if on_dark >= on_light else light


def paint_cell(
    painter: QPainter,
    rect: QRectF,
    palette: QPalette,
    font: QFont,
    *,
    label: str,
    state: NavState,
    flagged: bool,
    current: bool,
    focused: bool = False,
) -> None:
    """One navigator cell; the legend draws its samples with this too."""
    colours = status_colors(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    fill = {
        NavState.UNANSWERED: base,
        NavState.ANSWERED: colours.answered,
        NavState.CORRECT: colours.right,
        NavState.WRONG: colours.wrong,
    }[state]
    mark = {NavState.CORRECT: "✓", NavState.WRONG: "✗"}.get(state, "")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    cell = rect.adjusted(3, 3, -3, -3)
    if current:
        painter.setPen(QPen(colours.current, 3))
    else:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(cell, 6, 6)
    if focused:
        painter.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    if flagged:
        corner = QPolygonF(
            [
                QPointF(cell.right() - 13, cell.top()),
                QPointF(cell.right(), cell.top()),
                QPointF(cell.right(), cell.top() + 13),
            ]
        )
        path = QPainterPath()
        path.addPolygon(corner)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(path, colours.flagged)
    number_font = QFont(font)
    number_font.setBold(current)
    painter.setFont(number_font)
    painter.setPen(text if state is NavState.UNANSWERED else readable_on(fill))
    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, label)
    if mark:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        small.setBold(True)
        painter.setFont(small)
        bottom_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        painter.drawText(cell.adjusted(0, 0, -3, -1), bottom_right, mark)
    painter.restore()


class NavigatorDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(GRID, GRID)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = QRectF(option.rect)
        square = QRectF(rect.center().x() - CELL / 2, rect.center().y() - CELL / 2, CELL, CELL)
        paint_cell(
            painter,
            square,
            option.palette,
            option.font,
            label=str(index.data() or ""),
            state=index.data(Roles.STATE) or NavState.UNANSWERED,
            flagged=bool(index.data(Roles.FLAGGED)),
            current=bool(index.data(Roles.CURRENT)),
            focused=bool(option.state & QStyle.StateFlag.State_HasFocus),
        )


class NavigatorView(QListView):
    """``question_chosen(position)`` on a click or on Enter; arrows move within the grid."""

    question_chosen = Signal(int)

    _OWN_KEYS = frozenset(
        {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName("Question navigator")
        self.setAccessibleDescription("Arrow keys move between questions, Enter opens one")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setGridSize(QSize(GRID, GRID))
        self.setSpacing(0)
        self.setItemDelegate(NavigatorDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.clicked.connect(self._choose)

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.question_chosen.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._choose(self.currentIndex())
            return
        if key in self._OWN_KEYS:
            super().keyPressEvent(event)
            return
        event.ignore()  # the rest of the quiz keys belong to the page

    def keyboardSearch(self, search: str) -> None:
        """Letters and digits are quiz keys here, not a search."""

    def show_current(self, position: int) -> None:
        model = self.model()
        if model is not None and 0 <= position < model.rowCount():
            index = model.index(position, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index)


class _LegendSample(QWidget):
    def __init__(self, state: NavState, *, flagged: bool = False, current: bool = False) -> None:
        super().__init__()
        self._state, self._flagged, self._current = state, flagged, current
        self.setFixedSize(26, 26)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        paint_cell(
            painter,
            QRectF(self.rect()),
            self.palette(),
            small,
            label="",
            state=self._state,
            flagged=self._flagged,
            current=self._current,
        )
        painter.end()


class NavigatorPanel(QWidget):
    """The grid with a title and a legend that says what each look means."""

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator_panel")
        self.title = QLabel("Questions")
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.view = NavigatorView()
        self.view.setModel(model)
        self.title.setBuddy(self.view)
        self._legend = QGridLayout()
        self._legend.setHorizontalSpacing(8)
        self._legend.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._legend)
        self.set_mode(Mode.PRACTICE)

    def set_mode(self, mode: Mode) -> None:
        while self._legend.count():
            item = self._legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        answered: list[tuple[_LegendSample, str]]
        if mode is Mode.PRACTICE:
            answered = [
                (_LegendSample(NavState.CORRECT), "Right"),
                (_LegendSample(NavState.WRONG), "Wrong"),
            ]
        else:
            answered = [(_LegendSample(NavState.ANSWERED), "Answered")]
        entries = [
            *answered,
            (_LegendSample(NavState.UNANSWERED), "Not answered"),
            (_LegendSample(NavState.UNANSWERED, flagged=True), "Flagged"),
            (_LegendSample(NavState.UNANSWERED, current=True), "Current"),
        ]
        for i, (sample, words) in enumerate(entries):
            label = QLabel(words)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            row, column = divmod(i, 2)
            self._legend.addWidget(sample, row, column * 2)
            self._legend.addWidget(label, row, column * 2 + 1)
        self._legend.setColumnStretch(1, 1)
        self._legend.setColumnStretch(3, 1)
