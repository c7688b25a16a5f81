"""The library as a screen reader meets it: names, the bank table, search, choosing a bank, two dialogs."""

from __future__ import annotations

import re
from typing import Any

from atspi import findings as req
from atspi.bank import TITLE
from atspi.findings import Findings
from atspi.session import AppOnBus, StepFailed
from atspi.tree import FRAME_MARKERS, HTML_TAG, Node, Tree, is_focus_event, unnamed_controls, windows

TABLE_ROLES = {"table", "tree table", "tree"}


def lines(nodes: list[Node], limit: int = 30) -> str:
    shown = [f"    {n.brief()}" for n in nodes[:limit]]
    if len(nodes) > limit:
        shown.append(f"    … and {len(nodes) - limit} more")
    return "\n".join(shown)


def check_texts(f: Findings, tree: Tree, page: str) -> None:
    """Note raw HTML and Qt's frame markers in the tree's texts; the walk checks them at its end."""
    for node, text in tree.texts():
        if HTML_TAG.search(text):
            f.html.add(f"    on {page}: [{node.role}] {node.name[:60]!r}: {text[:160]!r}")
        if any(m in text for m in FRAME_MARKERS):
            f.markers.add(f"    on {page}: [{node.role}] {node.name[:60]!r}: {text[:160]!r}")


def check_window_named(f: Findings, key: str, window: Node, what: str) -> None:
    unnamed = unnamed_controls(window)
    f.check(key, not unnamed, f"{what}: controls with no name:\n{lines(unnamed)}")


def tab_round(s: AppOnBus, f: Findings, key: str, page: str, limit: int = 18) -> None:
    """Press Tab until the focus comes back round (or ``limit`` times): every stop must be named."""
    s.focus_window()
    s.events(0.1)
    stops: list[dict[str, Any]] = []
    silent = 0
    for _ in range(limit):
        s.key("Tab")
        moved = [e for e in s.events(0.15) if is_focus_event(e)]
        if not moved:
            silent += 1
            continue
        stops.append(moved[-1].get("source") or {})
        if len(stops) > 2 and stops[-1].get("path") == stops[0].get("path"):
            break
    unnamed = [t for t in stops if not (t.get("name") or "").strip()]
    order = "\n".join(f"    [{t.get('role')}] {t.get('name')!r}" for t in stops)
    f.check(
        key,
        bool(stops) and not unnamed,
        f"{page}: Tab stops with no name: {len(unnamed)} (Tabs that moved nothing: {silent});"
        f" the stops:\n{order}",
    )


def main_window(tree: Tree) -> Node:
    for node in windows(tree):
        if node.role == "frame":
            return node
    raise StepFailed(f"no main window on the bus:\n{tree.outline(40)}")


def banks_table(tree: Tree) -> Node | None:
    return tree.first(lambda n: n.role in TABLE_ROLES and n.name == "Banks")


def title_cells(table: Node) -> list[Node]:
    """The first cell of each row (the one that names the bank)."""
    return [
        c
        for c in table.children
        if c.role == "table cell" and c.cell and c.cell.get("column_headers") == ["Title"]
    ] or [c for c in table.children if c.role == "table cell" and " — " in c.description]


def detail_title(tree: Tree) -> str:
    """The bank the detail pane shows: a shown label outside the table naming a bank."""
    table = banks_table(tree)
    inside = {n.id for n in table.walk()} if table else set()
    titles = {c.name for c in title_cells(table)} if table else set()
    for node in tree.find_all(lambda n: n.role in ("label", "heading") and n.id not in inside):
        if node.name in titles:
            return node.name
    return ""


def dialog_window(tree: Tree) -> Node | None:
    found = [w for w in windows(tree) if w.role in ("dialog", "alert", "file chooser")]
    return found[-1] if found else None


