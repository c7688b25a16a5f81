"""Text longer than a bank may hold (an old history snapshot, a cache written before the
limit) is cut before Qt lays it out, so it cannot freeze the window (issue 15 #6)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.field_limits import MAX_TEXT_LENGTH
from ptquiz_gui.qtmodels import plain_text
from ptquiz_gui.qtmodels.plain_text import plain_summary
from ptquiz_gui.views.markdown import MarkdownView


def test_the_markdown_view_shows_the_start_of_an_over_long_text_and_says_the_rest_is_cut(
    qtbot: QtBot,
) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)

    view.set_markdown("x" * 1_048_576)

    shown = view.document().toPlainText()
    assert shown.startswith("x" * MAX_TEXT_LENGTH)
    assert shown.endswith("[… 1,028,576 more characters are not shown]")
    assert len(shown) < MAX_TEXT_LENGTH + 100
    assert view.markdown_source() == "x" * 1_048_576  # the text itself is kept as it is


def test_a_text_at_the_limit_is_shown_whole(qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)

    view.set_markdown("y" * MAX_TEXT_LENGTH)

    assert view.document().toPlainText() == "y" * MAX_TEXT_LENGTH


def test_a_list_summary_reads_only_the_start_of_a_long_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    fed: list[int] = []
    real = plain_text.set_bank_markdown

    def spy(document: QTextDocument, markdown: str) -> None:
        fed.append(len(markdown))
        real(document, markdown)

    monkeypatch.setattr(plain_text, "set_bank_markdown", spy)

    summary = plain_summary("word " * 200_000)

    assert summary == ("word " * 28).strip() + "…"
    assert fed == [plain_text.SUMMARY_SOURCE_LENGTH]


def test_a_list_summary_shows_bidi_controls_instead_of_obeying_them() -> None:
    assert plain_summary("Which is right? \u202eevil\u202c") == "Which is right? ⟨U+202E⟩evil⟨U+202C⟩"
