"""Every page and dialog in the pseudo-locale at 1024×600: nothing cut off, nothing untranslated.

``PTQUIZ_LANGUAGE=pseudo`` makes every translated string 40 % longer and wraps it in
brackets (``[Practice~~~]``). Two things are checked wherever the user can look:

- **Nothing is cut off**: the fit checks of ``test_screen_fit`` (no widget reaches past its
  parent or is squeezed below the room it needs), and in addition a one-line label or a
  button is at least as wide as its text, a tab shows its whole title, and a table column
  is as wide as its header and as its cells (cells may be elided only where they hold bank
  text: titles, topics).
- **No string escaped translation**: every text the user sees or hears (labels, buttons,
  check and radio boxes, group boxes, tab titles, table headers and cells, combo box items,
  window titles, menus, tool tips, placeholders, status messages, accessible names and
  descriptions) is made of bracketed pieces and of what has no words: numbers, punctuation,
  times, percentages. The test's banks are written in brackets too (``[Tensor basics]``),
  so bank text passes as the data it is; their ids are numbers. Other exclusions, each for
  its reason: the data folder's path (a path), the product name (a name) and the version,
  key names that Qt writes itself (``F5``, the ``E`` of ``Ctrl+E``), and the lines of the
  bank problems list (``path:line:col: message``, shared with ``ptquiz validate`` and
  English by design).

The screens are visited in a few groups, one window each.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from app_fixtures import CTRL, DialogDriver, Launcher, named, press
from helpers.catalogues import lrelease, lupdate, speak
from helpers.pseudo_tour import (
    BANKS,
    SCREEN,
    PseudoTour,
    answer_by_keys,
    bare,
    click,
    is_box,
    is_dialog,
    look_at_quiz_dialog,
    only_bracketed_banks,
    opened,
    record,
)
from helpers.screen_text import Allowed
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget
from pytestqt.qtbot import QtBot
from test_screen_fit import settle

from ptquiz_gui import APP_DISPLAY_NAME, __version__
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.views import window_fit
from ptquiz_gui.views.language import LANGUAGES, PSEUDO, pseudo_text

IMPORT_FORMATS = ("Aiken", "aiken", "GIFT", "gift", "Moodle XML", "moodle-xml")
AIKEN = "[What is 2 + 2?]\nA. [3]\nB. [4]\nANSWER: B\n"


def bank_texts() -> Iterator[str]:
    """Every bracketed text of the test's banks (a label may show one elided)."""

    def walk(node: object) -> Iterator[str]:
        if isinstance(node, str) and node.strip().startswith("["):
            yield node.strip()
        elif isinstance(node, dict):
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for path in sorted(BANKS.glob("*.yaml")):
        yield from walk(yaml.safe_load(path.read_text(encoding="utf-8")))


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``ptquiz_pseudo.qm``: every string lupdate extracts from the code, bracketed and longer.

    A string lupdate does not find, or one the code looks up in another context than lupdate
    saw (``self.tr`` in a subclass), stays English here, as it would in German.
    """
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "ptquiz_pseudo.ts"
    lupdate(ts, "-target-language", "en")
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        text = pseudo_text(message.findtext("source", ""))
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = text
        if not forms:
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, folder / "ptquiz_pseudo.qm")
    return folder


@pytest.fixture
def pseudo(
    launch: Launcher,
    data_dir: Path,
    tmp_path: Path,
    pseudo_catalogue: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> PseudoTour:
    """The window in the pseudo-locale on a 1024×600 screen, with the bracketed banks only."""
    speak(monkeypatch, PSEUDO, pseudo_catalogue)
    monkeypatch.setattr(window_fit, "available_geometry", lambda _widget: QRect(SCREEN))
    only_bracketed_banks(monkeypatch, tmp_path, data_dir)
    run = launch(data_dir)
    assert run.window.translations is not None and run.window.translations.code == PSEUDO
    allowed = Allowed(
        folders=(str(tmp_path),),
        words=(
            APP_DISPLAY_NAME,  # the product's name
            __version__,
            *(each.native_name for each in LANGUAGES),  # View → Language: each in its own language
            "[Sums].txt",  # the file the import dialog previews (a file name)
            *IMPORT_FORMATS,  # Aiken, GIFT, Moodle XML: format names
        ),
        bank_texts=tuple(bank_texts()),
    )
    return PseudoTour(qtbot, run, allowed)


# --- the screens ----------------------------------------------------------------------------------


def test_the_library_and_its_dialogs(pseudo: PseudoTour, tmp_path: Path) -> None:
    from ptquiz_gui.importing import prepare
    from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog
    from ptquiz_gui.views.dialogs.shortcuts_dialog import ShortcutsDialog
    from ptquiz_gui.views.review.retention_dialog import RetentionDialog

    tour, run, qtbot = pseudo, pseudo.run, pseudo.qtbot
    window = run.window
    tour.look("library, first run, with a broken bank")

    with DialogDriver(qtbot, (is_box, tour.step("about box"))):
        window.menu.about_action.trigger()

    def every_shortcuts_tab(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            tour.look_at_dialog(f"keyboard shortcuts dialog, tab {index + 1}", dialog)
        dialog.reject()

    with DialogDriver(qtbot, (named("shortcuts_dialog"), every_shortcuts_tab)):
        window.menu.keys_action.trigger()

    with DialogDriver(qtbot, (named("start_exam_dialog"), tour.step("start exam dialog"))):
        window.starts.start_exam("41")
    with DialogDriver(qtbot, (is_dialog, tour.step("mixed exam dialog"))):
        window.starts.start_mixed(["41", "42"])
    with DialogDriver(qtbot, (is_box, tour.step("nothing due for review"))):
        window.starts.start_review()
    with DialogDriver(qtbot, (is_box, tour.step("remove bank question"))):
        window.bank_actions.remove_bank("42")
    assert window.bank("42") is not None, "the remove question was answered with Keep"

    window.menu.retention_action.trigger()
    retention = opened(tour, RetentionDialog)
    tour.look_at_dialog("spaced review retention dialog", retention)
    retention.reject()

    aiken = tmp_path / "[Sums].txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    preview = ImportPreviewDialog(prepare([aiken]), window)
    preview.show()
    tour.look_at_dialog("import dialog", preview)
    preview.close()

    assert tour.problems == {}, tour.report()


def test_practice_exam_and_results(pseudo: PseudoTour) -> None:
    from ptquiz_gui.views.review.card_dialog import CardDialog

    tour, run, qtbot = pseudo, pseudo.run, pseudo.qtbot
    window = run.window
    window.starts.start_practice("41")
    tour.look("practice question")
    item = run.attempt().item
    wrong = next(i for i in range(len(item.choice_order)) if i not in set(item.shown_keys))
    press(Qt.Key(Qt.Key.Key_1 + wrong))
    press(Qt.Key.Key_F)  # flagged
    press(Qt.Key.Key_Return)
    assert run.quiz.reasoning_panel.isVisible()
    tour.look("practice, reasoning panel after a wrong answer")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_P)
    tour.look("practice, paused")
    press(Qt.Key.Key_P)
    press(Qt.Key.Key_Escape)
    look_at_quiz_dialog(tour, "leave_dialog", "leave dialog", Qt.Key.Key_Return)
    tour.look("library with an unfinished attempt in the details")

    with DialogDriver(qtbot, (named("resume_or_new_dialog"), tour.step("resume or start new dialog", click("Start new")))):
        window.starts.start_practice("41")
    for _ in range(run.attempt().size - 1):
        answer_by_keys(run, right=True)
    run.clock.advance(6)
    press(Qt.Key.Key_Return, CTRL)
    look_at_quiz_dialog(tour, "submit_dialog", "finish practice dialog, a question unanswered", Qt.Key.Key_Return)
    tour.look("results of a practice")
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        press(key)
        tour.look(f"results, review filter {key.name[-1]}")
    card_button = window.results_page.findChild(QAbstractButton, "results_card_button")
    assert card_button is not None
    review = window.results_page.review_list
    review.setCurrentIndex(review.model().index(0, 0))
    card_button.click()
    card = opened(tour, CardDialog)
    tour.look_at_dialog("card dialog from results", card)
    card.reject()

    press(Qt.Key.Key_Escape)  # back to the library
    with DialogDriver(qtbot, (named("start_exam_dialog"), tour.step("start exam dialog", lambda d: d.accept()))):  # type: ignore[attr-defined]
        window.starts.start_exam("42")
    assert run.attempt().mode is Mode.EXAM
    tour.look("exam question")
    answer_by_keys(run, right=False)
    tour.look("exam, second question")
    press(Qt.Key.Key_Return, CTRL)
    look_at_quiz_dialog(tour, "submit_dialog", "submit exam dialog", Qt.Key.Key_Return)
    tour.look("results of an exam")

    assert tour.problems == {}, tour.report()


def test_history_resuming_and_their_dialogs(pseudo: PseudoTour) -> None:
    from ptquiz_gui.domain.start_request import StartRequest
    from ptquiz_gui.views.history.history_page import HistoryPage
    from ptquiz_gui.views.review.card_dialog import CardDialog

    tour, run, qtbot = pseudo, pseudo.run, pseudo.qtbot
    window = run.window
    for rights in ([True, False, True, False], [False, False, True, True], [True, True, True, True]):
        record(run, "41", right=rights)
        run.clock.advance(86_400)
    record(run, "42", right=[False, True], mode=Mode.EXAM)
    record(run, "42", right=[True], finish=False)
    window.show_banks()
    tour.look("library with scores, readiness and an unfinished attempt")

    press(Qt.Key.Key_H, CTRL)
    history = window.stack.currentWidget()
    assert isinstance(history, HistoryPage)
    for index in range(history.tabs.count()):
        history.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.jobs.busy)
        settle()
        tour.look(f"history, tab {index + 1} ({bare(history.tabs.tabText(index))})")
        if history.tabs.currentWidget() is history.missed_tab:
            missed = history.missed_tab
            missed.view.setCurrentIndex(missed.view.model().index(0, 0))
            missed.view.setFocus()
            press(Qt.Key.Key_Return)
            question = missed.question_dialog
            assert isinstance(question, QDialog) and question.isVisible()
            tour.look_at_dialog("most missed question dialog", question)
            question.reject()
            card_button = missed.findChild(QAbstractButton, "missed_card_button")
            assert card_button is not None
            card_button.click()
            card = opened(tour, CardDialog)
            tour.look_at_dialog("card dialog from most missed", card)
            card.reject()
    with DialogDriver(qtbot, (named("backups_dialog"), tour.step("backups dialog"))):
        history.backups_button.click()
    history.tabs.setCurrentIndex(0)
    attempts = history.model.row_total()
    with DialogDriver(qtbot, (is_box, tour.step("delete attempt question"))):
        history.delete_attempt(history.model.summary(0).id)
    with DialogDriver(qtbot, (is_box, tour.step("clear history question"))):
        history.clear_history()
    assert history.model.row_total() == attempts, "both questions were answered with Cancel"

    [unfinished] = window.resumer.unfinished()
    with DialogDriver(
        qtbot,
        (named("unfinished_attempt_dialog"), tour.step("history's unfinished attempt dialog", click("Discard…"))),
        (is_box, tour.step("discard question", click("Keep it"))),
    ):
        window.resumer.open_unfinished(unfinished.id)
    with DialogDriver(qtbot, (named("resume_dialog"), tour.step("start-up list of unfinished attempts"))):
        window.resumer.offer_at_start()

    press(Qt.Key.Key_Escape)
    with DialogDriver(qtbot, (named("resume_or_new_dialog"), click("Resume"))):
        window.starts.start_practice("42")
    assert run.attempt().mode is Mode.PRACTICE
    with DialogDriver(qtbot, (is_box, tour.step("a later start asks to leave the attempt", click("Stay")))):
        window.open_later_request(StartRequest("41"))
    assert window.running_attempt() is not None

    assert tour.problems == {}, tour.report()
