"""What the frozen app is called and which version it is, read from the package itself.

``ptquiz_gui/__init__.py`` is parsed, not imported, so that the spec, ``build.py`` and the
tests agree on one source of truth without loading Qt.  The per-platform options for
PyInstaller's EXE and BUNDLE are built here too, so they can be checked on any host.
"""

from __future__ import annotations

import ast
import os
import platform
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_INIT = REPO_ROOT / "ptquiz_gui" / "__init__.py"
ICONS_DIR = REPO_ROOT / "resources" / "icons"
TRANSLATIONS_DIR = REPO_ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
BUNDLE_IDENTIFIER = "org.ptquiz.PTQuiz"
BUILD_MODE_ENV = "PTQUIZ_BUILD_MODE"
BUILD_MODES = ("onedir", "onefile")


@dataclass(frozen=True, slots=True)
class AppMeta:
    name: str
    display_name: str
    version: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for a Windows version resource: ``1.2.3rc1`` gives (1, 2, 3, 0)."""
        numbers = [int(part) for part in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        padded = (numbers + [0, 0, 0, 0])[:4]
        return (padded[0], padded[1], padded[2], padded[3])


def read_meta(init_file: Path = PACKAGE_INIT) -> AppMeta:
    """Read ``__version__``, ``APP_NAME`` and ``APP_DISPLAY_NAME`` from the package."""
    tree = ast.parse(init_file.read_text(encoding="utf-8"), filename=str(init_file))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    missing = [key for key in ("__version__", "APP_NAME", "APP_DISPLAY_NAME") if key not in found]
    if missing:
        raise SystemExit(f"{init_file}: no string assignment for {', '.join(missing)}")
    return AppMeta(
        name=found["APP_NAME"], display_name=found["APP_DISPLAY_NAME"], version=found["__version__"]
    )


def build_mode() -> str:
    """``onedir`` (default) or ``onefile``, chosen by ``build.py`` through the environment."""
    mode = os.environ.get(BUILD_MODE_ENV, "onedir")
    if mode not in BUILD_MODES:
        raise SystemExit(f"{BUILD_MODE_ENV}={mode!r}: expected one of {', '.join(BUILD_MODES)}")
    return mode


def host_os() -> str:
    """``linux``, ``windows`` or ``macos``."""
    system = platform.system()
    return {"Windows": "windows", "Darwin": "macos"}.get(system, system.lower())


def host_arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def compile_translations(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """``pyside6-lrelease`` each ``ptquiz_<code>.ts`` into its ``.qm`` (built, never committed) where
    the ``.qm`` is missing or older; returns every ``.qm``."""
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if tool is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 into this Python's environment")
    built = []
    for ts in sorted(folder.glob("ptquiz_*.ts")):
        qm = ts.with_suffix(".qm")
        built.append(qm)
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue  # up to date, as make would find it
        part = qm.with_name(qm.name + ".part")  # a running ptquiz maps the old file: never rewrite it in place
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], capture_output=True, text=True)
        if done.returncode != 0 or not part.is_file():
            raise SystemExit(f"pyside6-lrelease failed on {ts}:\n{done.stdout}{done.stderr}")
        os.replace(part, qm)
    if not built:
        raise SystemExit(f"no ptquiz_*.ts in {folder}: the app would have no translations")
    return built


def shipped_languages(folder: Path = TRANSLATIONS_DIR) -> list[str]:
    """The languages ptquiz has a catalogue for, English (plural forms only) included."""
    return sorted(ts.stem.removeprefix("ptquiz_") for ts in folder.glob("ptquiz_*.ts"))


def qt_translations(folder: Path = TRANSLATIONS_DIR) -> frozenset[str]:
    """Qt's own catalogues the bundle keeps: ``qtbase_<code>.qm`` of each translation ptquiz has."""
    return frozenset(f"qtbase_{code}.qm" for code in shipped_languages(folder) if code != SOURCE_LANGUAGE)


def bundle_datas(repo_root: Path = REPO_ROOT) -> list[tuple[str, str]]:
    """Bundled banks and resources, placed where ``ptquiz_gui.paths`` looks first."""
    datas: list[tuple[str, str]] = []
    for folder in ("quizzes", "resources"):
        source = repo_root / folder
        if any(path.is_file() for path in source.rglob("*")):
            datas.append((str(source), f"ptquiz_gui/{folder}"))
        else:
            print(f"warning: {source} holds no files; the bundle will have no {folder}")
    return datas


def exe_options(meta: AppMeta, target_os: str, version_file: Path | None = None) -> dict[str, Any]:
    """Keyword arguments for PyInstaller's EXE that differ between systems."""
    options: dict[str, Any] = {
        "name": meta.name,
        "console": False,
        "upx": False,
        # Symbols are dead weight in a user's download; Windows DLLs must not be stripped.
        "strip": target_os == "linux",
    }
    if target_os == "windows":
        options["icon"] = str(ICONS_DIR / f"{meta.name}.ico")
        if version_file is not None:
            options["version"] = str(version_file)
    elif target_os == "macos":
        options["icon"] = str(ICONS_DIR / f"{meta.name}.icns")
    return options


def bundle_options(meta: AppMeta) -> dict[str, Any]:
    """Keyword arguments for PyInstaller's BUNDLE (the macOS .app)."""
    return {
        "name": f"{meta.display_name}.app",
        "icon": str(ICONS_DIR / f"{meta.name}.icns"),
        "bundle_identifier": BUNDLE_IDENTIFIER,
        "version": meta.version,
        "info_plist": {
            "CFBundleDisplayName": meta.display_name,
            "CFBundleName": meta.display_name,
            "CFBundleShortVersionString": meta.version,
            "CFBundleVersion": meta.version,
            "NSHighResolutionCapable": True,
            "LSApplicationCategoryType": "public.app-category.education",
        },
    }


def windows_version_text(meta: AppMeta) -> str:
    """A PyInstaller version-resource file: what Explorer shows under Properties > Details."""
    numbers = meta.version_tuple
    strings = {
        "CompanyName": "The ptquiz developers",
        "FileDescription": meta.display_name,
        "FileVersion": meta.version,
        "InternalName": meta.name,
        "OriginalFilename": f"{meta.name}.exe",
        "ProductName": meta.display_name,
        "ProductVersion": meta.version,
    }
    string_structs = ",\n          ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
          {string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
