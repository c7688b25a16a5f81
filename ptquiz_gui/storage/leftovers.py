"""Files that a ptquiz killed mid-write leaves in its data folder, removed at the next start.

A killed backup leaves ``backups/history-….sqlite3.<pid>.partial`` (as big as the history)
and its ``-journal``; a killed import, settings save or other atomic write leaves a hidden
``.<name>.<pid>-<random>.tmp``. Each name holds its writer's pid, so only the files of
writers that are gone are removed: an import running in another process at the same
moment keeps its file.
"""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.atomic_files import remove_stale_temps
from ptquiz_gui.paths import DataPaths
from ptquiz_gui.storage.backups import remove_stale_partials


def remove_leftovers(paths: DataPaths, *, now: float | None = None) -> list[Path]:
    """Remove stale partial backups and temporary files from ptquiz's own folders; returns
    what was removed. Never raises (a folder that cannot be listed is skipped)."""
    removed = remove_stale_partials(paths.backups_dir, now=now)
    folders = {paths.root, paths.config_dir, paths.banks_dir, paths.backups_dir, paths.bank_cache_file.parent}
    for folder in sorted(folders):
        removed += remove_stale_temps(folder, now=now)
    return removed
