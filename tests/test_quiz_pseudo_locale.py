"""The quiz page, its reasoning panel, navigator and dialogs in the pseudo-locale: every text it
shows or tells a screen reader has gone through translation, in each state it can be in.

The bank's own texts are written in brackets (``[Adam]``), so bank text passes as the data it
is; everything else must be a bracketed translation or have no words (numbers, times, the
letters of keys). The accessibility tree is read too, so the navigator's cells and the
choices' names and descriptions are checked as a screen reader gets them. The page is
1024×600, and nothing on it may be cut off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.screen_text import Allowed, cut_off, texts_of, untranslated
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_pseudo_locale import pseudo_catalogue  # noqa: F401  (the fixture)
from test_screen_fit import settle

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question, QuestionType
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.views import language
from ptquiz_gui.views.language import PSEUDO, Translations
from ptquiz_gui.views.quiz.quiz_page import QuizPage
from ptquiz_gui.views.quiz.session import QuizSession

CTRL = Qt.KeyboardModifier.ControlModifier

BANK = Bank(
    id="pseudo",
    title="[Tensor basics]",
    questions=(
        Question(
            "q1",
            "[What does this print?]\n\n```python\n[print(1)]\n```\n",
            ("[one]", "[two]", "[three]"),
            0,
            explanation="[It prints **one**.]",
            topic="[printing]",
        ),
        Question(
            "q2",
            "[Which are optimizers?]",
            ("[Adam]", "[ReLU]", "[SGD]", "[Dropout]"),
            0,
            type=QuestionType.MULTIPLE,
            answers=(0, 2),
            choose=2,
            explanation="[Both step the weights.]",
            topic="[training]",
        ),
        Question("q3", "[Last one?]", ("[yes]", "[no]"), 1, topic="[printing]"),
    ),
    topics=("[printing]", "[training]"),
    time_limit=300,
    pass_mark=50,
)
BANK_TEXTS = tuple(
    text
    for question in BANK.questions
    for text in (question.prompt.splitlines()[0], *question.choices, question.topic, question.explanation)
) + (BANK.title, "[print(1)]")
ALLOWED = Allowed(folders=(), words=(), bank_texts=BANK_TEXTS)


@pytest.fixture
def pseudo(
    pseudo_catalogue: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    """The window's pseudo-locale: every string lupdate extracts, bracketed and 40 % longer."""
    monkeypatch.setenv(language.LANGUAGE_ENV, PSEUDO)
    monkeypatch.setattr(language, "catalogue", lambda code: str(pseudo_catalogue / f"ptquiz_{code}.qm"))
    app = QApplication.instance()
    assert app is not None
    translations = Translations()
    translations.install(app, PSEUDO)
    yield
    translations.uninstall(app)


def _start(qtbot: QtBot, mode: Mode) -> tuple[QuizPage, QuizSession, FakeClock]:
    clock = FakeClock()
    session = QuizSession(Attempt(plan_for_bank(BANK, mode, seed=1, shuffle=False), clock))
    page = QuizPage()
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.start(session)
    page.show()
    qtbot.waitExposed(page)
    return page, session, clock


def _accessible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every name and description in ``root``'s accessibility tree (list cells included)."""

    def walk(node: QAccessibleInterface, where: str) -> Iterator[tuple[str, str]]:
        for i in range(node.childCount()):
            child = node.child(i)
            if child is None or child.state().invisible:
                continue
            here = f"{where}/{child.role().name}[{i}]"
            yield f"{here} name", child.text(QAccessible.Text.Name)
            yield f"{here} description", child.text(QAccessible.Text.Description)
            yield from walk(child, here)

    root_node = QAccessible.queryAccessibleInterface(root)
    assert root_node is not None
    yield from walk(root_node, root.objectName())


def _problems(widget: QWidget, what: str, problems: dict[str, list[str]]) -> None:
    settle()
    found = untranslated([*texts_of(widget), *_accessible_texts(widget)], ALLOWED) + cut_off(widget)
    if found:
        problems[what] = found


def test_every_state_of_a_practice_is_translated(qtbot: QtBot, pseudo: None) -> None:
    page, session, _clock = _start(qtbot, Mode.PRACTICE)
    problems: dict[str, list[str]] = {}
    _problems(page, "a new question", problems)
    spoken = dict(_accessible_texts(page))  # the tree is read: the cells and choices are in it
    cells = [text for where, text in spoken.items() if "/ListItem[" in where and where.endswith("name")]
    assert cells == [
        "[Question 1 ~~~~], [not answered ~~~~~], [current~~~]",
        "[Question 2 ~~~~], [not answered ~~~~~]",
        "[Question 3 ~~~~], [not answered ~~~~~]",
    ]
    radios = [text for where, text in spoken.items() if "/RadioButton[" in where and where.endswith("name")]
    assert radios == ["[A: [one] ~]", "[B: [two] ~]", "[C: [three] ~]"]

    QTest.keyClick(page, Qt.Key.Key_2)
    QTest.keyClick(page, Qt.Key.Key_Return)  # wrong: the reasoning panel
    QTest.keyClick(page, Qt.Key.Key_F)
    assert page.reasoning_panel.isVisible() and session.attempt.answers[0].flagged
    _problems(page, "the reasoning after a wrong answer, flagged", problems)
    QTest.keyClick(page, Qt.Key.Key_8)
    _problems(page, "a choice key the question has not", problems)
    QTest.keyClick(page, Qt.Key.Key_P)
    _problems(page, "paused", problems)
    QTest.keyClick(page, Qt.Key.Key_P)

    QTest.keyClick(page, Qt.Key.Key_Return)  # the multiple-answer question
    QTest.keyClick(page, Qt.Key.Key_Return)
    _problems(page, "a multiple-answer question, Enter before a tick", problems)
    QTest.keyClick(page, Qt.Key.Key_A)
    QTest.keyClick(page, Qt.Key.Key_B)
    QTest.keyClick(page, Qt.Key.Key_Return)
    assert page.reasoning_panel.marks_label.isVisible()
    _problems(page, "a multiple-answer question, partly right, every choice marked", problems)

    QTest.keyClick(page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.open_dialog() is not None and page.open_dialog().isVisible())
    dialog = page.open_dialog()
    assert dialog is not None
    _problems(dialog, "the finish dialog, a question unanswered", problems)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_every_state_of_an_exam_is_translated(qtbot: QtBot, pseudo: None) -> None:
    page, session, clock = _start(qtbot, Mode.EXAM)
    problems: dict[str, list[str]] = {}
    QTest.keyClick(page, Qt.Key.Key_1)
    QTest.keyClick(page, Qt.Key.Key_P)  # an exam cannot be paused: the status line says so
    clock.advance(280)
    session.tick()
    assert page.header.warning
    _problems(page, "an exam in its last tenth", problems)
    QTest.keyClick(page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.open_dialog() is not None and page.open_dialog().isVisible())
    dialog = page.open_dialog()
    assert dialog is not None
    _problems(dialog, "the leave dialog", problems)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    QTest.keyClick(page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.open_dialog() is not None and page.open_dialog().isVisible())
    dialog = page.open_dialog()
    assert dialog is not None
    _problems(dialog, "the submit dialog", problems)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
