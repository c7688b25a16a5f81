"""MarkdownView shows bank text safely: HTML as text, code highlighted, nothing fetched."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pygments.styles import get_style_by_name
from pygments.token import Keyword
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor, QTextDocument, QTextTable
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.views import markdown
from ptquiz_gui.views.highlight import DARK_STYLE, LIGHT_STYLE
from ptquiz_gui.views.markdown import MarkdownView
from ptquiz_gui.views.theme import legible

CODE_PROMPT = """What does this print?

```python
def double(x):
    \"\"\"Twice x.\"\"\"
    return x * 2
```

| layer | params |
|-------|--------|
| conv1 | 320    |
| fc    | 1290   |
"""


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:
        _CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[http.server.HTTPServer]:
    _CountingHandler.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    thread.join()
    httpd.server_close()


class _FakeDesktop:
    opened: list[QUrl] = []

    @staticmethod
    def openUrl(url: QUrl) -> bool:
        _FakeDesktop.opened.append(QUrl(url))
        return True


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> type[_FakeDesktop]:
    _FakeDesktop.opened = []
    monkeypatch.setattr(markdown, "QDesktopServices", _FakeDesktop)
    return _FakeDesktop


def _shown(qtbot: QtBot, text: str) -> MarkdownView:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_markdown(text)
    view.show()
    qtbot.waitExposed(view)
    return view


def _code_block(document: QTextDocument, text: str) -> QTextCursor:
    cursor = document.find(text)
    assert not cursor.isNull(), f"{text!r} is not in the document"
    return cursor


def test_raw_html_is_shown_as_literal_text(qtbot: QtBot) -> None:
    view = _shown(qtbot, "Make <b>x</b> bold? <script>alert(1)</script>")
    plain = view.document().toPlainText()
    assert "<b>x</b>" in plain
    assert "<script>alert(1)</script>" in plain
    cursor = _code_block(view.document(), "x")
    assert cursor.charFormat().fontWeight() < 600


def test_python_code_block_is_monospace_and_coloured_by_pygments(qtbot: QtBot) -> None:
    view = _shown(qtbot, CODE_PROMPT)
    document = view.document()
    block = _code_block(document, "def double(x):").block()
    assert block.text() == "def double(x):"
    assert block.charFormat().fontFixedPitch() or "monospace" in (block.charFormat().fontFamilies() or [])
    keyword_colour = QColor(f"#{get_style_by_name(LIGHT_STYLE).style_for_token(Keyword)['color']}")
    formats = block.layout().formats()
    keyword_ranges = [f for f in formats if f.start == 0 and f.length == 3]
    assert keyword_ranges, "'def' got no highlight"
    # The style's colour, darkened where it would fall below 4.5:1 on the code background.
    background = view.code_background()
    assert keyword_ranges[0].format.foreground().color() == legible(keyword_colour, background)
    docstring = _code_block(document, '"""Twice x."""').block()
    assert any(f.length >= len('"""Twice x."""') for f in docstring.layout().formats())


def test_inline_code_is_monospace(qtbot: QtBot) -> None:
    view = _shown(qtbot, "Call `torch.zeros` here")
    cursor = view.document().find("torch.zeros")
    assert cursor.charFormat().fontFixedPitch()
    cursor = view.document().find("here")
    assert not cursor.charFormat().fontFixedPitch()


def test_github_table_is_rendered_as_a_table(qtbot: QtBot) -> None:
    view = _shown(qtbot, CODE_PROMPT)
    tables = [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (3, 2)
    assert table.format().border() > 0
    header = table.cellAt(0, 0)
    assert header.firstCursorPosition().block().text() == "layer"
    assert table.cellAt(2, 1).firstCursorPosition().block().text() == "1290"


def test_nothing_named_by_the_text_is_fetched(qtbot: QtBot, server: http.server.HTTPServer) -> None:
    port = server.server_address[1]
    text = (
        f"<img src=http://127.0.0.1:{port}/x.png>\n\n"
        f"![diagram](http://127.0.0.1:{port}/y.png)\n\n"
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/s.css">'
    )
    view = _shown(qtbot, text)
    view.grab()
    qtbot.wait(50)
    assert f"<img src=http://127.0.0.1:{port}/x.png>" in view.document().toPlainText()
    assert "[image: diagram]" in view.document().toPlainText()
    assert _CountingHandler.requests == []


def test_load_resource_returns_nothing_even_for_a_readable_file(qtbot: QtBot, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    view = _shown(qtbot, "text")
    url = QUrl.fromLocalFile(str(secret))
    for resource_type in (
        QTextDocument.ResourceType.ImageResource,
        QTextDocument.ResourceType.StyleSheetResource,
    ):
        assert len(view.loadResource(int(resource_type), url)) == 0
        # the document must not fall back to reading the file itself
        assert len(view.document().resource(int(resource_type), url)) == 0


def test_local_image_is_replaced_by_its_alt_text(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "picture.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    view = _shown(
        qtbot, f"Look: ![a red square]({picture}) and ![]({QUrl.fromLocalFile(str(picture)).toString()})"
    )
    view.grab()
    assert view.document().toPlainText().strip() == "Look: [image: a red square] and"
    block = view.document().begin()
    iterator = block.begin()
    while not iterator.atEnd():
        assert not iterator.fragment().charFormat().isImageFormat()
        iterator += 1


def _click_text(qtbot: QtBot, view: MarkdownView, text: str) -> None:
    cursor = _code_block(view.document(), text)
    cursor.setPosition(cursor.selectionStart() + 1)
    point = view.cursorRect(cursor).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_file_link_is_not_opened_on_click(qtbot: QtBot, desktop: type[_FakeDesktop]) -> None:
    view = _shown(qtbot, "See [the file](file:///etc/passwd) now")
    with qtbot.waitSignal(view.link_refused) as refused:
        _click_text(qtbot, view, "the file")
    assert refused.args is not None and refused.args[0].scheme() == "file"
    assert desktop.opened == []


def test_https_link_opens_in_the_browser_only_when_clicked(qtbot: QtBot, desktop: type[_FakeDesktop]) -> None:
    view = _shown(qtbot, "Read [the docs](https://pytorch.org/docs) first")
    assert desktop.opened == []
    with qtbot.waitSignal(view.anchorClicked):
        _click_text(qtbot, view, "the docs")
    assert [u.toString() for u in desktop.opened] == ["https://pytorch.org/docs"]
    assert view.document().toPlainText() == "Read the docs first"


def test_auto_height_fits_the_text_and_grows_when_narrower(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    view = MarkdownView(auto_height=True, transparent=True)
    layout.addWidget(view)
    layout.addStretch()
    view.set_markdown(" ".join(["A fairly long sentence about tensors."] * 30))
    holder.resize(800, 900)
    holder.show()
    qtbot.waitExposed(holder)
    wide_height = view.height()
    assert wide_height >= view.document().size().height()
    assert view.verticalScrollBar().maximum() == 0
    holder.resize(300, 900)
    qtbot.waitUntil(lambda: view.height() > wide_height)
    assert view.verticalScrollBar().maximum() == 0


def test_dark_palette_switches_the_code_style(qtbot: QtBot) -> None:
    view = _shown(qtbot, CODE_PROMPT)
    assert view.code_style == LIGHT_STYLE
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#16191d"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#1f2329"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e8eb"))
    view.setPalette(dark)
    assert view.code_style == DARK_STYLE
    block = _code_block(view.document(), "def double(x):").block()
    assert view.code_background().lightness() < 80
    assert block.layout().formats(), "code lost its highlight after the palette change"


def test_python_dunder_names_in_running_text_are_shown_as_written(qtbot: QtBot) -> None:
    text = (
        "Reading a file in __getitem__ is slow; model() invokes __call__() first.\n\n"
        "Code keeps them: `__init__` and\n\n```python\ndef __len__(self):\n    return 0\n```\n\n"
        "Bold still works: **fast** and __Fast__."
    )
    view = _shown(qtbot, text)
    plain = view.document().toPlainText()
    assert "Reading a file in __getitem__ is slow; model() invokes __call__() first." in plain
    assert "`__init__`" not in plain and "__init__" in plain  # a code span, shown without backticks
    assert "def __len__(self):" in plain
    assert "\\_" not in plain
    assert not view.document().find("getitem").charFormat().fontWeight() > 500
    assert view.document().find("fast").charFormat().fontWeight() > 500
    assert view.document().find("Fast").charFormat().fontWeight() > 500
    assert view.markdown_source() == text
