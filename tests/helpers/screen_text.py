"""What a screen shows and tells a screen reader, and whether any of it is cut off or escaped
translation: the checks of the pseudo-locale test (``test_pseudo_locale.py``).

In the pseudo-locale every translated string is ``[text~~~]``. A text *escaped translation*
when words remain once every bracketed piece, the allowed file and product names and the
letters of keys are taken out. A text is *cut off* when a one-line label, a button, a tab, a
placeholder, a column title or a cell (other than bank text) is narrower than it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

# --- what counts as translated ------------------------------------------------------------------

_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_ELIDED = re.compile(r"(\[[^\[\]]*)…")
_TWICE = re.compile(r"\[\[[^\[\]]*~\][~ ]+\]")  # [[Title~~]~~~~]: tr() of what tr() returned
# The letter of a key (the E of Ctrl+E): QKeySequence's NativeText translates the rest
# (Ctrl, F5, PgUp: Strg, F5, Bild auf in German), a letter stays what is on the key.
_KEY_NAME = re.compile(r"^[A-Z0-9]$")


def _without_brackets(text: str) -> str:
    while True:
        shorter = _BRACKETED.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


def escaped(text: str, allowed: Allowed) -> list[str]:
    """The words of ``text`` outside brackets that ``allowed`` does not excuse."""
    rest = _ELIDED.sub(lambda m: " " if any(b.startswith(m[1]) for b in allowed.bank_texts) else m[0], text)
    for known in sorted(allowed.words, key=len, reverse=True):
        rest = rest.replace(known, " ")
    for root in allowed.folders:  # a bank problem (path:line:col: message) is English, as validate prints it
        rest = re.sub(re.escape(root) + r"\S*?:\d+(:\d+)?: .*$", " ", rest)
        rest = re.sub(re.escape(root) + r"[^\s~\]]*", " ", rest)
    words = re.findall(r"[^\W\d_][\w'’.-]*", _without_brackets(rest))
    return [word for word in words if not _KEY_NAME.match(word)]


def is_bank_text(text: str) -> bool:
    """One bracketed piece without the pseudo-locale's tildes: a title, topic or choice of a bank."""
    return bool(re.fullmatch(r"\[[^\[\]~]*\]", text.strip()))


@dataclass(frozen=True)
class Allowed:
    """Words a text may hold outside brackets: file names and proper names."""

    folders: tuple[str, ...]  # paths under these are paths, whatever their letters
    words: tuple[str, ...]
    bank_texts: tuple[str, ...] = ()  # a label may elide one: "[Tensor basics: sha…"


