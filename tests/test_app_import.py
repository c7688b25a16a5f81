"""Importing banks through the window: File → Import bank… and files dropped on the library
open a preview; accepting writes them to the bank folder and they appear as the user's
banks; Remove… moves a user bank to removed-banks; bundled banks cannot be removed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app_fixtures import (
    ALT,
    CTRL,
    AppRun,
    DialogDriver,
    Launcher,
    focused,
    keys,
    named,
    press,
    titled,
    type_text,
)
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QStandardItemModel
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPlainTextEdit, QTableView, QWidget
from helpers.screen_text import cut_off
from pytestqt.qtbot import QtBot
from test_screen_fit import settle

from ptquiz_gui import import_reading
from ptquiz_gui.importing import ImportCandidate
from ptquiz_gui.qtmodels.library_model import Roles
from ptquiz_gui.views.dialogs import import_dialog
from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog

RICH_BANK = Path(__file__).parent / "data" / "import" / "rich-bank.yaml"

AIKEN = """\
Which call moves a model to the GPU?
A. model.gpu()
B. model.to("cuda")
C. torch.gpu(model)
ANSWER: B

What does torch.zeros(2, 3).shape give?
A. torch.Size([2, 3])
B. torch.Size([3, 2])
ANSWER: A
"""

GIFT = """\
::backward:: Which call computes gradients?{=loss.backward() ~loss.grad() ~torch.grad()}

::essay:: Explain autograd in your own words.{}

::no-grad:: What does torch.no_grad() turn off?{=gradient tracking ~the optimizer ~dropout}
"""


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "downloads"
    folder.mkdir()
    aiken = folder / "torch-basics.txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    gift = folder / "autograd.gift"
    gift.write_text(GIFT, encoding="utf-8")
    return [aiken, gift, RICH_BANK]


def preview_rows(dialog: QWidget) -> list[list[str]]:
    table = dialog.findChild(QTableView, "import_table")
    assert table is not None
    model = table.model()
    assert isinstance(model, QStandardItemModel)
    return [[model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]


def preview_notes(dialog: QWidget) -> str:
    notes = dialog.findChild(QPlainTextEdit, "import_notes")
    assert notes is not None
    return notes.toPlainText()


def preview_intro(dialog: QWidget) -> str:
    labels = dialog.findChildren(QLabel)
    return labels[0].text()


def when_read(qtbot: QtBot, act: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """The preview appears before its files are read (on a worker); the user acts once they are."""

    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        qtbot.waitUntil(lambda: not dialog.reading)
        act(dialog)

    return step


def library_ids(run: AppRun) -> list[str]:
    """Every bank in the library list, whatever the search box filters."""
    model = run.window.library_page.model
    return [str(model.index(r, 0).data(Roles.BANK_ID)) for r in range(model.rowCount())]


def select_bank(run: AppRun, words: str) -> None:
    press(Qt.Key.Key_F, CTRL)
    type_text(words)
    press(Qt.Key.Key_Return)
    assert focused() is run.window.library_page.view


def drop_files(widget: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` over ``widget`` and drop them; returns (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        centre.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return True, drop.isAccepted()


def test_import_previews_then_writes_the_banks_and_they_join_the_library(
    qtbot: QtBot, app: AppRun, sources: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_files(*_args: object) -> tuple[list[str], str]:  # the system file picker
        return [str(p) for p in sources], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose_files))
    seen: dict[str, object] = {}

    def look_then_import(dialog: QWidget) -> None:
        seen["rows"] = preview_rows(dialog)
        seen["notes"] = preview_notes(dialog)
        seen["intro"] = preview_intro(dialog)
        keys(Qt.Key.Key_Return)(dialog)

    with DialogDriver(qtbot, (named("import_dialog"), when_read(qtbot, look_then_import))) as driver:
        press(Qt.Key.Key_I, CTRL)  # File → Import bank…
    assert driver.dialog().windowTitle() == "Import banks"
    assert seen["rows"] == [
        ["torch-basics.txt", "aiken", "Torch basics", "2", "ready"],
        ["autograd.gift", "gift", "Autograd", "2", "ready (1 skipped)"],
        ["rich-bank.yaml", "yaml", "Rich bank: every character GIFT treats specially", "6", "ready"],
    ]
    assert seen["notes"] == f"{sources[1]}:3: skipped essay question"
    assert str(seen["intro"]).startswith("3 of 3 files can be imported, 10 questions in all.")

    banks = app.paths.banks_dir
    assert sorted(p.name for p in banks.iterdir()) == ["autograd.yaml", "rich-bank.yaml", "torch-basics.yaml"]
    assert sorted(library_ids(app)[12:]) == ["autograd", "rich-bank", "torch-basics"]
    assert app.window.library_page.problems.isHidden()

    select_bank(app, "torch basics")
    detail = app.window.library_page.detail
    facts = detail.findChild(QLabel, "detail_facts")
    assert facts is not None and facts.text().startswith("2 questions")
    assert facts.text().endswith("your bank")
    assert detail.remove_button.isVisible()
    press(Qt.Key.Key_Return)
    assert app.quiz.header.position_label.text() == "Question 1 of 2"


def test_cancelling_the_preview_writes_nothing(qtbot: QtBot, app: AppRun, sources: list[Path]) -> None:
    page = app.window.library_page
    with DialogDriver(qtbot, (named("import_dialog"), when_read(qtbot, keys(Qt.Key.Key_Escape)))) as driver:
        assert drop_files(page, sources[:2]) == (True, True)
    assert [row[0] for row in preview_rows(driver.dialog())] == ["torch-basics.txt", "autograd.gift"]
    assert not app.paths.banks_dir.exists() or list(app.paths.banks_dir.iterdir()) == []
    assert len(library_ids(app)) == 12


def test_a_gift_file_dropped_on_the_library_opens_the_preview(
    qtbot: QtBot, app: AppRun, sources: list[Path]
) -> None:
    page = app.window.library_page
    gift = sources[1]
    with DialogDriver(qtbot, (named("import_dialog"), when_read(qtbot, keys(Qt.Key.Key_Return)))) as driver:
        assert drop_files(page, [gift]) == (True, True)
    assert preview_rows(driver.dialog()) == [["autograd.gift", "gift", "Autograd", "2", "ready (1 skipped)"]]
    assert "skipped essay question" in preview_notes(driver.dialog())
    assert (app.paths.banks_dir / "autograd.yaml").is_file()
    assert "autograd" in library_ids(app)


MOODLE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Optimizers</text></category></question>
  <question type="multichoice">
    <name><text>Which is an optimizer?</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which is an optimizer?</p>]]></text></questiontext>
    <single>true</single>
    <answer fraction="100"><text>torch.optim.SGD</text></answer>
    <answer fraction="0"><text>torch.nn.Linear</text></answer>
  </question>
</quiz>
"""


