"""File → Import bank… and files dropped on the library: preview, then import.

The preview lists every file with what would be imported and every problem found, so
nothing is written until the user has seen it. It appears at once and fills in as a
worker reads the files, so a folder of large banks never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.display import current_locale
from ptquiz_gui.import_reading import prepare_each
from ptquiz_gui.importing import ImportCandidate, commit
from ptquiz_gui.qtmodels.plain_text import plain_tooltip
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner
from ptquiz_gui.views.fixed_font import fixed_font
from ptquiz_gui.views.plain_message import warn
from ptquiz_gui.views.tr_context import QT_TRANSLATE_NOOP, TrContext

BANK_PATTERNS = "*.yaml *.yml *.txt *.gift *.xml"
HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "File"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Format"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Bank"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Questions"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Status"),
)
BANK_COLUMN = 2
_UNKNOWN_FORMAT = "unknown"
import_dialog = TrContext("import_dialog")


def display_number(n: int) -> str:
    """A count in the window's language (``12,000``, ``12.000``)."""
    return current_locale().number(n)


def file_filter() -> str:
    """The file picker's filter: bank files, or any file."""
    banks = import_dialog.tr("Question banks ({patterns})").format(patterns=BANK_PATTERNS)
    anything = import_dialog.tr("All files (*)")
    return f"{banks};;{anything}"


def _status(candidate: ImportCandidate) -> str:
    if not candidate.importable:
        return import_dialog.tr("nothing to import")
    problems = import_dialog.tr("%Ln problems", "", len(candidate.problems))
    skipped = import_dialog.tr("%Ln skipped", "", len(candidate.skipped))
    if candidate.problems and candidate.skipped:
        both = import_dialog.tr("ready ({problems}, {skipped})")
        return both.format(problems=problems, skipped=skipped)
    if candidate.problems:
        return import_dialog.tr("ready ({problems})").format(problems=problems)
    if candidate.skipped:
        return import_dialog.tr("ready ({skipped})").format(skipped=skipped)
    return import_dialog.tr("ready")


def _format_name(candidate: ImportCandidate) -> str:
    """The format as the converters name it ("aiken", "gift", "yaml"); "unknown" in words."""
    return import_dialog.tr("unknown") if candidate.format == _UNKNOWN_FORMAT else candidate.format


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
        self.setWindowTitle(self.tr("Import banks"))
        self.resize(780, 460)
        self.candidates: list[ImportCandidate] = []
        self._expected = len(candidates) if expected is None else expected
        self.reading = True
        self.intro = QLabel()
        self.intro.setObjectName("import_intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        # A table, rows by columns under their headers, as a screen reader names it too.
        self.table = QTableView()
        self.table.setObjectName("import_table")
        self.table.setAccessibleName(self.tr("Files to import"))
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # one line a row: a title with no room ends in "…"
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS)):  # every heading and cell whole; the bank's title takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BANK_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the problems, the arrows walk the cells
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("import_notes")
        self.notes.setAccessibleName(self.tr("Problems found"))
        self.notes.setReadOnly(True)
        # Read-only, yet walked with the arrow keys (a screen reader reads the line), and Tab leaves it.
        self.notes.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFont(fixed_font(self.font()))
        notes_label = QLabel(self.tr("&Problems and skipped questions:"))
        notes_label.setObjectName("import_notes_label")
        notes_label.setBuddy(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_confirm")
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(notes_label)
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

    def _say(self, text: str) -> None:
        """The line above the table; the table's description too, so it is read with the table."""
        self.intro.setText(text)
        self.table.setAccessibleDescription(text)

    def _say_reading(self) -> None:
        self._say(
            self.tr("Reading {current} of %Ln files…", "", self._expected).format(
                current=display_number(len(self.candidates) + 1)
            )
        )

    @Slot(object)
    def add_candidate(self, c: ImportCandidate) -> None:
        self.candidates.append(c)
        row = [c.source.name, _format_name(c), c.title, display_number(c.question_count), _status(c)]
        items = [QStandardItem(text) for text in row]
        for item in items:
            item.setEditable(False)
            item.setToolTip(plain_tooltip(str(c.source)))
        self.model.appendRow(items)
        self._fit_columns()
        if len(self.candidates) == 1:
            self.table.setCurrentIndex(self.model.index(0, 0))  # the focus has a row to show
        for line in (*c.problems, *c.skipped):
            self.notes.appendPlainText(line)
        if self.reading and len(self.candidates) < self._expected:
            self._say_reading()

    def _fit_columns(self) -> None:
        """Every column but the bank's as wide as its widest cell. Qt sizes them to their
        contents when the table is laid out, not when a row arrives later, so a file read
        after the dialog appeared showed as "a…" beside a bank column taking the rest."""
        for column in range(len(HEADERS)):
            if column != BANK_COLUMN:
                self.table.resizeColumnToContents(column)

    @Slot()
    def finish_reading(self) -> None:
        """Every file is read: sum them up and let the user import."""
        self.reading = False
        ready = [c for c in self.candidates if c.importable]
        questions = self.tr("%Ln questions", "", sum(c.question_count for c in ready))
        files = len(self.candidates)
        summary = self.tr("{ready} of %Ln files can be imported, {questions} in all.", "", files).format(
            ready=display_number(len(ready)), questions=questions
        )
        rule = self.tr("Questions with problems are left out; the rest of each file is imported.")
        self._say(f"{summary} {rule}")
        if not self.notes.toPlainText():
            self.notes.setPlainText(self.tr("No problems found."))
        self.import_button.setEnabled(bool(ready))

    @Slot(object)
    def reading_failed(self, error: Exception) -> None:
        self.reading = False
        self._say(self.tr("The files could not be read: {error}").format(error=error))


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
    title = import_dialog.tr("Reading the files to import")
    job: BackgroundJob[int] = BackgroundJob(title, _read_each(list(paths)), cancellable=True)
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
        reason = exc.strerror or str(exc)
        text = import_dialog.tr("Could not write to {folder}: {reason}").format(
            folder=services.paths.banks_dir, reason=reason
        )
        warn(parent, import_dialog.tr("Import failed"), text)
        return []
    return written


def run_import_dialog(parent: QWidget, services: Services, jobs: JobRunner) -> list[Path]:
    title = import_dialog.tr("Import banks")
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), file_filter())
    if not names:
        return []
    return import_files(parent, services, jobs, [Path(n) for n in names])
