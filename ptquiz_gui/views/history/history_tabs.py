"""History's tabs: Attempts, Progress (put in place when first wanted), Most missed and any
added later (the window adds Spaced review), with Ctrl+1, Ctrl+2… to show one and focus its
content."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from ptquiz_gui.views.history.page_header import key_name

PROGRESS_TAB = 1
KEYED_TABS = 9  # Ctrl+1 … Ctrl+9


def tab_keys(index: int) -> str:
    """The keys that show the tab at ``index``: "Ctrl+1" for the first."""
    return f"Ctrl+{index + 1}"


class HistoryTabs(QTabWidget):
    """Tabs that take the height the page can spare. A tab widget passes on the preferred
    height of every tab's wrapped text as the least it can do with, which on a short
    window pushed the page taller than the window; each tab fits its own text inside."""

    def __init__(self, attempts: QWidget, missed: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_tabs")
        self.setAccessibleName(self.tr("History views"))
        self.tabBar().setAccessibleName(self.tr("History views"))
        self._progress_slot = QWidget()
        self._content: dict[QWidget, QWidget] = {}
        self._page: QWidget | None = None
        self._shortcuts: list[QShortcut] = []
        self.addTab(attempts, self.tr("Attempts"))
        self.addTab(self._progress_slot, self.tr("Progress"))
        self.addTab(missed, self.tr("Most missed"))

    def hasHeightForWidth(self) -> bool:
        return False

    def tabInserted(self, index: int) -> None:
        """A tab added later (Spaced review, by the window) gets its keys as the first ones did."""
        super().tabInserted(index)
        self._follow_tabs()

    def add_shortcuts(self, page: QWidget) -> list[QShortcut]:
        """Ctrl+1, Ctrl+2… anywhere on ``page``, one for each tab, now and as tabs are added."""
        self._page = page
        self._follow_tabs()
        return list(self._shortcuts)

    def _follow_tabs(self) -> None:
        for index in range(min(self.count(), KEYED_TABS)):
            self.setTabToolTip(index, key_name(tab_keys(index)))
        while self._page is not None and len(self._shortcuts) < min(self.count(), KEYED_TABS):
            shortcut = QShortcut(QKeySequence(tab_keys(len(self._shortcuts))), self._page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self.show_tab, len(self._shortcuts)))
            self._shortcuts.append(shortcut)

    @property
    def showing_progress(self) -> bool:
        return self.currentIndex() == PROGRESS_TAB

    def put_progress(self, tab: QWidget) -> None:
        """The Progress tab in place of its stand-in, without a tab change being signalled."""
        showing = self.showing_progress
        self.blockSignals(True)
        try:
            self.removeTab(PROGRESS_TAB)
            self.insertTab(PROGRESS_TAB, tab, self.tr("Progress"))
            if showing:
                self.setCurrentIndex(PROGRESS_TAB)
        finally:
            self.blockSignals(False)
        self._progress_slot.deleteLater()

    def set_content(self, tab: QWidget, content: QWidget) -> None:
        """``content`` takes the focus when Ctrl+digit shows ``tab``. (Not a focus proxy: Tab
        would then jump from the tab bar to the proxy, past what comes before it.)"""
        self._content[tab] = content

    def show_tab(self, index: int) -> None:
        """Show the tab and focus its content: what ``set_content`` named, else the tab's
        focus proxy (how a tab added later names it), else the tab itself. (The focused tab
        of the tab bar is drawn narrower, and keeps that width once the focus moves on:
        Ctrl+4 then Ctrl+1 cut "Attempts" to "ttempt".)"""
        if not 0 <= index < self.count():
            return
        self.setCurrentIndex(index)
        tab = self.currentWidget()
        content = self._content.get(tab) or tab.focusProxy()
        if content is None or not content.isVisibleTo(self):
            content = self.tabBar()
        content.setFocus(Qt.FocusReason.ShortcutFocusReason)