def test_a_moodle_xml_file_dropped_on_the_library_is_imported(qtbot: QtBot, app: AppRun, tmp_path: Path) -> None:
    """The window takes what ``ptquiz import`` takes: Moodle XML as well as Aiken and GIFT."""
    xml = tmp_path / "optimizers.xml"
    xml.write_text(MOODLE_XML, encoding="utf-8")
    page = app.window.library_page
    assert "*.xml" in import_dialog.file_filter() and ".xml" in page.findChild(QLabel, "library_hints").text()
    with DialogDriver(qtbot, (named("import_dialog"), when_read(qtbot, keys(Qt.Key.Key_Return)))) as driver:
        assert drop_files(page, [xml]) == (True, True)
    assert preview_rows(driver.dialog()) == [["optimizers.xml", "moodle-xml", "Optimizers", "1", "ready"]]
    assert (app.paths.banks_dir / "optimizers.yaml").is_file()
    assert "optimizers" in library_ids(app)


def test_the_preview_appears_before_the_files_are_read_and_fills_in_as_they_are(
    qtbot: QtBot, app: AppRun, sources: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    readers: set[int] = set()
    real_prepare_each = import_reading.prepare_each

    def slow_prepare_each(paths: list[Path], stopped: Callable[[], bool]) -> Iterator[ImportCandidate]:
        readers.add(threading.get_ident())
        assert release.wait(10), "the test never let the reading go on"
        yield from real_prepare_each(paths, stopped)

    monkeypatch.setattr(import_dialog, "prepare_each", slow_prepare_each)
    seen: dict[str, object] = {}

    def look_while_reading(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        seen["before"] = (dialog.reading, preview_rows(dialog), dialog.import_button.isEnabled())
        seen["intro"] = preview_intro(dialog)
        seen["status"] = app.window.jobs.status.label.text()
        release.set()
        qtbot.waitUntil(lambda: not dialog.reading)
        seen["after"] = ([row[0] for row in preview_rows(dialog)], dialog.import_button.isEnabled())
        keys(Qt.Key.Key_Escape)(dialog)

    with DialogDriver(qtbot, (named("import_dialog"), look_while_reading)):
        assert drop_files(app.window.library_page, sources) == (True, True)
    assert seen["before"] == (True, [], False)  # shown at once, nothing read yet, nothing to import
    assert seen["intro"] == "Reading 1 of 3 files…"
    assert seen["status"] == "Reading the files to import"
    assert seen["after"] == (["torch-basics.txt", "autograd.gift", "rich-bank.yaml"], True)
    assert threading.get_ident() not in readers and len(readers) == 1
    qtbot.waitUntil(lambda: not app.window.jobs.busy)
    assert not app.paths.banks_dir.exists() or list(app.paths.banks_dir.iterdir()) == []


def test_the_preview_columns_are_as_wide_as_what_they_show(
    qtbot: QtBot, app: AppRun, sources: list[Path], tmp_path: Path
) -> None:
    """The rows arrive after the preview appears: the file names were cut to "a…" beside a
    bank column taking the rest."""
    short = tmp_path / "a.gift"
    short.write_text("::q1:: 2+2? {=4 ~3 ~5}\n", encoding="utf-8")
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        settle()
        table = dialog.findChild(QTableView, "import_table")
        assert table is not None
        header = table.horizontalHeader()
        need = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())]
        seen["widths"] = [header.sectionSize(c) for c in range(header.count())]
        seen["need"] = need
        seen["room"] = table.viewport().width()
        seen["cut off"] = cut_off(dialog)
        dialog.resize(480, dialog.height())
        settle()
        seen["narrow"] = [header.sectionSize(c) for c in range(header.count())]
        seen["narrow cut off"] = cut_off(dialog)
        keys(Qt.Key.Key_Escape)(dialog)

    with DialogDriver(qtbot, (named("import_dialog"), when_read(qtbot, look))):
        assert drop_files(app.window.library_page, [short, *sources]) == (True, True)
    assert seen["cut off"] == []
    elided = seen["narrow cut off"]
    title = "Rich bank: every character GIFT treats specially"
    assert isinstance(elided, list) and len(elided) == 1, "at 480 px only the bank's title gives way"
    assert str(elided[0]).startswith(f"import_table cell {title[:40]!r} is ")
    widths, need = seen["widths"], seen["need"]
    assert isinstance(widths, list) and isinstance(need, list)
    bank = import_dialog.BANK_COLUMN
    assert [w for c, w in enumerate(widths) if c != bank] == [n for c, n in enumerate(need) if c != bank]
    narrow = seen["narrow"]
    assert isinstance(narrow, list)
    assert [w for c, w in enumerate(narrow) if c != bank] == [w for c, w in enumerate(widths) if c != bank]
    assert sum(widths) == seen["room"], "the bank's title takes the rest"


