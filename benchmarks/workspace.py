"""Where benchmarks keep generated inputs, and how they start worker processes.

Generated inputs (the 10,000-question bank, the large history) are cached under
``benchmarks/.cache/`` between runs; scratch folders live there too rather than in
``/tmp``, so SQLite's fsync costs what it costs on the disk a user's data is on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from report import parse_emitted

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
PYTHON = sys.executable


def cache_dir() -> Path:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    return CACHE_DIR


def scratch_dir(prefix: str) -> Path:
    """A fresh folder on the repository's disk; the caller removes it."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=cache_dir()))


def remove_scratch(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def qt_env(data_dir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """An environment for a Qt process: offscreen, its own data folder, nothing from the user."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PTQUIZ_DATA_DIR": str(data_dir),
            "XDG_DATA_HOME": str(data_dir / "xdg-data"),
            "XDG_CONFIG_HOME": str(data_dir / "xdg-config"),
            "PYTHONPATH": str(BENCH_DIR),
        }
    )
    env.pop("PTQUIZ_BENCH_EXIT_AFTER_PAINT", None)
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it), so
    # every measured process may cache it, in one folder outside the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE_DIR / "pycache")
    if extra:
        env.update(extra)
    return env


def run_worker(
    script: str, args: Sequence[str], env: Mapping[str, str], timeout: float = 600
) -> dict[str, object]:
    """Run ``benchmarks/<script>`` with this Python and return the JSON it emitted."""
    completed = subprocess.run(
        [PYTHON, str(BENCH_DIR / script), *args],
        env=dict(env),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if completed.returncode != 0:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-12:]
        raise RuntimeError(f"{script} exited {completed.returncode}: " + " | ".join(tail))
    return parse_emitted(completed.stdout)
