"""The library's Problems panel shows item-writing warnings about the user's own banks,
apart from load errors: its own icon, ``warning:`` in the row, and a separate count."""

from __future__ import annotations

from pathlib import Path

from app_fixtures import Launcher
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
