"""The one place that knows where bundled banks, resources and user data live.

Bundled banks and resources are looked up next to the package first (an installed
wheel or a PyInstaller bundle ships them as ``ptquiz_gui/quizzes`` and
``ptquiz_gui/resources``), then at the root of a source checkout.  Nothing here
depends on the current directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from ptquiz_gui import APP_NAME

DATA_DIR_ENV = "PTQUIZ_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def bundled_banks_dir() -> Path:
    """Folder of the banks that ship with the app (read-only)."""
    return _bundled("quizzes")


def resources_dir() -> Path:
    """Folder of icons and style sheets that ship with the app (read-only)."""
    return _bundled("resources")


def resource(name: str) -> Path:
    return resources_dir() / name


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Where one user's writable files live.

    With ``--data-dir`` or ``PTQUIZ_DATA_DIR`` (portable mode) everything,
    settings included, lives under that one folder.
    """

    root: Path
    config_dir: Path

    @property
    def banks_dir(self) -> Path:
        """The user's own banks (imported or copied in)."""
        return self.root / "banks"

    @property
    def removed_banks_dir(self) -> Path:
        """Where removed user banks are moved, so a removal can be undone by hand."""
        return self.root / "removed-banks"

    @property
    def history_db(self) -> Path:
        return self.root / "history.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def bank_cache_file(self) -> Path:
        """What the last start learned from each bank file (derived data, safe to delete)."""
        return self.root / "cache" / "banks.json"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def instance_lock_file(self) -> Path:
        """Locked by the running ptquiz that owns this folder (see ``instance_lock``)."""
        return self.root / "instance.lock"

    @property
    def ipc_name(self) -> str:
        """Name of the local socket that keeps one writer per data folder."""
        import hashlib

        digest = hashlib.sha1(str(self.root).encode("utf-8")).hexdigest()[:12]
        return f"ptquiz-{digest}"


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Resolve the user data folder: ``--data-dir``, then the env var, then platformdirs."""
    chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(root=root, config_dir=root)
    return DataPaths(
        root=Path(user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(user_config_dir(APP_NAME, appauthor=False)),
    )


def file_in_the_way(path: Path) -> Path | None:
    """The file that stands where one of ``path``'s folders should be (the cause of ENOTDIR), if any."""
    return next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), None)
