"""The one widget that shows bank text (prompts, explanations, descriptions) as Markdown.

Bank text is data. It is parsed with Qt's GitHub-dialect Markdown importer with raw HTML
turned off, so ``<b>x</b>`` or ``<script>`` show as the literal characters. Nothing the
text names is ever fetched: ``loadResource`` answers every URL with nothing, and a link
opens only when clicked, only in the system browser, and only for http and https.

A code block is shaded and padded by painting behind its lines, not by a text frame: a
frame puts Qt's frame markers (U+FDD0, U+FDD1) into the text a screen reader reads.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from ptquiz_gui.domain.field_limits import MAX_TEXT_LENGTH
from ptquiz_gui.qtmodels.plain_text import set_bank_markdown
from ptquiz_gui.views.highlight import PygmentsHighlighter, code_language
from ptquiz_gui.views.markdown_code import is_indented_code, pad_code, pad_document_ends, shaded_rects

OPENABLE_SCHEMES = frozenset({"http", "https"})


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def monospace_families() -> list[str]:
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return [fixed, "monospace"] if fixed and fixed != "monospace" else ["monospace"]


class MarkdownView(QTextBrowser):
    """Read-only Markdown with Pygments-highlighted code.

    ``auto_height=True`` makes the view exactly as tall as its text (no vertical scroll
    bar), for use inside a scroll area; ``transparent=True`` draws it on the window
    colour so it reads as part of the page rather than as a text box.
    """

    link_refused = Signal(QUrl)  # a clicked link that is not http(s) and was not opened

    def __init__(
        self, parent: QWidget | None = None, *, auto_height: bool = False, transparent: bool = False
    ) -> None:
        super().__init__(parent)
        self._source = ""
        self._rendered: QTextDocument | None = None
        self._code_runs: list[tuple[QTextBlock, QTextBlock]] = []  # first and last line of each code block
        self._auto_height = auto_height
        self._transparent = transparent
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._highlighter = PygmentsHighlighter(self, dark=self._page_is_dark())
        if transparent:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.viewport().setAutoFillBackground(False)
        if auto_height:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.anchorClicked.connect(self._open_link)

    # --- content -------------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        shown = self._rendered
        if text == self._source and shown is not None and shown.defaultFont() == self.font():
            return  # shown already, in this font (a palette change renders it again: changeEvent)
        self._source = text
        self._render()

    def _shown_source(self) -> str:
        """The source, cut after the longest text a bank may hold. The loader refuses longer
        texts, but a review of an old attempt shows what was stored then, and Qt takes
        seconds to lay out one long line."""
        source = self._source
        if len(source) <= MAX_TEXT_LENGTH:
            return source
        rest = len(source) - MAX_TEXT_LENGTH
        more = self.tr("[… %Ln more characters are not shown]", "", rest)
        return f"{source[:MAX_TEXT_LENGTH]}\n\n{more}"

    def markdown_source(self) -> str:
        return self._source

    @property
    def code_style(self) -> str:
        """The Pygments style the code is coloured with (light or dark, from the palette)."""
        return self._highlighter.style_name

    def _render(self) -> None:
        # A fresh document has no layout yet, so nothing in it is resolved (no image is
        # looked up) until its images have been replaced by their alt text.
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        if self._transparent:
            document.setDocumentMargin(0)  # line up with the labels around it
        set_bank_markdown(document, self._shown_source())
        _replace_images(document, self.palette().color(QPalette.ColorRole.PlaceholderText))
        self._decorate(document)
        # Asking a document for its parent() would make PySide resolve the parent's type
        # against every QObject class it knows (tens of milliseconds), so the document this
        # view made last is remembered instead.
        previous = self._rendered
        self.setDocument(document)
        self._rendered = document
        if previous is not None:
            previous.deleteLater()
        document.documentLayout().documentSizeChanged.connect(self._fit_height)
        self._highlighter.set_dark(self._page_is_dark(), background=self.code_background())
        self._highlighter.setDocument(document)
        self._highlighter.rehighlight()  # setDocument alone highlights only on the next event loop
        self._fit_height()

    def _page_color(self) -> QColor:
        role = QPalette.ColorRole.Window if self._transparent else QPalette.ColorRole.Base
        return self.palette().color(role)

    def code_background(self) -> QColor:
        """The shading behind code blocks (and inline code)."""
        return mix(self._page_color(), self.palette().color(QPalette.ColorRole.Text), 0.07)

    def _page_is_dark(self) -> bool:
        return self._page_color().lightness() < 128

    def _decorate(self, document: QTextDocument) -> None:
        """Pad code blocks (``paintEvent`` shades them), shade inline code, give tables borders."""
        code_background = self.code_background()
        code_font = QTextCharFormat()
        code_font.setFontFamilies(monospace_families())
        code_font.setFontFixedPitch(True)
        code_font.setFontStyleHint(QFont.StyleHint.Monospace)
        inline_code = QTextCharFormat(code_font)
        inline_code.setBackground(code_background)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for frame in document.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                self._style_table(frame)
        runs: list[list[QTextBlock]] = []
        block = document.begin()
        while block.isValid():
            if code_language(block) is not None or is_indented_code(block):
                if runs and runs[-1][-1].next() == block:
                    runs[-1].append(block)
                else:
                    runs.append([block])
            else:
                _merge_inline_code(cursor, block, inline_code)
            block = block.next()
        for run in runs:
            pad_code(cursor, run, code_font)
        pad_document_ends(document, runs)
        cursor.endEditBlock()
        self._code_runs = [(run[0], run[-1]) for run in runs]

    def _style_table(self, table: QTextTable) -> None:
        from PySide6.QtGui import QTextFrameFormat, QTextLength  # (their enum types: with the first table)

        table_format = table.format()
        table_format.setBorder(1)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderBrush(self.palette().color(QPalette.ColorRole.Mid))
        table_format.setBorderCollapse(True)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(5)
        table_format.setHeaderRowCount(1)
        table_format.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))
        table.setFormat(table_format)
        header = QTextCharFormat()
        header.setFontWeight(QFont.Weight.Bold)
        header_background = mix(self._page_color(), self.palette().color(QPalette.ColorRole.Text), 0.05)
        no_margins = QTextBlockFormat()
        no_margins.setTopMargin(0)
        no_margins.setBottomMargin(0)
        for row in range(table.rows()):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                cursor = cell.firstCursorPosition()
                # Qt's importer leaves a stray empty paragraph in a table's first cell after
                # a code block, and leaks the previous paragraph's margins into it.
                while not cursor.block().text() and cursor.block() != cell.lastCursorPosition().block():
                    cursor.deleteChar()
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeBlockFormat(no_margins)
                if row == 0:
                    cell_format = cell.format()
                    cell_format.setBackground(header_background)
                    cell.setFormat(cell_format)
                    cursor.mergeCharFormat(header)

    # --- safety ----------------------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Never load anything a bank names: no images, no style sheets, no files.

        The answer is empty data rather than None: on None, QTextDocument falls back to
        reading ``file:`` and relative URLs from disk itself.
        """
        from PySide6.QtCore import QByteArray  # (its enum types: with the first thing asked for)

        return QByteArray()

    @Slot(QUrl)
    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in OPENABLE_SCHEMES and url.host():
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url)

    # --- sizing ----------------------------------------------------------------------------

    @Slot()
    def _fit_height(self) -> None:
        if not self._auto_height:
            return
        document = self.document()
        height = math.ceil(document.size().height())
        margins = self.contentsMargins()
        height += margins.top() + margins.bottom()
        if document.size().width() > self.viewport().width() + 1:
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._auto_height:
            return QSize(hint.width(), self.height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._auto_height and abs(event.angleDelta().y()) >= abs(event.angleDelta().x()):
            event.ignore()  # let the surrounding scroll area scroll
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._source:
            self._render()

    # --- painting ----------------------------------------------------------------------------

    def code_rects(self) -> list[QRectF]:
        """Where the code blocks are shaded, in document coordinates."""
        return shaded_rects(self.document(), self._code_runs)

    def paintEvent(self, event: QPaintEvent) -> None:
        # QPainter is imported where it is used: PySide builds its enum types with it, and
        # most first screens paint neither a code block nor a focused text.
        rects = self.code_rects()
        if rects:
            from PySide6.QtGui import QPainter

            painter = QPainter(self.viewport())
            painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.code_background())
            for rect in rects:
                painter.drawRect(rect)
            painter.end()
        super().paintEvent(event)
        if self.hasFocus():  # a read-only text shows no caret: show the keyboard is here
            from PySide6.QtGui import QPainter, QPen

            ring = QPainter(self.viewport())
            ring.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            ring.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))
            ring.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def _merge_inline_code(cursor: QTextCursor, block: QTextBlock, fmt: QTextCharFormat) -> None:
    """Shade inline code. The importer gives it a fixed point size; without one it follows
    the view's font, so a larger text size reaches the code as it does the words around it."""
    iterator = block.begin()
    spans: list[tuple[int, int, QTextCharFormat]] = []
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if "monospace" in (fragment.charFormat().fontFamilies() or []):
            spans.append((fragment.position(), fragment.length(), fragment.charFormat()))
        iterator += 1
    for start, length, own in spans:
        own.clearProperty(QTextFormat.Property.FontPointSize)
        own.merge(fmt)
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(own)


def _replace_images(document: QTextDocument, colour: QColor) -> None:
    """Put ``[image: alt]`` where the text embeds an image, so no image is ever loaded."""
    images: list[tuple[int, str]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                alt = str(image.property(QTextFormat.Property.ImageAltText) or "").strip()
                if alt:
                    label = QCoreApplication.translate("MarkdownView", "[image: {alt}]").format(alt=alt)
                else:
                    label = QCoreApplication.translate("MarkdownView", "[image]")
                images.extend((fragment.position() + i, label) for i in range(fragment.length()))
            iterator += 1
        block = block.next()
    note = QTextCharFormat()
    note.setFontItalic(True)
    note.setForeground(colour)
    cursor = QTextCursor(document)
    for position, label in reversed(images):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(label, note)
