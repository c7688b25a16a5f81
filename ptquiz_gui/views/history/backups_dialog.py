"""The daily backups of the history, newest first, with a way to restore one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.app_services import HistoryUpkeep
from ptquiz_gui.storage.backups import KEEP
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.records import BackupInfo
from ptquiz_gui.views.background_job import BackgroundJob, JobRunner
from ptquiz_gui.views.history.confirm import ask_destructive, show_problem
from ptquiz_gui.views.history.history_jobs import restore_job

_PATH_ROLE = Qt.ItemDataRole.UserRole


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def format_taken(info: BackupInfo) -> str:
    return display.moment_seconds(info.taken_at)


class BackupsDialog(QDialog):
    """Emits ``history_restored()`` after a backup replaced the history.

    The restore runs as a background job (``jobs``); the dialog stays open until it ends.
    """

    history_restored = Signal()

    def __init__(self, upkeep: HistoryUpkeep, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle("History backups")
        self.setMinimumSize(460, 320)
        self._upkeep = upkeep
        self._jobs = jobs
        self._restoring: BackgroundJob[BackupInfo | None] | None = None
        self._backups: list[BackupInfo] = []

        intro = QLabel(
            f"ptquiz copies your history once a day when it starts and keeps the newest {KEEP} copies. "
            "Restoring replaces the history with the copy; the history as it is now is saved as a "
            "new backup first, so a restore can be undone."
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backups_folder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName("Backups")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels(["Taken", "Size"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.empty_label = QLabel("No backups yet. The first is made the day after you start using ptquiz.")
        self.empty_label.setObjectName("backups_empty")
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("backups_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setObjectName("restore_backup_button")
        self.restore_button.setAccessibleName("Restore the selected backup")
        self.restore_button.setAutoDefault(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("backups_close")
        close.setAccessibleName("Close backups")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self.list.itemActivated.connect(self._on_activated)
        self._jobs.busy_changed.connect(self._sync_buttons)

    @property
    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def reload(self) -> None:
        self._backups = self._upkeep.list_backups()
        folder = self._upkeep.backups_dir
        self.folder_label.setText(
            f"Folder: {folder}" if folder is not None else "The history is in memory only: no backups."
        )
        self.list.clear()
        for info in self._backups:
            item = QTreeWidgetItem([format_taken(info), format_size(info.size)])
            item.setData(0, _PATH_ROLE, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(self._backups))
        self.empty_label.setVisible(not self._backups)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
            self.list.setFocus()
        self._sync_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        row = -1 if item is None else self.list.indexOfTopLevelItem(item)
        return self._backups[row] if 0 <= row < len(self._backups) else None

    @property
    def restoring(self) -> bool:
        return self._restoring is not None

    @Slot()
    def _sync_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._jobs.busy)
        self.buttons.setEnabled(not self.restoring)

    def reject(self) -> None:
        if not self.restoring:  # the dialog says how the restore went: it stays until then
            super().reject()

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.restore_selected()

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self._jobs.busy:
            return
        question = (
            f"Replace your history with the backup taken {format_taken(info)}?\n\n"
            "Attempts made since then will no longer be listed. The history as it is now is "
            "saved as a new backup first, so you can restore it again."
        )
        if not ask_destructive(self, "confirm_restore", "Restore backup?", question, "Restore"):
            return
        try:
            job = restore_job(self._upkeep, info.path)
        except StorageError as error:
            self._restore_failed(error)
            return
        job.succeeded.connect(lambda safety: self._restored(info, safety))
        job.failed.connect(self._restore_failed)
        job.ended.connect(self._restore_ended)
        self._restoring = job
        self.status_label.setText(f"Restoring the backup taken {format_taken(info)}…")
        self._jobs.start(job)
        self._sync_buttons()

    @Slot()
    def _restore_ended(self) -> None:
        self._restoring = None
        self._sync_buttons()

    @Slot(object)
    def _restore_failed(self, error: Exception) -> None:
        self.status_label.clear()
        show_problem(self, "restore_failed", "Could not restore the backup", str(error))
        self.reload()

    def _restored(self, info: BackupInfo, safety: BackupInfo | None) -> None:
        message = f"Restored the backup taken {format_taken(info)}."
        if safety is not None:
            message += f" The history from before is kept as the backup taken {format_taken(safety)}."
        self.reload()
        self.status_label.setText(message)
        self.history_restored.emit()
