"""File-menu and banner actions that touch the user's files: removing a bank, exporting
changes that could not be saved, restoring a backup, opening the data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ptquiz_gui.app_services import HistoryUpkeep, Services, UnsavedExport
from ptquiz_gui.domain.model import Bank, BankSource
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.records import BackupInfo
from ptquiz_gui.views.background_job import BackgroundJob
from ptquiz_gui.views.history.history_jobs import restore_job
from ptquiz_gui.views.plain_message import ask_to, inform, warn
from ptquiz_gui.views.tr_context import TrContext

file_actions = TrContext("file_actions")


def remove_bank(parent: QWidget, services: Services, bank: Bank) -> bool:
    """Ask, then move a user's bank file to the removed-banks folder. Returns whether it moved."""
    if bank.source is not BankSource.USER:
        return False
    removed = services.paths.removed_banks_dir
    question = file_actions.tr(
        "Remove “{title}” from your library? The file is moved to {folder}; your history of it is kept."
    ).format(title=bank.title, folder=removed)
    title = file_actions.tr("Remove bank?")
    if not ask_to(parent, title, question, act=file_actions.tr("&Remove"), keep=file_actions.tr("&Keep it")):
        return False
    from ptquiz_gui.importing import remove_user_bank

    try:
        remove_user_bank(bank, removed, services.clock.now())
    except OSError as exc:
        why = file_actions.tr("Could not move {path}: {reason}").format(
            path=bank.path, reason=exc.strerror or exc
        )
        warn(parent, file_actions.tr("Could not remove"), why)
        return False
    return True


def export_unsaved(parent: QWidget, unsaved: UnsavedExport) -> str | None:
    """Save what the history could not write to a JSON file the user picks; returns a
    sentence for the user, or ``None`` when nothing was written (cancelled or failed, and
    the user was told why).

    Writes that wait in memory are exported as they are; a history that lives only in
    memory is exported whole, in the format of ``ptquiz history --json``.
    """
    changes = unsaved.changes
    if not changes.is_in_memory and not changes.unsaved_count:
        inform(parent, file_actions.tr("Nothing unsaved"), file_actions.tr("Every change has been saved."))
        return None
    default = str(Path.home() / "ptquiz-unsaved.json")
    title = file_actions.tr("Export unsaved changes")
    name, _ = QFileDialog.getSaveFileName(parent, title, default, file_actions.tr("JSON files (*.json)"))
    if not name:
        return None
    try:
        said = export_unsaved_to(unsaved, Path(name))
    except (OSError, StorageError) as exc:
        reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
        why = file_actions.tr("Could not write {path}: {reason}").format(path=name, reason=reason)
        warn(parent, file_actions.tr("Export failed"), why)
        return None
    return said


def export_unsaved_to(unsaved: UnsavedExport, path: Path) -> str:
    """Write the unsaved changes (or the whole in-memory history) to ``path``; returns what was done.

    Raises ``OSError`` or ``StorageError``; an existing file at ``path`` is then left as it was.
    """
    if unsaved.changes.is_in_memory:
        from ptquiz_gui.storage.records import HistoryFilter
        from ptquiz_gui.views.history.export import ExportFormat, export_history

        export_history(unsaved.history, HistoryFilter(), ExportFormat.JSON, path)
        exported = file_actions.tr("Exported this session's history, kept in memory, to {path}.")
        return exported.format(path=path)
    count = unsaved.changes.export_pending_json(path)
    return file_actions.tr("Exported %Ln unsaved changes to {path}.", "", count).format(path=path)


def restore_newest_backup(
    upkeep: HistoryUpkeep, tell: Callable[[str], None]
) -> BackgroundJob[BackupInfo | None] | None:
    """After a damaged history was moved aside: the job (not started yet) that restores the
    newest backup, or ``None``. ``tell`` hears why there is none, or, from the job, how it went."""
    notice = upkeep.recovery
    if notice is None or notice.newest_backup is None:
        tell(file_actions.tr("There is no backup to restore."))
        return None
    backup = notice.newest_backup.path
    try:
        job = restore_job(upkeep, backup)  # the notice is done with once restored
    except StorageError as exc:
        tell(str(exc))
        return None
    restored = file_actions.tr("Restored your history from {path}.").format(path=backup)
    job.succeeded.connect(lambda _safety: tell(restored))
    job.failed.connect(lambda error: tell(str(error)))
    return job


def open_data_folder(services: Services, parent: QWidget | None = None) -> bool:
    """Show the data folder in the file manager; where none answers (or the folder cannot be
    made), say so and show its path, ready to copy. Returns whether a file manager took it."""
    from ptquiz_gui.views.folder_message import show_folder

    root = services.paths.root
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = file_actions.tr("It could not be made: {reason}.").format(reason=exc.strerror or exc)
    else:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(root))):
            return True
        why = file_actions.tr("No file manager or other program answered to open it.")
    text = file_actions.tr("PTQuiz could not open its data folder. {why} The folder is:").format(why=why)
    title = file_actions.tr("Open data folder")
    show_folder(parent or QApplication.activeWindow(), title, text, str(root))
    return False
