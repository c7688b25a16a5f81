"""The navigator with its title and a legend that says what each look of a cell means."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.navigator_model import NavigatorModel, NavState
from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.quiz.navigator import COLUMNS_BESIDE, ROWS_BELOW, NavigatorView, grid_size, paint_cell


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


ROWS_WITH_LEGEND = 3  # rows of cells kept above the legend when the cells scroll anyway


class NavigatorPanel(QWidget):
    """The grid with a title and a legend that says what each look means.

    Beside the question it is a column ``COLUMNS_BESIDE`` cells wide (or fewer, where the
    question would otherwise get a short line), and its legend shows where the column is tall
    enough for it under all the cells; under the question (a narrow window) it spans the page,
    shows at most ``ROWS_BELOW`` rows of cells, and drops its title.
    """

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator_panel")
        self.title = QLabel(self.tr("Questions"))
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.view = NavigatorView()
        self.view.setModel(model)
        self.title.setBuddy(self.view)
        self.legend = QWidget()
        self.legend.setObjectName("navigator_legend")
        self._legend = FlowLayout(self.legend, spacing=12, row_spacing=4)
        self._legend.setContentsMargins(0, 0, 0, 0)
        self._beside = True
        self._columns = COLUMNS_BESIDE
        self._spacing = 8
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self._spacing)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.set_mode(Mode.PRACTICE)
        self.set_beside(True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        model = self.view.model()
        model.modelReset.connect(self._fit_legend)
        model.rowsInserted.connect(self._fit_legend)
        model.rowsRemoved.connect(self._fit_legend)

    def side_width(self, columns: int = COLUMNS_BESIDE) -> int:
        """The width of a column of ``columns`` cells beside the question, for the text size now."""
        scroll_bar = self.view.verticalScrollBar().sizeHint().width()
        return columns * grid_size(self.view.font()) + scroll_bar + 2 * self.view.frameWidth() + 2

    @property
    def beside(self) -> bool:
        return self._beside

    @property
    def columns(self) -> int:
        return self._columns

    def set_beside(self, beside: bool, columns: int = COLUMNS_BESIDE) -> None:
        self._beside, self._columns = beside, columns
        self.title.setVisible(beside)
        self.view.show_rows(None if beside else ROWS_BELOW)
        self._fit_width()
        self._fit_legend()

    def _fit_width(self) -> None:
        if self._beside:
            self.setFixedWidth(self.side_width(self._columns))
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)

    def _fit_legend(self) -> None:
        """Beside the question, the legend shows under the cells unless it would make them
        scroll when they could all be seen without it (a short window): then it gives way.
        Cells that scroll anyway (a long bank) keep it, with ``ROWS_WITH_LEGEND`` rows above."""
        if not self._beside:
            self.legend.setVisible(True)
            return
        count = self.view.model().rowCount() if self.view.model() is not None else 0
        grid = grid_size(self.view.font())
        frame = 2 * self.view.frameWidth()
        rows = max(1, -(-count // self._columns))
        title = self.title.sizeHint().height() + self._spacing
        legend = self._legend.heightForWidth(self.width()) + self._spacing
        room = self.height() - title
        if rows * grid + frame <= room:
            shown = rows * grid + frame + legend <= room
        else:
            shown = min(rows, ROWS_WITH_LEGEND) * grid + frame + legend <= room
        self.legend.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
            self._fit_legend()

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
                (_LegendSample(NavState.CORRECT), self.tr("Right")),
                (_LegendSample(NavState.WRONG), self.tr("Wrong")),
            ]
        else:
            answered = [(_LegendSample(NavState.ANSWERED), self.tr("Answered"))]
        entries = [
            *answered,
            (_LegendSample(NavState.UNANSWERED), self.tr("Not answered")),
            (_LegendSample(NavState.UNANSWERED, flagged=True), self.tr("Flagged")),
            (_LegendSample(NavState.UNANSWERED, current=True), self.tr("Current")),
        ]
        for sample, words in entries:
            self._legend.addWidget(_legend_entry(sample, words))
        self._fit_legend()
