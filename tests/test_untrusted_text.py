"""Bank text is data on every screen: a bank full of HTML, links and image tags is shown as
typed, nothing it names is loaded, and no link opens unless the user clicks an http(s) one.

The bank is written into the data folder and loaded by the real loader into the real
window. At every step each label, widget tooltip, item-model tooltip and display text,
chart title and message box that carries the bank's text is checked to show the text
literally; each screen is painted, and a canary image the text points at (``file:``) must
never appear on it.
"""

from __future__ import annotations

import html
import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from PySide6 import QtGui
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QFont, QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.field_limits import MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from ptquiz_gui import importing as importing_module
from ptquiz_gui.app import build_window
from ptquiz_gui.app_services import Services, build_services
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import BankSource
from ptquiz_gui.importing import prepare
from ptquiz_gui.paths import data_paths
from ptquiz_gui.qtmodels.history_model import Roles as HistoryRoles
from ptquiz_gui.qtmodels.plain_text import plain_tooltip
from ptquiz_gui.settings import Settings
from ptquiz_gui.views.dialogs.import_dialog import ImportPreviewDialog
from ptquiz_gui.views.history.history_page import HistoryPage
from ptquiz_gui.views.main_window import MainWindow
from ptquiz_gui.views.markdown import MarkdownView
from ptquiz_gui.views.quiz import choice_card
from ptquiz_gui.views.quiz.navigator import NavigatorDelegate
from ptquiz_gui.views.results.review_list import ReviewDelegate

BANK_ID = "hostile-bank"
CANARY = QColor(255, 0, 255)  # the colour of the image the bank text points at
# A file name may not hold '/', so it gets the markup that needs none.
HOSTILE_FILE_NAME = "<b>bold<i> &amp; <u>x.yaml"

# What each hostile piece looks like when it is shown as typed; one of them on screen
# (raw or HTML-escaped) means bank text is there and must be shown literally.
TAG_MARKERS = ("<b>bold", "<img src=", "<script>", "<a href=", "<style>", "javascript:")
ENTITY_MARKER = "&amp;"


# --- the hostile bank ---------------------------------------------------------------------


@dataclass
class Hostile:
    port: int
    canary: Path

    def text(self, label: str) -> str:
        """One line of bank text with every kind of markup a bank might try."""
        canary_url = QUrl.fromLocalFile(str(self.canary)).toString()
        return (
            f'{label} <b>bold</b> <img src="file:///etc/hostname"> <img src="{canary_url}"> '
            f'<img src="http://127.0.0.1:{self.port}/leak.png"> <script>alert(1)</script> '
            f'<a href="file:///etc/passwd">x</a> [link](javascript:alert(1)) &amp; '
            f"<style>@import url(http://127.0.0.1:{self.port}/style.css)</style>"
        )

    def label(self, label: str) -> str:
        """The same attack squeezed into a one-line label (titles and topics hold at most 200
        characters): markup, the canary image, a request to the leak server, an entity."""
        canary_url = QUrl.fromLocalFile(str(self.canary)).toString()
        text = (
            f'{label} <b>bold</b> <img src="{canary_url}"> '
            f'<img src="http://127.0.0.1:{self.port}/t.png"> <a href="file:///">x</a> &amp;'
        )
        assert len(text) <= min(MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH), f"the test's label outgrew the title limit: {text}"
        return text

    def markdown(self, label: str) -> str:
        """Several lines of Markdown, with images and links of every scheme."""
        canary_url = QUrl.fromLocalFile(str(self.canary)).toString()
        return (
            f"{self.text(label)}\n\n"
            f"![canary]({canary_url}) ![leak](http://127.0.0.1:{self.port}/markdown.png)\n\n"
            f'<link rel="stylesheet" href="http://127.0.0.1:{self.port}/link.css">\n\n'
            "Click [run it](javascript:alert(1)), [the file](file:///etc/passwd) "
            "or [the docs](https://example.org/docs).\n"
        )

    def bank(self) -> dict[str, object]:
        def question(number: int) -> dict[str, object]:
            return {
                "id": f"q{number}",
                "topic": self.label(f"Topic {number}"),
                "prompt": self.markdown(f"Prompt {number}"),
                "choices": [self.text(f"Choice {number}{letter}") for letter in "ABC"],
                "answer": 0,
                "explanation": self.markdown(f"Explanation {number}"),
            }

        return {
            "format": 1,
            "id": BANK_ID,
            "title": self.label("Title"),
            "description": self.markdown("Description"),
            "topics": [self.label("Listed topic")],
            "pass_mark": 50,
            "questions": [question(1), question(2)],
        }

    def broken_bank(self) -> dict[str, object]:
        """A bank the loader refuses with a message that quotes its text."""
        return {
            "format": 1,
            "id": "hostile-broken",
            "title": self.label("Broken"),
            "questions": [
                {
                    "id": "b1",
                    "prompt": self.text("Prompt"),
                    "choices": [self.text("One"), self.text("Two")],
                    "answer": self.text("Neither"),
                }
            ],
        }


