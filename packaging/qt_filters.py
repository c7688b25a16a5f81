"""What a frozen PySide6 program leaves out: the one list shared by the app and the baseline.

``excludes`` alone barely shrinks a PySide6 bundle, because PyInstaller's Qt hooks collect
whole plugin folders and every library those plugins link against.  So after Analysis the
plugin list is cut down to an allow-list, and then every shared library that no kept
extension module or plugin still links against is dropped along with its symlinks.  Qt's
own translations go too, except ``qtbase_<code>.qm`` of each language ptquiz ships (its
dialog buttons and key names); ptquiz's own catalogues are never touched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import Any

# Python modules that must never be pulled in, even when something imports them lazily.
EXCLUDED_MODULES = [
    # Qt modules the app does not use (QtCharts, QtSvg and QtNetwork stay).  The Qt hooks
    # add the bindings of every library QtCharts links (OpenGL: 9 MB) though Python never
    # imports them; the C++ libraries themselves are still collected.
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtAxContainer",
    "PySide6.QtBluetooth",
    "PySide6.QtCanvasPainter",
    "PySide6.QtDBus",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    # Development and heavy third-party packages that live in the same venv.
    "torch",
    "numpy",
    "PIL",
    "IPython",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "setuptools",
    "pkg_resources",
    "pip",
    # Standard-library parts an offline GUI never needs.  Without _hashlib, hashlib falls
    # back to its built-in sha1/sha256/md5, and OpenSSL's libcrypto stays out.
    "_hashlib",
    "_ssl",
    "ssl",
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "lib2to3",
    "idlelib",
    "test",
    "turtle",
    "turtledemo",
    "ensurepip",
    "venv",
    "xmlrpc",
]

# Qt plugins kept, by folder and by name without "lib" prefix and file suffix.
# Platforms: X11, Wayland (with its xdg-shell and window decorations), Windows, macOS, and
# the headless ones used by --self-test and the tests.
KEPT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"adwaita", "bradient"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl", "shm-emulation-server"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

_PLUGIN_SUFFIX = re.compile(r"\.(so|dll|dylib)$")
# A versioned shared library (libfoo.so.1) is only ever there because something links it.
_LINKED_LIBRARY = re.compile(r"^lib.+\.so\.[0-9.]+$")

TocEntry = tuple[str, str, str]
ImportsOf = Callable[[str], Iterable[str]]


def plugin_location(dest: str) -> tuple[str, str] | None:
    """``(folder, name)`` when ``dest`` is a Qt plugin, else None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) < 3 or parts[-3] != "plugins":
        return None
    folder, filename = parts[-2], parts[-1]
    name = _PLUGIN_SUFFIX.sub("", filename)
    if name == filename:
        return None
    if name.startswith("lib"):
        name = name[3:]
    return folder, name


def keeps_plugin(dest: str) -> bool:
    location = plugin_location(dest)
    if location is None:
        return True
    folder, name = location
    return name in KEPT_PLUGINS.get(folder, frozenset())


def is_translation(dest: str) -> bool:
    """One of Qt's ``.qm`` files (ptquiz's own live under ``ptquiz_gui/``)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    return "translations" in parts and dest.endswith(".qm") and parts[0] != "ptquiz_gui"


def _basename(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def _is_linked_library(entry: TocEntry) -> bool:
    name = _basename(entry[0])
    return entry[2] == "BINARY" and bool(_LINKED_LIBRARY.match(name)) and not name.startswith("libpython")


def prune(
    binaries: list[TocEntry],
    datas: list[TocEntry],
    imports_of: ImportsOf | None,
    kept_translations: frozenset[str] = frozenset(),
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop unwanted plugins, then (given ``imports_of``) libraries nothing kept links to, and
    Qt's translations but ``kept_translations`` (file names such as ``qtbase_de.qm``).

    ``imports_of(source_path)`` names every shared library a binary needs, directly or not.
    """
    kept = [entry for entry in binaries if keeps_plugin(entry[0])]
    if imports_of is not None:
        needed: set[str] = set()
        for dest, source, _typecode in kept:
            if not _is_linked_library((dest, source, _typecode)):
                needed.update(_basename(name) for name in imports_of(source))
        kept = [entry for entry in kept if not _is_linked_library(entry) or _basename(entry[0]) in needed]
    kept_dests = {entry[0] for entry in kept}
    pruned_datas = [
        entry
        for entry in datas
        if (not is_translation(entry[0]) or _basename(entry[0]) in kept_translations)
        and (entry[2] != "SYMLINK" or entry[1] in kept_dests)
    ]
    return kept, pruned_datas


def _ldd_imports(source: str) -> list[str]:
    from PyInstaller.depend.bindepend import get_imports  # type: ignore[import-untyped]

    return [name for name, _path in get_imports(source)]


def apply(analysis: Any, kept_translations: frozenset[str] = frozenset()) -> None:
    """Prune a PyInstaller Analysis in place; library pruning runs on Linux only.

    On Windows and macOS only the plugin and translation filters apply (library names
    there do not follow the ``libfoo.so.N`` rule this relies on).
    """
    before = len(analysis.binaries) + len(analysis.datas)
    imports_of = _ldd_imports if sys.platform.startswith("linux") else None
    analysis.binaries, analysis.datas = prune(
        list(analysis.binaries), list(analysis.datas), imports_of, kept_translations
    )
    after = len(analysis.binaries) + len(analysis.datas)
    print(f"qt_filters: kept {after} of {before} binaries and data files")
