"""Read a bank's or a question's ``lint: {ignore: [rule, ...], reason: "..."}``.

An author silences a lint rule that an item breaks on purpose, and must say why; a rule
name that does not exist is a fault of the file, like an unknown key.
"""

from __future__ import annotations

import difflib

from yaml.nodes import MappingNode, SequenceNode

from ptquiz_gui.domain.field_reader import Entry, FieldReader
from ptquiz_gui.domain.lint.names import BANK_RULES, RULES
from ptquiz_gui.domain.node_values import describe, list_hint, shorten

LINT_KEYS = ("ignore", "reason")


def read_lint(
    reader: FieldReader, entry: Entry | None, depth: int, replay: bool, prefix: str, whole_bank: bool
) -> tuple[str, ...]:
    """The rule names ``lint: ignore`` lists; () when there is no ``lint`` or it is faulty."""
    if entry is None:
        return ()
    node, seen = reader.enter(entry, depth, replay)
    if reader.refused_tag(node, seen, depth):
        return ()
    replay = replay or seen
    if not isinstance(node, MappingNode):
        reader.report(
            node,
            f"{prefix}'lint' must be a mapping like {{ignore: [rule], reason: \"why\"}}, not {describe(node)}",
        )
        reader.skip(node, seen, depth)
        return ()
    before = len(reader.problems)
    where = f"{prefix}in 'lint', "
    fields = reader.fields(node, depth, replay, LINT_KEYS, ("ignore",), where, "'lint'")
    rules = _rules(reader, fields.get("ignore"), depth + 1, replay, where, whole_bank)
    if "reason" in fields:
        reader.text(fields["reason"], depth + 1, replay, "'reason'", where)
    else:
        reader.report(
            node, f"{where}'reason' is missing; say why the rules in 'ignore' are broken on purpose"
        )
    return rules if len(reader.problems) == before else ()


def _rules(
    reader: FieldReader, entry: Entry | None, depth: int, replay: bool, where: str, whole_bank: bool
) -> tuple[str, ...]:
    if entry is None:
        return ()
    node, seen = reader.enter(entry, depth, replay)
    if reader.refused_tag(node, seen, depth):
        return ()
    if not isinstance(node, SequenceNode):
        hint = list_hint(node)
        reader.report(node, f"{where}'ignore' must be a list of rule names, not {describe(node)}{hint}")
        reader.skip(node, seen, depth)
        return ()
    if not node.value:
        reader.report(node, f"{where}'ignore' is empty; name the rules to silence")
        return ()
    replay = replay or seen
    names: list[str] = []
    for number, item in enumerate(node.value, 1):
        item_seen = reader.guard.enter(item, depth + 1, node, replay)
        name = reader.node_text(item, item_seen, depth + 1, f"rule {number} in 'ignore'", where)
        if name is None:
            continue
        if name not in RULES:
            reader.report(item, f"{where}{_unknown(name)}")
        elif name in BANK_RULES and not whole_bank:
            reader.report(
                item,
                f"{where}'{name}' is about the whole bank; silence it in the bank's own 'lint', "
                "next to 'questions'",
            )
        else:
            names.append(name)
    return tuple(names)


def _unknown(name: str) -> str:
    close = difflib.get_close_matches(name, RULES, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else "the rules are: " + ", ".join(RULES)
    return f"unknown lint rule '{shorten(name)}'; {hint}"