def _write_yaml(path: Path, document: dict[str, object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- fixtures ---------------------------------------------------------------------------------


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        server = self.server
        assert isinstance(server, _CountingServer)
        server.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _CountingServer(http.server.HTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _CountingHandler)
        self.requests: list[str] = []

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@pytest.fixture
def leak_server() -> Iterator[_CountingServer]:
    """A local web server the bank text points at; it records every path asked for."""
    server = _CountingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    image = QImage(240, 240, QImage.Format.Format_RGB32)
    image.fill(CANARY)
    path = tmp_path / "canary.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def hostile(leak_server: _CountingServer, canary: Path) -> Hostile:
    return Hostile(port=leak_server.port, canary=canary)


class _UrlRecorder(QObject):
    """Receives every URL Qt is asked to open, from Python or from Qt's own C++ code."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(QUrl(url).toString())


OPEN_SCHEMES = ("http", "https", "file", "javascript", "ftp", "mailto", "data")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every URL the app tried to open with the desktop (nothing is really opened)."""
    recorder = _UrlRecorder()

    def fake_open(url: QUrl | str) -> bool:
        recorder.open(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    for scheme in OPEN_SCHEMES:
        # PySide6 takes the slot's name as str at run time; its stubs say bytes.
        QDesktopServices.setUrlHandler(scheme, recorder, "open")  # type: ignore[arg-type]
    yield recorder.opened
    for scheme in OPEN_SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@dataclass
class Run:
    window: MainWindow
    services: Services
    bank_file: Path


@pytest.fixture
def run(qtbot: QtBot, data_dir: Path, hostile: Hostile, opened: list[str]) -> Iterator[Run]:
    """The real window over a data folder whose banks folder holds the hostile bank."""
    paths = data_paths(data_dir)
    bank_file = _write_yaml(paths.banks_dir / HOSTILE_FILE_NAME, hostile.bank())
    _write_yaml(paths.banks_dir / "zz-broken.yaml", hostile.broken_bank())
    services = build_services(paths, FakeClock(), Settings(shuffle=False))
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield Run(window, services, bank_file)
    finally:
        window.close()
        services.close()


# --- how text is shown ----------------------------------------------------------------------


def might_be_rich_text(text: str) -> bool:
    """Qt's own guess (``Qt::mightBeRichText``) of whether a label or tooltip is HTML."""
    return bool(QtGui.Qt.mightBeRichText(text))


def _tag_markers_in(text: str) -> list[str]:
    return [m for m in TAG_MARKERS if m in text or html.escape(m) in text]


def _carries_bank_text(text: str) -> bool:
    return bool(_tag_markers_in(text)) or ENTITY_MARKER in text


def _as_shown(text: str, text_format: Qt.TextFormat) -> str:
    """The characters a user sees for ``text`` in a label, tooltip or message box."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and might_be_rich_text(text)
    )
    if text_format == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _assert_literal(where: str, text: str, text_format: Qt.TextFormat) -> None:
    """Bank text in ``text`` must reach the screen exactly as the bank wrote it."""
    shown = _as_shown(text, text_format)
    for marker in _tag_markers_in(text):
        assert marker in shown, f"{where} renders bank markup {marker!r} instead of showing it: {text!r}"
    if ENTITY_MARKER in text or html.escape(ENTITY_MARKER) in text:
        assert ENTITY_MARKER in shown, f"{where} turns '&amp;' into '&': {text!r}"


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


@dataclass
class Audit:
    """The bank text one walk over a window (or dialog) found, as the user sees it."""

    labels: list[str] = field(default_factory=list)
    tooltips: list[str] = field(default_factory=list)
    model_texts: list[str] = field(default_factory=list)
    chart_texts: list[str] = field(default_factory=list)


# Qt's own delegates draw an item's display text as plain text. Ours, which draw item text
# themselves, were read for this test: the review and navigator rows draw with
# QPainter.drawText (the quiz's choice cards, buttons, set plain text on their document). A new
# delegate must be read and added here before it may show bank text.
PLAIN_DELEGATES: tuple[type, ...] = (ReviewDelegate, NavigatorDelegate)


def _walk_model(view: QAbstractItemView, audit: Audit) -> None:
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for column in range(columns):
                index = model.index(row, column, parent)
                where = f"{_describe(view)} row {row} column {column}"
                display = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str) and _carries_bank_text(display):
                    audit.model_texts.append(display)
                    delegate = view.itemDelegateForIndex(index)
                    assert (
                        type(delegate).__module__.startswith("PySide6") or type(delegate) in PLAIN_DELEGATES
                    ), f"{where} draws bank text with an unreviewed delegate {type(delegate).__name__}"
                tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tooltip, str) and _carries_bank_text(tooltip):
                    audit.tooltips.append(_as_shown(tooltip, Qt.TextFormat.AutoText))
                    _assert_literal(f"{where} tooltip", tooltip, Qt.TextFormat.AutoText)
                    assert not might_be_rich_text(tooltip) or "&lt;b&gt;" in tooltip, f"{where} tooltip"
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0:
                pending.append(first)


def audit(root: QWidget) -> Audit:
    """Check every label, tooltip, item view and chart under ``root`` that shows bank text."""
    found = Audit()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel) and _carries_bank_text(widget.text()):
            found.labels.append(widget.text())
            _assert_literal(_describe(widget), widget.text(), widget.textFormat())
            assert widget.textFormat() != Qt.TextFormat.AutoText, (
                f"{_describe(widget)} shows bank text but lets Qt guess its format: {widget.text()!r}"
            )
        if _carries_bank_text(widget.toolTip()):
            found.tooltips.append(_as_shown(widget.toolTip(), Qt.TextFormat.AutoText))
            _assert_literal(f"{_describe(widget)} tooltip", widget.toolTip(), Qt.TextFormat.AutoText)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            _walk_model(widget, found)  # a header shows its model's headerData, not the items
        if isinstance(widget, QChartView):
            chart = widget.chart()
            # Charts always draw their titles and category labels as HTML.
            texts = [chart.title()]
            for axis in chart.axes():
                texts.append(axis.titleText())
                if isinstance(axis, QBarCategoryAxis):
                    texts.extend(axis.categories())
            for text in texts:
                if _carries_bank_text(text):
                    found.chart_texts.append(_as_shown(text, Qt.TextFormat.RichText))
                    _assert_literal(f"{_describe(widget)} chart text", text, Qt.TextFormat.RichText)
        if isinstance(widget, MarkdownView) and _carries_bank_text(widget.markdown_source()):
            shown = widget.document().toPlainText()
            for marker in _tag_markers_in(widget.markdown_source()):
                if marker != "javascript:":  # a Markdown link shows its words, not its target
                    assert marker in shown, f"{_describe(widget)} renders {marker!r}"
    return found


def _canary_pixels(image: QImage) -> int:
    """How many pixels of ``image`` have the canary's colour (the image was loaded if any)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(rgb.constBits())
    pixel = CANARY.rgb().to_bytes(4, "little")  # 0xAARRGGBB stored little-endian
    return data.count(pixel * 4)


def painted_clean(widget: QWidget) -> None:
    """Paint ``widget`` (which lays out any document and resolves its images) and check
    that the image the bank points at is nowhere in it."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert not image.isNull()
    assert _canary_pixels(image) == 0, f"{_describe(widget)} shows the image named by bank text"


# --- modal dialogs --------------------------------------------------------------------------

Answer = Callable[[QWidget], None]


class ModalWatcher:
    """Inspects each modal dialog the code under test opens (while it waits in ``exec()``),
    then answers it, so a test can check what a message box shows."""

    def __init__(self, *answers: Answer) -> None:
        self._answers = list(answers)
        self.seen: list[QWidget] = []
        self.audits: list[Audit] = []
        self.texts: list[str] = []
        self.failures: list[BaseException] = []
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._poll)

    def __enter__(self) -> ModalWatcher:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()
        if self.failures:
            raise self.failures[0]
        if exc[0] is None:
            assert not self._answers, f"{len(self._answers)} expected dialog(s) never opened"

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or any(widget is s for s in self.seen):
            return
        self.seen.append(widget)
        answer = self._answers.pop(0) if self._answers else _reject
        try:
            self.audits.append(audit(widget))
            painted_clean(widget)
            if isinstance(widget, QMessageBox):
                self.texts.append(widget.text())
        except BaseException as failure:  # noqa: BLE001 - reported when the watch ends
            self.failures.append(failure)
            answer = _reject
        answer(widget)


def _reject(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()


def click(label: str) -> Answer:
    def act(widget: QWidget) -> None:
        buttons = [b for b in widget.findChildren(QAbstractButton) if b.text().replace("&", "") == label]
        assert buttons, f"no '{label}' button in {_describe(widget)}"
        buttons[0].click()

    return act


# --- driving the window ---------------------------------------------------------------------


def _select_hostile_bank(run: Run) -> None:
    page = run.window.library_page
    row = page.model.row_of(BANK_ID)
    assert row >= 0, "the hostile bank did not load"
    page.select_row(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    assert page.current_bank_id() == BANK_ID


def _start_practice(qtbot: QtBot, run: Run) -> None:
    _select_hostile_bank(run)
    run.window.library_page.detail.practice_button.click()
    qtbot.waitUntil(lambda: run.window.stack.currentWidget() is run.window.quiz_page)


def _check(qtbot: QtBot, run: Run) -> Audit:
    found = audit(run.window)
    painted_clean(run.window)
    return found


def _click_link(view: MarkdownView, words: str) -> None:
    cursor = view.document().find(words)
    assert not cursor.isNull(), f"{words!r} is not in the text"
    cursor.setPosition(cursor.selectionStart() + 1)
    point = view.cursorRect(cursor).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


# --- tests ----------------------------------------------------------------------------------


def test_plain_tooltip_is_shown_as_typed_with_its_line_breaks() -> None:
    text = "Title <b>bold</b> & <img src='file:///etc/hostname'>\n  second line &amp; \"quoted\""
    tooltip = plain_tooltip(text)
    assert "<b>" not in tooltip and "<img" not in tooltip
    assert _as_shown(tooltip, Qt.TextFormat.AutoText) == text
    assert plain_tooltip("") == ""


def test_the_canary_is_seen_when_a_label_obeys_bank_markup(qtbot: QtBot, hostile: Hostile) -> None:
    """The paint check below can fail: a label left to guess the format loads the image."""
    label = QLabel(hostile.text("Title"))
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert _canary_pixels(label.grab().toImage()) > 0
    found = pytest.raises(AssertionError, audit, label)
    assert "renders bank markup" in str(found.value)


def test_library_quiz_and_results_show_bank_text_as_typed(
    qtbot: QtBot, run: Run, leak_server: _CountingServer, opened: list[str]
) -> None:
    _select_hostile_bank(run)
    library = _check(qtbot, run)
    assert any("Title <b>bold</b>" in t for t in library.labels), "the detail pane lost the title"
    assert any("Title <b>bold</b>" in t for t in library.tooltips), "the library tooltip lost the title"
    assert any(HOSTILE_FILE_NAME in t for t in library.tooltips), "the tooltip lost the file name"
    assert any("Neither <b>bold</b>" in t for t in library.model_texts), "the problem lost its quote"

    _start_practice(qtbot, run)
    page = run.window.quiz_page
    question = _check(qtbot, run)
    assert any("Topic 1 <b>bold</b>" in t for t in question.labels), "the caption lost the topic"
    assert any("Title <b>bold</b>" in t for t in question.labels), "the header lost the title"
    choice_names = [b.accessibleName() for b in page.choice_list.buttons()]
    assert any(t.startswith("A: Choice 1A <b>bold</b>") for t in choice_names), "the choices lost their text"
    assert "Prompt 1 <b>bold</b>" in page.prompt_view.document().toPlainText()
    first_choice = str(page.choice_model.index(0).data())
    choice_document = choice_card.text_document(first_choice, QFont(page.font()), 300)
    assert choice_document.toPlainText() == first_choice, "the choice rows render markup"

    session = page.session
    assert session is not None
    key = session.attempt.item.shown_key
    page.quiz_actions.choose((key + 1) % 3)
    page.quiz_actions.enter()
    assert page.reasoning_panel.isVisible()
    reasoning = _check(qtbot, run)
    assert any(t.startswith("Answer: A — Choice 1A <b>bold</b>") for t in reasoning.labels)
    assert any(t.startswith("You chose: B — Choice 1B <b>bold</b>") for t in reasoning.labels)
    assert "Explanation 1 <b>bold</b>" in page.reasoning_panel.explanation.document().toPlainText()

    page.quiz_actions.enter()
    assert session.attempt.current == 1
    _check(qtbot, run)
    page.quiz_actions.request_finish()
    qtbot.waitUntil(lambda: isinstance(page.open_dialog(), QMessageBox))
    box = page.open_dialog()
    assert box is not None
    qtbot.waitExposed(box)
    audit(box)
    painted_clean(box)
    click("Finish")(box)
    qtbot.waitUntil(lambda: run.window.stack.currentWidget() is run.window.results_page)

    results = _check(qtbot, run)
    assert any(t.startswith("Title <b>bold</b>") for t in results.labels), "the results lost the title"
    assert any(t.startswith("Topic 1 <b>bold</b>") for t in results.model_texts), "topic table"
    review = run.window.results_page.review_detail
    assert any("Topic 1 <b>bold</b>" in t for t in results.labels), "the review heading lost the topic"
    assert review.your_answer.text().startswith("✗ Your answer: B — Choice 1B <b>bold</b>")
    assert "Prompt 1 <b>bold</b>" in review.prompt.document().toPlainText()

    assert leak_server.requests == []
    assert opened == []


def test_history_screen_shows_bank_text_as_typed(
    qtbot: QtBot, run: Run, leak_server: _CountingServer, opened: list[str]
) -> None:
    _start_practice(qtbot, run)
    session = run.window.quiz_page.session
    assert session is not None
    run.window.quiz_page.quiz_actions.choose((session.attempt.item.shown_key + 1) % 3)
    session.confirm()
    session.finish()
    qtbot.waitUntil(lambda: run.window.stack.currentWidget() is run.window.results_page)

    run.window.show_history()
    history = run.window.stack.currentWidget()
    assert isinstance(history, HistoryPage)
    checked = Audit()
    for tab in range(history.tabs.count()):
        history.show_tab(tab)
        found = _check(qtbot, run)
        checked.labels += found.labels
        checked.tooltips += found.tooltips
        checked.model_texts += found.model_texts
        checked.chart_texts += found.chart_texts
    assert any(t.startswith("Title <b>bold</b>") for t in checked.model_texts), "attempts lost the title"
    assert any("Prompt 1 <b>bold</b>" in t for t in checked.model_texts), "most-missed lost the prompt"
    assert any(t.startswith("Prompt 1 <b>bold</b>") for t in checked.tooltips), "most-missed tooltip"
    assert any(t.startswith("Title <b>bold</b>") for t in checked.chart_texts), "the chart lost the title"
    assert any(t.startswith("Topic 1 <b>bold</b>") for t in checked.chart_texts), "the topic bars"
    combos = [c for c in history.findChildren(QComboBox) if c.findData(BANK_ID) >= 0]
    assert combos and all(c.itemText(c.findData(BANK_ID)).startswith("Title <b>bold</b>") for c in combos)

    history.show_tab(0)
    qtbot.waitUntil(lambda: not history.jobs.busy)  # Delete is disabled while the statistics are read
    attempt_id = history.model.data(history.model.index(0, 0), HistoryRoles.ATTEMPT_ID)
    assert isinstance(attempt_id, int)
    with ModalWatcher(click("Cancel")) as watcher:
        history.delete_attempt(attempt_id)
    assert watcher.texts and "Title <b>bold</b>" in watcher.texts[0]
    history.open_attempt(attempt_id)
    assert run.window.stack.currentWidget() is run.window.results_page
    past = _check(qtbot, run)
    assert any(t.startswith("Title <b>bold</b>") for t in past.labels)

    assert leak_server.requests == []
    assert opened == []


def test_import_preview_shows_file_name_and_bank_text_as_typed(
    qtbot: QtBot, tmp_path: Path, hostile: Hostile, leak_server: _CountingServer, opened: list[str]
) -> None:
    outside = tmp_path / "downloads"
    good = _write_yaml(outside / HOSTILE_FILE_NAME, hostile.bank())
    bad = _write_yaml(outside / ("broken " + HOSTILE_FILE_NAME), hostile.broken_bank())
    dialog = ImportPreviewDialog(prepare([good, bad]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = audit(dialog)
    painted_clean(dialog)
    assert any(t == HOSTILE_FILE_NAME for t in found.model_texts), "the file name is not listed"
    assert any(t.startswith("Title <b>bold</b>") for t in found.model_texts), "the title is not listed"
    assert any(t.endswith(HOSTILE_FILE_NAME) for t in found.tooltips), "the tooltip lost the path"
    assert "Neither <b>bold</b>" in dialog.notes.toPlainText()
    dialog.reject()
    assert leak_server.requests == []
    assert opened == []


def test_message_boxes_quote_bank_text_as_typed(
    qtbot: QtBot, run: Run, monkeypatch: pytest.MonkeyPatch, leak_server: _CountingServer, opened: list[str]
) -> None:
    bank = run.services.library.bank(BANK_ID)
    assert bank is not None and bank.source is BankSource.USER

    with ModalWatcher(click("Keep it")) as watcher:
        run.window.bank_actions.remove_bank(BANK_ID)
    assert watcher.texts and watcher.texts[0].startswith("Remove “Title <b>bold</b>")
    assert run.bank_file.exists()

    def cannot_move(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(importing_module, "remove_user_bank", cannot_move)
    with ModalWatcher(click("Remove"), click("OK")) as watcher:
        run.window.bank_actions.remove_bank(BANK_ID)
    assert len(watcher.texts) == 2 and HOSTILE_FILE_NAME in watcher.texts[1]

    _select_hostile_bank(run)
    with ModalWatcher(_reject) as watcher:
        run.window.starts.start_exam(BANK_ID)
    assert any(any(t.startswith("Title <b>bold</b>") for t in a.labels) for a in watcher.audits)

    _start_practice(qtbot, run)
    session = run.window.quiz_page.session
    assert session is not None
    session.leave()
    qtbot.waitUntil(lambda: run.window.stack.currentWidget() is run.window.library_page)
    with ModalWatcher(click("Not now")) as watcher:
        run.window.resumer.offer_at_start()
    assert any(any("“Title <b>bold</b>" in t for t in a.labels) for a in watcher.audits)

    def keep_it_and_close_the_list(confirm: QWidget) -> None:
        listing = confirm.parentWidget()
        assert isinstance(listing, QDialog)
        click("Keep it")(confirm)
        QTimer.singleShot(0, listing.reject)

    with ModalWatcher(click("Discard…"), keep_it_and_close_the_list) as watcher:
        run.window.resumer.offer_at_start()
    assert watcher.texts and "“Title <b>bold</b>" in watcher.texts[0]
    assert run.services.history.reader.unfinished(), "Keep it must keep the attempt"
    with ModalWatcher(click("Cancel")) as watcher:
        run.window.starts.start_practice(BANK_ID)  # it has an unfinished attempt: resume or start anew?
    assert watcher.texts and "“Title <b>bold</b>" in watcher.texts[0]

    assert leak_server.requests == []
    assert opened == []


def test_only_a_clicked_http_link_in_bank_text_opens(
    qtbot: QtBot, run: Run, leak_server: _CountingServer, opened: list[str]
) -> None:
    _start_practice(qtbot, run)
    prompt = run.window.quiz_page.prompt_view
    for words in ("run it", "the file"):
        with qtbot.waitSignal(prompt.link_refused):
            _click_link(prompt, words)
    assert opened == []
    with qtbot.waitSignal(prompt.anchorClicked):
        _click_link(prompt, "the docs")
    assert opened == ["https://example.org/docs"]
    assert leak_server.requests == []