def visit_dialog(s: AppOnBus, f: Findings, opener: Node, what: str, close: str) -> None:
    """Open a dialog with ``opener``'s Press, check its controls' names, close it with the button
    matching ``close`` (Escape if there is none)."""
    problem = s.act(opener, "Press")
    tree, opened = s.poll(lambda t: dialog_window(t) is not None, timeout=3)
    dialog = dialog_window(tree)
    if dialog is None:
        f.check(
            req.DIALOGS_NAMED,
            False,
            f"{what} opened no dialog on the bus ({problem or 'pressed'}):\n{tree.outline(30)}",
        )
        return
    f.check(
        req.DIALOGS_REPLY,
        problem is None,
        f"{what}: the dialog opened, but 'Press' got no answer until it would close (a modal exec() "
        f"inside the action; open() or show() answers at once): {problem}",
    )
    check_window_named(f, req.DIALOGS_NAMED, dialog, f"the {dialog.name!r} dialog")
    check_texts(f, tree, f"the {dialog.name!r} dialog")
    button = next(
        (n for n in dialog.walk() if n.shown and n.role == "push button" and re.search(close, n.name, re.I)),
        None,
    )
    if button is None or s.act(button, "Press") is not None:
        s.focus_window()
        s.key("Escape")
    s.wait_for(lambda t: dialog_window(t) is None, f"the {dialog.name!r} dialog to close", timeout=5)
    s.focus_window()


