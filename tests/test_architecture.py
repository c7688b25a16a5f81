"""The layers, one way down: domain (plain Python, no Qt) < storage < qtmodels < views < app,
with commands beside views, and no module cycles.

That keeps the loader, engine and scheduling usable from the command line, testable
without a display, and fast to import, and lets each layer change without the ones below.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "ptquiz_gui" / "domain"
FORBIDDEN = ("PySide6", "shiboken6", "ptquiz_gui.views", "ptquiz_gui.qtmodels")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path) -> list[str]:
    """Absolute names of everything ``path`` imports, relative imports resolved."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return names


def forbidden_imports(path: Path, root: Path = ROOT) -> list[str]:
    return [
        name
        for name in imported_modules(path, root)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ]


def domain_modules() -> list[Path]:
    return sorted(DOMAIN.rglob("*.py"))


def test_the_domain_package_is_scanned() -> None:
    names = {module_name(p) for p in domain_modules()}
    assert {"ptquiz_gui.domain.loader", "ptquiz_gui.domain.model", "ptquiz_gui.domain.library"} <= names


@pytest.mark.parametrize("module", domain_modules(), ids=module_name)
def test_no_domain_module_imports_qt_or_the_qt_layers(module: Path) -> None:
    assert forbidden_imports(module) == []


def test_the_scan_catches_qt_imports_in_every_spelling(tmp_path: Path) -> None:
    package = tmp_path / "ptquiz_gui" / "domain"
    package.mkdir(parents=True)
    probes = {
        "a.py": "import PySide6.QtCore\n",
        "b.py": "from PySide6 import QtWidgets\n",
        "c.py": "import shiboken6\n",
        "d.py": "from ptquiz_gui.views import main_window\n",
        "e.py": "from ..qtmodels.library_model import LibraryModel\n",
        "f.py": "from .. import views\n",
    }
    for name, source in probes.items():
        (package / name).write_text(source, encoding="utf-8")
        assert forbidden_imports(package / name, tmp_path), name
    (package / "fine.py").write_text("from ..domain import model\nimport yaml\n", encoding="utf-8")
    assert forbidden_imports(package / "fine.py", tmp_path) == []


def test_importing_every_domain_module_loads_no_qt() -> None:
    modules = [module_name(p) for p in domain_modules()]
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert set(modules) <= set(loaded)
    assert [
        name for name in loaded if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ] == []


# --- the layers, one way down ---------------------------------------------------------------

PACKAGE = ROOT / "ptquiz_gui"

# Lower numbers sit lower. A module may import its own layer or any layer below it, never one above;
# views and commands share a rank but are siblings, and neither imports the other.
LAYERS: dict[str, int] = {
    "ptquiz_gui": 0,
    "ptquiz_gui.paths": 0,
    "ptquiz_gui.atomic_files": 0,
    "ptquiz_gui.instance_lock": 0,
    "ptquiz_gui.domain": 1,
    "ptquiz_gui.storage": 2,
    "ptquiz_gui.settings": 2,
    "ptquiz_gui.importing": 2,
    "ptquiz_gui.import_reading": 2,  # importing, in child processes
    "ptquiz_gui.app_services": 3,
    "ptquiz_gui.review_service": 3,
    "ptquiz_gui.qtmodels": 4,
    "ptquiz_gui.views": 5,
    "ptquiz_gui.commands": 5,
    "ptquiz_gui.app": 6,
    "ptquiz_gui.selftest": 6,
    "ptquiz_gui.cli": 7,
    "ptquiz_gui.cli_parser": 7,
    "ptquiz_gui.__main__": 7,
}
SIBLINGS = {("ptquiz_gui.views", "ptquiz_gui.commands"), ("ptquiz_gui.commands", "ptquiz_gui.views")}


def layer_of(module: str) -> str:
    """The longest entry of LAYERS that is ``module`` or one of its packages."""
    best = max((name for name in LAYERS if module == name or module.startswith(name + ".")), key=len, default="")
    assert best, f"{module} is in no layer: add it to LAYERS"
    return best


def package_modules(root: Path = ROOT) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted((root / "ptquiz_gui").rglob("*.py"))}


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the project modules it imports anywhere in its body (function-level imports too)."""
    modules = package_modules(root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {n for n in imported_modules(path, root) if n in modules and n != name}
        graph[name] = targets
    return graph


def upward_imports(root: Path = ROOT) -> list[str]:
    found = []
    for module, targets in import_graph(root).items():
        here = layer_of(module)
        for target in targets:
            there = layer_of(target)
            if LAYERS[there] > LAYERS[here] or (here, there) in SIBLINGS:
                found.append(f"{module} ({here}) imports {target} ({there})")
    return sorted(found)


def import_cycles(root: Path = ROOT) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan), each sorted."""
    graph = import_graph(root)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_every_module_belongs_to_a_layer() -> None:
    for module in package_modules():
        layer_of(module)


def test_no_module_imports_a_layer_above_its_own() -> None:
    assert upward_imports() == []


def test_no_modules_import_each_other_in_a_cycle() -> None:
    assert import_cycles() == []


def test_the_layer_checks_catch_an_upward_import_and_a_cycle(tmp_path: Path) -> None:
    sources = {
        "ptquiz_gui/__init__.py": "",
        "ptquiz_gui/domain/__init__.py": "",
        "ptquiz_gui/domain/a.py": "def f():\n    from ptquiz_gui.domain import b\n",
        "ptquiz_gui/domain/b.py": "from . import a\n",
        "ptquiz_gui/qtmodels/__init__.py": "",
        "ptquiz_gui/qtmodels/m.py": "from ptquiz_gui.views.theme import colours\n",
        "ptquiz_gui/views/__init__.py": "",
        "ptquiz_gui/views/theme.py": "from ptquiz_gui.commands import history\n",
        "ptquiz_gui/commands/__init__.py": "",
        "ptquiz_gui/commands/history.py": "",
    }
    for name, text in sources.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert upward_imports(tmp_path) == [
        "ptquiz_gui.qtmodels.m (ptquiz_gui.qtmodels) imports ptquiz_gui.views.theme (ptquiz_gui.views)",
        "ptquiz_gui.views.theme (ptquiz_gui.views) imports ptquiz_gui.commands (ptquiz_gui.commands)",
        "ptquiz_gui.views.theme (ptquiz_gui.views) imports ptquiz_gui.commands.history (ptquiz_gui.commands)",
    ]
    assert import_cycles(tmp_path) == [["ptquiz_gui.domain.a", "ptquiz_gui.domain.b"]]
