"""Python's dunder names (``__init__``, ``__getitem__``) shown as written in Markdown.

Markdown reads ``__getitem__`` as **getitem** in bold. A PyTorch bank names such methods
in running text far more often than it means bold, so outside code spans and fenced code
(and lines indented as code) every lowercase ``__name__`` has its underscores escaped
before the text is rendered.
``**bold**`` and capitalised ``__Bold__`` still mean bold.
"""

from __future__ import annotations

import re

_DUNDER = re.compile(r"(?<![\w\\])__([a-z][a-z0-9_]*?)__(?!\w)")
_CODE_SPAN = re.compile(r"(`+)(?:.*?[^`])?\1(?!`)|`+", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INDENTED_CODE = re.compile(r"^(?: {4}|\t)")


def keep_dunder_names(markdown: str) -> str:
    out: list[str] = []
    fence = ""
    for line in markdown.splitlines(keepends=True):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            out.append(line)
        elif opened:
            fence = opened.group(1)
            out.append(line)
        elif _INDENTED_CODE.match(line):  # (or a deep list paragraph: left as written)
            out.append(line)
        else:
            out.append(_outside_code_spans(line))
    return "".join(out)


def _outside_code_spans(line: str) -> str:
    parts: list[str] = []
    done = 0
    for span in _CODE_SPAN.finditer(line):
        parts.append(_DUNDER.sub(r"\\_\\_\1\\_\\_", line[done : span.start()]))
        parts.append(span.group(0))
        done = span.end()
    parts.append(_DUNDER.sub(r"\\_\\_\1\\_\\_", line[done:]))
    return "".join(parts)
