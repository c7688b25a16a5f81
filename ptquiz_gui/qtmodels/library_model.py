"""The library: one row per loaded bank, with the user's best score and last attempt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ptquiz_gui.domain import display
from ptquiz_gui.domain.model import Bank, BankSource
from ptquiz_gui.qtmodels.fixed_table import RIGHT, Index
from ptquiz_gui.qtmodels.plain_text import plain_tooltip


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    bank: Bank
    best_percent: float | None = None
    last_attempt: datetime | None = None
    attempts: int = 0
    readiness: float | None = None  # the predicted score today (0-1), once the history is open
    projection: tuple[float, ...] = ()  # readiness on each of the next 30 days with no review


def readiness_words(entry: LibraryEntry) -> str:
    """``72% · pass 70%``: the predicted score beside the pass mark (a dash before the history is read)."""
    if entry.readiness is None:
        return display.NO_VALUE
    return QCoreApplication.translate("library_model", "{readiness} · pass {pass_mark}").format(
        readiness=display.percent(100 * entry.readiness), pass_mark=display.percent(entry.bank.pass_mark)
    )


SPARK_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float]) -> str:
    """One block a value (0-1), taller for higher: a curve in a line of text."""
    top = len(SPARK_BLOCKS) - 1
    return "".join(SPARK_BLOCKS[round(min(max(v, 0.0), 1.0) * top)] for v in values)


def readiness_explained() -> str:
    return QCoreApplication.translate(
        "library_model",
        "Readiness: the score you would be expected to get if you took this bank's exam today, "
        "from your answers and spaced review (see docs/spaced-review.md). The curve shows it over "
        "the next 30 days if you review nothing."
    )


SPARK_EVERY_DAYS = 3  # the detail pane's curve: one block every three days keeps it short


class Column(IntEnum):
    TITLE = 0
    TOPICS = 1
    QUESTIONS = 2
    TIME_LIMIT = 3
    BEST = 4
    LAST = 5
    READINESS = 6


HEADERS = {  # translated when shown
    Column.TITLE: QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    Column.TOPICS: QT_TRANSLATE_NOOP("LibraryModel", "Topics"),
    Column.QUESTIONS: QT_TRANSLATE_NOOP("LibraryModel", "Questions"),
    Column.TIME_LIMIT: QT_TRANSLATE_NOOP("LibraryModel", "Time limit"),
    Column.BEST: QT_TRANSLATE_NOOP("LibraryModel", "Best score"),
    Column.LAST: QT_TRANSLATE_NOOP("LibraryModel", "Last attempt"),
    Column.READINESS: QT_TRANSLATE_NOOP("LibraryModel", "Readiness"),
}


class Roles(IntEnum):
    SORT = Qt.ItemDataRole.UserRole
    BANK_ID = Qt.ItemDataRole.UserRole + 1
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
    ENTRY = Qt.ItemDataRole.UserRole + 3


_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_RIGHT_ALIGNED = frozenset({Column.QUESTIONS, Column.TIME_LIMIT, Column.BEST, Column.READINESS})


class LibraryModel(QStandardItemModel):
    """The rows live in Qt's item model, filled once per change of entries: the view and its
    sort proxy ask for every role of every cell many times over (each paint, each column-width
    pass), and answering in C++ rather than through a Python ``data()`` is most of the
    library's cost before the first paint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(Column), parent)
        self._entries: list[LibraryEntry] = []
        self._set_headers()

    def _set_headers(self) -> None:
        for column in Column:
            item = QStandardItem(self.tr(str(HEADERS[column])))
            if column in _RIGHT_ALIGNED:
                item.setData(RIGHT, _ALIGNMENT)
            self.setHorizontalHeaderItem(column, item)

    def set_entries(self, entries: Sequence[LibraryEntry]) -> None:
        self.beginResetModel()
        blocked = self.blockSignals(True)  # one reset, not a signal per cell
        try:
            self.setRowCount(0)
            self._entries = list(entries)
            for number, entry in enumerate(self._entries):
                self.insertRow(number, self._cells(entry))
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._entries)

    def entry(self, row: int) -> LibraryEntry:
        return self._entries[row]

    def row_of(self, bank_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.bank.id == bank_id:
                return row
        return -1

    def _cells(self, entry: LibraryEntry) -> list[QStandardItem]:
        cells = []
        for column in Column:
            item = QStandardItem(self._display(entry, column))
            item.setFlags(_FLAGS)
            item.setData(self._sort_key(entry, column), Roles.SORT)
            if column in _RIGHT_ALIGNED:
                item.setData(RIGHT, _ALIGNMENT)
            cells.append(item)
        bank = entry.bank
        title = cells[Column.TITLE]
        title.setData(bank.id, Roles.BANK_ID)
        search_text = " ".join((bank.id, bank.title, bank.description, " ".join(bank.topics)))
        title.setData(search_text.casefold(), Roles.SEARCH_TEXT)
        title.setData(entry, Roles.ENTRY)
        # The description in plain text: a screen reader would otherwise be handed the
        # tooltip's HTML paragraph.
        where = self.tr("bundled with PTQuiz") if bank.source is BankSource.BUNDLED else str(bank.path)
        about = f"{bank.id} — {where}"
        title.setData(about, Qt.ItemDataRole.AccessibleDescriptionRole)
        title.setData(plain_tooltip(f"{bank.title}\n{about}"), Qt.ItemDataRole.ToolTipRole)
        if entry.readiness is not None:
            # The cell shows the figure alone (a narrow list keeps room for titles); read
            # aloud and in the tip it stands beside the pass mark.
            readiness = cells[Column.READINESS]
            words = readiness_words(entry)
            readiness.setData(words, Qt.ItemDataRole.AccessibleTextRole)
            tip = self.tr("The score you would be expected to get if you took this bank's exam today.")
            readiness.setData(f"{words}\n{tip}", Qt.ItemDataRole.ToolTipRole)
        return cells

    @staticmethod
    def _display(entry: LibraryEntry, column: Column) -> str:
        bank = entry.bank
        if column is Column.TITLE:
            return bank.title
        if column is Column.TOPICS:
            return ", ".join(bank.topics)
        if column is Column.QUESTIONS:
            return display.current_locale().number(len(bank.questions))
        if column is Column.TIME_LIMIT:
            return display.minutes(bank.effective_time_limit)
        if column is Column.BEST:
            return display.percent(entry.best_percent)
        if column is Column.READINESS:
            return display.percent(None if entry.readiness is None else 100 * entry.readiness)
        if entry.last_attempt is None:
            return QCoreApplication.translate("LibraryModel", "never")
        return display.moment(entry.last_attempt)

    @staticmethod
    def _sort_key(entry: LibraryEntry, column: Column) -> object:
        bank = entry.bank
        if column is Column.TITLE:
            return bank.title.casefold()
        if column is Column.TOPICS:
            return ", ".join(bank.topics).casefold()
        if column is Column.QUESTIONS:
            return len(bank.questions)
        if column is Column.TIME_LIMIT:
            return bank.effective_time_limit
        if column is Column.BEST:
            return -1.0 if entry.best_percent is None else entry.best_percent
        if column is Column.READINESS:
            return -1.0 if entry.readiness is None else entry.readiness
        return entry.last_attempt.timestamp() if entry.last_attempt else 0.0


class LibraryFilterProxy(QSortFilterProxyModel):
    """Matches every word of the search box against title, id, topics and description."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Roles.SORT)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(Roles.SEARCH_TEXT) or "")
        return all(word in haystack for word in self._words)
