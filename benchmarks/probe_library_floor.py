"""A floor for the start-up figure: the library screen's widgets in plain PySide6.

The same widget tree as ptquiz's first screen (menus with shortcuts, search field, bank
table of 12 rows, Markdown description, buttons, a focus style sheet, the Fusion style
and a palette), filled from literals: no ptquiz module but the paint probe, no bank
loading, no settings. What it costs over the empty window is what PySide6 and Qt charge
for this screen on this machine; what the app costs over it is ptquiz's own.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.views.startup_probe import watch_first_paint

SHEET = (
    "QPushButton:focus { outline: none; border: 2px solid palette(highlight); border-radius: 4px; }\n"
    "QLineEdit:focus { border: 2px solid palette(highlight); border-radius: 3px; }\n"
    "QTreeView:focus { border: 2px solid palette(highlight); }\n"
    "QTreeView::item { padding: 4px 2px; }\n"
)


def menus(window: QMainWindow) -> None:
    for title, count in (("&File", 4), ("&View", 11), ("&Help", 3)):
        menu = window.menuBar().addMenu(title)
        for number in range(count):
            action = menu.addAction(f"&Action {number}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))


def table() -> QTreeView:
    model = QStandardItemModel(0, 6)
    headers = ["Title", "Topics", "Questions", "Time limit", "Best score", "Last attempt"]
    model.setHorizontalHeaderLabels(headers)
    for row in range(12):
        cells = [f"PyTorch {row + 1:02d}: tensors and autograd", "tensors", "10", "10 min", "—", "never"]
        model.appendRow([QStandardItem(text) for text in cells])
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setColumnHidden(1, True)
    view.setCurrentIndex(model.index(0, 0))
    return view


def detail() -> QWidget:
    pane = QWidget()
    title = QLabel("PyTorch 01: tensors and autograd")
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    text = QTextBrowser()
    text.setMarkdown("Tensors, shapes and **autograd**: what `backward()` computes.\n\n- ten questions")
    buttons = QHBoxLayout()
    for label in ("&Practice", "&Exam…", "&Mixed exam…", "&Remove…"):
        buttons.addWidget(QPushButton(label))
    layout = QVBoxLayout(pane)
    layout.addWidget(title)
    layout.addWidget(QLabel("10 questions · 10 min · pass mark 70%"))
    layout.addWidget(text, 1)
    layout.addLayout(buttons)
    return pane


app = QApplication([*sys.argv[:1], "-style", "Fusion"])
palette = QPalette()
palette.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
app.setPalette(palette)
app.setStyleSheet(SHEET)
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1180, 780)
menus(window)
search = QLineEdit()
search.setPlaceholderText("Search banks by title, topic or id  (Ctrl+F)")
search.setClearButtonEnabled(True)
top = QHBoxLayout()
top.addWidget(search, 1)
top.addWidget(QPushButton("Review due (0)"))
top.addWidget(QPushButton("History"))
left = QWidget()
left_layout = QVBoxLayout(left)
left_layout.addLayout(top)
left_layout.addWidget(table(), 1)
splitter = QSplitter(Qt.Orientation.Horizontal)
splitter.addWidget(left)
splitter.addWidget(detail())
central = QWidget()
central_layout = QVBoxLayout(central)
central_layout.addWidget(splitter, 1)
central_layout.addWidget(QLabel("Drop .yaml, .txt (Aiken) or .gift files here to import · Ctrl+F search"))
window.setCentralWidget(central)
watch_first_paint(window)
window.show()
sys.exit(app.exec())