def test_the_problems_box_follows_larger_text(qtbot: QtBot, app: AppRun, sources: list[Path]) -> None:
    default = QApplication.font().pointSizeF()
    press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Plus, CTRL)
    sizes: list[float] = []

    def look(dialog: QWidget) -> None:
        notes = dialog.findChild(QPlainTextEdit, "import_notes")
        assert notes is not None and notes.toPlainText() == "No problems found."
        sizes.append(notes.font().pointSizeF())
        keys(Qt.Key.Key_Escape)(dialog)

    with DialogDriver(qtbot, (named("import_dialog"), when_read(qtbot, look))):
        assert drop_files(app.window.library_page, [sources[0]]) == (True, True)
    assert QApplication.font().pointSizeF() > default
    assert sizes == [pytest.approx(QApplication.font().pointSizeF())]


def test_files_that_cannot_be_banks_are_not_taken(app: AppRun, tmp_path: Path) -> None:
    picture = tmp_path / "diagram.png"
    picture.write_bytes(b"\x89PNG\r\n")
    assert drop_files(app.window.library_page, [picture]) == (False, False)


def test_remove_moves_a_user_bank_aside_after_asking(
    qtbot: QtBot, launch: Launcher, data_dir: Path, sources: list[Path]
) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "torch-basics.yaml").write_bytes(
        RICH_BANK.read_bytes().replace(b"id: rich-bank", b"id: torch-basics")
    )
    run = launch(data_dir)
    assert "torch-basics" in library_ids(run)
    select_bank(run, "torch-basics")
    assert run.window.library_page.current_bank_id() == "torch-basics"

    with DialogDriver(qtbot, (titled("Remove bank?"), keys(Qt.Key.Key_K))):
        press(Qt.Key.Key_R, ALT)
    assert "torch-basics" in library_ids(run), "No keeps it"

    with DialogDriver(qtbot, (titled("Remove bank?"), keys(Qt.Key.Key_R))) as driver:
        press(Qt.Key.Key_R, ALT)
    assert str(run.paths.removed_banks_dir) in driver.text()
    assert "your history of it is kept" in driver.text()
    assert "torch-basics" not in library_ids(run)
    assert len(library_ids(run)) == 12
    assert list(banks.iterdir()) == []
    [moved] = run.paths.removed_banks_dir.iterdir()
    assert moved.name.startswith("torch-basics-") and moved.suffix == ".yaml"
    assert moved.read_bytes().startswith(b"format: 1")


def test_bundled_banks_have_no_remove_button(qtbot: QtBot, app: AppRun) -> None:
    page = app.window.library_page
    page.view.setFocus()
    page.select_row(0)
    for n in range(12):
        assert page.current_bank_id() == f"pytorch-{n + 1:02d}"
        assert page.detail.remove_button.isHidden()
        assert page.detail.practice_button.isVisible()
        press(Qt.Key.Key_Down)
    with DialogDriver(qtbot):  # no question is asked: there is nothing to remove
        press(Qt.Key.Key_R, ALT)
    assert len(library_ids(app)) == 12
