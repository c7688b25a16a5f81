"""File → Import bank… and files dropped on the library: preview, then import.

The preview lists every file with what would be imported and every problem found, so
nothing is written until the user has seen it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.app_services import Services
from ptquiz_gui.domain import display
from ptquiz_gui.importing import ImportCandidate, commit, prepare
from ptquiz_gui.qtmodels.plain_text import plain_tooltip
from ptquiz_gui.views.plain_message import warn

FILE_FILTER = "Question banks (*.yaml *.yml *.txt *.gift);;All files (*)"
HEADERS = ("File", "Format", "Bank", "Questions", "Status")


def _status(candidate: ImportCandidate) -> str:
    if not candidate.importable:
        return "nothing to import"
    notes = []
    if candidate.problems:
        notes.append(display.count(len(candidate.problems), "problem"))
    if candidate.skipped:
        notes.append(f"{len(candidate.skipped)} skipped")
    return "ready" + (f" ({', '.join(notes)})" if notes else "")


class ImportPreviewDialog(QDialog):
    def __init__(self, candidates: Sequence[ImportCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle("Import banks")
        self.resize(780, 460)
        self.candidates = list(candidates)
        ready = [c for c in self.candidates if c.importable]
        questions = sum(c.question_count for c in ready)
        intro = QLabel(
            f"{len(ready)} of {display.count(len(self.candidates), 'file')} can be imported, "
            f"{display.count(questions, 'question')} in all. "
            "Questions with problems are left out; the rest of each file is imported."
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        for c in self.candidates:
            row = [c.source.name, c.format, c.title, str(c.question_count), _status(c)]
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
                item.setToolTip(plain_tooltip(str(c.source)))
            self.model.appendRow(items)
        self.table = QTreeView()
        self.table.setObjectName("import_table")
        self.table.setAccessibleName("Files to import")
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.resizeColumnToContents(0)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("import_notes")
        self.notes.setAccessibleName("Problems found")
        self.notes.setReadOnly(True)
        self.notes.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lines = [line for c in self.candidates for line in (*c.problems, *c.skipped)]
        self.notes.setPlainText("\n".join(lines) if lines else "No problems found.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_confirm")
        self.import_button.setEnabled(bool(ready))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("Problems and skipped questions:"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)
        # Only once the button is inside the dialog does it become the dialog's default
        # (before, the dialog picks the first button, Cancel, and Enter would cancel).
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


def import_files(parent: QWidget, services: Services, paths: Sequence[Path]) -> bool:
    """Preview ``paths`` and import what the user accepts. Returns whether anything was written."""
    candidates = prepare(paths)
    dialog = ImportPreviewDialog(candidates, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        written = commit(candidates, services.paths.banks_dir, [b.id for b in services.library.banks])
    except OSError as exc:
        warn(parent, "Import failed", f"Could not write to {services.paths.banks_dir}: {exc.strerror or exc}")
        return False
    return bool(written)


def run_import_dialog(parent: QWidget, services: Services) -> bool:
    names, _ = QFileDialog.getOpenFileNames(parent, "Import banks", str(Path.home()), FILE_FILTER)
    if not names:
        return False
    return import_files(parent, services, [Path(n) for n in names])
