"""The domain layer is plain Python: it never imports Qt or the Qt-facing packages.

That keeps the loader, engine and scheduling usable from the command line, testable
without a display, and fast to import.
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
