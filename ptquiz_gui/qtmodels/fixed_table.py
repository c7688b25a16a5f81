"""The shared frame of ptquiz's flat, read-only tables: fixed columns with headers,
selectable rows, no children, numbers right-aligned."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FixedTableModel(QAbstractTableModel):
    """Subclasses set ``headers`` and ``right_aligned`` (column numbers) and ``row_total``."""

    headers: ClassVar[tuple[str, ...]] = ()
    right_aligned: ClassVar[frozenset[int]] = frozenset()

    def row_total(self) -> int:
        return 0

    def cell_in_range(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < self.row_total()
            and 0 <= index.column() < len(self.headers)
        )

    def alignment(self, column: int) -> int | None:
        return RIGHT if column in self.right_aligned else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None
