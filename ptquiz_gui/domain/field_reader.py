"""Read the keys and values of YAML mappings, reporting every fault in a bank author's words."""

from __future__ import annotations

import difflib
import re

from yaml.nodes import MappingNode, Node, ScalarNode

from ptquiz_gui.domain.control_chars import control_fault, first_control
from ptquiz_gui.domain.field_limits import MAX_TEXT_LENGTH
from ptquiz_gui.domain.model import Problem
from ptquiz_gui.domain.node_guard import NodeGuard, duplicate_key_message, tag_allowed
from ptquiz_gui.domain.node_values import (
    MERGE_TAG,
    NULL_TAG,
    TEXT_TAGS,
    describe,
    int_value,
    is_empty,
    quoted,
    shorten,
    yaml_reading,
)

MAX_ID_LENGTH = 64
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")
_ID_CHAR = re.compile(r"[A-Za-z0-9._-]")

Entry = tuple[ScalarNode, Node]
"""A key node and its value node."""


def valid_id(text: str) -> bool:
    return len(text) <= MAX_ID_LENGTH and _ID.match(text) is not None


class FieldReader:
    """Collects the problems of one file while its values are read."""

    def __init__(self, label: str) -> None:
        self.problems: list[Problem] = []
        self.guard = NodeGuard(label, self.problems)

    def report(self, node: Node, message: str) -> None:
        self.guard.report(node, message)

    def clean(self, node: ScalarNode, what: str, prefix: str) -> bool:
        """False (after reporting) when a scalar's text, as YAML decoded its escapes, holds a
        character bank text may not hold. Every text value the schema reads (``node_text``, and
        the answer keys) is checked here; unknown keys are checked in ``fields``."""
        char = first_control(str(node.value))
        if char is None:
            return True
        self.report(node, f"{prefix}{what} {control_fault(char)}")
        return False

    def skip(self, node: Node, seen: bool, depth: int) -> None:
        """Leave a node uninterpreted, but still check what is inside it."""
        if not seen:
            self.guard.scan_inside(node, depth)

    def refused_tag(self, node: Node, seen: bool, depth: int) -> bool:
        """True for a node whose tag was refused (and reported) when it was entered."""
        if tag_allowed(node):
            return False
        self.skip(node, seen, depth)
        return True

    def enter(self, entry: Entry, depth: int, replay: bool) -> tuple[Node, bool]:
        key_node, value_node = entry
        return value_node, self.guard.enter(value_node, depth, key_node, replay)

    def fields(
        self,
        node: MappingNode,
        depth: int,
        replay: bool,
        allowed: tuple[str, ...],
        required: tuple[str, ...],
        prefix: str,
        owner: str,
    ) -> dict[str, Entry]:
        """The known keys of a mapping; reports odd, repeated, unknown and missing keys."""
        found: dict[str, Entry] = {}
        first_lines: dict[str, int] = {}
        guard = self.guard
        for key_node, value_node in node.value:
            key_seen = guard.enter(key_node, depth + 1, node, replay)
            if not isinstance(key_node, ScalarNode):
                if not replay:
                    self.report(key_node, f"{prefix}a key must be plain text, not {describe(key_node)}")
                self.skip(key_node, key_seen, depth + 1)
                guard.scan(value_node, depth + 1, key_node, replay)
                continue
            name = str(key_node.value)
            problem = None
            if key_node.tag == MERGE_TAG:
                problem = "merge keys ('<<') are not supported; write the keys out in full"
            elif name in first_lines:
                problem = duplicate_key_message(name, first_lines[name])
            elif name not in allowed:  # the known keys are plain words: only others are checked
                char = first_control(name)
                problem = (
                    f"unknown key '{shorten(name)}'; " + _key_hint(name, allowed, owner)
                    if char is None
                    else f"the key '{shorten(name)}' {control_fault(char)}"
                )
            first_lines.setdefault(name, key_node.start_mark.line + 1)
            if problem is None:
                found[name] = (key_node, value_node)
                continue
            if not replay:
                self.report(key_node, prefix + problem)
            guard.scan(value_node, depth + 1, key_node, replay)
        for name in required:
            if name not in found:
                self.report(node, f"{prefix}missing required key '{name}'")
        return found

    def text(
        self,
        entry: Entry | None,
        depth: int,
        replay: bool,
        what: str,
        prefix: str,
        limit: int = MAX_TEXT_LENGTH,
    ) -> str | None:
        """A required text value; None (after reporting) when it is missing, empty, too long or not text."""
        if entry is None:
            return None
        node, seen = self.enter(entry, depth, replay)
        return self.node_text(node, seen, depth, what, prefix, limit)

    def optional_text(
        self,
        entry: Entry | None,
        depth: int,
        replay: bool,
        what: str,
        prefix: str,
        limit: int = MAX_TEXT_LENGTH,
    ) -> str:
        """An optional text value; a missing or empty one is ''."""
        if entry is None:
            return ""
        node, seen = self.enter(entry, depth, replay)
        if is_empty(node):
            return ""
        return self.node_text(node, seen, depth, what, prefix, limit) or ""

    def node_text(
        self, node: Node, seen: bool, depth: int, what: str, prefix: str, limit: int = MAX_TEXT_LENGTH
    ) -> str | None:
        """The text of a scalar of at most ``limit`` characters, or None after reporting why it is
        not usable text."""
        if self.refused_tag(node, seen, depth):
            return None
        if isinstance(node, ScalarNode):
            if not self.clean(node, what, prefix):
                return None
            value = str(node.value)
            if node.tag in TEXT_TAGS:
                if len(value) > limit:
                    self.report(
                        node,
                        f"{prefix}{what} is {len(value):,} characters long; at most {limit:,} are allowed",
                    )
                    return None
                if value.strip():
                    return value
                self.report(node, f"{prefix}{what} is empty")
            elif node.tag == NULL_TAG and value == "":
                self.report(node, f"{prefix}{what} is empty")
            else:
                self.report(
                    node,
                    f"{prefix}{what} is {shorten(value)}, which YAML reads as {yaml_reading(node)}, "
                    f"not text; put it in quotes: {quoted(value)}",
                )
            return None
        hint = "; if the text contains ': ', put it in quotes" if isinstance(node, MappingNode) else ""
        self.report(node, f"{prefix}{what} must be text, not {describe(node)}{hint}")
        self.skip(node, seen, depth)
        return None

    def identifier(self, entry: Entry, depth: int, replay: bool, prefix: str) -> str | None:
        """An 'id' value: letters, digits, '-', '_' and '.', starting with a letter or digit."""
        text = self.text(entry, depth, replay, "'id'", prefix)
        if text is None:
            return None
        if valid_id(text):
            return text
        node = entry[1]
        if len(text) > MAX_ID_LENGTH:
            self.report(
                node, f"{prefix}'id' is {len(text)} characters long; an id may have at most {MAX_ID_LENGTH}"
            )
        elif not _ID_CHAR.match(text[0]) or text[0] in "._-":
            self.report(node, f"{prefix}'id' '{shorten(text)}' must start with a letter or a digit")
        else:
            bad = next(c for c in text if not _ID_CHAR.match(c))
            self.report(
                node,
                f"{prefix}'id' '{shorten(text)}' contains {bad!r}; an id may use only the letters "
                "a-z and A-Z, digits, '-', '_' and '.'",
            )
        return None

    def whole_number(
        self, entry: Entry | None, depth: int, what: str, expected: str, low: int, high: int
    ) -> int | None:
        """An optional integer from ``low`` to ``high``; ``expected`` says what it must be."""
        if entry is None:
            return None
        node, seen = self.enter(entry, depth, False)
        if self.refused_tag(node, seen, depth):
            return None
        value = int_value(node)
        if value is None:
            self.report(node, f"{what} must be {expected}, not {describe(node)}")
            self.skip(node, seen, depth)
            return None
        if not low <= value <= high:
            self.report(node, f"{what} must be {expected}, not {value}")
            return None
        return value


def _key_hint(name: str, allowed: tuple[str, ...], owner: str) -> str:
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if not close:
        close = [key for key in allowed if key.lower() == name.lower()]
    if close:
        return f"did you mean '{close[0]}'?"
    return f"the keys {owner} may have are: {', '.join(allowed)}"
