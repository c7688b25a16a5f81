"""The row of history filters: bank, mode, and a date range (or any date).

Each box is the buddy of the label before it, so a screen reader announces the label with
the box (on Linux Qt names a combo box by its current text and links the label to it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.storage.records import HistoryFilter
from ptquiz_gui.views.flow_layout import FlowLayout

ALL_BANKS = str(QT_TRANSLATE_NOOP("HistoryFilterBar", "All banks"))
_MODES: tuple[tuple[str, Mode | None], ...] = (
    (str(QT_TRANSLATE_NOOP("HistoryFilterBar", "All modes")), None),
    (str(QT_TRANSLATE_NOOP("HistoryFilterBar", "Practice")), Mode.PRACTICE),
    (str(QT_TRANSLATE_NOOP("HistoryFilterBar", "Exam")), Mode.EXAM),
)
DATE_FORMAT = "yyyy-MM-dd"  # English keeps ISO dates, as the table shows them
BANK_COMBO_CHARS = 26  # long titles are elided in the box; the list opens wide enough to read them


# The app's focus frame covers line edits, spin boxes and combo boxes; date boxes need it too.
def fit_popup_to_items(combo: QComboBox) -> None:
    """Let the drop-down list be wider than the box, so a long title can be read in full."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)


def date_format() -> str:
    """ISO in English (the C locale), else the short date of the chosen language."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return DATE_FORMAT
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def _translated(text: str) -> str:
    return QCoreApplication.translate("HistoryFilterBar", text)


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in the local time zone, as an aware datetime."""
    return datetime(day.year, day.month, day.day).astimezone()


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_range(first: date, last: date) -> tuple[datetime, datetime]:
    """``since``/``until`` for a filter covering ``first`` to ``last`` inclusive (local days)."""
    if last < first:
        first, last = last, first
    return local_midnight(first), local_midnight(last + timedelta(days=1))


def _together(*widgets: QWidget) -> QWidget:
    """Widgets that stay on one row when the filters wrap (a label beside its box)."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group


class HistoryFilterBar(QWidget):
    """Emits ``filter_changed(HistoryFilter)`` whenever the user changes a filter."""

    filter_changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_filter_bar")
        self.bank_combo = QComboBox()
        self.bank_combo.setObjectName("history_bank_filter")
        self.bank_combo.setAccessibleName(self.tr("Filter by bank"))
        self.bank_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bank_combo.setMinimumContentsLength(BANK_COMBO_CHARS)
        self.bank_combo.addItem(_translated(ALL_BANKS), None)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("history_mode_filter")
        self.mode_combo.setAccessibleName(self.tr("Filter by mode"))
        for label, mode in _MODES:
            self.mode_combo.addItem(_translated(label), None if mode is None else mode.value)
        self.any_date = QCheckBox(self.tr("Any dat&e"))
        self.any_date.setObjectName("history_any_date")
        self.any_date.setAccessibleName(self.tr("Any date"))
        self.any_date.setChecked(True)
        self.from_edit = self._date_edit("history_from", self.tr("From date"), today - timedelta(days=30))
        self.to_edit = self._date_edit("history_to", self.tr("To date"), today)
        self.bank_label = QLabel(self.tr("&Bank:"))
        self.bank_label.setObjectName("history_bank_label")
        self.bank_label.setBuddy(self.bank_combo)
        self.mode_label = QLabel(self.tr("&Mode:"))
        self.mode_label.setObjectName("history_mode_label")
        self.mode_label.setBuddy(self.mode_combo)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)

        layout = FlowLayout(self, spacing=18)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_together(self.bank_label, self.bank_combo))
        layout.addWidget(_together(self.mode_label, self.mode_combo))
        layout.addWidget(_together(self.any_date, from_label, self.from_edit, to_label, self.to_edit))
        focus_chain = [self.bank_combo, self.mode_combo, self.any_date, self.from_edit, self.to_edit]
        for first, second in zip(focus_chain, focus_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._sync_dates_enabled()
        self._connect_signals()

    @staticmethod
    def _date_edit(name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        return edit

    def _connect_signals(self) -> None:
        self.bank_combo.currentIndexChanged.connect(self._on_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_changed)
        self.any_date.toggled.connect(self._on_any_date_toggled)
        self.from_edit.dateChanged.connect(self._on_changed)
        self.to_edit.dateChanged.connect(self._on_changed)

    # --- content ---------------------------------------------------------------------------

    def set_banks(self, banks: Sequence[tuple[str, str]]) -> None:
        """``(bank_id, title)`` pairs, in the order to show; the chosen bank stays chosen
        while it is still listed (otherwise the filter falls back to all banks and says so)."""
        chosen = self.bank_id()
        self.bank_combo.blockSignals(True)
        try:
            self.bank_combo.clear()
            self.bank_combo.addItem(_translated(ALL_BANKS), None)
            for bank_id, title in banks:
                self.bank_combo.addItem(title, bank_id)
            fit_popup_to_items(self.bank_combo)
            index = self.bank_combo.findData(chosen) if chosen is not None else 0
            self.bank_combo.setCurrentIndex(max(index, 0))
        finally:
            self.bank_combo.blockSignals(False)
        if chosen is not None and self.bank_id() is None:
            self._on_changed()

    def bank_id(self) -> str | None:
        data = self.bank_combo.currentData()
        return data if isinstance(data, str) else None

    def set_bank_id(self, bank_id: str | None) -> None:
        index = 0 if bank_id is None else self.bank_combo.findData(bank_id)
        if index >= 0:
            self.bank_combo.setCurrentIndex(index)

    def mode(self) -> Mode | None:
        data = self.mode_combo.currentData()
        return Mode(data) if isinstance(data, str) else None

    def current_filter(self) -> HistoryFilter:
        since = until = None
        if not self.any_date.isChecked():
            since, until = date_range(to_date(self.from_edit.date()), to_date(self.to_edit.date()))
        return HistoryFilter(bank_id=self.bank_id(), mode=self.mode(), since=since, until=until)

    # --- input -----------------------------------------------------------------------------

    def _sync_dates_enabled(self) -> None:
        specific = not self.any_date.isChecked()
        self.from_edit.setEnabled(specific)
        self.to_edit.setEnabled(specific)

    @Slot(bool)
    def _on_any_date_toggled(self, _checked: bool) -> None:
        self._sync_dates_enabled()
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self.filter_changed.emit(self.current_filter())
