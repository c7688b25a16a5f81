"""No ptquiz code may read YAML with a loader that can build arbitrary Python objects.

Bank files come from anyone; only the safe loaders (SafeLoader / CSafeLoader, or
``yaml.safe_load`` and ``yaml.compose`` with them) are allowed anywhere in the package.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ptquiz_gui"

UNSAFE_NAMES = frozenset(
    {
        "load",
        "load_all",
        "unsafe_load",
        "unsafe_load_all",
        "full_load",
        "full_load_all",
        "Loader",
        "CLoader",
        "FullLoader",
        "CFullLoader",
        "UnsafeLoader",
        "CUnsafeLoader",
    }
)
UNSAFE_TEXT = re.compile(
    r"yaml\.load\(|yaml\.load_all\(|unsafe_load|full_load|FullLoader|UnsafeLoader|yaml\.C?Loader\b"
)


def unsafe_uses(source: str) -> list[str]:
    """Every use of an unsafe YAML loader in ``source``, as 'line N: what'."""
    found = [
        f"line {source.count(chr(10), 0, m.start()) + 1}: {m.group()}" for m in UNSAFE_TEXT.finditer(source)
    ]
    tree = ast.parse(source)
    yaml_names = {"yaml"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "yaml" or alias.name.startswith("yaml."):
                    yaml_names.add((alias.asname or alias.name).split(".")[0])
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "yaml":
            found += [
                f"line {node.lineno}: from {node.module} import {a.name}"
                for a in node.names
                if a.name in UNSAFE_NAMES
            ]
        elif isinstance(node, ast.Attribute) and node.attr in UNSAFE_NAMES:
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in yaml_names:
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def package_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_is_scanned() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in package_modules()}
    assert {"domain/loader.py", "domain/yaml_nodes.py", "cli.py"} <= names


@pytest.mark.parametrize("module", package_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_uses_an_unsafe_yaml_loader(module: Path) -> None:
    assert unsafe_uses(module.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "snippet",
    [
        "import yaml\nyaml.load(text)\n",
        "import yaml\nyaml.load(text, Loader=yaml.Loader)\n",
        "import yaml\nyaml.unsafe_load(text)\n",
        "import yaml\nyaml.full_load(text)\n",
        "import yaml as y\ny.load_all(text)\n",
        "import yaml as y\nparser = y.CLoader\n",
        "from yaml import FullLoader\n",
        "from yaml.loader import UnsafeLoader\n",
        "from yaml import load\n",
        "import yaml.cyaml\nyaml.cyaml.CUnsafeLoader(text)\n",
    ],
)
def test_the_scan_catches_each_unsafe_form(snippet: str) -> None:
    assert unsafe_uses(snippet)


def test_the_scan_lets_the_safe_forms_through() -> None:
    safe = (
        "import yaml\n"
        "from yaml import CSafeLoader, SafeLoader\n"
        "yaml.safe_load(text)\n"
        "yaml.compose(text, Loader=CSafeLoader)\n"
        "yaml.safe_dump(data)\n"
    )
    assert unsafe_uses(safe) == []
