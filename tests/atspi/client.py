"""The AT-SPI side of tests/test_atspi.py: a screen reader's view of ptquiz, one JSON line at a time.

Runs under the *system* Python, which has the AT-SPI client library (Debian: python3-pyatspi,
which brings gir1.2-atspi-2.0); the test's virtual environment has neither. It reads one JSON
command per line on stdin and answers with one JSON line on stdout, and between commands it
keeps the GLib main loop turning so that every event the app sends on the accessibility bus is
recorded. Nothing here knows ptquiz: it finds an application by name, reports its tree (role,
name, description, states, actions, text, table headers, relations), runs actions, selects,
types, focuses, presses keys, and hands over the events recorded since the last call.

Commands (every answer is {"ok": true, ...} or {"ok": false, "error": "..."}):
  {"cmd": "wait_app", "name": "ptquiz", "timeout": 30}
  {"cmd": "tree"}                                    -> {"nodes": [...]} (ids valid until the next tree)
  {"cmd": "action", "id": N, "name": "Press"}         (name: exact, case-insensitive)
  {"cmd": "select", "id": N, "child": K}              Selection.select_child on node N
  {"cmd": "select_row", "id": N, "row": R}            Table.add_row_selection on node N
  {"cmd": "focus", "id": N}                           Component.grab_focus
  {"cmd": "set_text", "id": N, "text": "..."}         EditableText.set_text_contents
  {"cmd": "key", "keysym": "Tab"}                     a key press and release through the registry
  {"cmd": "events"}                                   -> {"events": [...]} recorded since the last call
  {"cmd": "pump", "seconds": 0.5}                     turn the main loop for a while
  {"cmd": "quit"}
"""

from __future__ import annotations

import json
import os
import select
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

EVENT_TYPES = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:property-change:accessible-value",
    "object:state-changed",
    "object:text-changed",
    "object:value-changed",
    "object:active-descendant-changed",
    "object:selection-changed",
    "window:activate",
    "window:create",
    "focus:",
)
EVENT_LIMIT = 5000
TREE_LIMIT = 4000  # nodes; a runaway tree is reported, not walked for ever
TEXT_LIMIT = 4000  # characters of one node's text

_events: list[dict[str, object]] = []
_nodes: list[Atspi.Accessible] = []


def _pump(seconds: float = 0.0) -> None:
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.01)


def _safe(call, default=None):  # type: ignore[no-untyped-def]
    try:
        return call()
    except Exception:  # a node that went away while it was read
        return default


def _describe_source(node: Atspi.Accessible | None) -> dict[str, object]:
    if node is None:
        return {}
    return {
        "path": getattr(node, "path", ""),
        "role": _safe(node.get_role_name, ""),
        "name": _safe(node.get_name, ""),
        "description": _safe(node.get_description, ""),
        "text": _text_of(node),
        "states": _states(node),
    }


def _on_event(event: Atspi.Event) -> None:
    if len(_events) >= EVENT_LIMIT:
        return
    data = event.any_data
    if isinstance(data, Atspi.Accessible):
        data = {"node": _describe_source(data)}
    elif data is not None and not isinstance(data, (str, int, float, bool)):
        data = str(data)
    _events.append(
        {
            "type": event.type,
            "detail1": event.detail1,
            "detail2": event.detail2,
            "data": data,
            "source": _describe_source(event.source),
            "time": time.monotonic(),
        }
    )


def _text_of(node: Atspi.Accessible) -> str | None:
    text = _safe(node.get_text_iface)
    if text is None:
        return None
    count = _safe(text.get_character_count, 0) or 0
    return _safe(lambda: text.get_text(0, min(count, TEXT_LIMIT)), None)


def _states(node: Atspi.Accessible) -> list[str]:
    state_set = _safe(node.get_state_set)
    if state_set is None:
        return []
    return sorted(Atspi.StateType(s).value_nick for s in state_set.get_states())


def _actions(node: Atspi.Accessible) -> list[str]:
    action = _safe(node.get_action_iface)
    if action is None:
        return []
    count = _safe(action.get_n_actions, 0) or 0
    return [_safe(lambda i=i: action.get_action_name(i), "") for i in range(count)]


