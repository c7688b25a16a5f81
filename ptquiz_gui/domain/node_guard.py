"""Safety checks on a composed YAML tree, made while the bank validator walks it.

Every node the validator looks at goes through :meth:`NodeGuard.enter`; everything it
does not look at goes through :meth:`NodeGuard.scan`.  Between them each node is checked
once for its tag, its depth and (mappings) duplicate keys, and every alias reference is
counted by node identity, so an alias bomb is refused long before anything is expanded.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ptquiz_gui.domain.model import Problem
from ptquiz_gui.domain.node_values import SCALAR_TAGS, YAML_TAG, shorten
from ptquiz_gui.domain.yaml_nodes import MAX_ALIASES, MAX_DEPTH


class Refused(Exception):
    """The file is refused outright (alias bomb, runaway nesting); nothing else is reported."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


_ALLOWED_TAGS: dict[type[Node], frozenset[str]] = {
    ScalarNode: SCALAR_TAGS,
    SequenceNode: frozenset({YAML_TAG + "seq"}),
    MappingNode: frozenset({YAML_TAG + "map"}),
}


def tag_allowed(node: Node) -> bool:
    return node.tag in _ALLOWED_TAGS[type(node)]


def shown_tag(tag: str) -> str:
    return "!!" + tag[len(YAML_TAG) :] if tag.startswith(YAML_TAG) else tag


def duplicate_key_message(name: str, first_line: int) -> str:
    return f"key '{shorten(name)}' appears twice in this mapping (first on line {first_line})"


class NodeGuard:
    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems
        self._seen: set[int] = set()
        self._aliases = 0

    def report(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.label, mark.line + 1, mark.column + 1, message))

    def enter(self, node: Node, depth: int, site: Node, replay: bool) -> bool:
        """Account for one reference to ``node`` at nesting ``depth``, written inside ``site``.

        Returns True when the node was met before: it is an alias (counted unless
        ``replay`` says its parent was itself reached through an alias), and its
        subtree has been checked already.
        """
        if depth > MAX_DEPTH:
            raise Refused(self._problem(node, f"lists and mappings are nested more than {MAX_DEPTH} deep"))
        key = id(node)
        seen = self._seen
        if key in seen:
            if not replay:
                self._aliases += 1
                if self._aliases > MAX_ALIASES:
                    raise Refused(
                        self._problem(
                            site,
                            f"the file uses aliases ('*name') more than {MAX_ALIASES} times; "
                            f"a bank may use at most {MAX_ALIASES}",
                        )
                    )
            return True
        seen.add(key)
        if node.tag not in _ALLOWED_TAGS[type(node)]:
            self.report(
                node,
                f"the tag '{shown_tag(node.tag)}' is not allowed; a bank holds only text, numbers, "
                "true/false, lists and mappings",
            )
        return False

    def scan(self, node: Node, depth: int, site: Node, replay: bool) -> None:
        """Check a node the validator does not interpret, and everything under it."""
        if not self.enter(node, depth, site, replay):
            self.scan_inside(node, depth)

    def scan_inside(self, node: Node, depth: int) -> None:
        """Check the children of a node just entered for the first time."""
        if isinstance(node, SequenceNode):
            for item in node.value:
                self.scan(item, depth + 1, node, False)
        elif isinstance(node, MappingNode):
            first_lines: dict[str, int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode):
                    self.check_duplicate(key_node, first_lines, "")
                self.scan(key_node, depth + 1, node, False)
                self.scan(value_node, depth + 1, key_node, False)

    def check_duplicate(self, key_node: ScalarNode, first_lines: dict[str, int], prefix: str) -> bool:
        """Report a key already used in the same mapping; True when it is such a repeat."""
        name = str(key_node.value)
        first = first_lines.get(name)
        if first is None:
            first_lines[name] = key_node.start_mark.line + 1
            return False
        self.report(key_node, prefix + duplicate_key_message(name, first))
        return True

    def _problem(self, node: Node, message: str) -> Problem:
        mark = node.start_mark
        return Problem(self.label, mark.line + 1, mark.column + 1, message)
