"""Build ptquiz's standalone apps, hold them against the empty-window baseline, write the release.

    .venv/bin/python packaging/build.py                 # `make dist`: both apps, both baselines
    .venv/bin/python packaging/build.py --onedir-only   # only dist/ptquiz/ and the tarball (CI)
    .venv/bin/python packaging/build.py --no-build      # measure what dist/ already holds

Outputs (Linux paths; ``.exe`` on Windows)::

    dist/ptquiz/ptquiz                          one-folder app
    dist/onefile/ptquiz                         one-file app
    dist/baseline/{onedir,onefile}/baseline     the yardstick (packaging/baseline/)
    dist/ptquiz-<version>-linux-<arch>.tar.gz   release: one-folder app + install.sh (Linux)
    dist/build-report.json                      sizes, ratios and start times printed below

Exits 1 when a build fails, a frozen program does not start, a shared library of the
one-folder app cannot be resolved, or an app is more than 1.15 times its baseline's size.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

PACKAGING_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(PACKAGING_DIR))

import app_meta  # noqa: E402
import release_tarball  # noqa: E402

REPO_ROOT = PACKAGING_DIR.parent
DIST_DIR = REPO_ROOT / "dist"
WORK_DIR = REPO_ROOT / "build" / "pyinstaller"
SIZE_LIMIT = 1.15
# Libraries that only the bundle can provide; a missing one means the Qt filters cut too much.
BUNDLED_LIBRARY = re.compile(r"\b(libQt6|libicu|libpyside6|libshiboken6|libpython)")
START_FLAGS = ("--version", "--self-test")


@dataclass(frozen=True, slots=True)
class Target:
    label: str
    spec: Path
    mode: str
    name: str
    dist_path: Path

    @property
    def product(self) -> Path:
        """The folder (onedir) or file (onefile) that is measured."""
        return self.dist_path / (self.name if self.mode == "onedir" else _exe_name(self.name))

    @property
    def executable(self) -> Path:
        if self.mode == "onedir":
            return self.product / _exe_name(self.name)
        return self.product


def _exe_name(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def targets(meta: app_meta.AppMeta) -> dict[str, Target]:
    app_spec = PACKAGING_DIR / "ptquiz.spec"
    baseline_spec = PACKAGING_DIR / "baseline" / "baseline.spec"
    found = [
        Target("app-onedir", app_spec, "onedir", meta.name, DIST_DIR),
        Target("app-onefile", app_spec, "onefile", meta.name, DIST_DIR / "onefile"),
        Target("baseline-onedir", baseline_spec, "onedir", "baseline", DIST_DIR / "baseline" / "onedir"),
        Target("baseline-onefile", baseline_spec, "onefile", "baseline", DIST_DIR / "baseline" / "onefile"),
    ]
    return {target.label: target for target in found}


def freeze(target: Target) -> None:
    log = WORK_DIR / f"{target.label}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(target.dist_path),
        "--workpath",
        str(WORK_DIR / target.label),
        str(target.spec),
    ]
    env = dict(os.environ, **{app_meta.BUILD_MODE_ENV: target.mode})
    print(f"[{target.label}] building ({' '.join(command[3:])}); log: {log}", flush=True)
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        raise SystemExit(f"[{target.label}] PyInstaller failed:\n" + "\n".join(tail))
    print(f"[{target.label}] built in {time.monotonic() - started:.0f} s", flush=True)


def size_of(path: Path) -> int:
    """Bytes on disk as a user downloads them: regular files only, symlinks count as nothing."""
    if path.is_file():
        return path.stat().st_size
    return sum(
        entry.lstat().st_size for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink()
    )


def quiet_env(data_dir: Path) -> dict[str, str]:
    """Headless, with every writable folder in a throw-away place."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PTQUIZ_DATA_DIR=str(data_dir / "data"),
        XDG_DATA_HOME=str(data_dir / "xdg-data"),
        XDG_CONFIG_HOME=str(data_dir / "xdg-config"),
        XDG_CACHE_HOME=str(data_dir / "xdg-cache"),
    )
    return env


def _children_cpu_seconds() -> float:
    """User plus system CPU time of every finished child process (0 where unknown)."""
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(executable: Path, flag: str) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall-clock and CPU seconds of one run, and how it ended."""
    with tempfile.TemporaryDirectory(prefix="ptquiz-build-") as tmp:
        cpu_before = _children_cpu_seconds()
        started = time.perf_counter()
        result = subprocess.run(
            [str(executable), flag], env=quiet_env(Path(tmp)), capture_output=True, text=True, timeout=120
        )
        wall = time.perf_counter() - started
        return wall, _children_cpu_seconds() - cpu_before, result


def start_time(executable: Path, flag: str, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds from exec to exit, after one warm-up run.

    CPU time (the program's own work, the one-file bootloader's unpacking included) varies
    less than wall-clock time on a busy machine.
    """
    _wall, _cpu, result = run_once(executable, flag)
    if result.returncode != 0:
        raise RuntimeError(
            f"{executable} {flag} exited {result.returncode}:\n{result.stdout}{result.stderr}".rstrip()
        )
    samples = [run_once(executable, flag)[:2] for _ in range(runs)]
    return statistics.median(wall for wall, _cpu in samples), statistics.median(cpu for _wall, cpu in samples)


