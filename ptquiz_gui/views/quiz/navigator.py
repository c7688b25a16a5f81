"""The grid of every question: answered, flagged, current, and right/wrong once revealed."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
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
    QColor,
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
    QHBoxLayout,
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
from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.theme import readable_on, status_colors

_Index = QModelIndex | QPersistentModelIndex

CELL = 40  # the smallest cell; cells grow with the text so that "100 ✗" fits in one
GRID_GAP = 6
COLUMNS_BESIDE = 5  # columns of cells when the navigator stands beside the question
ROWS_BELOW = 2  # rows of cells shown when it lies under the question (more scroll)


def cell_size(font: QFont) -> int:
    return max(CELL, round(QFontMetricsF(font).height() * 2.3))


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
    number_metrics = QFontMetricsF(number_font(font, current=current))
    mark_metrics = QFontMetricsF(mark_font(font))
    number_width = number_metrics.horizontalAdvance(label)
    mark_width = mark_metrics.horizontalAdvance(mark) if mark else 0.0
    gap = 2.0 if label and mark else 0.0
    if number_width + gap + mark_width <= cell.width() - 4:
        left = cell.center().x() - (number_width + gap + mark_width) / 2
        number = QRectF(left, cell.top(), number_width, cell.height())
        return number, QRectF(number.right() + gap, cell.top(), mark_width, cell.height())
    mark_height = mark_metrics.height()
    number_height = number_metrics.height()
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
        self._fit_height()

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
        self._fit()

    def _fit(self) -> None:
        side = max(26, round(QFontMetricsF(self.font()).height() * 1.5))
        self.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

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


def _legend_entry(sample: _LegendSample, words: str) -> QWidget:
    entry = QWidget()
    entry.setObjectName("legend_entry")
    layout = QHBoxLayout(entry)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(sample)
    label = QLabel(words)
    label.setObjectName("legend_words")
    layout.addWidget(label)
    return entry


class NavigatorPanel(QWidget):
    """The grid with a title and a legend that says what each look means.

    Beside the question it is a column ``COLUMNS_BESIDE`` cells wide; under it (a narrow
    window) it spans the page, shows at most ``ROWS_BELOW`` rows of cells, and drops its title.
    """

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
        self._legend = FlowLayout(spacing=12, row_spacing=4)
        self._beside = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._legend)
        self.set_mode(Mode.PRACTICE)
        self.set_beside(True)

    def side_width(self) -> int:
        """The width of the column beside the question, for the text size now."""
        scroll_bar = self.view.verticalScrollBar().sizeHint().width()
        return COLUMNS_BESIDE * grid_size(self.view.font()) + scroll_bar + 2 * self.view.frameWidth() + 2

    @property
    def beside(self) -> bool:
        return self._beside

    def set_beside(self, beside: bool) -> None:
        self._beside = beside
        self.title.setVisible(beside)
        self.view.show_rows(None if beside else ROWS_BELOW)
        self._fit_width()

    def _fit_width(self) -> None:
        if self._beside:
            self.setFixedWidth(self.side_width())
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

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
        for sample, words in entries:
            self._legend.addWidget(_legend_entry(sample, words))
