"""The accessible tree and events as ``client.py`` reports them, and what a screen reader makes of them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

# Roles a user operates; with "focusable" these must carry a name.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "slider",
    "page tab",
    "text",
    "entry",
    "password text",
    "menu item",
    "check menu item",
    "radio menu item",
    "link",
}
ITEM_ROLES = {"list item", "table cell", "tree item", "page tab"}
NOT_ACTIVATING = {
    "setfocus",
    "showmenu",
    "increase",
    "decrease",
    "scrollleft",
    "scrollright",
    "scrollup",
    "scrolldown",
}
FRAME_MARKERS = ("\ufdd0", "\ufdd1")
HTML_TAG = re.compile(r"<\s*/?\s*(p|span|div|br|b|i|a|html|body|font|pre|code|table|tr|td|qt)\b[^>]*>", re.I)
# The events a screen reader presents for an object that does not have the focus.
SPOKEN_ANYWHERE = ("object:announcement",)
# ... and the ones it presents for the object that has it.
SPOKEN_ON_FOCUS = (
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed",
)


@dataclass
class Node:
    """One accessible object as the client reported it."""

    id: int
    path: str
    parent: int
    depth: int
    role: str
    name: str
    description: str
    states: list[str]
    actions: list[str]
    interfaces: list[str]
    text: str | None
    relations: dict[str, list[str]]
    value: float | None
    index_in_parent: int
    table: dict[str, Any] | None = None
    cell: dict[str, Any] | None = None
    children: list[Node] = field(default_factory=list, repr=False)
    shown: bool = False  # showing, and so is every ancestor (Qt says a hidden page's cells are showing)

    @property
    def showing(self) -> bool:
        return "showing" in self.states and "visible" in self.states

    @property
    def words(self) -> str:
        """Everything a screen reader can say of this node: name, description and text."""
        return " ".join(p for p in (self.name, self.description, self.text or "") if p)

    @property
    def activations(self) -> list[str]:
        """The actions that do something rather than move the focus or open a menu."""
        return [a for a in self.actions if a.lower() not in NOT_ACTIVATING]

    @property
    def interactive(self) -> bool:
        return (
            self.shown
            and self.role != "scroll bar"
            and ("focusable" in self.states or self.role in CONTROL_ROLES)
        )

    def has(self, state: str) -> bool:
        return state in self.states

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, predicate: Callable[[Node], bool], *, shown: bool = True) -> list[Node]:
        return [n for n in self.walk() if predicate(n) and (n.shown or not shown)]

    def brief(self) -> str:
        marks = [s for s in self.states if s in _STATES_SHOWN]
        text = f" text={self.text[:70]!r}" if self.text else ""
        desc = f" description={self.description[:90]!r}" if self.description else ""
        return f"[{self.role}] {self.name[:90]!r}{desc}{text} actions={self.actions} states={marks}"


_STATES_SHOWN = {"focusable", "focused", "checked", "checkable", "selected", "selectable", "sensitive"}


@dataclass
class Tree:
    nodes: list[Node]

    @property
    def root(self) -> Node:
        return self.nodes[0]

    def find_all(self, predicate: Callable[[Node], bool], *, shown: bool = True) -> list[Node]:
        return self.root.find_all(predicate, shown=shown)

    def first(self, predicate: Callable[[Node], bool]) -> Node | None:
        found = self.find_all(predicate)
        return found[0] if found else None

    def parent_of(self, node: Node) -> Node | None:
        return self.nodes[node.parent] if node.parent >= 0 else None

    def ancestors(self, node: Node) -> Iterator[Node]:
        parent = self.parent_of(node)
        while parent is not None:
            yield parent
            parent = self.parent_of(parent)

    def focus(self) -> list[Node]:
        """Where the keyboard focus is: the focused widget and, in a focused view, its current item.

        Qt also calls the current item of an unfocused view "focused"; those are left out."""
        found = []
        for node in self.nodes:
            if not node.has("focused") or not node.shown:
                continue
            parent = self.parent_of(node)
            if node.role in ITEM_ROLES and parent is not None and not parent.has("focused"):
                continue
            found.append(node)
        return found

    def texts(self) -> Iterator[tuple[Node, str]]:
        for node in self.nodes:
            for part in (node.name, node.description, node.text or ""):
                if part:
                    yield node, part

    def outline(self, limit: int = 250, within: Node | None = None) -> str:
        lines = []
        top = within or self.root
        for node in top.walk():
            if node.shown:
                lines.append("  " * (node.depth - top.depth) + node.brief())
            if len(lines) >= limit:
                lines.append("  …")
                break
        return "\n".join(lines)


def parse_tree(raw: list[dict[str, Any]]) -> Tree:
    nodes = [Node(**entry) for entry in raw]
    for node in nodes:  # parents come before their children
        if node.parent >= 0:
            parent = nodes[node.parent]
            parent.children.append(node)
            node.shown = node.showing and (parent.shown or parent.parent < 0)
        else:
            node.shown = True
    return Tree(nodes)


def windows(tree: Tree) -> list[Node]:
    """The application's shown top-level windows (the main window, dialogs)."""
    return [n for n in tree.root.children if n.shown]


