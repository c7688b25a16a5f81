"""YAML's standard tags, plain values read from scalar nodes, and nodes described in a bank author's words."""

from __future__ import annotations

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls
from ptquiz_gui.domain.control_chars import first_control, reveal_controls

YAML_TAG = "tag:yaml.org,2002:"
STR_TAG = YAML_TAG + "str"
INT_TAG = YAML_TAG + "int"
FLOAT_TAG = YAML_TAG + "float"
BOOL_TAG = YAML_TAG + "bool"
NULL_TAG = YAML_TAG + "null"
TIMESTAMP_TAG = YAML_TAG + "timestamp"
MERGE_TAG = YAML_TAG + "merge"
# Plain '=' and '<<' resolve to these tags; as values they are just text.
TEXT_TAGS = frozenset({STR_TAG, YAML_TAG + "value", MERGE_TAG})
SCALAR_TAGS = TEXT_TAGS | {INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG, TIMESTAMP_TAG}
_MAYBE_EMPTY_TAGS = TEXT_TAGS | {NULL_TAG}

_CONSTRUCTOR = SafeConstructor()
_SHOWN_TEXT = 40


def is_text(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag in TEXT_TAGS


def is_empty(node: Node) -> bool:
    """A scalar that holds nothing: no value at all, or only spaces (a control character that
    Python counts as a space, such as U+001C, is something: a fault to report)."""
    if not isinstance(node, ScalarNode) or node.tag not in _MAYBE_EMPTY_TAGS:
        return False
    value = str(node.value)
    return not value.strip() and first_control(value) is None


def int_value(node: Node) -> int | None:
    """The integer a plain number such as ``10``, ``0x1f`` or ``1_000`` means; None for anything else."""
    if not isinstance(node, ScalarNode) or node.tag != INT_TAG:
        return None
    if first_control(str(node.value)) is not None:  # an explicit '!!int "1\f"': int() skips it
        return None
    try:
        value = _CONSTRUCTOR.construct_yaml_int(node)
    except ValueError:  # e.g. more digits than Python converts
        return None
    return value if isinstance(value, int) else None


def shorten(text: str) -> str:
    """Bank text quoted in a problem message: one line, cut after a few words, bidi controls
    shown and control characters escaped (never sent raw to a terminal)."""
    text = text.replace("\n", "\\n")
    text = text if len(text) <= _SHOWN_TEXT else text[: _SHOWN_TEXT - 1] + "…"
    return reveal_bidi_controls(reveal_controls(text))


def list_hint(node: Node) -> str:
    """'; write it as [text]' for a text where a list of texts belongs, else ''."""
    return f"; write it as [{reveal_controls(str(node.value))}]" if is_text(node) else ""


def quoted(text: str) -> str:
    """``text`` as a single-quoted YAML scalar, the way to write it so it stays text."""
    return "'" + text.replace("'", "''") + "'"


def describe(node: Node) -> str:
    """What a node is, in words: 'the text ...', 'the number 3', 'a list'."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    value = str(node.value)
    tag = node.tag
    if tag in TEXT_TAGS:
        return f"the text '{shorten(value)}'"
    if tag in (INT_TAG, FLOAT_TAG):
        return f"the number {shorten(value)}"
    if tag == BOOL_TAG:
        return f"the true/false value {value}"
    if tag == NULL_TAG:
        return "an empty value" if value in ("", "~") else f"the empty value {value}"
    if tag == TIMESTAMP_TAG:
        return f"the date {shorten(value)}"
    return f"a value tagged '{tag}'"


def yaml_reading(node: ScalarNode) -> str:
    """What YAML turned an unquoted non-text scalar into."""
    tag = node.tag
    if tag in (INT_TAG, FLOAT_TAG):
        return "a number"
    if tag == BOOL_TAG:
        return "a true/false value"
    if tag == NULL_TAG:
        return "no value (null)"
    if tag == TIMESTAMP_TAG:
        return "a date"
    return f"a value tagged '{tag}'"