def unresolved_libraries(bundle: Path) -> list[str]:
    """``file: libfoo.so.1 => not found`` for each library an ELF file in a one-folder Linux
    bundle needs but that neither the bundle nor this host provides.

    The bootloader puts ``_internal`` on the library path; the system's own libraries
    (libc, libGL, ...) resolve from the host, as they will on the user's machine.
    """
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    problems: list[str] = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name:
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        problems.extend(
            f"{path.relative_to(bundle)}: {line.strip()}"
            for line in result.stdout.splitlines()
            if "not found" in line
        )
    return problems


def missing_translations(bundle: Path) -> list[str]:
    """ptquiz's catalogues and Qt's own ``qtbase_<code>.qm`` the one-folder app should carry."""
    wanted = {qm.name for qm in app_meta.TRANSLATIONS_DIR.glob("ptquiz_*.qm")} | app_meta.qt_translations()
    present = {path.name for path in bundle.rglob("*.qm")}
    return sorted(wanted - present)


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--onedir-only", action="store_true", help="build only the one-folder app (CI)")
    parser.add_argument("--no-build", action="store_true", help="measure the programs already in dist/")
    parser.add_argument("--runs", type=int, default=5, help="timed start-ups per program (default 5)")
    args = parser.parse_args(argv)

    meta = app_meta.read_meta()
    host = app_meta.host_os()
    all_targets = targets(meta)
    wanted = ["app-onedir"] if args.onedir_only else list(all_targets)
    if host == "macos":
        # A windowed one-file app is deprecated on macOS; the .app bundle is the product there.
        wanted = [label for label in wanted if not label.endswith("onefile")]
    failures: list[str] = []
    report: dict[str, object] = {"version": meta.version, "os": host, "arch": app_meta.host_arch()}

    if not args.no_build:  # the spec builds them too; here a broken catalogue stops the build first
        built = app_meta.compile_translations()
        print(f"translations: {', '.join(qm.name for qm in built)} (pyside6-lrelease)", flush=True)
    for label in wanted:
        if not args.no_build:
            freeze(all_targets[label])
        if not all_targets[label].executable.is_file():
            raise SystemExit(f"[{label}] {all_targets[label].executable} is missing")
        if label == "app-onedir" and host == "linux":
            tarball = release_tarball.make_release_tarball(
                all_targets[label].product, DIST_DIR, meta.version, app_meta.host_arch(), meta.display_name
            )
            print(f"[{label}] release tarball: {tarball.relative_to(REPO_ROOT)} ({human(size_of(tarball))})")
            report["tarball"] = {"path": str(tarball.relative_to(REPO_ROOT)), "bytes": size_of(tarball)}

    for label in wanted:
        if label.startswith("app-") and all_targets[label].mode == "onedir":
            failures.extend(
                f"{label} has no {name}: the window could not speak that language"
                for name in missing_translations(all_targets[label].product)
            )

    if host == "linux":
        from PyInstaller.depend.dylib import include_library  # type: ignore[import-untyped]

        for problem in unresolved_libraries(all_targets["app-onedir"].product):
            library = problem.split(":", 1)[1].split()[0]
            if not include_library(library):
                continue  # never bundled (libGL, libwayland-*, ...): the user's system provides it
            if BUNDLED_LIBRARY.search(library):
                failures.append(f"the bundle lost a library it must carry: {problem}")
            else:
                print(
                    f"warning: {problem}: not on the build machine, so not bundled; "
                    "install its package before building (see docs/packaging.md)"
                )

    sizes = {label: size_of(all_targets[label].product) for label in wanted}
    report["sizes"] = sizes
    print("\nSize on disk")
    for label, size in sizes.items():
        print(f"  {label:18} {human(size):>10}  ({size} bytes)")
    ratios: dict[str, float] = {}
    for mode in ("onedir", "onefile"):
        app_label, baseline_label = f"app-{mode}", f"baseline-{mode}"
        if app_label in sizes and baseline_label in sizes:
            ratios[mode] = sizes[app_label] / sizes[baseline_label]
            verdict = "ok" if ratios[mode] <= SIZE_LIMIT else f"OVER the {SIZE_LIMIT} limit"
            print(f"  {mode} app / baseline: {ratios[mode]:.3f}  {verdict}")
            if ratios[mode] > SIZE_LIMIT:
                failures.append(f"{mode} app is {ratios[mode]:.3f} times the baseline (limit {SIZE_LIMIT})")
    report["ratios"] = ratios

    timings: dict[str, dict[str, dict[str, float]]] = {}
    print(f"\nStart-up to exit, median of {args.runs} runs after a warm-up (QT_QPA_PLATFORM=offscreen)")
    print(f"  {'':18} {'':12} {'wall':>7}    {'cpu':>7}")
    for flag in START_FLAGS:
        for label in wanted:
            try:
                wall, cpu = start_time(all_targets[label].executable, flag, args.runs)
            except RuntimeError as error:
                failures.append(str(error))
                continue
            timings.setdefault(flag, {})[label] = {"wall": wall, "cpu": cpu}
            print(f"  {label:18} {flag:12} {wall * 1000:7.0f} ms {cpu * 1000:7.0f} ms")
    report["start_seconds"] = timings
    report["failures"] = failures

    (DIST_DIR / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print("\nAll targets met.")
    return 0


if __name__ == "__main__":
    if shutil.which("ldd") is None and sys.platform.startswith("linux"):
        raise SystemExit("ldd is needed to check the bundle's shared libraries")
    sys.exit(main())
