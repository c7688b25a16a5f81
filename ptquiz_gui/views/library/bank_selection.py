"""Which bank the library's list has current, and which it has selected (several, for a
mixed exam): chosen by the program as a user would expect, kept across a reload, and a
screen reader's pick taken as a click."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTreeView

from ptquiz_gui.qtmodels.library_model import LibraryFilterProxy, LibraryModel, Roles

_FLAGS = QItemSelectionModel.SelectionFlag


class BankSelection:
    def __init__(self, view: QTreeView, model: LibraryModel, proxy: LibraryFilterProxy) -> None:
        self._view = view
        self._model = model
        self._proxy = proxy

    def current_bank_id(self) -> str:
        index = self._view.currentIndex()
        return str(index.data(Roles.BANK_ID)) if index.isValid() else ""

    def selected_bank_ids(self) -> list[str]:
        """The banks selected, in list order; the current one when none is."""
        rows = self._view.selectionModel().selectedRows()
        ids = [str(i.data(Roles.BANK_ID)) for i in sorted(rows, key=lambda i: i.row())]
        current = self.current_bank_id()
        return ids or ([current] if current else [])

    def shown_row(self, bank_id: str) -> int:
        """The row ``bank_id`` is shown in, or -1 (none such, or hidden by the search)."""
        row = self._model.row_of(bank_id) if bank_id else -1
        return self._proxy.mapFromSource(self._model.index(row, 0)).row() if row >= 0 else -1

    def select_row(self, row: int) -> bool:
        """Make ``row`` (kept within the list) current and the only one selected; False when
        the list shows no row."""
        if self._proxy.rowCount() == 0:
            return False
        row = min(max(row, 0), self._proxy.rowCount() - 1)
        index = self._proxy.index(row, 0)
        self._view.setCurrentIndex(index)  # (where Shift+arrows extend from)
        selection = self._view.selectionModel()
        if [selected.row() for selected in selection.selectedRows()] != [row]:
            # Qt read a key held at that moment: Ctrl, held for Ctrl+V or Ctrl+Backspace in the
            # search box, made it toggle the bank rather than select it alone.
            selection.select(index, _FLAGS.ClearAndSelect | _FLAGS.Rows)
        self._view.scrollTo(index)
        return True

    def restore(self, current: str, chosen: Sequence[str], fallback: str) -> bool:
        """After the rows changed: ``current`` current again (else ``fallback``, else the first
        row) and the banks ``chosen`` selected again when they were several."""
        shown = [self.shown_row(bank) for bank in (current, fallback)]
        if not self.select_row(next((row for row in shown if row >= 0), 0)):
            return False
        if len(chosen) > 1:  # in one go: one row selected alone is taken as a screen reader's pick
            rows = QItemSelection()
            for row in (self.shown_row(bank) for bank in chosen):
                if row >= 0:
                    rows.select(self._proxy.index(row, 0), self._proxy.index(row, 0))
            self._view.selectionModel().select(rows, _FLAGS.Select | _FLAGS.Rows)
        return True

    def follow_a_pick(self, selected: QItemSelection) -> None:
        """One bank selected without moving the current row, as a screen reader or a switch
        selects through AT-SPI, is taken as a click on it: it becomes the current bank, and
        the only one selected, and the details follow. A click or the keyboard moves the
        current row with the selection already (Ctrl and Shift still select several for a
        mixed exam); selecting all leaves the current row where it is."""
        rows = {index.row() for index in selected.indexes()}
        if len(rows) != 1 or self._view.currentIndex().row() in rows:
            return
        index = selected.indexes()[0].siblingAtColumn(0)
        self._view.selectionModel().setCurrentIndex(index, _FLAGS.ClearAndSelect | _FLAGS.Rows)
        self._view.scrollTo(index)
