"""Past attempts as a table that reads the history store one page at a time.

Only the rows a view has scrolled to are ever loaded (``canFetchMore``/``fetchMore``),
so a history of 100,000 attempts opens as fast as one of ten. Sorting and filtering
re-query the store: nothing is sorted in Python.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.plan import Mode, PlanKind
from ptquiz_gui.qtmodels.fixed_table import FixedTableModel, Index
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import AttemptSummary, HistoryFilter, HistorySort, SortKey

PAGE_SIZE = 200


class Column(IntEnum):
    DATE = 0
    BANK = 1
    MODE = 2
    SCORE = 3
    PERCENT = 4
    DURATION = 5
    STATUS = 6


_CONTEXT = "HistoryModel"
HEADERS = {  # English sources; ``headerData`` shows them translated
    Column.DATE: str(QT_TRANSLATE_NOOP("HistoryModel", "Date")),
    Column.BANK: str(QT_TRANSLATE_NOOP("HistoryModel", "Bank")),
    Column.MODE: str(QT_TRANSLATE_NOOP("HistoryModel", "Mode")),
    Column.SCORE: str(QT_TRANSLATE_NOOP("HistoryModel", "Score")),
    Column.PERCENT: str(QT_TRANSLATE_NOOP("HistoryModel", "Percent")),
    Column.DURATION: str(QT_TRANSLATE_NOOP("HistoryModel", "Duration")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("HistoryModel", "Status")),
}

SORT_KEYS = {
    Column.DATE: SortKey.DATE,
    Column.BANK: SortKey.BANK,
    Column.MODE: SortKey.MODE,
    Column.SCORE: SortKey.SCORE,
    Column.PERCENT: SortKey.PERCENT,
    Column.DURATION: SortKey.DURATION,
    Column.STATUS: SortKey.STATUS,
}

KIND_LABELS = {
    PlanKind.BANK: str(QT_TRANSLATE_NOOP("HistoryModel", "whole bank")),
    PlanKind.MIXED: str(QT_TRANSLATE_NOOP("HistoryModel", "mixed exam")),
    PlanKind.RETRY: str(QT_TRANSLATE_NOOP("HistoryModel", "retry of missed questions")),
    PlanKind.REVIEW: str(QT_TRANSLATE_NOOP("HistoryModel", "spaced review")),
}

_NUMERIC = (Column.SCORE, Column.PERCENT, Column.DURATION)


class Roles(IntEnum):
    SORT = Qt.ItemDataRole.UserRole  # the raw value the store sorts this column by
    ATTEMPT_ID = Qt.ItemDataRole.UserRole + 1
    BANK_ID = Qt.ItemDataRole.UserRole + 2
    SUMMARY = Qt.ItemDataRole.UserRole + 3  # the whole AttemptSummary
    PASSED = Qt.ItemDataRole.UserRole + 4  # True, False, or None while not finished


def format_score(summary: AttemptSummary) -> str:
    return display.NO_VALUE if summary.score is None else display.score(summary.score, summary.total)


def format_percent(summary: AttemptSummary) -> str:
    return display.percent(summary.percent)


def format_date(summary: AttemptSummary) -> str:
    return display.moment(summary.started_at)


def format_mode(mode: Mode) -> str:
    if mode is Mode.EXAM:
        return QCoreApplication.translate("HistoryModel", "Exam")
    return QCoreApplication.translate("HistoryModel", "Practice")


def format_status(summary: AttemptSummary) -> str:
    return display.attempt_status(summary.status, summary.passed, summary.timed_out)


class HistoryModel(FixedTableModel):
    """Rows are ``AttemptSummary`` records in the store's order for the current sort.

    ``load_failed(str)`` carries the store's plain message when a read fails; the model
    then shows what it had.
    """

    load_failed = Signal(str)

    headers = tuple(HEADERS[c] for c in Column)
    right_aligned = frozenset(_NUMERIC)

    def __init__(
        self, store: HistoryReader, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = max(1, page_size)
        self._filter = HistoryFilter()
        self._sort = HistorySort()
        self._rows: list[AttemptSummary] = []
        self._total = 0
        # Views (and model testers) may ask for more while told of a change; no page is
        # fetched until that change is complete.
        self._changing = False

    # --- what is listed --------------------------------------------------------------------

    @property
    def history_filter(self) -> HistoryFilter:
        return self._filter

    @property
    def history_sort(self) -> HistorySort:
        return self._sort

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def total(self) -> int:
        """How many attempts match the filter (loaded or not)."""
        return self._total

    def set_filter(self, flt: HistoryFilter) -> None:
        self._filter = flt
        self.reload()

    def set_sort(self, order: HistorySort) -> None:
        self._sort = order
        self.reload()

    def reload(self) -> None:
        """Count again and load the first page (after a filter, sort or history change)."""
        try:
            total = self._store.count_attempts(self._filter)
            rows = self._store.list_attempts(self._filter, self._sort, 0, self._page_size)
        except StorageError as error:
            total, rows = 0, []
            self.load_failed.emit(str(error))
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = rows
            self._total = len(rows) if len(rows) < self._page_size else max(total, len(rows))
            self.endResetModel()
        finally:
            self._changing = False

    def summary(self, row: int) -> AttemptSummary:
        return self._rows[row]

    def column_texts(self, column: Column, first: int, last: int) -> set[str]:
        """The distinct texts ``column`` shows in the loaded rows ``first``…``last`` (to fit it)."""
        return {self._display(s, column) for s in self._rows[max(0, first) : last + 1]}

    def row_of(self, attempt_id: int) -> int:
        """The row of a loaded attempt, or -1."""
        for row, s in enumerate(self._rows):
            if s.id == attempt_id:
                return row
        return -1

    # --- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._changing and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        try:
            page = self._store.list_attempts(self._filter, self._sort, len(self._rows), self._page_size)
        except StorageError as error:
            self._total = len(self._rows)
            self.load_failed.emit(str(error))
            return
        if len(page) < self._page_size:
            self._total = len(self._rows) + len(page)  # the history shrank since it was counted
        if not page:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._changing = False

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        wanted = HistorySort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self.set_sort(wanted)

    # --- QAbstractItemModel ----------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        shown = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(shown, str):
            return QCoreApplication.translate(_CONTEXT, shown)
        return shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.cell_in_range(index):
            return None
        s = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(s, column)
        if role == Roles.SORT:
            return self._sort_value(s, column)
        if role == Roles.ATTEMPT_ID:
            return s.id
        if role == Roles.BANK_ID:
            return s.bank_id
        if role == Roles.SUMMARY:
            return s
        if role == Roles.PASSED:
            return s.passed if s.status is Status.FINISHED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    @staticmethod
    def _display(s: AttemptSummary, column: Column) -> str:
        if column is Column.DATE:
            return format_date(s)
        if column is Column.BANK:
            return s.title
        if column is Column.MODE:
            return format_mode(s.mode)
        if column is Column.SCORE:
            return format_score(s)
        if column is Column.PERCENT:
            return format_percent(s)
        if column is Column.DURATION:
            return display.duration(s.elapsed)
        return format_status(s)

    @staticmethod
    def _sort_value(s: AttemptSummary, column: Column) -> object:
        if column is Column.DATE:
            return s.started_at
        if column is Column.BANK:
            return s.bank_id
        if column is Column.MODE:
            return s.mode.value
        if column is Column.SCORE:
            return s.score
        if column is Column.PERCENT:
            return s.percent
        if column is Column.DURATION:
            return s.elapsed
        return s.status.value

    @staticmethod
    def _tooltip(s: AttemptSummary, column: Column) -> str | None:
        if column is Column.DATE and s.finished_at is not None:
            return QCoreApplication.translate("HistoryModel", "Finished {moment}").format(
                moment=display.moment_seconds(s.finished_at)
            )
        if column is Column.BANK:
            bank = QCoreApplication.translate("HistoryModel", "{bank_id} · {kind} · pass mark {pass_mark}")
            return bank.format(
                bank_id=s.bank_id,
                kind=QCoreApplication.translate(_CONTEXT, KIND_LABELS[s.kind]),
                pass_mark=display.percent(s.pass_mark),
            )
        if column is Column.SCORE:
            number = display.current_locale().number
            return QCoreApplication.translate("HistoryModel", "{answered} of {total} answered").format(
                answered=number(s.answered), total=number(s.total)
            )
        return None
