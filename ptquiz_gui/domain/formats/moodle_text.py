"""Bank text as the HTML a Moodle XML file holds, and that HTML read back unchanged.

``to_html`` writes Markdown as simple, escaped HTML inside ``<div class="ptquiz-markdown">``:
paragraphs (``<p>``, lines joined by ``<br>``), fenced code (``<pre><code>``), lists whose
every line is an item (``<ul>``/``<ol>``) and single-backtick code spans (``<code>``). Every
other character is escaped text, so emphasis or a table shows in Moodle as its Markdown
source; nothing in bank text can become markup. The mapping is chosen so that ``from_html``
gives the exact text back: the class says the text inside is Markdown source, to be kept as
it is, where any other HTML is read as text (``markup.html_to_markdown``).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

MARKER = '<div class="ptquiz-markdown">'
_FENCE = re.compile(r"```([\w+#.-]*)\Z")
_BULLET = re.compile(r"- (\S.*)\Z")
_NUMBERED = re.compile(r"(\d{1,9})\. (\S.*)\Z")
_SPAN = re.compile(r"`([^`]+)`")


def is_ptquiz_html(text: str) -> bool:
    return text.lstrip().startswith(MARKER)


def _escape_line(line: str, markdown: bool) -> str:
    body = line.lstrip(" ")
    lead = "&nbsp;" * (len(line) - len(body))
    if not markdown or "``" in body or "\\`" in body:
        return lead + html.escape(body, quote=False)
    parts: list[str] = []
    last = 0
    for span in _SPAN.finditer(body):
        parts.append(html.escape(body[last : span.start()], quote=False))
        parts.append(f"<code>{html.escape(span.group(1), quote=False)}</code>")
        last = span.end()
    parts.append(html.escape(body[last:], quote=False))
    return lead + "".join(parts)


def _fence_end(lines: list[str], start: int) -> int | None:
    """The index of the line closing a canonical fence opened at ``start``, or None."""
    for end in range(start + 1, len(lines)):
        if lines[end].startswith("```"):
            return end if lines[end] == "```" else None
    return None


def _list_html(lines: list[str], markdown: bool) -> str | None:
    if not markdown:
        return None
    bullets = [_BULLET.match(line) for line in lines]
    if all(bullets):
        items = [match.group(1) for match in bullets if match]
        return "<ul>" + "".join(f"<li>{_escape_line(item, True)}</li>" for item in items) + "</ul>"
    numbered = [_NUMBERED.match(line) for line in lines]
    if all(m is not None and m.group(1) == str(n) for n, m in enumerate(numbered, 1)):
        items = [match.group(2) for match in numbered if match]
        return "<ol>" + "".join(f"<li>{_escape_line(item, True)}</li>" for item in items) + "</ol>"
    return None


def to_html(text: str, markdown: bool = True) -> str:
    """Escaped HTML for bank text (Markdown, or a plain choice with ``markdown=False``)."""
    lines = (text.strip() if markdown else text.strip("\n")).split("\n")
    out: list[str] = []
    index = 0
    gap = 0  # blank lines since the last block
    while index < len(lines):
        line = lines[index]
        if line == "":
            gap += 1
            index += 1
            continue
        if out:
            out.extend(["<p></p>"] * (gap - 1))
        gap = 0
        fence = _FENCE.match(line) if markdown else None
        end = _fence_end(lines, index) if fence else None
        after_blank = end is not None and (end + 1 == len(lines) or lines[end + 1] == "")
        if fence and end is not None and after_blank and (not out or lines[index - 1] == ""):
            code = html.escape("\n".join(lines[index + 1 : end]), quote=False)
            language = f' class="language-{fence.group(1)}"' if fence.group(1) else ""
            out.append(f"<pre><code{language}>{code}</code></pre>")
            index = end + 1
            continue
        stop = index
        while stop < len(lines) and lines[stop] != "":
            stop += 1
        block = lines[index:stop]
        out.append(_list_html(block, markdown) or "<p>" + "<br>".join(_escape_line(b, markdown) for b in block) + "</p>")
        index = stop
    return MARKER + "\n".join(out) + "</div>"


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[str | None] = []  # None: one more blank line before the next block
        self._lines: list[str] | None = None
        self._list: list[int] | None = None  # [next number] for <ol>, [] for <ul>
        self._pre: str | None = None  # the fence's language while in <pre>
        self._code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self._lines = [""]
        elif tag in ("ul", "ol"):
            self._list = [1] if tag == "ol" else []
            self._lines = []
        elif tag == "li" and self._lines is not None and self._list is not None:
            if self._list:
                self._lines.append(f"{self._list[0]}. ")
                self._list[0] += 1
            else:
                self._lines.append("- ")
        elif tag == "br" and self._lines is not None:
            self._lines.append("")
        elif tag == "pre":
            self._pre = ""
            self._lines = [""]
        elif tag == "code" and self._pre is not None:
            classes = dict(attrs).get("class") or ""
            self._pre = classes.removeprefix("language-")
        elif tag == "code" and self._lines is not None:
            self._add("`")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "ul", "ol") and self._lines is not None and self._pre is None:
            self.blocks.append("\n".join(self._lines) if self._lines != [""] else None)
            self._lines = self._list = None
        elif tag == "pre" and self._lines is not None and self._pre is not None:
            fence = "```" + self._pre
            self.blocks.append("\n".join([fence, *"".join(self._lines).split("\n"), "```"]))
            self._lines = self._pre = None
        elif tag == "code" and self._pre is None and self._lines is not None:
            self._add("`")

    def handle_data(self, data: str) -> None:
        if self._lines is not None:
            self._add(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(" " if name == "nbsp" else html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&#{name};"))

    def _add(self, text: str) -> None:
        assert self._lines is not None
        if not self._lines:
            self._lines.append("")
        self._lines[-1] += text


def from_html(text: str) -> str:
    """The bank text ``to_html`` wrote into ``text`` (a Markdown text stripped, a choice whole)."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    parts: list[str] = []
    blanks = 1
    for block in reader.blocks:
        if block is None:
            blanks += 1
            continue
        if parts:
            parts.append("\n" * (blanks + 1))
        parts.append(block)
        blanks = 1
    return "".join(parts)