def unnamed_controls(within: Node) -> list[Node]:
    return [n for n in within.walk() if n.interactive and not n.name.strip()]


# --- events ---------------------------------------------------------------------------------


def carried(event: dict[str, Any]) -> str:
    """Every word an event brings: its data and the source's name, description and text."""
    parts = []
    data = event.get("data")
    if isinstance(data, str):
        parts.append(data)
    elif isinstance(data, dict) and isinstance(data.get("node"), dict):
        node = data["node"]
        parts += [node.get("name") or "", node.get("description") or "", node.get("text") or ""]
    source = event.get("source") or {}
    parts += [source.get("name") or "", source.get("description") or ""]
    if event.get("type", "").startswith(("object:text-changed", "focus:", "object:state-changed:focused")):
        parts.append(source.get("text") or "")
    return " ".join(p for p in parts if p)


def is_focus_event(event: dict[str, Any]) -> bool:
    kind = str(event.get("type", ""))
    return kind.startswith("focus:") or (kind == "object:state-changed:focused" and event.get("detail1") == 1)


def heard(events: Iterable[dict[str, Any]], focus_paths: set[str], pattern: re.Pattern[str]) -> list[str]:
    """What of ``events`` a screen reader would speak and that matches ``pattern``.

    Spoken: an announcement; the focus moving to an object that says it; a change of name,
    description or text on the object that has the focus. ``focus_paths`` is where the focus was
    before the first event; focus events move it."""
    focus = set(focus_paths)
    spoken = []
    for event in events:
        source = event.get("source") or {}
        kind = str(event.get("type", ""))
        words = carried(event)
        if is_focus_event(event):
            focus = {source.get("path", "")}
            if pattern.search(words):
                spoken.append(f"focus moved to [{source.get('role')}] {words[:160]!r}")
        elif kind.startswith(SPOKEN_ANYWHERE) and pattern.search(words):
            spoken.append(f"{kind} {words[:160]!r}")
        elif kind.startswith(SPOKEN_ON_FOCUS) and source.get("path") in focus and pattern.search(words):
            spoken.append(f"{kind} on the focused [{source.get('role')}] {words[:160]!r}")
    return spoken


def mentioned(events: Iterable[dict[str, Any]], pattern: re.Pattern[str]) -> list[str]:
    """Every event whose words match ``pattern``, spoken or not."""
    return [
        f"{e['type']} [{(e.get('source') or {}).get('role')}] {carried(e)[:160]!r}"
        for e in events
        if pattern.search(carried(e))
    ]


def summary(events: Iterable[dict[str, Any]], limit: int = 40) -> str:
    """The events worth reading in a failure message (the clock's ticks and showing changes left out)."""
    lines = []
    for event in events:
        kind = str(event.get("type", ""))
        if kind.startswith(
            (
                "object:state-changed:showing",
                "object:state-changed:enabled",
                "object:state-changed:sensitive",
                "object:state-changed:visible",
            )
        ):
            continue
        source = event.get("source") or {}
        if kind != "object:announcement" and re.match(
            r"^(Elapsed|Time left)\b", str(source.get("name") or "")
        ):
            continue
        lines.append(
            f"    {kind} [{source.get('role')}] {str(source.get('name'))[:60]!r}"
            f" data={str(event.get('data'))[:100]!r}"
        )
        if len(lines) >= limit:
            lines.append("    …")
            break
    return "\n".join(lines) or "    (none)"
