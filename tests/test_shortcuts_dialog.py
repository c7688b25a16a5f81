"""Help → Keyboard shortcuts and the hint lines: one key table, a table per screen, the README's keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_fixtures import CTRL, AppRun, DialogDriver, named, press
from helpers.screen_text import read
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.display import SEPARATOR
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.views import window_fit
from ptquiz_gui.views.dialogs.shortcuts_dialog import ShortcutsDialog
from ptquiz_gui.views.key_table import Screen, hint_line
from ptquiz_gui.views.quiz.keys import key_hints

README = Path(__file__).resolve().parent.parent / "README.md"
README_SCREENS = {"library": "Library", "quiz": "Quiz", "results": "Results", "anywhere": "Menus"}


def rows(table: QTableView) -> list[tuple[str, str]]:
    model = table.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def key_tokens(keys: str) -> set[str]:
    """"← →, PgUp PgDn" → {"←", "→", "PgUp", "PgDn"}; "1–9 or A–H" → {"1", "9", "A", "H"}."""
    return {t for t in re.split(r"\s+or\s+|[\s,–]+", keys) if t}


def open_dialog(qtbot: QtBot, app: AppRun) -> ShortcutsDialog:
    dialog = ShortcutsDialog(app.window.menuBar(), app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_table_per_screen_and_one_for_the_menus(qtbot: QtBot, app: AppRun) -> None:
    dialog = open_dialog(qtbot, app)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Library", "Quiz", "Results", "History", "Menus"]
    assert ("Ctrl+E", "start the selected bank as an exam") in rows(dialog.tables["Library"])
    quiz = rows(dialog.tables["Quiz"])
    assert (
        "1–9 or A–H",
        "choose a choice, or tick one on a multiple-answer question "
        "(F always flags, so the sixth choice is 6)",
    ) in quiz
    assert ("Ctrl+Enter", "In practice: finish the attempt (Enter confirms)") in quiz
    assert ("Ctrl+Enter", "In an exam: submit the exam (Enter confirms)") in quiz
    assert ("P", "In practice: pause or resume") in quiz
    assert ("R", "retry the questions answered wrongly or left unanswered") in rows(dialog.tables["Results"])
    assert ("Delete", "delete the selected attempt") in rows(dialog.tables["History"])
    menus = rows(dialog.tables["Menus"])
    assert ("Ctrl+I", "File → Import bank…") in menus
    assert ("F5", "View → Reload banks") in menus
    assert ("Ctrl+0", "View → Normal text size") in menus


def test_every_key_in_the_readme_is_in_the_dialog(qtbot: QtBot, app: AppRun) -> None:
    dialog = open_dialog(qtbot, app)
    listed = 0
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] not in README_SCREENS:
            continue
        tab = README_SCREENS[cells[0]]
        shown = set().union(*(key_tokens(keys) for keys, _ in rows(dialog.tables[tab])))
        missing = set(re.findall(r"`([^`]+)`", cells[1])) - shown
        assert not missing, f"README {cells[0]} keys {sorted(missing)} are not in the {tab} table"
        listed += 1
    assert listed >= 10, "the README's keyboard table was not found"


def test_the_hint_lines_read_as_the_table_says() -> None:
    assert read(hint_line(Screen.LIBRARY)) == (
        "Ctrl+F search · ↑/↓ choose · Enter practice · Ctrl+E exam · Ctrl+R review · Ctrl+H history"
    )
    assert read(key_hints(Mode.PRACTICE, 4)) == (
        "1–4 / A–D choose · Enter check / next · ←/→ move · F flag · P pause · Ctrl+Enter finish · Esc leave"
    )
    assert read(key_hints(Mode.EXAM, 4)) == (
        "1–4 / A–D choose · Enter next · ←/→ move · F flag · Ctrl+Enter submit · Esc leave"
    )
    assert read(hint_line(Screen.QUIZ, Mode.EXAM, "1–5 / A–E", "tick")).startswith("1–5 / A–E tick · Enter next")
    assert read(hint_line(Screen.RESULTS)) == "1–4 filter · ↑/↓ questions · R retry wrong or unanswered · Esc back"
    assert read(hint_line(Screen.HISTORY)) == "Enter open · Delete remove · Esc back to library"


def test_a_hint_line_breaks_between_hints_only() -> None:
    """A German 800 px window broke "Strg+R | wiederholen" and "↑/ | ↓ wählen" over two lines."""
    for line in (hint_line(Screen.LIBRARY), key_hints(Mode.PRACTICE, 4), hint_line(Screen.RESULTS)):
        for hint in line.split(SEPARATOR):
            assert " " not in hint, hint
            assert hint.count("/") == hint.count("/\N{WORD JOINER}"), hint


def test_the_screens_show_their_hint_lines(app: AppRun) -> None:
    library = app.window.library_page.findChild(QLabel, "library_hints")
    assert library is not None and library.text().endswith(hint_line(Screen.LIBRARY))
    press(Qt.Key.Key_H, CTRL)
    history = app.window.stack.currentWidget().findChild(QLabel, "history_hints")
    assert history is not None and history.text().startswith(hint_line(Screen.HISTORY))


def _focus_name() -> str:
    focus = QApplication.focusWidget()
    return focus.objectName() if focus is not None else "(none)"


def test_f1_opens_on_the_screen_shown_and_esc_closes(qtbot: QtBot, app: AppRun) -> None:
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        try:
            dialog.activateWindow()  # a window manager would; the offscreen platform has none
            qtbot.waitUntil(lambda: QApplication.focusWidget() in dialog.findChildren(QWidget))
            seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
            seen["focus"] = _focus_name()
            press(Qt.Key.Key_Down, to=QApplication.focusWidget())
            seen["row"] = dialog.tables["History"].currentIndex().row()
            press(Qt.Key.Key_Tab, CTRL, to=QApplication.focusWidget())
            seen["next tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
            seen["next focus"] = _focus_name()
            press(Qt.Key.Key_Escape, to=QApplication.focusWidget())
            seen["result"] = dialog.result()
            seen["closed"] = not dialog.isVisible()
        finally:
            dialog.reject()  # a failed step must not leave the test waiting in exec()

    press(Qt.Key.Key_H, CTRL)
    with DialogDriver(qtbot, (named("shortcuts_dialog"), look)):
        app.window.menu.keys_action.trigger()
    assert seen == {
        "tab": "History",
        "focus": "shortcuts_history",
        "row": 1,
        "next tab": "Menus",
        "next focus": "shortcuts_menus",
        "result": QDialog.DialogCode.Rejected,
        "closed": True,
    }


def test_it_fits_800_by_600(qtbot: QtBot, app: AppRun, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = QRect(0, 0, 800, 600)
    monkeypatch.setattr(window_fit, "available_geometry", lambda _widget: QRect(screen))
    dialog = open_dialog(qtbot, app)
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        table = dialog.tabs.widget(index)
        assert isinstance(table, QTableView)
        # the keys column is never cut: it is as wide as its widest keys
        assert table.columnWidth(0) >= max(
            table.fontMetrics().horizontalAdvance(keys) for keys, _ in rows(table)
        )


def test_quit_keeps_the_platforms_chords_only() -> None:
    """X11 lists Ctrl+Q and the bare Exit key for Quit; the shortcuts list read "Ctrl+Q, Exit"
    (German "Strg+Q, Verlassen", like a command). Only chords are kept."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from ptquiz_gui.views.main_menu import _chord

    assert _chord(QKeySequence("Ctrl+Q"))
    assert not _chord(QKeySequence(Qt.Key.Key_Exit))
    assert not _chord(QKeySequence())
