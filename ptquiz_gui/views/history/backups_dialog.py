"""The backups of the history, newest first: when and why each was taken, its size and how
many attempts it holds; Back up now makes one, Restore… puts one back.

Counting attempts opens each backup read-only on the window's ``JobRunner``; the counts fill
in as they come, and Restore or Back up now need not wait for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
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
from ptquiz_gui.storage.records import BackupInfo, BackupReason
from ptquiz_gui.views.background_job import BackgroundJob, JobRunner
from ptquiz_gui.views.history.confirm import ask_destructive, show_problem
from ptquiz_gui.views.history.history_jobs import backup_job, count_job, restore_job
from ptquiz_gui.views.status_announcer import announce

_PATH_ROLE = Qt.ItemDataRole.UserRole
TAKEN, REASON, ATTEMPTS, SIZE = range(4)
COUNTING = "…"
REASON_WORDS = {  # English sources, shown translated
    BackupReason.DAILY: str(QT_TRANSLATE_NOOP("BackupsDialog", "Daily")),
    BackupReason.BEFORE_CLEAR: str(QT_TRANSLATE_NOOP("BackupsDialog", "Before clearing")),
    BackupReason.BEFORE_RESTORE: str(QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore")),
    BackupReason.BY_HAND: str(QT_TRANSLATE_NOOP("BackupsDialog", "By hand")),
}
NO_BACKUPS = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "No backups yet. ptquiz makes the first when it starts after your first attempt, then one at "
        "each start a day or more after the last. Back up now makes one at once.",
    )
)


def reason_words(reason: BackupReason) -> str:
    return QCoreApplication.translate("BackupsDialog", REASON_WORDS[reason])


def format_size(size: int) -> str:
    """``1.5 kB``, ``2.0 MB``: in the window's language, as its number format writes them."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_taken(info: BackupInfo) -> str:
    return display.moment_seconds(info.taken_at)