class LibraryWalk:
    def __init__(self, s: AppOnBus, f: Findings) -> None:
        self.s = s
        self.f = f

    def run(self) -> None:
        s, f = self.s, self.f
        tree = s.wait_for(
            lambda t: (
                (table := banks_table(t)) is not None and any(c.name == TITLE for c in title_cells(table))
            ),
            "the library listing the test bank",
            timeout=30,
        )
        s.focus_window()
        tree = s.tree()
        check_window_named(f, req.LIBRARY_NAMED, main_window(tree), "library")
        check_texts(f, tree, "library")
        self.check_table(tree)
        self.check_search()
        self.start_exam_dialog()
        self.shortcuts_dialog()
        self.choose_bank()

    def check_table(self, tree: Tree) -> None:
        table = banks_table(tree)
        assert table is not None
        problems = []
        info = table.table
        if info is None:
            problems.append(f"the bank list has no Table interface: {table.brief()} {table.interfaces}")
        else:
            unnamed = [i for i, h in enumerate(info["headers"]) if not (h.get("header") or "").strip()]
            if info["columns"] < 2 or unnamed:
                problems.append(
                    f"columns {info['columns']}, columns without a header: {unnamed}; {info['headers']}"
                )
        cells = [c for c in table.children if c.role == "table cell" and c.shown]
        headless = [
            c for c in cells if not (c.cell and any(h.strip() for h in c.cell.get("column_headers", [])))
        ]
        if not cells or headless:
            problems.append(f"{len(cells)} cells shown; cells without a column header:\n{lines(headless, 5)}")
        f_ok = not problems
        self.f.check(req.LIBRARY_TABLE, f_ok, "\n".join(problems) + f"\n  the table: {table.brief()}")

    def _search_box(self, tree: Tree) -> Node | None:
        return tree.first(
            lambda n: n.role in ("text", "entry") and re.search(r"search", n.name, re.I) is not None
        )

    def check_search(self) -> None:
        s, f = self.s, self.f
        tree = s.tree()
        search = self._search_box(tree)
        if search is None:
            f.check(
                req.LIBRARY_SEARCH_CLEAR,
                False,
                f"no search box named 'Search…' on the bus:\n{tree.outline(60)}",
            )
            return
        answer = s.call("set_text", id=search.id, text=TITLE)
        if not answer["ok"]:
            f.check(req.LIBRARY_SEARCH_CLEAR, False, f"EditableText.set_text_contents refused: {answer}")
            return
        tree, filtered = s.poll(
            lambda t: (b := banks_table(t)) is not None and [c.name for c in title_cells(b)] == [TITLE]
        )
        search = self._search_box(tree)
        assert search is not None
        buttons = [n for n in search.walk() if n.shown and n.role == "push button"]
        if not filtered or not buttons:
            f.check(
                req.LIBRARY_SEARCH_CLEAR,
                False,
                f"after typing, filtered={filtered}; no clear button shown in the search box:\n"
                f"{tree.outline(40, search)}",
            )
            return
        clear = buttons[0]
        f.check(
            req.LIBRARY_SEARCH_CLEAR,
            bool(clear.name.strip()),
            f"the clear button has no name: {clear.brief()}",
        )
        problem = s.act(clear, clear.activations[0]) if clear.activations else f"no action on {clear.brief()}"
        tree, cleared = s.poll(lambda t: (b := self._search_box(t)) is not None and not (b.text or ""))
        f.check(
            req.LIBRARY_SEARCH_CLEAR,
            problem is None and cleared,
            f"pressing the clear button through AT-SPI: {problem or 'done'}; search text after: "
            f"{(self._search_box(tree) or search).text!r}",
        )

    def start_exam_dialog(self) -> None:
        tree = self.s.tree()
        start = tree.first(lambda n: n.role == "push button" and n.name == "Start exam")
        if start is None:
            self.f.check(req.DIALOGS_NAMED, False, f"no Start exam button:\n{tree.outline(60)}")
            return
        visit_dialog(self.s, self.f, start, "the library's Start exam", r"^cancel")

    def shortcuts_dialog(self) -> None:
        s = self.s
        tree = s.tree()
        menu = tree.first(lambda n: n.role == "menu item" and n.name.replace("&", "") == "Help")
        if menu is not None and "ShowMenu" in menu.actions:
            s.act(menu, "ShowMenu")
        tree, opened = s.poll(
            lambda t: t.first(lambda n: n.role == "menu item" and n.name.startswith("Keyboard")) is not None
        )
        item = tree.first(
            lambda n: n.role == "menu item" and re.match(r"keyboard shortcuts", n.name, re.I) is not None
        )
        if item is None:
            self.f.check(
                req.DIALOGS_NAMED,
                False,
                f"Help → Keyboard shortcuts not found on the bus (Help menu "
                f"{menu.brief() if menu else None} opened: {opened})",
            )
            return
        visit_dialog(self.s, self.f, item, "Help → Keyboard shortcuts", r"^close|^ok")

    def select(self, title: str) -> bool:
        """Select the bank ``title`` through the table's Selection; the detail pane must follow."""
        s = self.s
        tree = s.tree()
        table = banks_table(tree)
        assert table is not None
        cell = next(c for c in title_cells(table) if c.name == title)
        before = detail_title(tree)
        answer = s.call("select", id=table.id, child=cell.index_in_parent)
        tree, follows = s.poll(lambda t: detail_title(t) == title)
        table = banks_table(tree)
        selected = table.table["selected_rows"] if table is not None and table.table else "?"
        return self.f.check(
            req.LIBRARY_SELECT,
            bool(answer.get("ok")) and follows,
            f"Selection.select_child on the title cell of {title!r}: {answer}; the detail pane showed "
            f"{before!r} and now shows {detail_title(tree)!r}; selected rows {selected}",
        )

    def choose_bank(self) -> None:
        """Select another bank, then the test bank, through the table's Selection, as a screen reader would.

        (The search earlier may have left the test bank current: selecting it alone would prove nothing.)"""
        s, f = self.s, self.f
        table = banks_table(s.tree())
        assert table is not None
        other = next(c.name for c in title_cells(table) if c.name != TITLE)
        self.select(other)
        if not self.select(TITLE):  # typing its title into the search box leaves it the only, current bank
            f.fallback("the bank was made current through the search box, not by selecting it")
            search = self._search_box(s.tree())
            if search is not None:
                s.call("set_text", id=search.id, text=TITLE)
            s.wait_for(lambda t: detail_title(t) == TITLE, "the test bank in the detail pane")
        tree = s.tree()
        start = tree.first(lambda n: n.role == "push button" and n.name == "Start practice")
        problem = s.act(start, "Press") if start is not None else "no such button"
        if problem is not None:
            raise StepFailed(f"Start practice could not be pressed ({problem}):\n{tree.outline(60)}")
