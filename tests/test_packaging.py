"""The standalone app's packaging: spec, icons, desktop entry, install and uninstall.

Nothing here runs PyInstaller; ``packaging/smoke_test.sh`` checks a real build.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import pkgutil
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtGui import QImage, QImageReader

import ptquiz_gui
import ptquiz_gui.commands

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGING = REPO_ROOT / "packaging"
ICONS = REPO_ROOT / "resources" / "icons"
DESKTOP_FILE = PACKAGING / "linux" / "ptquiz.desktop"


def _load(name: str) -> ModuleType:
    """Import a module from packaging/ by path (packaging/ is not a package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


app_meta = _load("app_meta")
qt_filters = _load("qt_filters")
release_tarball = _load("release_tarball")
make_icons = _load("make_icons")


# --- the spec -----------------------------------------------------------------------------


class _Recorder:
    """Stands in for one of PyInstaller's spec classes and remembers how it was called."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        _Recorder.calls.append((kind, args, kwargs))
        self.scripts: list[Any] = []
        self.pure: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


def _exec_spec(mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv(app_meta.BUILD_MODE_ENV, mode)
    _Recorder.calls = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path),
        "DISTPATH": str(tmp_path / "dist"),
        "__file__": str(PACKAGING / "ptquiz.spec"),
    }
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = lambda *args, _kind=kind, **kwargs: _Recorder(_kind, *args, **kwargs)
    source = (PACKAGING / "ptquiz.spec").read_text(encoding="utf-8")
    exec(compile(source, str(PACKAGING / "ptquiz.spec"), "exec"), namespace)
    return namespace


def _calls(kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(args, kwargs) for called, args, kwargs in _Recorder.calls if called == kind]


def test_spec_builds_a_windowed_one_folder_app_named_and_versioned_by_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    namespace = _exec_spec("onedir", tmp_path, monkeypatch)

    assert namespace["VERSION"] == ptquiz_gui.__version__
    [(_args, exe)] = _calls("EXE")
    assert exe["name"] == ptquiz_gui.APP_NAME
    assert exe["console"] is False
    assert exe["exclude_binaries"] is True
    [(_args, collect)] = _calls("COLLECT")
    assert collect["name"] == ptquiz_gui.APP_NAME


def test_spec_bundles_banks_and_resources_where_paths_looks_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _exec_spec("onedir", tmp_path, monkeypatch)

    [(_args, analysis)] = _calls("Analysis")
    assert (str(REPO_ROOT / "resources"), "ptquiz_gui/resources") in analysis["datas"]
    if any((REPO_ROOT / "quizzes").glob("*.yaml")):
        assert (str(REPO_ROOT / "quizzes"), "ptquiz_gui/quizzes") in analysis["datas"]


def test_spec_lists_every_command_module_because_the_cli_imports_them_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _exec_spec("onedir", tmp_path, monkeypatch)

    [(_args, analysis)] = _calls("Analysis")
    commands = {
        f"ptquiz_gui.commands.{info.name}" for info in pkgutil.iter_modules(ptquiz_gui.commands.__path__)
    }
    assert commands, "ptquiz_gui.commands has no modules"
    assert commands <= set(analysis["hiddenimports"])
    assert "PySide6.QtCharts" in analysis["hiddenimports"]
    assert "torch" in analysis["excludes"]


def test_spec_builds_a_one_file_app_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _exec_spec("onefile", tmp_path, monkeypatch)

    [(args, exe)] = _calls("EXE")
    assert exe["name"] == ptquiz_gui.APP_NAME
    assert "exclude_binaries" not in exe
    assert len(args) >= 4, "a one-file EXE takes the binaries and data itself"
    assert _calls("COLLECT") == []


def test_spec_on_windows_gives_the_exe_its_icon_and_a_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_meta, "host_os", lambda: "windows")
    _exec_spec("onedir", tmp_path, monkeypatch)

    [(_args, exe)] = _calls("EXE")
    assert exe["icon"] == str(ICONS / "ptquiz.ico")
    assert exe["strip"] is False
    version_text = Path(exe["version"]).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{ptquiz_gui.__version__}')" in version_text


def test_spec_on_macos_wraps_the_folder_in_an_app_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_meta, "host_os", lambda: "macos")
    _exec_spec("onedir", tmp_path, monkeypatch)

    [(_args, bundle)] = _calls("BUNDLE")
    assert bundle["bundle_identifier"] == "org.ptquiz.PTQuiz"
    assert bundle["version"] == ptquiz_gui.__version__
    assert bundle["icon"] == str(ICONS / "ptquiz.icns")


def test_version_appears_nowhere_in_packaging_but_the_package() -> None:
    version = ptquiz_gui.__version__
    for path in [*PACKAGING.rglob("*.py"), *PACKAGING.rglob("*.spec"), *PACKAGING.rglob("*.sh")]:
        assert f'"{version}"' not in path.read_text(encoding="utf-8"), path


def test_metadata_follows_whatever_version_the_package_declares(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text('__version__ = "2.5.1rc1"\nAPP_NAME = "ptquiz"\nAPP_DISPLAY_NAME = "PTQuiz"\n')

    meta = app_meta.read_meta(init)

    assert meta.version == "2.5.1rc1"
    assert meta.version_tuple == (2, 5, 1, 0)
    bundle = app_meta.bundle_options(meta)
    assert bundle["bundle_identifier"] == "org.ptquiz.PTQuiz"
    assert bundle["info_plist"]["CFBundleShortVersionString"] == "2.5.1rc1"
    assert bundle["name"] == "PTQuiz.app"


def test_windows_version_resource_is_a_version_info_expression_with_the_package_version() -> None:
    meta = app_meta.AppMeta(name="ptquiz", display_name="PTQuiz", version="3.4.5")
    seen: dict[str, list[Any]] = {}

    def constructor(kind: str) -> Any:
        def build(*args: Any, **kwargs: Any) -> str:
            seen.setdefault(kind, []).append((args, kwargs))
            return kind

        return build

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    namespace = {name: constructor(name) for name in (*names, "VarFileInfo", "VarStruct")}
    text = app_meta.windows_version_text(meta)
    tree = ast.parse(text, mode="eval")

    assert eval(compile(tree, "version_info", "eval"), {"__builtins__": {}}, namespace) == "VSVersionInfo"
    [(_args, fixed)] = seen["FixedFileInfo"]
    assert fixed["filevers"] == (3, 4, 5, 0)
    assert (("ProductVersion", "3.4.5"), {}) in seen["StringStruct"]
    assert (("OriginalFilename", "ptquiz.exe"), {}) in seen["StringStruct"]


def test_windows_and_macos_builds_point_at_icons_that_exist() -> None:
    meta = app_meta.read_meta()
    assert Path(app_meta.exe_options(meta, "windows")["icon"]).is_file()
    assert Path(app_meta.exe_options(meta, "macos")["icon"]).is_file()
    assert Path(app_meta.bundle_options(meta)["icon"]).is_file()
    assert "icon" not in app_meta.exe_options(meta, "linux")


# --- Qt filters -----------------------------------------------------------------------------


def test_filters_drop_unused_plugins_their_libraries_and_translations() -> None:
    qt = "PySide6/Qt"
    binaries = [
        (f"{qt}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{qt}/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
        (f"{qt}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/src/vkb.so", "BINARY"),
        (f"{qt}/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        (f"{qt}/plugins/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
        (f"{qt}/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        (f"{qt}/lib/libQt6Svg.so.6", "/src/libQt6Svg.so.6", "BINARY"),
        (f"{qt}/lib/libQt6VirtualKeyboard.so.6", "/src/libQt6VirtualKeyboard.so.6", "BINARY"),
        (f"{qt}/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/src/QtCore.abi3.so", "EXTENSION"),
    ]
    datas = [
        ("libQt6XcbQpa.so.6", f"{qt}/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", f"{qt}/lib/libQt6Pdf.so.6", "SYMLINK"),
        (f"{qt}/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("ptquiz_gui/quizzes/a.yaml", "/src/a.yaml", "DATA"),
    ]
    links = {
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libqsvg.so": ["libQt6Svg.so.6"],
        "/src/libqeglfs.so": ["libQt6Pdf.so.6"],
        "/src/vkb.so": ["libQt6VirtualKeyboard.so.6"],
    }

    kept, kept_datas = qt_filters.prune(binaries, datas, lambda source: links.get(source, []))

    assert {Path(dest).name for dest, _source, _kind in kept} == {
        "libqxcb.so",
        "libqsvg.so",
        "libQt6XcbQpa.so.6",
        "libQt6Svg.so.6",
        "libpython3.11.so.1.0",
        "QtCore.abi3.so",
    }
    assert [dest for dest, _source, _kind in kept_datas] == ["libQt6XcbQpa.so.6", "ptquiz_gui/quizzes/a.yaml"]


def test_filters_keep_ptquizs_catalogues_and_qts_own_for_its_languages() -> None:
    qt = "PySide6/Qt"
    datas = [
        (f"{qt}/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        (f"{qt}/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
        (f"{qt}/translations/qt_help_de.qm", "/src/qt_help_de.qm", "DATA"),
        ("ptquiz_gui/resources/translations/ptquiz_de.qm", "/src/ptquiz_de.qm", "DATA"),
        ("ptquiz_gui/resources/translations/ptquiz_en.qm", "/src/ptquiz_en.qm", "DATA"),
    ]

    _kept, kept_datas = qt_filters.prune([], datas, None, frozenset({"qtbase_de.qm"}))

    assert [Path(dest).name for dest, _source, _kind in kept_datas] == [
        "qtbase_de.qm",
        "ptquiz_de.qm",
        "ptquiz_en.qm",
    ]


def test_the_build_compiles_every_catalogue_and_keeps_qts_own_for_each_translation(tmp_path: Path) -> None:
    for ts in sorted((REPO_ROOT / "resources" / "translations").glob("ptquiz_*.ts")):
        shutil.copy(ts, tmp_path / ts.name)
    built = app_meta.compile_translations(tmp_path)
    assert {qm.name for qm in built} == {"ptquiz_de.qm", "ptquiz_en.qm"}
    assert all(qm.stat().st_size > 0 for qm in built)
    assert app_meta.qt_translations(tmp_path) == frozenset({"qtbase_de.qm"})


# --- icons ------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_icon_png_exists_at_its_size_with_transparent_rounded_corners(qapp: Any, size: int) -> None:
    reader = QImageReader(str(ICONS / f"ptquiz-{size}.png"))
    assert bytes(reader.format().data()) == b"png", reader.errorString()
    image = reader.read()

    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def _sizes_in(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path} image {index}: {reader.errorString()}"
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def test_windows_ico_holds_every_size_explorer_asks_for(qapp: Any) -> None:
    assert _sizes_in(ICONS / "ptquiz.ico") == list(make_icons.ICO_SIZES)


def test_macos_icns_holds_sizes_up_to_retina_512(qapp: Any) -> None:
    assert sorted(set(_sizes_in(ICONS / "ptquiz.icns"))) == [16, 32, 64, 128, 256, 512, 1024]


def test_committed_icons_are_rendered_from_the_current_svg(qapp: Any) -> None:
    from PySide6.QtSvg import QSvgRenderer

    rendered = make_icons.render(QSvgRenderer(str(ICONS / "ptquiz.svg")), 48)
    committed = QImage(str(ICONS / "ptquiz-48.png")).convertToFormat(QImage.Format.Format_ARGB32)

    def channels(image: QImage, x: int, y: int) -> tuple[int, int, int, int]:
        color = image.pixelColor(x, y)
        return color.red(), color.green(), color.blue(), color.alpha()

    worst = max(
        abs(ours - theirs)
        for x in range(48)
        for y in range(48)
        for ours, theirs in zip(channels(rendered, x, y), channels(committed, x, y), strict=True)
    )
    assert worst <= 8, "run packaging/make_icons.py after editing ptquiz.svg"


# --- desktop entry, install and uninstall ----------------------------------------------------


def _validate_desktop_file(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt package desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_desktop_entry_passes_desktop_file_validate() -> None:
    _validate_desktop_file(DESKTOP_FILE)


def test_shell_scripts_pass_shellcheck() -> None:
    tool = shutil.which("shellcheck")
    if tool is None:
        pytest.skip("shellcheck is not installed (apt package shellcheck)")
    scripts = [PACKAGING / "linux" / "install.sh", PACKAGING / "linux" / "uninstall.sh"]
    scripts += [PACKAGING / "smoke_test.sh"]
    result = subprocess.run([tool, *map(str, scripts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


FAKE_VERSION = "9.8.7"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """An unpacked release tarball built, as build.py builds it, from a fake one-folder app."""
    app = tmp_path / "fake-dist" / "ptquiz"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "payload.txt").write_text("frozen app files\n")
    executable = app / "ptquiz"
    executable.write_text(f'#!/bin/sh\necho "ptquiz {FAKE_VERSION} (fake) args: $*"\n')
    executable.chmod(0o755)
    tarball = release_tarball.make_release_tarball(app, tmp_path / "out", FAKE_VERSION, "x86_64")
    assert tarball.name == f"ptquiz-{FAKE_VERSION}-linux-x86_64.tar.gz"
    unpacked = tmp_path / "unpacked"
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="data")
    return unpacked / f"ptquiz-{FAKE_VERSION}-linux-x86_64"


def _snapshot(root: Path) -> dict[str, str]:
    """Every path under root with what it is: a folder, a file's hash, or a link's target."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        key = str(path.relative_to(root))
        if path.is_symlink():
            found[key] = "link -> " + os.readlink(path)
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _run(script: Path, home: Path, xdg_data_home: Path | None) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    if xdg_data_home is not None:
        env["XDG_DATA_HOME"] = str(xdg_data_home)
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("use_xdg_data_home", [False, True], ids=["default-data-home", "XDG_DATA_HOME"])
def test_install_then_uninstall_leaves_home_as_it_was_with_user_data_untouched(
    release: Path, tmp_path: Path, use_xdg_data_home: bool
) -> None:
    home = tmp_path / "home with space"
    user_data = home / ".local" / "share" / "ptquiz"
    user_data.mkdir(parents=True)
    (user_data / "history.sqlite3").write_bytes(b"SQLite format 3\x00 my attempts")
    xdg = tmp_path / "xdg-data" if use_xdg_data_home else None
    data_home = xdg if xdg is not None else home / ".local" / "share"
    (data_home / "applications").mkdir(parents=True, exist_ok=True)
    (data_home / "applications" / "other-app.desktop").write_text("[Desktop Entry]\n")
    before = _snapshot(tmp_path / "home with space") | {
        f"xdg/{key}": value for key, value in (_snapshot(xdg).items() if xdg else [])
    }

    installed = _run(release / "install.sh", home, xdg)
    assert installed.returncode == 0, installed.stderr
    assert f"ptquiz {FAKE_VERSION}" in installed.stdout

    app = home / ".local" / "lib" / "ptquiz" / "ptquiz"
    launcher = home / ".local" / "bin" / "ptquiz"
    assert launcher.is_symlink() and launcher.resolve() == app.resolve()
    ran = subprocess.run([str(launcher), "--version"], capture_output=True, text=True, timeout=30)
    assert ran.returncode == 0 and f"ptquiz {FAKE_VERSION} (fake) args: --version" in ran.stdout
    desktop = data_home / "applications" / "ptquiz.desktop"
    assert f'Exec="{app}"' in desktop.read_text().splitlines()
    assert f"TryExec={app}" in desktop.read_text().splitlines()
    for size in make_icons.PNG_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ptquiz.png"
        assert icon.read_bytes() == (ICONS / f"ptquiz-{size}.png").read_bytes()
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / "ptquiz.svg"
    assert svg.read_bytes() == (ICONS / "ptquiz.svg").read_bytes()

    after_first = _snapshot(home)
    again = _run(release / "install.sh", home, xdg)
    assert again.returncode == 0, again.stderr
    assert _snapshot(home) == after_first, "a second install changed what the first one made"

    removed = _run(home / ".local" / "lib" / "ptquiz" / "uninstall.sh", home, xdg)
    assert removed.returncode == 0, removed.stderr
    after = _snapshot(tmp_path / "home with space") | {
        f"xdg/{key}": value for key, value in (_snapshot(xdg).items() if xdg else [])
    }
    assert after == before


def test_installed_desktop_entry_is_valid_even_for_an_awkward_home(release: Path, tmp_path: Path) -> None:
    home = tmp_path / 'home "$HOME" `x` \\ 10%'
    home.mkdir()
    assert _run(release / "install.sh", home, None).returncode == 0

    _validate_desktop_file(home / ".local" / "share" / "applications" / "ptquiz.desktop")


def test_install_refuses_to_replace_someone_elses_ptquiz_command(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    other = home / ".local" / "bin" / "ptquiz"
    other.write_text("#!/bin/sh\necho pip-installed ptquiz\n")
    before = _snapshot(home)

    result = _run(release / "install.sh", home, None)

    assert result.returncode == 1
    assert f"{other} already exists" in result.stderr
    assert _snapshot(home) == before


def test_uninstall_without_an_install_says_so_and_changes_nothing(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".local" / "share" / "ptquiz").mkdir(parents=True)
    (home / ".local" / "share" / "ptquiz" / "history.sqlite3").write_bytes(b"attempts")
    before = _snapshot(home)

    result = _run(release / "uninstall.sh", home, None)

    assert result.returncode == 1
    assert "not installed" in result.stderr
    assert _snapshot(home) == before
