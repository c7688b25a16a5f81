"""Small things in the library and the File menu (issue 17): where to begin on a first start,
the search box's keys, the bank an import adds is selected and named, File → Export unsaved
changes… only while something is unsaved, and questions answered with verbs, not Yes/No."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import test_app_quit_unsaved as unsaved
from app_fixtures import (
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    answer_practice,
    confirm_quiz_dialog,
    focused,
    keys,
    named,
    pick,
    press,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_app_import import AIKEN, RICH_BANK, drop_files
from test_app_quit_unsaved import launch  # noqa: F401 - a window left unsaved closes without asking

from ptquiz_gui.qtmodels.library_model import Roles


def import_when_read(qtbot: QtBot) -> Callable[[QWidget], None]:
    """A dialog step: once the preview has read the files, Enter imports them."""

    def act(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, "import_confirm")
        assert button is not None
        qtbot.waitUntil(button.isEnabled)
        keys(Qt.Key.Key_Return)(dialog)

    return act


def first_run_hint(run: AppRun) -> str:
    label = run.window.library_page.first_run_label
    return label.text() if label.isVisible() else ""


def finish_practice(qtbot: QtBot, run: AppRun) -> None:
    press(Qt.Key.Key_Return)
    for _ in range(run.attempt().size - 1):
        answer_practice(run, right=True)
    run.clock.advance(5)
    pick(run, right=True)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    confirm_quiz_dialog(qtbot, run, "submit_dialog")


def test_a_first_start_says_where_to_begin_until_there_is_a_history(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run = launch(data_dir)
    hint = first_run_hint(run)
    assert "Pick a bank and press Enter" in hint and "Ctrl+E" in hint
    finish_practice(qtbot, run)
    press(Qt.Key.Key_Escape)  # results → library
    assert run.shown() is run.window.library_page
    assert first_run_hint(run) == ""
    launch.close(run)
    assert first_run_hint(launch(data_dir)) == "", "a later start is no first start"


def test_down_in_the_search_moves_into_the_list_and_esc_clears_it(app: AppRun) -> None:
    page = app.window.library_page
    press(Qt.Key.Key_F, CTRL)
    type_text("pytorch")
    assert page.proxy.rowCount() > 1
    page.select_row(page.proxy.rowCount() - 1)
    press(Qt.Key.Key_F, CTRL)
    press(Qt.Key.Key_Down)
    assert focused() is page.view
    assert page.view.currentIndex().row() == 0, "the first row is selected"
    press(Qt.Key.Key_F, CTRL)
    type_text("no bank is called this")
    assert page.proxy.rowCount() == 0
    press(Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.proxy.rowCount() == page.model.rowCount()
    assert focused() is page.search


def test_an_imported_bank_is_selected_and_the_status_bar_says_so(
    qtbot: QtBot, app: AppRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aiken = tmp_path / "torch-basics.txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a: ([str(aiken)], "")))
    press(Qt.Key.Key_F, CTRL)
    type_text("pytorch")  # a search the new bank does not match
    with DialogDriver(qtbot, (named("import_dialog"), import_when_read(qtbot))):
        press(Qt.Key.Key_I, CTRL)
    page = app.window.library_page
    assert page.view.currentIndex().data(Roles.BANK_ID) == "torch-basics"
    assert app.window.statusBar().currentMessage() == "Imported “Torch basics”, selected in the library."
    assert focused() is page.view


def test_a_dropped_bank_is_selected_and_the_status_bar_says_so(
    qtbot: QtBot, app: AppRun, tmp_path: Path
) -> None:
    aiken = tmp_path / "torch-basics.txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    page = app.window.library_page
    with DialogDriver(qtbot, (named("import_dialog"), import_when_read(qtbot))):
        assert drop_files(page, [aiken]) == (True, True)
    assert page.current_bank_id() == "torch-basics"
    assert "Imported “Torch basics”" in app.window.statusBar().currentMessage()


def test_export_unsaved_changes_is_offered_only_while_something_is_unsaved(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    run, own = unsaved.open_on_a_full_disk(launch, data_dir)
    action = run.window.menu.export_unsaved_action
    assert not action.isVisible(), "everything is saved: nothing to export"
    unsaved.start_practice(run)
    answer_practice(run, right=True)
    qtbot.waitUntil(action.isVisible)  # the disk is full: the answers wait in memory
    own.execute("PRAGMA max_page_count = 1000000")
    assert run.window.store_keeper is not None
    run.window.store_keeper.retry()  # what its timer does every few seconds
    assert not action.isVisible()


def test_an_in_memory_history_offers_its_export_from_the_start(launch: Launcher, data_dir: Path) -> None:
    unsaved.newer_history(data_dir)
    run = launch(data_dir)
    assert run.window.menu.export_unsaved_action.isVisible()


def test_remove_bank_asks_with_verbs_not_yes_and_no(
    qtbot: QtBot, launch: Launcher, data_dir: Path
) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "torch-basics.yaml").write_bytes(RICH_BANK.read_bytes().replace(b"id: rich-bank", b"id: torch-basics"))
    run = launch(data_dir)
    run.window.library_page.show_bank("torch-basics")
    labels: list[str] = []

    def read_then_keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        labels.extend(b.text() for b in box.buttons())
        keys(Qt.Key.Key_Return)(box)  # Enter keeps the bank

    with DialogDriver(qtbot, (named(""), read_then_keep)):
        run.window.bank_actions.remove_bank("torch-basics")
    assert sorted(labels) == ["&Keep it", "&Remove"]
    assert "torch-basics" in [b.id for b in run.services.library.banks]
