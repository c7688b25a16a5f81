"""File → Open data folder: shown by the desktop's launcher where there is one; where none
answers (the offscreen platform has none), the user is told so and gets the path to copy."""

from __future__ import annotations

from pathlib import Path

from app_fixtures import AppRun, DialogDriver, named
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.views.folder_message import FolderMessage


class _Launcher(QObject):
    """A desktop launcher for file URLs, as ``QDesktopServices.setUrlHandler`` installs one."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


def test_without_a_launcher_the_user_is_told_and_can_copy_the_path(qtbot: QtBot, app: AppRun) -> None:
    root = str(app.services.paths.root)
    seen: dict[str, object] = {}

    def read_and_copy(dialog: QWidget) -> None:
        assert isinstance(dialog, FolderMessage)
        seen["text"] = dialog.text_label.text()
        field = dialog.findChild(QLineEdit, "folder_path")
        assert field is not None and field.isReadOnly()
        seen["path"], seen["selected"] = field.text(), field.selectedText()
        dialog.copy_button.click()
        seen["copied"] = dialog.copied_label.text()
        dialog.reject()

    QGuiApplication.clipboard().clear()
    with DialogDriver(qtbot, (named("folder_message"), read_and_copy)):
        app.window.menu.open_data_action.trigger()

    assert seen["text"] == (
        "PTQuiz could not open its data folder. No file manager or other program answered to open it. "
        "The folder is:"
    )
    assert seen["path"] == seen["selected"] == root  # selected, ready for Ctrl+C
    assert QGuiApplication.clipboard().text() == root
    assert "copied" in str(seen["copied"])
    assert Path(root).is_dir()


def test_with_a_launcher_the_folder_is_handed_to_it_and_nothing_is_asked(qtbot: QtBot, app: AppRun) -> None:
    launcher = _Launcher()
    # PySide's stub asks for bytes, but only a str names the slot at run time
    QDesktopServices.setUrlHandler("file", launcher, "open_url")  # type: ignore[arg-type]
    try:
        with DialogDriver(qtbot):  # any dialog would be reported
            app.window.menu.open_data_action.trigger()
            qtbot.waitUntil(lambda: bool(launcher.opened))  # the menu's action runs from the event loop
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert launcher.opened == [QUrl.fromLocalFile(str(app.services.paths.root))]