def _relations(node: Atspi.Accessible) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relation in _safe(node.get_relation_set, []) or []:
        kind = Atspi.RelationType(relation.get_relation_type()).value_nick
        targets = [relation.get_target(i) for i in range(relation.get_n_targets())]
        found[kind] = [_safe(t.get_name, "") for t in targets if t is not None]
    return found


def _table(node: Atspi.Accessible) -> dict[str, object] | None:
    table = _safe(node.get_table_iface)
    if table is None:
        return None
    rows = _safe(table.get_n_rows, -1)
    columns = _safe(table.get_n_columns, -1)
    headers = []
    for column in range(max(columns or 0, 0)):
        header = _safe(lambda c=column: table.get_column_header(c))
        headers.append(
            {
                "header": _safe(header.get_name, None) if header is not None else None,
                "description": _safe(lambda c=column: table.get_column_description(c), None),
            }
        )
    return {
        "rows": rows,
        "columns": columns,
        "headers": headers,
        "selected_rows": list(_safe(table.get_selected_rows, []) or []),
    }


def _cell(node: Atspi.Accessible) -> dict[str, object] | None:
    cell = _safe(node.get_table_cell)
    if cell is None:
        return None
    headers = _safe(cell.get_column_header_cells, []) or []
    position = _safe(cell.get_position)
    return {
        "column_headers": [_safe(h.get_name, "") for h in headers if h is not None],
        "position": list(position[1:]) if isinstance(position, tuple) else None,
    }


def _value(node: Atspi.Accessible) -> float | None:
    value = _safe(node.get_value_iface)
    return None if value is None else _safe(value.get_current_value)


def _walk(app: Atspi.Accessible) -> list[dict[str, object]]:
    """Depth first, parents before children; ``parent`` is the parent's id.

    The children of a node that is not showing (a page of a stack not shown, a closed menu)
    are left out: nobody can reach them, and reading them would make every tree slow."""
    _nodes.clear()
    out: list[dict[str, object]] = []
    stack: list[tuple[Atspi.Accessible, int, int, int]] = [(app, -1, 0, -1)]
    while stack and len(out) < TREE_LIMIT:
        node, parent, depth, index = stack.pop()
        ident = len(_nodes)
        _nodes.append(node)
        interfaces = _safe(node.get_interfaces, []) or []
        states = _states(node)
        entry: dict[str, object] = {
            "id": ident,
            "path": getattr(node, "path", ""),
            "parent": parent,
            "depth": depth,
            "role": _safe(node.get_role_name, ""),
            "name": _safe(node.get_name, "") or "",
            "description": _safe(node.get_description, "") or "",
            "states": states,
            "actions": _actions(node) if "Action" in interfaces else [],
            "interfaces": list(interfaces),
            "text": _text_of(node) if "Text" in interfaces else None,
            "relations": _relations(node) if "focusable" in states else {},
            "value": _value(node) if "Value" in interfaces else None,
            "index_in_parent": index,
        }
        if "Table" in interfaces:
            entry["table"] = _table(node)
        if "TableCell" in interfaces:
            entry["cell"] = _cell(node)
        out.append(entry)
        if depth > 0 and "showing" not in states:
            continue
        count = _safe(node.get_child_count, 0) or 0
        children = [_safe(lambda i=i, n=node: n.get_child_at_index(i)) for i in range(count)]
        for i in reversed(range(count)):
            if children[i] is not None:
                stack.append((children[i], ident, depth + 1, i))
    return out


_app: Atspi.Accessible | None = None


def _find_app(name: str, timeout: float) -> Atspi.Accessible | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(_safe(desktop.get_child_count, 0) or 0):
            app = _safe(lambda i=i, d=desktop: d.get_child_at_index(i))
            if app is not None and (_safe(app.get_name, "") or "") == name and _safe(app.get_child_count, 0):
                return app
        _pump(0.2)
    return None


def _node(command: dict[str, object]) -> Atspi.Accessible:
    ident = int(command["id"])  # type: ignore[call-overload]
    if not 0 <= ident < len(_nodes):
        raise ValueError(f"no node {ident}: take a tree first")
    return _nodes[ident]


