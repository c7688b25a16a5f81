"""The grid of every question: answered, flagged, current, and right/wrong once revealed.

Each cell is a list item named in words ("Question 3, answered wrongly, flagged, current").
The selected cell is the current question: selecting another one, as a screen reader's
Toggle action or its list selection does, opens that question, as a click or Enter does.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ptquiz_gui.qtmodels.navigator_model import NavState, Roles
from ptquiz_gui.views.theme import readable_on, status_colors

_Index = QModelIndex | QPersistentModelIndex

CELL = 40  # the smallest cell; cells grow with the text so that "100 ✗" fits in one
GRID_GAP = 6
COLUMNS_BESIDE = 5  # columns of cells when the navigator stands beside the question
COLUMNS_BESIDE_FEWEST = 3  # as few as this where more would leave the question a short line
ROWS_BELOW = 2  # rows of cells shown when it lies under the question (more scroll)
CELL_INSET = 3  # between a cell's rectangle and the rounded square drawn in it
TEXT_GAP = 2.0  # between the number and its mark on one line
TEXT_MARGIN = 4  # kept free across the square by a number and mark on one line


def cell_size(font: QFont) -> int:
    """Square, and wide enough for a two-digit number and its mark on one line in the
    current cell's bold (a hundredth question's "100✗" puts the mark under the number)."""
    by_height = round(QFontMetricsF(font).height() * 2.3)
    by_width = math.ceil(sum(_one_line(font, "99", "✗", current=True)) + TEXT_MARGIN + 2 * CELL_INSET)
    return max(CELL, by_height, by_width)


def _one_line(font: QFont, label: str, mark: str, *, current: bool) -> tuple[float, float, float]:
    """The widths of the number, the gap and the mark, side by side."""
    number = QFontMetricsF(number_font(font, current=current)).horizontalAdvance(label)
    mark_width = QFontMetricsF(mark_font(font)).horizontalAdvance(mark) if mark else 0.0
    return number, TEXT_GAP if label and mark else 0.0, mark_width


def grid_size(font: QFont) -> int:
    return cell_size(font) + GRID_GAP


def mark_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    small.setBold(True)
    return small


def number_font(font: QFont, *, current: bool) -> QFont:
    bold = QFont(font)
    bold.setBold(current)
    return bold


def text_rects(cell: QRectF, font: QFont, label: str, mark: str, *, current: bool) -> tuple[QRectF, QRectF]:
    """Where the number and the ✓/✗ go, so they never overlap: side by side, centred
    together, or where that is too wide ("100✗"), the mark under the number at the right."""
    number_width, gap, mark_width = _one_line(font, label, mark, current=current)
    if number_width + gap + mark_width <= cell.width() - TEXT_MARGIN:
        left = cell.center().x() - (number_width + gap + mark_width) / 2
        number = QRectF(left, cell.top(), number_width, cell.height())
        return number, QRectF(number.right() + gap, cell.top(), mark_width, cell.height())
    mark_height = QFontMetricsF(mark_font(font)).height()
    number_height = QFontMetricsF(number_font(font, current=current)).height()
    number = QRectF(cell.center().x() - number_width / 2, cell.top() + 1, number_width, number_height)
    below = QRectF(cell.right() - 3 - mark_width, cell.bottom() - 1 - mark_height, mark_width, mark_height)
    return number, below


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
    cell = rect.adjusted(CELL_INSET, CELL_INSET, -CELL_INSET, -CELL_INSET)
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
    number_rect, mark_rect = text_rects(cell, font, label, mark, current=current)
    painter.setPen(text if state is NavState.UNANSWERED else readable_on(fill))
    middle = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    if label:
        painter.setFont(number_font(font, current=current))
        painter.drawText(number_rect, middle, label)
    if mark:
        painter.setFont(mark_font(font))
        painter.drawText(mark_rect, middle, mark)
    painter.restore()


class NavigatorDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        grid = grid_size(option.font)
        return QSize(grid, grid)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = QRectF(option.rect)
        size = cell_size(option.font)
        square = QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size, size)
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
    """``question_chosen(position)`` on a click, on Enter, or when another cell is selected
    (by accessibility: the keyboard and the mouse move no selection); arrows move within the grid."""

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
        self.setAccessibleName(self.tr("Question navigator"))
        self.setAccessibleDescription(self.tr("Arrow keys move between questions, Enter opens one"))
        self._showing = -1  # the current question's row, which is the selected one
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self._rows_shown: int | None = None  # all rows (beside the question), or this many (under it)
        self._fit_grid()
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

    def _fit_grid(self) -> None:
        grid = grid_size(self.font())
        self.setGridSize(QSize(grid, grid))
        self._fit_height()

    def show_rows(self, rows: int | None) -> None:
        """Show ``rows`` rows of cells at most (scrolling to the rest), or as many as there is room for."""
        self._rows_shown = rows
        self._fit_height()

    def _fit_height(self) -> None:
        if self._rows_shown is None:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16777215)
            return
        grid = self.gridSize().width()
        count = self.model().rowCount() if self.model() is not None else 0
        per_row = max(1, self.viewport().width() // grid)
        rows = max(1, min(self._rows_shown, -(-count // per_row)))
        self.setFixedHeight(rows * grid + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_grid()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.question_chosen.emit(index.row())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._fit_height)
            model.rowsInserted.connect(self._fit_height)
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self._fit_height()

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Keys and clicks move no selection: the selection is the current question."""
        return QItemSelectionModel.SelectionFlag.NoUpdate

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = [index.row() for index in selected.indexes()]
        if rows and rows[0] != self._showing:
            self.question_chosen.emit(rows[0])  # the page moves, or refuses (paused)
        if self.selectionModel().selectedIndexes() != [self.model().index(self._showing, 0)]:
            self._select(self._showing)

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
            self._showing = position
            self._select(position)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def _select(self, position: int) -> None:
        model, selection = self.model(), self.selectionModel()
        if model is None or not 0 <= position < model.rowCount():
            return
        index = model.index(position, 0)
        if selection.selectedIndexes() != [index]:
            selection.blockSignals(True)
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.viewport().update()
