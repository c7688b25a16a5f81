"""Qt's translation tools as the build runs them: ``pyside6-lupdate`` over the code and
``pyside6-lrelease`` into a ``.qm``, on files in a test's temporary folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def sources() -> list[str]:
    """Every module of the package, as ``make lupdate`` passes them."""
    return sorted(str(p) for p in (REPO / "ptquiz_gui").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, *options: str) -> None:
    """Extract the code's strings into ``ts`` (created, or brought up to date)."""
    done = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-silent", "-no-obsolete", *options, *sources(), "-ts", str(ts)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    done = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    assert done.returncode == 0 and qm.is_file(), done.stderr


def compile_all(folder: Path) -> Path:
    """Every committed ``.ts`` catalogue, compiled into ``folder``."""
    for ts in sorted(TRANSLATIONS.glob("ptquiz_*.ts")):
        lrelease(ts, folder / ts.with_suffix(".qm").name)
    return folder


def speak(monkeypatch: pytest.MonkeyPatch, code: str, catalogues: Path) -> None:
    """The next window starts in ``code``, from the catalogues compiled into ``catalogues``."""
    from ptquiz_gui.views import language

    monkeypatch.setenv(language.LANGUAGE_ENV, code)
    monkeypatch.setattr(language, "catalogue", lambda name: str(catalogues / f"ptquiz_{name}.qm"))
