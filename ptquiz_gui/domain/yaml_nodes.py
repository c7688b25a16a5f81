"""Turn a bank file's bytes into a YAML node tree, or into problems a bank author can act on.

Only the safe loader composes the text, into nodes that keep the line and column of
everything; nothing is constructed, so no tag can run code and an alias is never expanded.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

import yaml
from yaml.error import Mark, MarkedYAMLError
from yaml.nodes import Node

from ptquiz_gui.domain.model import BankError, Problem

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 32
MAX_ALIASES = 32

_UTF32_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")
_UTF16_BOMS = (b"\xfe\xff", b"\xff\xfe")
_UTF8_BOM = "\ufeff"
# Characters YAML 1.1 allows in a stream (section 5.1); everything else is refused up front.
_NOT_YAML_CHAR = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_ANCHOR_NAME = re.compile(r"[^\s,\[\]{}]+")


def problem_at(label: str, mark: Mark, message: str) -> Problem:
    return Problem(label, mark.line + 1, mark.column + 1, message)


def decode_bank_bytes(data: bytes, label: str) -> str:
    """The text of a bank file: UTF-8, an optional UTF-8 BOM dropped; BankError otherwise."""
    if data.startswith(_UTF32_BOMS):
        raise _refused(label, 1, 1, "the file is UTF-32 text; save it as UTF-8")
    if data.startswith(_UTF16_BOMS):
        raise _refused(label, 1, 1, "the file is UTF-16 text; save it as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _position(data[:nul].decode("utf-8", "replace"))
        raise _refused(label, line, column, "the file contains a NUL byte: it is binary data, not YAML text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(data[: exc.start].decode("utf-8", "replace"))
        raise _refused(
            label,
            line,
            column,
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot start or continue "
            "a UTF-8 character here); save it as UTF-8",
        ) from None
    if text.startswith(_UTF8_BOM):
        text = text[1:]
    bad = _NOT_YAML_CHAR.search(text)
    if bad is not None:
        line, column = _position(text[: bad.start()])
        code = ord(bad.group())
        raise _refused(
            label,
            line,
            column,
            f"the file contains the control character U+{code:04X}, which YAML does not allow",
        )
    return text


def compose_text(text: str, label: str) -> Node:
    """Compose the single YAML document in ``text`` into nodes; BankError on any syntax fault."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise _refused(label, line, column, syntax_message(exc, text)) from None
    except yaml.YAMLError as exc:
        raise _refused(label, 1, 1, f"YAML cannot read this file: {exc}") from None
    except RecursionError:
        raise _refused(label, 1, 1, f"lists and mappings are nested more than {MAX_DEPTH} deep") from None
    if node is None:
        raise _refused(
            label,
            1,
            1,
            "the file is empty; a bank needs at least the keys 'format', 'id', 'title' and 'questions'",
        )
    return node


def syntax_message(exc: MarkedYAMLError, text: str) -> str:
    """Say in plain words what a YAML syntax error from either loader means and how to fix it."""
    problem = exc.problem or ""
    context = exc.context or ""
    opened = exc.context_mark.line + 1 if exc.context_mark is not None else None
    char = _char_at(text, exc.problem_mark)
    if "tab character" in problem or (char == "\t" and "cannot start any token" in problem):
        return "tab characters cannot indent YAML; use spaces"
    if "cannot start any token" in problem:
        return f"an unquoted value cannot start with {char!r}; put the whole value in quotes"
    if "single document" in context:
        return "a second YAML document starts here; a bank is one document, so remove the '---' line"
    if "quoted scalar" in context and "end of stream" in problem:
        return f"the quoted text that starts on line {opened} is never closed; add the closing quote"
    if "quoted scalar" in context and "document indicator" in problem:
        return (
            f"the quoted text that starts on line {opened} runs into a '---' or '...' line; "
            "close the quote first"
        )
    if "hexdecimal" in problem or "hexadecimal" in problem:
        return (
            "a '\\x', '\\u' or '\\U' escape in double quotes needs hexadecimal digits; "
            "use single quotes instead"
        )
    if "escape" in problem:
        return (
            "a backslash starts an unknown escape inside double quotes; "
            "use single quotes, or write '\\\\' for '\\'"
        )
    if "flow sequence" in context:
        return (
            f"expected ',' or ']' in the '[...]' list that starts on line {opened}; "
            "put items that contain ',', ':' or brackets in quotes"
        )
    if "flow mapping" in context:
        return (
            f"expected ',' or '}}' in the '{{...}}' mapping that starts on line {opened}; "
            "put values that contain ',', ':' or braces in quotes"
        )
    if "mapping values are not allowed" in problem:
        return "a ': ' inside an unquoted value; put the whole value in quotes (or fix the indentation)"
    if "block mapping" in context:
        return (
            f"this does not fit the mapping that starts on line {opened}: check this line's indentation, "
            "and put a value that contains quotes or ': ' in quotes as a whole"
        )
    if "block collection" in context:
        return (
            f"this does not fit the list that starts on line {opened}: check this line's indentation "
            "(the items of a list start with '- ' in the same column)"
        )
    if "simple key" in context:
        return (
            f"the line {opened} has no ':' after its key; check the indentation "
            "(text under a '|' must be indented more than its key)"
        )
    if "undefined alias" in problem:
        name = _name_at(text, exc.problem_mark, "*")
        return (
            f"the alias '*{name}' refers to no anchor '&{name}' before it; "
            f"to write the text '*{name}', put it in quotes"
        )
    if "duplicate anchor" in context:
        name = _name_at(text, exc.problem_mark, "&")
        return (
            f"the anchor '&{name}' is defined twice (first on line {opened}); give each anchor its own name"
        )
    if "anchor" in context or "alias" in context:
        return "'&' and '*' start YAML anchors and aliases; put a value that starts with them in quotes"
    if "directive" in context:
        return "a line that starts with '%' is a YAML directive; put text that starts with '%' in quotes"
    if "nesting depth" in problem:
        return f"lists and mappings are nested more than {MAX_DEPTH} deep"
    where = f" ({context} that starts on line {opened})" if context and opened is not None else ""
    return f"YAML cannot read this: {problem}{where}"


def _refused(label: str, line: int, column: int, message: str) -> BankError:
    return BankError([Problem(label, line, column, message)])


def _position(before: str) -> tuple[int, int]:
    """1-based line and column of the character that follows ``before``."""
    line = 1
    line_start = 0
    for match in _LINE_BREAK.finditer(before):
        line += 1
        line_start = match.end()
    return line, len(before) - line_start + 1


def _char_at(text: str, mark: Mark | None) -> str:
    if mark is None:
        return ""
    lines = text.splitlines()
    if mark.line >= len(lines):
        return ""
    line = lines[mark.line]
    return line[mark.column] if mark.column < len(line) else ""


def _name_at(text: str, mark: Mark | None, sigil: str) -> str:
    """The anchor or alias name written at ``mark`` (the C and the Python loader mark it differently)."""
    if mark is None:
        return ""
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    start = line.rfind(sigil, 0, mark.column + 1)
    match = _ANCHOR_NAME.match(line, start + 1) if start >= 0 else None
    return match.group() if match is not None else ""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a while.

    Composing and checking a large bank allocates hundreds of thousands of acyclic
    objects; letting the collector rescan them over and over triples the time it takes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
