"""The dialogs and the storage messages in the pseudo-locale: no bare English on them.

``PTQUIZ_LANGUAGE=pseudo`` wraps every translated string in brackets (``[Import banks~~~]``),
so a word outside brackets escaped translation, unless it is data: a file name or path, a
bank's title, a format's name, a number. The command line stays English all the same, even
after such a window was built in the same process.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest
from app_fixtures import AppRun, DialogDriver, Launcher, named
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.cli import main
from ptquiz_gui.importing import prepare
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog
from ptquiz_gui.views.dialogs.shortcuts_dialog import ShortcutsDialog
from ptquiz_gui.views.dialogs.start_dialog import StartExamDialog
from ptquiz_gui.views.language import LANGUAGE_ENV, pseudo_text
from ptquiz_gui.views.unsaved_quit import DIALOG_NAME

GIFT = """\
::backward:: Which call computes gradients?{=loss.backward() ~loss.grad() ~torch.grad()}

::essay:: Explain autograd in your own words.{}
"""
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")


def bare_words(text: str, data: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` outside any brackets, once the data in it is taken out."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    while (stripped := _BRACKETED.sub(" ", text)) != text:  # inner brackets first: plurals in sentences
        text = stripped
    return _WORD.findall(text)


def texts_of(dialog: QWidget) -> list[str]:
    """What a user reads or hears on a dialog: its title, labels, buttons, spin box units,
    table headers, and the accessible names and descriptions of its controls."""
    seen = [dialog.windowTitle()]
    for label in dialog.findChildren(QLabel):
        seen.append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        seen.append(button.text())
    for spin in dialog.findChildren(QAbstractSpinBox):
        seen.append(spin.text())
    for table in dialog.findChildren(QTableView):
        model = table.model()
        across = table.horizontalHeader().orientation()
        seen += [str(model.headerData(c, across)) for c in range(model.columnCount())]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is not None and widget.isVisibleTo(dialog):
            seen += [iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)]
    return [text for text in seen if text]


def assert_no_bare_english(texts: Iterable[str], data: Iterable[str] = ()) -> None:
    escaped = {text: words for text in texts if (words := bare_words(text, data))}
    assert not escaped, f"untranslated: {escaped}"


@pytest.fixture
def pseudo(launch: Launcher, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppRun:
    monkeypatch.setenv(LANGUAGE_ENV, "pseudo")
    run = launch(data_dir)
    assert run.window.translations is not None and run.window.translations.code == "pseudo"
    return run


def test_the_check_finds_english_outside_brackets() -> None:
    assert bare_words("[Reading 2 of [3 files~~]…~~~]") == []
    assert bare_words("[Import~~] now") == ["now"]
    assert bare_words("[Could not write {path}~~]: /tmp/data", ["/tmp/data"]) == []


def test_the_import_preview_speaks_no_bare_english(qtbot: QtBot, pseudo: AppRun, tmp_path: Path) -> None:
    gift = tmp_path / "autograd.gift"
    gift.write_text(GIFT, encoding="utf-8")
    candidates = prepare([gift])
    dialog = ImportPreviewDialog(candidates, pseudo.window)
    qtbot.addWidget(dialog)
    dialog.show()
    status = dialog.model.item(0, 4).text()
    assert status.startswith("[ready ([1 skipped")
    data = [gift.name, "gift", "Autograd", *candidates[0].skipped]  # the file's own words and problems
    assert_no_bare_english([*texts_of(dialog), status], data)


def test_the_start_exam_dialog_speaks_no_bare_english(qtbot: QtBot, pseudo: AppRun) -> None:
    title = "Tensor basics"
    dialog = StartExamDialog(
        title,
        question_count=12,
        time_limit=900,
        pass_mark=70,
        shuffle=True,
        count_range=(1, 40),
        parent=pseudo.window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minutes.suffix() == pseudo_text(" min")
    assert_no_bare_english(texts_of(dialog), [title])


def test_the_shortcuts_dialog_speaks_no_bare_english(qtbot: QtBot, pseudo: AppRun) -> None:
    dialog = ShortcutsDialog(pseudo.window.menuBar(), pseudo.window)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = texts_of(dialog)
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for table in dialog.tables.values():
        model = table.model()
        texts += [model.index(r, 1).data() for r in range(model.rowCount())]
    assert dialog.windowTitle() == pseudo_text("Keyboard shortcuts")
    assert_no_bare_english(texts)


def _history_from_a_newer_ptquiz(data_dir: Path) -> Path:
    path = data_paths(data_dir).history_db
    newer = sqlite3.connect(str(path))
    newer.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    newer.execute("CREATE TABLE later (x)")
    newer.commit()
    newer.close()
    return path


def test_a_storage_error_in_the_window_speaks_no_bare_english_and_the_command_line_stays_english(
    qtbot: QtBot,
    launch: Launcher,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _history_from_a_newer_ptquiz(data_dir)
    monkeypatch.setenv(LANGUAGE_ENV, "pseudo")
    run = launch(data_dir)
    shown = run.window.banner.label.text()
    assert str(path) in shown and shown.startswith("[The history file")
    assert_no_bare_english([shown], [str(path)])

    asked: list[str] = []

    def read_then_quit_without_saving(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.extend([box.windowTitle(), box.text(), box.informativeText()])
        asked.extend(b.text() for b in box.buttons())
        [discard] = [b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole]
        discard.click()

    with DialogDriver(qtbot, (named(DIALOG_NAME), read_then_quit_without_saving)):
        launch.close(run)  # the history lives in memory: quitting asks first
    assert asked and asked[0].startswith("[Unsaved answers")
    assert_no_bare_english(asked, [str(path)])

    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "history"]) == 1
    said = capsys.readouterr().err
    assert "[" not in said and "~" not in said
    assert f"The history file {path} was written by a newer version of ptquiz" in said
