"""Reading a question file's bytes as text, and telling Aiken, GIFT and Moodle XML apart by content."""

from __future__ import annotations

import re

from ptquiz_gui.domain.control_chars import control_fault, find_control
from ptquiz_gui.domain.formats.notes import Note

AIKEN = "aiken"
GIFT = "gift"
MOODLE_XML = "moodle-xml"
FORMATS = (AIKEN, GIFT, MOODLE_XML)

_AIKEN_ANSWER = re.compile(r"^[ \t]*ANSWER[ \t]*:", re.IGNORECASE | re.MULTILINE)
_AIKEN_CHOICE = re.compile(r"^[ \t]*[A-Z][.)][ \t]+\S", re.MULTILINE)
_GIFT_BLOCK = re.compile(r"(?<!\\)\{[^{}]*(?<!\\)\}", re.DOTALL)
_GIFT_MARKS = re.compile(r"^[ \t]*(::|\$CATEGORY:|//)", re.MULTILINE)


def decode_source(data: bytes) -> tuple[str, Note | None]:
    """The text of a UTF-8 file (a BOM is dropped, line ends become ``\\n``), or why it is not
    text: not UTF-8, or holding a control character other than a tab, which bank text may not
    hold (Aiken and GIFT have no escapes, so it is refused where it is written)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return "", Note(line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = find_control(text)
    if bad >= 0:
        line_start = text.rfind("\n", 0, bad) + 1
        line = text.count("\n", 0, bad) + 1
        return "", Note(line, f"the file {control_fault(text[bad])}", bad - line_start + 1)
    return text, None


_XML_START = re.compile(rb"<(\?xml|!--|!DOCTYPE|quiz\b)", re.IGNORECASE)


def looks_like_xml(data: bytes, *, named_xml: bool = False) -> bool:
    """A Moodle XML file starts (after a byte-order mark and blank space) with its XML
    declaration, a comment, a doctype or ``<quiz``, or, in a file named ``.xml``, with any
    ``<``; an Aiken question may start with ``<`` (``<tensor>.shape``), so elsewhere a bare
    ``<`` is not enough."""
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    return start.startswith(b"<") if named_xml else _XML_START.match(start) is not None


def detect_format(text: str) -> str | None:
    """``"aiken"`` or ``"gift"`` when the text clearly is one of them, else None."""
    aiken = len(_AIKEN_ANSWER.findall(text)) + len(_AIKEN_CHOICE.findall(text))
    gift = len(_GIFT_BLOCK.findall(text)) + len(_GIFT_MARKS.findall(text))
    if _AIKEN_ANSWER.search(text) and aiken > gift:
        return AIKEN
    if gift:
        return GIFT
    return None
