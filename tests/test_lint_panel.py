"""The library's Problems panel shows item-writing warnings about the user's own banks,
apart from load errors: its own icon, ``warning:`` in the row, and a separate count."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import CTRL, Launcher, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot
from test_lint import BREAKERS, bank_text

from ptquiz_gui.views.library.problems_panel import ERROR, WARNING


def test_a_user_bank_with_a_mirror_pair_shows_a_warning_after_the_error(
    launch: Launcher, data_dir: Path, qtbot: QtBot
) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    question, _ = BREAKERS["mirror-pair"]
    mine = banks / "mine.yaml"
    mine.write_text(bank_text([question]), encoding="utf-8")
    broken = banks / "broken.yaml"
    broken.write_text("format: 1\nid: [\n", encoding="utf-8")
    run = launch(data_dir)
    panel = run.window.library_page.problems
    assert panel.title() == "Problems (1)"  # before the linter has run: errors only

    run.window.menu.reload_action.trigger()  # View → Reload banks lints the user's banks again
    qtbot.waitUntil(lambda: panel.title() == "Problems (1) and warnings (1)")

    assert panel.severities() == [ERROR, WARNING]
    error, warning = panel.lines()
    assert error.startswith(f"{broken}:")
    assert "warning:" not in error
    assert warning.startswith(f"{mine}:9:5: warning: mirror-pair: choice B is the key with its parts swapped")
    assert all("quizzes" not in line for line in panel.lines())  # bundled banks are not linted here

    mine.write_text(bank_text([dict(question, lint={"ignore": ["mirror-pair"], "reason": "on purpose"})]))
    broken.unlink()
    run.window.menu.reload_action.trigger()
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert panel.lines() == []


def test_the_problems_list_follows_larger_text(launch: Launcher, data_dir: Path, qtbot: QtBot) -> None:
    """The list is made with the first problem, which may come after the text was made larger."""
    run = launch(data_dir)
    default = QApplication.font().pointSizeF()
    press(Qt.Key.Key_Plus, CTRL)
    press(Qt.Key.Key_Plus, CTRL)
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    run.window.menu.reload_action.trigger()
    panel = run.window.library_page.problems
    qtbot.waitUntil(lambda: panel.title() == "Problems (1)")
    problems = panel.findChild(QListView, "problems_list")
    assert problems is not None and problems.isVisible()
    assert QApplication.font().pointSizeF() > default
    assert problems.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