def _run(command: dict[str, object]) -> dict[str, object]:
    global _app
    kind = command.get("cmd")
    if kind == "wait_app":
        _app = _find_app(str(command["name"]), float(command.get("timeout", 30)))  # type: ignore[arg-type]
        if _app is None:
            desktop = Atspi.get_desktop(0)
            names = [
                _safe(lambda i=i: desktop.get_child_at_index(i).get_name(), "?")
                for i in range(_safe(desktop.get_child_count, 0) or 0)
            ]
            return {
                "ok": False,
                "error": f"no application named {command['name']!r} on the bus; found {names}",
            }
        return {
            "ok": True,
            "pid": _safe(_app.get_process_id, -1),
            "toolkit": _safe(_app.get_toolkit_name, ""),
        }
    if kind == "tree":
        if _app is None:
            return {"ok": False, "error": "wait_app first"}
        return {"ok": True, "nodes": _walk(_app)}
    if kind == "action":
        node = _node(command)
        names = _actions(node)
        wanted = str(command["name"]).lower()
        for index, name in enumerate(names):
            if name.lower() == wanted:
                done = node.get_action_iface().do_action(index)
                return {"ok": bool(done), "error": "" if done else f"do_action({name}) returned false"}
        return {"ok": False, "error": f"no action {command['name']!r}; the node has {names}"}
    if kind == "select":
        selection = _node(command).get_selection_iface()
        if selection is None:
            return {"ok": False, "error": "the node has no Selection interface"}
        return {"ok": bool(selection.select_child(int(command["child"])))}  # type: ignore[call-overload]
    if kind == "select_row":
        table = _node(command).get_table_iface()
        if table is None:
            return {"ok": False, "error": "the node has no Table interface"}
        return {"ok": bool(table.add_row_selection(int(command["row"])))}  # type: ignore[call-overload]
    if kind == "focus":
        component = _node(command).get_component_iface()
        if component is None:
            return {"ok": False, "error": "the node has no Component interface"}
        return {"ok": bool(component.grab_focus())}
    if kind == "set_text":
        editable = _node(command).get_editable_text_iface()
        if editable is None:
            return {"ok": False, "error": "the node has no EditableText interface"}
        return {"ok": bool(editable.set_text_contents(str(command["text"])))}
    if kind == "key":
        code = _keysym(str(command["keysym"]))
        done = Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.SYM)
        return {"ok": bool(done)}
    if kind == "events":
        _pump(float(command.get("seconds", 0.0)))  # type: ignore[arg-type]
        taken = list(_events)
        _events.clear()
        return {"ok": True, "events": taken}
    if kind == "pump":
        _pump(float(command.get("seconds", 0.2)))  # type: ignore[arg-type]
        return {"ok": True}
    return {"ok": False, "error": f"unknown command {kind!r}"}


_KEYSYMS = {
    "Tab": 0xFF09,
    "Return": 0xFF0D,
    "Escape": 0xFF1B,
    "space": 0x20,
    "Up": 0xFF52,
    "Down": 0xFF54,
}


def _keysym(name: str) -> int:
    if name in _KEYSYMS:
        return _KEYSYMS[name]
    if len(name) == 1:
        return ord(name)
    raise ValueError(f"unknown keysym {name!r}")


REPLY_MS = 3000  # a call the app does not answer in this time fails (a modal dialog's exec() holds it)


def main() -> int:
    Atspi.set_timeout(REPLY_MS, 2 * REPLY_MS)
    listener = Atspi.EventListener.new(_on_event)
    for event_type in EVENT_TYPES:
        listener.register(event_type)
    print(
        json.dumps({"ok": True, "ready": True, "atspi": os.environ.get("AT_SPI_BUS_ADDRESS", "")}), flush=True
    )
    buffer = b""
    stdin = sys.stdin.fileno()
    while True:
        ready, _, _ = select.select([stdin], [], [], 0.02)
        _pump()
        if not ready:
            continue
        chunk = os.read(stdin, 65536)
        if not chunk:
            return 0
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            if not line.strip():
                continue
            command = json.loads(line)
            if command.get("cmd") == "quit":
                print(json.dumps({"ok": True}), flush=True)
                return 0
            try:
                answer = _run(command)
            except Exception as error:  # reported to the test, which names the step
                answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
            print(json.dumps(answer, default=str), flush=True)


if __name__ == "__main__":
    sys.exit(main())
