"""Control characters in bank text: found after YAML (or an importer) has decoded it, and
shown escaped wherever bank text is quoted in a message.

Bank text may hold tabs and line breaks and nothing else below U+0020: any other C0
control, DEL or a C1 control would reach a terminal as an escape sequence (clearing the
screen, setting the window title), and a C0 control, a lone surrogate half or the
noncharacters U+FFFE and U+FFFF would make an exported Moodle XML file ill-formed (XML 1.0
has no place for them), so the bank would not import back.
"""

from __future__ import annotations

import re

from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls

# C0 but TAB and LF, DEL, C1, the surrogate halves a Python str can hold alone, U+FFFE, U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Every C0 control, tabs and line breaks too: in a file name they would split or forge a line.
_PATH_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SHOWN = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
ALLOWED = "bank text may hold tabs and line breaks, no other control characters"


def first_control(text: str) -> str | None:
    """The first character of ``text`` that bank text may not hold, or None."""
    match = _CONTROL.search(text)
    return None if match is None else match.group()


def find_control(text: str) -> int:
    """The index of the first character bank text may not hold, or -1."""
    match = _CONTROL.search(text)
    return -1 if match is None else match.start()


def control_fault(char: str) -> str:
    """'contains the control character U+001B; remove it (...)', to follow what holds it."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        what = f"U+{code:04X}, half of a surrogate pair without its other half (not a character)"
    elif code > 0xFFFD:
        what = f"U+{code:04X}, which Unicode keeps as a noncharacter"
    else:
        what = f"the control character U+{code:04X}"
    return f"contains {what}; remove it ({ALLOWED})"


def reveal_controls(text: str) -> str:
    """``text`` with each character bank text may not hold written as an escape (``\\x1b``)."""
    return _CONTROL.sub(_escaped, text)


def shown_path(path: str) -> str:
    """A file name as a line of output shows it: every control character escaped (``\\x1b``,
    ``\\n``; a line break would split the ``path:line:column: message`` line or forge another)
    and each bidi control as ``⟨U+202E⟩``, as bank titles show them."""
    return reveal_bidi_controls(_PATH_CONTROL.sub(_escaped, path))


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHOWN.get(char) or (f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")
