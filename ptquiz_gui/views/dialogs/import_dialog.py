"""File → Import bank… and files dropped on the library: preview, then import.

The preview lists every file with what would be imported and every problem found, so
nothing is written until the user has seen it. It appears at once and fills in as a
worker reads the files, so a folder of large banks never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Slot
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
from ptquiz_gui.import_reading import prepare_each
from ptquiz_gui.importing import ImportCandidate, commit
from ptquiz_gui.qtmodels.plain_text import plain_tooltip
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner
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
    """The preview. Given ``expected`` files it appears before they are read and fills in as
    each is (``add_candidate``), until ``finish_reading``; Import waits until then."""

    def __init__(
        self,
        candidates: Sequence[ImportCandidate] = (),
        parent: QWidget | None = None,
        *,
        expected: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle("Import banks")
        self.resize(780, 460)
        self.candidates: list[ImportCandidate] = []
        self._expected = len(candidates) if expected is None else expected
        self.reading = True
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        self.table = QTreeView()
        self.table.setObjectName("import_table")
        self.table.setAccessibleName("Files to import")
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("import_notes")
        self.notes.setAccessibleName("Problems found")
        self.notes.setReadOnly(True)
        self.notes.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_confirm")
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("Problems and skipped questions:"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)
        # Only once the button is inside the dialog does it become the dialog's default
        # (before, the dialog picks the first button, Cancel, and Enter would cancel).
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for candidate in candidates:
            self.add_candidate(candidate)
        if expected is None:
            self.finish_reading()
        else:
            self._say_reading()

    def _say_reading(self) -> None:
        self.intro.setText(f"Reading {len(self.candidates) + 1} of {display.count(self._expected, 'file')}…")

    @Slot(object)
    def add_candidate(self, c: ImportCandidate) -> None:
        self.candidates.append(c)
        row = [c.source.name, c.format, c.title, str(c.question_count), _status(c)]
        items = [QStandardItem(text) for text in row]
        for item in items:
            item.setEditable(False)
            item.setToolTip(plain_tooltip(str(c.source)))
        self.model.appendRow(items)
        if len(self.candidates) == 1:
            self.table.resizeColumnToContents(0)
        for line in (*c.problems, *c.skipped):
            self.notes.appendPlainText(line)
        if self.reading and len(self.candidates) < self._expected:
            self._say_reading()

    @Slot()
    def finish_reading(self) -> None:
        """Every file is read: sum them up and let the user import."""
        self.reading = False
        ready = [c for c in self.candidates if c.importable]
        questions = sum(c.question_count for c in ready)
        self.intro.setText(
            f"{len(ready)} of {display.count(len(self.candidates), 'file')} can be imported, "
            f"{display.count(questions, 'question')} in all. "
            "Questions with problems are left out; the rest of each file is imported."
        )
        if not self.notes.toPlainText():
            self.notes.setPlainText("No problems found.")
        self.import_button.setEnabled(bool(ready))

    @Slot(object)
    def reading_failed(self, error: Exception) -> None:
        self.reading = False
        self.intro.setText(f"The files could not be read: {error}")


def _read_each(paths: Sequence[Path]) -> Callable[[JobControl], int]:
    """Read in child processes (``import_reading``): this thread only waits, so a large
    bank's parsing never holds the interpreter lock the window needs to paint."""

    def work(control: JobControl) -> int:
        read = 0
        with closing(prepare_each(paths, lambda: control.cancelled)) as candidates:
            for read, candidate in enumerate(candidates, 1):
                control.deliver(candidate)
                control.progress(read, len(paths))
        if read < len(paths):
            control.check()
        return len(paths)

    return work


def import_files(parent: QWidget, services: Services, jobs: JobRunner, paths: Sequence[Path]) -> list[Path]:
    """Preview ``paths`` and import what the user accepts. Returns the bank files written.

    The preview appears at once; the files are read on a worker (``jobs``) and appear in
    it one by one. Cancel stops the reading.
    """
    dialog = ImportPreviewDialog(parent=parent, expected=len(paths))
    job: BackgroundJob[int] = BackgroundJob("Reading the files to import", _read_each(list(paths)), cancellable=True)
    job.delivered.connect(dialog.add_candidate)
    job.succeeded.connect(dialog.finish_reading)
    job.failed.connect(dialog.reading_failed)
    jobs.start(job)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    job.control.cancel()  # when the user cancelled before every file was read
    candidates = list(dialog.candidates)
    dialog.deleteLater()
    if not accepted:
        return []
    try:
        written = commit(candidates, services.paths.banks_dir, [b.id for b in services.library.banks])
    except OSError as exc:
        warn(parent, "Import failed", f"Could not write to {services.paths.banks_dir}: {exc.strerror or exc}")
        return []
    return written


def run_import_dialog(parent: QWidget, services: Services, jobs: JobRunner) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, "Import banks", str(Path.home()), FILE_FILTER)
    if not names:
        return []
    return import_files(parent, services, jobs, [Path(n) for n in names])
