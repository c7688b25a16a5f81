"""The main window on the screen it opens on: a first size that fits the screen, a saved
size only when it still fits, and screens that never push the window past the screen.

Each screen reflows to the width it is given. Should one still need more room than the
window has (very large text on a small screen), it scrolls inside the window instead of
growing it: the pages sit in a scroll area, and the stack of pages asks only for the room
of the page shown, so a wide page left behind does not keep the window wide.
"""

from __future__ import annotations

import binascii
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

PREFERRED_SIZE = QSize(1180, 780)
# Room for the window manager's title bar and borders, which the window's own size leaves out.
FRAME_ALLOWANCE = QSize(16, 48)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (no panels or docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def first_size(available: QRect) -> QSize:
    """The preferred size, or the screen less the window frame where the screen is smaller."""
    return PREFERRED_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE)


def fits(geometry: QRect, available: QRect) -> bool:
    return available.contains(geometry)


def size_to_content(dialog: QWidget, width: int) -> None:
    """``width`` wide (within the screen, never below what the layout needs) and as tall as
    its wrapped text is at that width: a dialog opens at the height its words need, and grows
    when they change (a top-level window does not follow its labels' height for width)."""
    layout = dialog.layout()
    if layout is None:
        return
    room = available_geometry(dialog).size() - FRAME_ALLOWANCE
    width = max(min(width, room.width()), min(layout.totalMinimumSize().width(), room.width()))
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    height = min(max(height, dialog.height() if dialog.isVisible() else 0), room.height())
    dialog.resize(width, height)


def place_window(window: QWidget, saved_geometry: str = "") -> None:
    """Restore ``saved_geometry`` (base64 from ``saveGeometry``) when it fits the screen the
    window opens on; otherwise size the window from that screen and centre it."""
    available = available_geometry(window)
    if saved_geometry:
        before = window.geometry()
        try:  # bytes, not QByteArray: its Python type (and enum types) would cost the start ~2 ms
            state = binascii.a2b_base64(saved_geometry.encode("ascii"))
        except ValueError:
            state = b""
        restored = bool(state) and window.restoreGeometry(state)
        maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
        if restored and (maximized or fits(window.frameGeometry(), available)):
            return
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.setGeometry(before)
    size = first_size(available)
    window.resize(size)
    frame = QRect(available.topLeft(), size + FRAME_ALLOWANCE)
    frame.moveCenter(available.center())
    window.move(max(frame.left(), available.left()), max(frame.top(), available.top()))


class PageStack(QStackedWidget):
    """A stack of screens that asks for the room of the screen shown only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._page_changed)

    def _page_changed(self, _index: int) -> None:
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        """The least height the page can do with at ``width`` (a scroll area takes this for
        the least room to give; a page's preferred height would make it scroll too early)."""
        page = self.currentWidget()
        if page is None:
            return -1
        layout = page.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else page.heightForWidth(width)


def fitting_area(content: QWidget) -> QScrollArea:
    """``content`` filling the window's middle, scrolling only when it cannot fit at all."""
    area = QScrollArea()
    area.setObjectName("page_area")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # A viewport of our own, which paints no background: asking the area for its own with
    # viewport() makes PySide look up the widget's Python type, building the enum types of
    # some fifty widget classes on the way (about 10 ms of CPU before the first paint).
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
    area.setViewport(viewport)  # before setWidget: the old viewport goes, with its children
    area.setWidget(content)
    content.setAutoFillBackground(False)
    return area