class BackupsDialog(QDialog):
    """Emits ``history_restored()`` after a backup replaced the history.

    A restore or a backup runs as a background job (``jobs``); the dialog stays open until
    it ends.
    """

    history_restored = Signal()

    def __init__(self, upkeep: HistoryUpkeep, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("History backups"))
        self.setMinimumSize(460, 320)
        self._upkeep = upkeep
        self._jobs = jobs
        self._restoring: BackgroundJob[BackupInfo | None] | None = None
        self._backing_up: BackgroundJob[BackupInfo | None] | None = None
        self._counting: BackgroundJob[None] | None = None
        self._counts: dict[Path, int | None] = {}
        self._backups: list[BackupInfo] = []

        intro = QLabel(
            self.tr(
                "ptquiz copies your history when it starts (at most once a day) and before clearing or "
                "restoring it, and keeps the newest %Ln. A restore saves the history as it is first, "
                "so it can be undone.",
                "",
                KEEP,
            )
        )
        intro.setObjectName("backups_intro")
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backups_folder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Attempts"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(TAKEN, QHeaderView.ResizeMode.Stretch)
        for column in (REASON, ATTEMPTS, SIZE):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.empty_label = QLabel(self.tr(NO_BACKUPS))
        self.empty_label.setObjectName("backups_empty")
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("backups_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restore_backup_button")
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setAutoDefault(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backup_now_button")
        self.backup_button.setAccessibleName(self.tr("Back up the history now"))
        self.backup_button.setAutoDefault(False)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("backups_close")
        close.setAccessibleName(self.tr("Close backups"))

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
        self.backup_button.clicked.connect(self.back_up_now)
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self.list.itemActivated.connect(self._on_activated)
        self._jobs.busy_changed.connect(self._sync_buttons)

    @property
    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def reload(self, select: Path | None = None) -> None:
        """List the backups again, selecting ``select`` (else the newest); counts not known
        yet are read in the background."""
        self._backups = self._upkeep.list_backups()
        folder = self._upkeep.backups_dir
        self.folder_label.setText(
            self.tr("Folder: {path}").format(path=folder)
            if folder is not None
            else self.tr("The history is in memory only: no backups.")
        )
        self.list.clear()
        current = None
        for info in self._backups:
            texts = [format_taken(info), reason_words(info.reason), COUNTING, format_size(info.size)]
            item = QTreeWidgetItem(texts)
            item.setData(TAKEN, _PATH_ROLE, str(info.path))
            for column in (ATTEMPTS, SIZE):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(TAKEN, str(info.path))
            self.list.addTopLevelItem(item)
            if info.path in self._counts:
                self._show_count(item, self._counts[info.path])
            if info.path == select:
                current = item
        self.list.setVisible(bool(self._backups))
        self.empty_label.setVisible(not self._backups)
        current = current or self.list.topLevelItem(0)
        if current is not None:
            self.list.setCurrentItem(current)
            self.list.setFocus()
        self._count_missing()
        self._sync_buttons()

    def _count_missing(self) -> None:
        missing = [b.path for b in self._backups if b.path not in self._counts]
        if not missing or self._counting is not None:
            return
        job = count_job(missing)
        job.delivered.connect(self._on_counted)
        job.ended.connect(self._counting_ended)
        self._counting = job
        self._jobs.start(job)

    @Slot(object)
    def _on_counted(self, counted: object) -> None:
        assert isinstance(counted, tuple)
        path: Path = counted[0]
        attempts: int | None = counted[1]
        self._counts[path] = attempts
        for row, info in enumerate(self._backups):
            item = self.list.topLevelItem(row)
            if info.path == path and item is not None:
                self._show_count(item, attempts)

    def _show_count(self, item: QTreeWidgetItem, attempts: int | None) -> None:
        shown = display.NO_VALUE if attempts is None else display.current_locale().number(attempts)
        item.setText(ATTEMPTS, shown)
        unreadable = self.tr("This backup cannot be read")
        item.setToolTip(ATTEMPTS, unreadable if attempts is None else "")
        item.setData(ATTEMPTS, Qt.ItemDataRole.AccessibleTextRole, unreadable if attempts is None else None)

    @Slot()
    def _counting_ended(self) -> None:
        self._counting = None
        self._count_missing()  # backups listed since the count began

    def attempt_count(self, row: int) -> str:
        item = self.list.topLevelItem(row)
        return "" if item is None else item.text(ATTEMPTS)

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        row = -1 if item is None else self.list.indexOfTopLevelItem(item)
        return self._backups[row] if 0 <= row < len(self._backups) else None

    @property
    def restoring(self) -> bool:
        return self._restoring is not None

    @property
    def backing_up(self) -> bool:
        return self._backing_up is not None

    @property
    def counting(self) -> bool:
        return self._counting is not None

    def _busy(self) -> bool:
        return self._jobs.busy_besides(self._counting)

    @Slot()
    def _sync_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._busy())
        self.backup_button.setEnabled(self._upkeep.backups_dir is not None and not self._busy())
        self.buttons.setEnabled(not self.restoring and not self.backing_up)

    def reject(self) -> None:
        if not self.restoring and not self.backing_up:  # the dialog says how it went: it stays until then
            super().reject()

    def done(self, result: int) -> None:
        if self._counting is not None:  # the counts are only for this dialog
            self._counting.delivered.disconnect(self._on_counted)
            self._counting.control.cancel()
        super().done(result)

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.restore_selected()

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self._busy():
            return
        question = self.tr("Replace your history with the backup taken {taken}?")
        question = question.format(taken=format_taken(info))
        question += "\n\n" + self.tr(
            "Attempts made since then will no longer be listed. The history as it is now is "
            "saved as a new backup first, so you can restore it again."
        )
        title = self.tr("Restore backup?")
        if not ask_destructive(self, "confirm_restore", title, question, self.tr("Restore")):
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
        self._say(self.tr("Restoring the backup taken {taken}…").format(taken=format_taken(info)))
        self._jobs.start(job)
        self._sync_buttons()

    @Slot()
    def _restore_ended(self) -> None:
        self._restoring = None
        self._sync_buttons()

    @Slot(object)
    def _restore_failed(self, error: Exception) -> None:
        self.status_label.clear()
        show_problem(self, "restore_failed", self.tr("Could not restore the backup"), str(error))
        self.reload()

    def _restored(self, info: BackupInfo, safety: BackupInfo | None) -> None:
        message = self.tr("Restored the backup taken {taken}.").format(taken=format_taken(info))
        if safety is not None:
            kept = self.tr("The history from before is kept as the backup taken {taken}.")
            message += " " + kept.format(taken=format_taken(safety))
        self.reload()
        self._say(message)
        self.history_restored.emit()

    @Slot()
    def back_up_now(self) -> None:
        """Copy the history as the daily backup does, on the window's ``JobRunner``."""
        if self._busy():
            return
        try:
            job = backup_job(self._upkeep)
        except StorageError as error:
            self._backup_failed(error)
            return
        job.succeeded.connect(self._backed_up)
        job.failed.connect(self._backup_failed)
        job.ended.connect(self._backup_ended)
        self._backing_up = job
        self._say(self.tr("Backing up the history…"))
        self._jobs.start(job)
        self._sync_buttons()

    @Slot()
    def _backup_ended(self) -> None:
        self._backing_up = None
        self._sync_buttons()

    @Slot(object)
    def _backup_failed(self, error: Exception) -> None:
        self.status_label.clear()
        show_problem(self, "backup_failed", self.tr("Could not back up the history"), str(error))
        self.reload()

    @Slot(object)
    def _backed_up(self, info: BackupInfo | None) -> None:
        if info is None:
            self._say(self.tr("Your history holds no attempts yet, so there is nothing to back up."))
            return
        self.reload(select=info.path)
        backed_up = self.tr("Backed up the history: the backup taken {taken}.")
        self._say(backed_up.format(taken=format_taken(info)))

    def _say(self, message: str) -> None:
        """Show ``message`` and have a screen reader say it without moving focus."""
        self.status_label.setText(message)
        announce(self.status_label, message)
