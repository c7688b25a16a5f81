"""In the pseudo-locale every translated string is bracketed ("[Review~~]"), so a bare English
word left on a screen is a string that escaped translation. Results, the card of a question,
the retention dialog and History → Spaced review are read whole: labels, buttons, tooltips,
accessible names and descriptions, window titles, and every header and cell of their tables.
The bank's own text (title, ids, topics, prompts, choices, explanations) stays as written."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from app_fixtures import AppRun, Launcher, confirm_quiz_dialog, pick, press
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.qtmodels.plain_text import plain_summary
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.markdown import MarkdownView
from ptquiz_gui.views.review.card_dialog import CardDialog
from ptquiz_gui.views.review.retention_dialog import RetentionDialog
from ptquiz_gui.views.review.stats_tab import ReviewStatsTab

BANK = "pytorch-01"
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


@pytest.fixture
def app(launch: Launcher, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppRun:
    monkeypatch.setenv("PTQUIZ_LANGUAGE", "pseudo")
    return launch(data_dir)


def _bank_texts(app: AppRun) -> list[str]:
    bank = app.services.library.bank(BANK)
    assert bank is not None
    texts = [bank.title, bank.id, *bank.topics]
    for q in bank.questions:
        texts += [q.id, q.topic, q.prompt, plain_summary(q.prompt), q.explanation, *q.choices]
    return sorted({t for t in texts if t}, key=len, reverse=True)


def bare_english(text: str, bank: Iterable[str]) -> list[str]:
    """The words of ``text`` outside every [bracketed] translation, bank text taken out."""
    for written in bank:
        text = text.replace(written, " ")
    text = re.sub(r"<[^<>]*>", " ", text)  # rich text's tags
    while (inside_out := re.sub(r"\[[^\[\]]*\]", " ", text)) != text:
        text = inside_out
    return re.findall(r"[A-Za-z]{2,}", text)


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                yield str(model.index(row, column).data(role) or "")


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything ``root`` and its visible widgets show or say."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        said = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if widget.isWindow():
            said.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            said.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            said.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, MarkdownView):
            said += list(_model_texts(widget.model()))
        for text in said:
            if text:
                yield where, text


def _untranslated(root: QWidget, bank: list[str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in _texts(root) if bare_english(text, bank)]


def test_bare_english_finds_what_escaped_translation() -> None:
    assert bare_english("[Retry: Sample bank~~~] · [2 wrong~~]", ["Sample bank"]) == []
    assert bare_english("[Your answer: {answer}~~]".replace("{answer}", "A — tensor([1., 2.])"), []) == []
    assert bare_english("[Question 2~~] · ✗ Wrong", []) == ["Wrong"]
    assert bare_english("<b>[Due~~]</b> 30 s", []) == []


def _practice(app: AppRun, misses: set[int], qtbot: QtBot) -> None:
    app.window.starts.start_practice(BANK)
    for n in range(app.attempt().size):
        app.clock.advance(5)
        pick(app, right=n not in misses)
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Return)
    if app.shown() is app.quiz:
        confirm_quiz_dialog(qtbot, app, "submit_dialog")
    assert app.shown() is app.window.results_page


def test_results_card_retention_and_statistics_show_no_bare_english(qtbot: QtBot, app: AppRun) -> None:
    bank = _bank_texts(app)
    _practice(app, {0, 1}, qtbot)
    results = app.window.results_page
    assert results.kind_label.text().startswith("[")
    for question in range(3):  # a right, a wrong and another answer in the review
        results.review_list.setCurrentIndex(results.review_proxy.index(question, 0))
        assert _untranslated(results, bank) == []

    card_button = app.window.findChild(QPushButton, "results_card_button")
    assert card_button is not None
    results.review_list.setCurrentIndex(results.review_proxy.index(0, 0))  # a missed question: a card
    card_button.click()
    card = next(d for d in app.window.findChildren(CardDialog) if d.isVisible())
    assert card.answers.rowCount() == 1
    assert _untranslated(card, bank) == []
    card.close()

    app.window.menu.retention_action.trigger()
    retention = next(d for d in app.window.findChildren(RetentionDialog) if d.isVisible())
    estimated = retention.workload.text
    qtbot.waitUntil(lambda: "~" in estimated() and "…" not in estimated(), timeout=10_000)
    assert _untranslated(retention, bank) == []
    retention.reject()

    press(Qt.Key.Key_Escape)
    app.window.show_history()
    page = app.window.stack.currentWidget()
    assert isinstance(page, HistoryPage)
    tab = page.findChild(ReviewStatsTab)
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.status.isVisible(), timeout=10_000)
    assert tab.forecast.accessibleDescription() and tab.calendar.accessibleDescription()
    assert _untranslated(tab, bank) == []
