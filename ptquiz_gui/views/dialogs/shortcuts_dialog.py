"""Help → Keyboard shortcuts: a table per screen from the one key table, and the menus' keys.

Ctrl+Tab (or Ctrl+PgDn) moves between the tables, the arrows walk a table, Esc closes.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.views import window_fit
from ptquiz_gui.views.key_table import KEYS, Screen
from ptquiz_gui.views.tr_context import QT_TRANSLATE_NOOP, TrContext

MENUS = "Menus"
# The tabs' titles: the screens as ``key_table.Screen`` names them, and the menus.
TAB_TITLES = {
    "Library": QT_TRANSLATE_NOOP("ShortcutsDialog", "Library"),
    "Quiz": QT_TRANSLATE_NOOP("ShortcutsDialog", "Quiz"),
    "Results": QT_TRANSLATE_NOOP("ShortcutsDialog", "Results"),
    "History": QT_TRANSLATE_NOOP("ShortcutsDialog", "History"),
    MENUS: QT_TRANSLATE_NOOP("ShortcutsDialog", "Menus"),
}
shortcuts_dialog = TrContext("shortcuts_dialog")
PREFERRED_SIZE = (640, 440)
MARGIN = 40  # room left around the dialog on a small screen


def menu_keys(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, "Menu → Item") for every menu action that has a shortcut, in menu order."""
    return [(keys, path) for keys, path in _walk(bar.actions(), "")]


def _walk(actions: list[QAction], prefix: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        name = prefix + action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if isinstance(menu := action.menu(), QMenu):
            yield from _walk(menu.actions(), name + " → ")
        elif shortcuts := action.shortcuts():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            yield keys, name


def tab_title(name: str) -> str:
    """A tab's title in the window's language (``name`` is a ``Screen`` value or ``MENUS``)."""
    return QCoreApplication.translate("ShortcutsDialog", TAB_TITLES.get(name, name))


def _table(name: str, rows: list[tuple[str, str]]) -> QTableView:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels([shortcuts_dialog.tr("Keys"), shortcuts_dialog.tr("What they do")])
    for keys, does in rows:
        items = [QStandardItem(keys), QStandardItem(does)]
        for item in items:
            item.setEditable(False)
        model.appendRow(items)
    view = QTableView()
    model.setParent(view)
    view.setModel(model)
    view.setObjectName(f"shortcuts_{name.lower()}")
    view.setAccessibleName(shortcuts_dialog.tr("Keyboard shortcuts: {screen}").format(screen=tab_title(name)))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if rows:
        view.setCurrentIndex(model.index(0, 0))
    return view


class ShortcutsDialog(QDialog):
    """One tab per screen (Library, Quiz, Results, History) and one for the menus."""

    def __init__(
        self, menu_bar: QMenuBar | None, parent: QWidget | None = None, *, screen: Screen | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("shortcuts_tabs")
        self.tabs.setAccessibleName(self.tr("Screens"))
        self.tabs.tabBar().setAccessibleName(self.tr("Screens"))
        self.tables: dict[str, QTableView] = {}
        for each in Screen:
            self._add(each.value, [(s.shown_keys(), s.described()) for s in KEYS[each]])
        if menu_bar is not None:
            self._add(MENUS, menu_keys(menu_bar))
        if screen is not None:
            self.tabs.setCurrentIndex(list(Screen).index(screen))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("shortcuts_close")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)  # Enter closes, from the tables too (they pass it on)
        room = window_fit.available_geometry(parent if parent is not None else self)
        width, height = PREFERRED_SIZE
        self.resize(min(width, room.width() - MARGIN), min(height, room.height() - MARGIN))
        self.tabs.currentChanged.connect(self._focus_table)
        self._focus_table(self.tabs.currentIndex())

    def _add(self, name: str, rows: list[tuple[str, str]]) -> None:
        table = _table(name, rows)
        self.tables[name] = table
        self.tabs.addTab(table, tab_title(name))

    def _focus_table(self, index: int) -> None:
        if (table := self.tabs.widget(index)) is not None:
            table.setFocus(Qt.FocusReason.TabFocusReason)
