"""Turning foreign text formats into what a bank holds: Markdown prompts, plain-text choices.

HTML is only ever parsed (``html.parser``), never rendered: tags become line and paragraph
breaks, list markers and code blocks, and everything else is kept as text.  Nothing a tag
points at (images, links, scripts) is fetched or run.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>~&])")
_LINE_START_SPECIAL = re.compile(r"^([#>+=-]|\d{1,9}(?=[.)]))")
_SPACES = re.compile(r"\s+")
_BACKTICKS = re.compile(r"`+")

_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure"}
    | {"footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "p", "section", "table"}
)
_LINE_TAGS = frozenset({"tr", "caption"})
_CELL_TAGS = frozenset({"td", "th"})
_DROPPED_TAGS = frozenset({"script", "style", "head", "title", "template"})
_LIST_TAGS = frozenset({"ul", "ol"})
PLUGINFILE = "@@PLUGINFILE@@/"
"""How Moodle names a file stored with the question (an image, a sound) in its text."""


def escape_inline(text: str) -> str:
    """Backslash-escape the characters that Markdown would read as markup inside a line."""
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _escape_line_start(text: str) -> str:
    match = _LINE_START_SPECIAL.match(text)
    if match is None:
        return text
    if match.group(1)[0].isdigit():
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return "\\" + text


def plain_to_markdown(text: str) -> str:
    """Markdown that shows ``text`` as written: markup escaped, line breaks and indents kept."""
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        body = line.rstrip()
        stripped = body.lstrip(" \t")
        indent = body[: len(body) - len(stripped)].replace("\t", "    ")
        if not stripped:
            out.append("")
            continue
        escaped = "\u00a0" * len(indent) + _escape_line_start(escape_inline(stripped))
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        out.append(escaped + "\\" if following else escaped)
    return "\n".join(out).strip("\n")


def _fence_for(code: str) -> str:
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    return "`" * max(3, longest + 1)


def _code_span(code: str) -> str:
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{ticks}{pad}{code}{pad}{ticks}"


class _Converter(HTMLParser):
    def __init__(self, markdown: bool, images: list[str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self._markdown = markdown
        self._images = images
        self._lines: list[str] = [""]
        self._at_start = True
        self._pending_space = False
        self._pending_break = False
        self._pending_paragraph = False
        self._prefix = ""
        self._lists: list[list[int]] = []  # one entry per open list: [next number] or [] for bullets
        self._raw_tag: str | None = None  # "pre" or "code" while collecting their text verbatim
        self._raw: list[str] = []
        self._dropping: str | None = None

    def result(self) -> str:
        self.close()
        if self._raw_tag is not None:
            self._flush_raw()
        return "\n".join(line.rstrip() for line in self._lines).strip("\n").strip()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropping is not None:
            return
        if self._raw_tag is not None:
            if tag == "br":
                self._raw.append("\n")
            return
        if tag in _DROPPED_TAGS:
            self._dropping = tag
        elif tag == "br":
            self._pending_break = True
            self._pending_space = False
        elif tag in _LIST_TAGS:
            self._pending_break = True
            self._pending_paragraph = self._pending_paragraph or not self._lists
            self._lists.append([1] if tag == "ol" else [])
        elif tag in _BLOCK_TAGS:
            self._pending_paragraph = True
        elif tag in _LINE_TAGS:
            self._pending_break = True
        elif tag in _CELL_TAGS:
            self._pending_space = True
        elif tag == "li":
            self._start_item()
        elif tag == "pre":
            self._pending_paragraph = True
            self._raw_tag, self._raw = "pre", []
        elif tag == "code" and self._markdown:
            self._raw_tag, self._raw = "code", []
        elif tag == "img":
            found = dict(attrs)
            src, alt = found.get("src") or "", found.get("alt")
            if self._images is not None and src.startswith(PLUGINFILE):
                name = unquote(src[len(PLUGINFILE) :]).strip()
                self._images.append(name)
                self._pending_space = self._pending_space or not self._at_start
                self._text(f"[image: {name}]")
            elif alt:
                self._text(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("pre", "code"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping is not None:
            if tag == self._dropping:
                self._dropping = None
            return
        if self._raw_tag is not None:
            if tag == self._raw_tag:
                self._flush_raw()
            return
        if tag in _LIST_TAGS and self._lists:
            self._lists.pop()
            self._pending_break = True
            self._pending_paragraph = self._pending_paragraph or not self._lists
        elif tag in _BLOCK_TAGS or tag == "li":
            self._pending_paragraph = self._pending_paragraph or tag != "li"
            self._pending_break = self._pending_break or tag == "li"
        elif tag in _LINE_TAGS:
            self._pending_break = True

    def handle_data(self, data: str) -> None:
        if self._dropping is not None:
            return
        if self._raw_tag is not None:
            self._raw.append(data)
            return
        self._text(data)

    def _start_item(self) -> None:
        depth = max(len(self._lists), 1)
        numbering = self._lists[-1] if self._lists else []
        if numbering:
            marker = f"{numbering[0]}. "
            numbering[0] += 1
        else:
            marker = "- "
        self._pending_break = True
        self._pending_space = False
        self._prefix = "    " * (depth - 1) + marker

    def _flush_raw(self) -> None:
        tag, text = self._raw_tag, "".join(self._raw)
        self._raw_tag, self._raw = None, []
        if tag == "code":
            if text.strip():
                self._emit(_code_span(_SPACES.sub(" ", text)), escape=False)
            return
        code = text.strip("\n")
        if not code.strip():
            return
        self._pending_paragraph = True
        self._open_line()
        if self._markdown:
            fence = _fence_for(code)
            block = f"{fence}\n{code}\n{fence}"
        else:
            block = code
        self._lines[-1] += block.split("\n")[0]
        self._lines.extend(block.split("\n")[1:])
        self._at_start = False
        self._pending_paragraph = True

    def _open_line(self) -> None:
        """Start the line break or paragraph that is due before the next text."""
        has_text = any(line.strip() for line in self._lines)
        if self._pending_paragraph and has_text:
            while len(self._lines) > 1 and not self._lines[-1].strip():
                self._lines.pop()
            self._lines += ["", ""]
            self._at_start = True
        elif self._pending_break and has_text and self._lines[-1].strip():
            if self._markdown and not self._prefix:
                self._lines[-1] += "\\"
            self._lines.append("")
            self._at_start = True
        self._pending_paragraph = self._pending_break = False
        if self._prefix:
            self._lines[-1] += self._prefix
            self._prefix = ""
            self._at_start = True
            self._pending_space = False

    def _text(self, data: str) -> None:
        collapsed = _SPACES.sub(" ", data)
        if not collapsed.strip():
            if collapsed:
                self._pending_space = True
            return
        if collapsed.startswith(" "):
            self._pending_space = True
        self._emit(collapsed.strip(), escape=self._markdown)
        if collapsed.endswith(" "):
            self._pending_space = True

    def _emit(self, text: str, *, escape: bool) -> None:
        self._open_line()
        if escape:
            text = escape_inline(text)
            if self._at_start:
                text = _escape_line_start(text)
        if self._pending_space and not self._at_start:
            self._lines[-1] += " "
        self._lines[-1] += text
        self._pending_space = False
        self._at_start = False


def html_to_markdown(html: str, images: list[str] | None = None) -> str:
    """Markdown showing the text of an HTML fragment (paragraphs, lists, code kept).

    With ``images``, an image stored with a Moodle question (``@@PLUGINFILE@@/name``) is
    shown as ``[image: name]`` and its name added to ``images``; the file is never read.
    """
    converter = _Converter(markdown=True, images=images)
    converter.feed(html)
    return converter.result()


def html_to_text(html: str, images: list[str] | None = None) -> str:
    """The plain text of an HTML fragment, for choices (which are shown as plain text)."""
    converter = _Converter(markdown=False, images=images)
    converter.feed(html)
    return converter.result()