def as_plain(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a reader sees of ``text`` (a tool tip or a label may be rich text or Markdown)."""
    if text_format == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    if text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def plain(label: QLabel) -> str:
    return as_plain(label.text(), label.textFormat())


def _visible(root: QWidget) -> list[QWidget]:
    return [root, *(w for w in root.findChildren(QWidget) if w.isVisible() and not w.isWindow())]


def _describe(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _header_text(view: QAbstractItemView, section: int) -> str:
    model = view.model()
    value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def _shown_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The model indexes of the rows the view shows now (the first level of a tree)."""
    model = view.model()
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(min(model.rowCount(root), 40)):
        for column in range(columns):
            index = model.index(row, column, root)
            if isinstance(view, (QTableView, QTreeView)) and (
                (isinstance(view, QTableView) and view.isColumnHidden(column))
                or (isinstance(view, QTreeView) and view.isColumnHidden(column))
            ):
                continue
            rect = view.visualRect(index)
            if rect.isValid() and rect.intersects(view.viewport().rect()):
                yield index


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything ``root`` shows or tells a screen reader."""
    for widget in _visible(root):
        where = _describe(widget)
        if widget.isWindow():
            yield f"{where} window title", widget.windowTitle()
        for kind, text in (
            ("tool tip", as_plain(widget.toolTip())),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
            ("status tip", widget.statusTip()),
        ):
            yield f"{where} {kind}", text
        if isinstance(widget, QLabel):
            yield where, plain(widget)
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
            if isinstance(widget, QPushButton) and widget.menu() is not None:  # History's Export…
                yield from _menu_entries(widget.menu(), where)
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
        elif isinstance(widget, QAbstractSpinBox):
            yield f"{where} special value", widget.specialValueText()
            if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                yield f"{where} suffix", widget.suffix()
                yield f"{where} prefix", widget.prefix()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()
            for line in widget.toPlainText().splitlines():
                yield where, line
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            yield where, widget.text()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
                yield f"{where} tab {i} tool tip", as_plain(widget.tabToolTip(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = widget.header() if isinstance(widget, QTreeView) else (
                widget.horizontalHeader() if isinstance(widget, QTableView) else None
            )
            if header is not None and header.isVisible():
                for section in range(header.count()):
                    if not header.isSectionHidden(section):
                        yield f"{where} header {section}", _header_text(widget, section)
            for index in _shown_rows(widget):
                for role, kind in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tip")):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{where} {kind} {index.row()},{index.column()}", as_plain(value)
        chart = getattr(widget, "chart", None)
        if callable(chart) and type(widget).__name__ == "QChartView":
            yield from _chart_texts(where, widget)


def _chart_texts(where: str, view: QWidget) -> Iterator[tuple[str, str]]:
    chart = view.chart()  # type: ignore[attr-defined]
    yield f"{where} chart title", chart.title()
    for axis in chart.axes():
        yield f"{where} axis title", axis.titleText()
    for series in chart.series():
        yield f"{where} series", series.name()


def _menu_entries(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"menu {path} › {action.text()!r}", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"menu {path} › {action.text()!r} tool tip", as_plain(action.toolTip())
        if isinstance(sub := action.menu(), QMenu):
            yield from _menu_entries(sub, f"{path} › {action.text()}")


def menu_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    for action in window.menuBar().actions():
        yield f"menu bar {action.text()!r}", action.text()
        if isinstance(menu := action.menu(), QMenu):
            yield from _menu_entries(menu, action.text())


def untranslated(texts: Iterable[tuple[str, str]], allowed: Allowed) -> list[str]:
    found = []
    for where, text in texts:
        for line in text.splitlines() or [text]:
            if not line.strip():
                continue
            if words := escaped(line, allowed):
                found.append(f"{where}: {' '.join(words)[:60]!r} in {line[:70]!r}")
            elif _TWICE.search(line):
                found.append(f"{where}: translated twice: {line[:90]!r}")
    return list(dict.fromkeys(found))


# --- what counts as cut off ---------------------------------------------------------------------


def cut_off(root: QWidget) -> list[str]:
    """Text a widget shows only in part: one-line labels and buttons narrower than their text,
    elided tab titles, table columns narrower than their header or than a cell that is not bank text."""
    found: list[str] = []
    for widget in _visible(root):
        where = _describe(widget)
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.width() < widget.sizeHint().width():
                found.append(f"{where} {plain(widget)[:40]!r} is {widget.width()} px wide, its text needs {widget.sizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(f"button {where} {widget.text()!r} is {widget.width()} px wide, needs {widget.sizeHint().width()}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            room = widget.width() - 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) - 4
            if room < (need := widget.fontMetrics().horizontalAdvance(widget.placeholderText())):
                found.append(f"placeholder of {where} {widget.placeholderText()[:40]!r} has {room} px, needs {need}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if not widget.isTabVisible(i):
                    continue
                rect, wanted = widget.tabRect(i), widget.tabSizeHint(i).width()
                if rect.width() < wanted or not widget.rect().contains(rect):
                    found.append(f"tab {widget.tabText(i)!r} of {where} is cut: {rect.getRect()}, needs {wanted} px")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found.extend(_narrow_sections(widget))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            found.extend(_elided_cells(widget))
    return found


def _narrow_sections(header: QHeaderView) -> list[str]:
    view = header.parentWidget()
    view = view.parentWidget() if view is not None and not isinstance(view, QAbstractItemView) else view
    if not isinstance(view, QAbstractItemView):
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for section in range(header.count()):
        text = _header_text(view, section)
        if header.isSectionHidden(section) or not text:
            continue
        need = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.sectionSize(section) < need:
            found.append(f"column {text!r} of {_describe(view)} is {header.sectionSize(section)} px, its title needs {need}")
    return found


def _elided_cells(view: QAbstractItemView) -> list[str]:
    """Cells whose text the delegate would elide: wider than the cell (or, in a view that
    wraps, taller once wrapped); bank text may be elided."""
    found = []
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    wraps = isinstance(view, QTableView) and view.wordWrap() or isinstance(view, QTreeView) and view.wordWrap()
    for index in _shown_rows(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text or is_bank_text(text):
            continue
        rect = view.visualRect(index)
        metrics = view.fontMetrics()
        if wraps:
            room = QRect(0, 0, rect.width() - margin, 100_000)
            tall = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
            if rect.height() < tall:
                found.append(f"{_describe(view)} cell {text[:40]!r} is {rect.height()} px tall, needs {tall}")
        elif rect.width() < (need := metrics.horizontalAdvance(text) + margin):
            found.append(f"{_describe(view)} cell {text[:40]!r} is {rect.width()} px wide, needs {need}")
    return found


def read(hints: str) -> str:
    """A hint line as it reads: its no-break spaces are spaces, its word joiners nothing."""
    return hints.replace("\N{NO-BREAK SPACE}", " ").replace("\N{WORD JOINER}", "")
