"""The dialogs and message boxes as a screen reader meets them, read through Qt's accessibility
interfaces in-process (what Qt's AT-SPI bridge puts on the bus): every control named, with
its role; fields named by their labels (buddies); a default button; focus in reading order;
and the background-job strip named with its state.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_fixtures import DialogDriver
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ptquiz_gui.importing import prepare
from ptquiz_gui.views.background_job import BackgroundJob, JobControl, JobRunner
from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog
from ptquiz_gui.views.folder_message import FolderMessage
from ptquiz_gui.views.job_status import JobStatus
from ptquiz_gui.views.plain_message import ask_to, plain_box

Role = QAccessible.Role
NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description

GIFT = """\
::backward:: Which call computes gradients?{=loss.backward() ~loss.grad() ~torch.grad()}

::essay:: Explain autograd in your own words.{}
"""


def node(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def name_of(widget: QWidget) -> str:
    return node(widget).text(NAME)


def labelled_by(widget: QWidget) -> list[str]:
    """The labels whose buddy is ``widget``: Qt reports them as labelling it. (Not read through
    ``relations()``: PySide 6.11 frees the interfaces it returns, which Qt's cache still holds,
    and a later widget then crashes.)"""
    labels = widget.window().findChildren(QLabel)
    return [label.text().replace("&", "") for label in labels if label.buddy() is widget]


def children(iface: QAccessibleInterface) -> list[tuple[QAccessible.Role, str]]:
    return [(iface.child(i).role(), iface.child(i).text(NAME)) for i in range(iface.childCount())]


def tab_order(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the dialog."""
    order: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        takes_tab = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        if takes_tab and widget.isVisibleTo(dialog) and widget.isEnabled() and widget.focusProxy() is None:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog: QWidget, text: str) -> QAbstractButton:
    found = [b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, [b.text() for b in dialog.findChildren(QAbstractButton)]
    return found[0]


# --- the import preview -----------------------------------------------------------------------


@pytest.fixture
def preview(qtbot: QtBot, tmp_path: Path) -> ImportPreviewDialog:
    gift = tmp_path / "autograd.gift"
    gift.write_text(GIFT, encoding="utf-8")
    return shown(qtbot, ImportPreviewDialog(prepare([gift])))  # type: ignore[return-value]


def test_the_import_preview_is_a_named_table_with_headers_described_by_its_summary(
    preview: ImportPreviewDialog,
) -> None:
    table = node(preview.table)
    assert table.role() == Role.Table and table.text(NAME) == "Files to import"
    assert table.text(DESCRIPTION).startswith("1 of 1 files can be imported, 1 question")
    parts = children(table)
    assert [name for role, name in parts if role == Role.ColumnHeader] == [
        "File", "Format", "Bank", "Questions", "Status"
    ]
    assert (Role.Cell, "ready (1 skipped)") in parts


def test_the_problems_field_is_named_by_its_label_and_reads_but_does_not_take_typing(
    preview: ImportPreviewDialog,
) -> None:
    notes = node(preview.notes)
    assert notes.role() == Role.EditableText and notes.state().readOnly
    assert notes.text(NAME) == "Problems found"
    label = preview.findChild(QLabel, "import_notes_label")
    assert label is not None and label.buddy() is preview.notes
    assert labelled_by(preview.notes) == ["Problems and skipped questions:"]
    assert "skipped essay question" in preview.notes.toPlainText()


def test_import_is_the_default_button_and_tab_reads_top_to_bottom(preview: ImportPreviewDialog) -> None:
    confirm = node(preview.import_button)
    assert confirm.role() == Role.Button and confirm.text(NAME) == "Import"
    assert confirm.state().defaultButton and preview.import_button.isEnabled()
    order = tab_order(preview)
    assert order[:2] == [preview.table, preview.notes]
    assert set(order[2:]) == {preview.import_button, button(preview, "Cancel")}
    assert preview.focusWidget() is preview.table


# --- message boxes ---------------------------------------------------------------------------


def test_a_question_box_names_its_icon_and_keeps_the_safe_answer_as_default(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def look_then_escape(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        alert = node(box)
        seen["box"] = (alert.role(), alert.text(NAME))
        graphics = [box.findChild(QLabel, "qt_msgboxex_icon_label")]
        seen["icon"] = [name_of(g) for g in graphics if g is not None]
        seen["buttons"] = sorted(
            (name_of(b), node(b).state().defaultButton) for b in box.findChildren(QPushButton)
        )
        focus = box.focusWidget()  # the box's own: offscreen, no window need be active
        seen["focus"] = name_of(focus) if focus is not None else None
        box.reject()

    with DialogDriver(qtbot, (lambda w: isinstance(w, QMessageBox), look_then_escape)):
        acted = ask_to(parent, "Remove bank?", "Remove “<b>Tensors</b>”?", act="&Remove", keep="&Keep it")
    assert not acted
    assert seen["box"] == (Role.AlertMessage, "Remove bank?")
    assert seen["icon"] == ["Question"]
    assert seen["buttons"] == [("Keep it", True), ("Remove", False)]
    assert seen["focus"] == "Keep it"


@pytest.mark.parametrize(
    ("icon", "named"),
    [(QMessageBox.Icon.Warning, "Warning"), (QMessageBox.Icon.Information, "Information")],
)
def test_a_message_box_says_what_kind_it_is(qtbot: QtBot, icon: QMessageBox.Icon, named: str) -> None:
    text = "Could not write /tmp/x.json: disk full"
    box = plain_box(None, icon, "Export failed", text, QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    label = box.findChild(QLabel, "qt_msgboxex_icon_label")
    assert label is not None and name_of(label) == named


def test_the_folder_message_names_its_field_by_the_message_and_closes_on_enter(qtbot: QtBot) -> None:
    message = FolderMessage("Open data folder", "ptquiz could not open its data folder.", "/data")
    dialog = shown(qtbot, message)
    assert isinstance(dialog, FolderMessage)
    assert name_of(dialog.path_field) == "Folder path"
    assert labelled_by(dialog.path_field) == ["ptquiz could not open its data folder."]
    close = dialog.findChild(QDialogButtonBox)
    assert close is not None
    assert node(close.button(QDialogButtonBox.StandardButton.Close)).state().defaultButton
    assert name_of(dialog.copy_button) == "Copy path" and not node(dialog.copy_button).state().defaultButton
    assert dialog.focusWidget() is dialog.path_field


# --- the background job in the status bar ---------------------------------------------------------


@pytest.fixture
def held_job(qtbot: QtBot) -> Iterator[tuple[JobStatus, BackgroundJob[None], threading.Event]]:
    runner = JobRunner()
    status = JobStatus(runner)
    qtbot.addWidget(status)
    release = threading.Event()

    def work(control: JobControl) -> None:
        control.progress(1, 4)
        while not release.wait(0.01):
            control.check()

    job: BackgroundJob[None] = BackgroundJob("Exporting the history", work, cancellable=True)
    runner.start(job)
    qtbot.waitUntil(lambda: status.bar.maximum() == 4)
    yield status, job, release
    release.set()
    runner.wait_for_all()


def test_the_job_strip_and_its_bar_are_named_after_the_job_and_say_its_state(
    qtbot: QtBot, held_job: tuple[JobStatus, BackgroundJob[None], threading.Event]
) -> None:
    status, job, _release = held_job
    assert name_of(status) == "Background job: Exporting the history"
    assert node(status).text(DESCRIPTION) == "Running"
    bar = node(status.bar)
    assert bar.role() == Role.ProgressBar
    assert (bar.text(NAME), bar.text(DESCRIPTION)) == ("Exporting the history", "Running")
    assert status.bar.value() == 1
    cancel = node(status.cancel_button)
    assert cancel.role() == Role.Button and cancel.text(NAME) == "Cancel: Exporting the history"

    status.cancel_button.click()
    assert node(status).text(DESCRIPTION) == "Cancelling…"
    assert node(status.bar).text(DESCRIPTION) == "Cancelling…"
    assert node(status.cancel_button).state().disabled
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
