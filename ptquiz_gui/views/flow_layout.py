"""A layout that wraps its widgets onto more rows when they do not fit in one.

After Qt's Flow Layout example: items go left to right (right to left in a right-to-left
layout), and a row that is full moves the next item to a new row. Items added after ``push_right()`` keep to the right edge of the row
they land on, as a stretch in a box layout would push them. An item added with
``add_joined()`` (a separator such as "·") never starts a row: where it does not fit, the
item before it moves down with it. The layout is as narrow as its widest item, so a row of
buttons never forces its window wider.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, row_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None
        self._joined: set[int] = set()  # ids of the items that keep to the row of the one before
        self._spacing = spacing
        self._row_spacing = row_spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def add_joined(self, widget: QWidget) -> None:
        """Add ``widget`` to stay on the row of the item before it."""
        self.addWidget(widget)
        self._joined.add(id(self._items[-1]))

    def push_right(self) -> None:
        """Items added from now on align to the right of their row."""
        self._right_from = len(self._items)

    # --- QLayout ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1
        item = self._items.pop(index)
        self._joined.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest item, each on its own row at worst."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # --- placing ---------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if rows[-1] and used + self._spacing + wanted > width:
                if id(item) not in self._joined:
                    rows.append([])
                    used = 0
                elif len(rows[-1]) > 1:  # the item before comes down with it
                    before = rows[-1].pop()
                    rows.append([before])
                    used = before.sizeHint().width()
            used += (self._spacing if rows[-1] else 0) + wanted
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        right_items = set(map(id, self._items[self._right_from :])) if self._right_from is not None else set()
        y = area.y()
        for row in self._rows(area.width()):
            height = max(i.sizeHint().height() for i in row)
            if apply:
                left = [i for i in row if id(i) not in right_items]
                right = [i for i in row if id(i) in right_items]
                x = area.x()
                for item in left:
                    x = self._place(item, x, y, height, area) + self._spacing
                widths = [min(i.sizeHint().width(), area.width()) for i in right]
                x = max(x, area.right() + 1 - sum(widths) - self._spacing * max(0, len(right) - 1))
                for item in right:
                    x = self._place(item, x, y, height, area) + self._spacing
            y += height + self._row_spacing
        return y - self._row_spacing - area.y() + margins.top() + margins.bottom() if y > area.y() else 0

    def _place(self, item: QLayoutItem, x: int, y: int, height: int, area: QRect) -> int:
        """Put ``item`` at ``x`` (no wider than ``area``), mirrored right to left; returns where it ends."""
        hint = item.sizeHint()
        width = max(item.minimumSize().width(), min(hint.width(), area.width()))
        item_height = height if item.expandingDirections() & Qt.Orientation.Vertical else hint.height()
        placed = QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height))
        owner = self.parentWidget()
        direction = owner.layoutDirection() if owner is not None else QGuiApplication.layoutDirection()
        if direction == Qt.LayoutDirection.RightToLeft:  # left to right, visualRect returns it as it is
            # Imported here: PySide builds QStyle's ~40 enum types with it, ~9 ms of a start.
            from PySide6.QtWidgets import QStyle

            placed = QStyle.visualRect(direction, area, placed)
        item.setGeometry(placed)
        return x + width

