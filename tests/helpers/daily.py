"""The start's daily backup (``backups.daily_backup``, on a connection of its own) of a history
a test holds open, as the app makes it beside the open window."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ptquiz_gui.storage.backups import daily_backup
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.records import BackupInfo


def backup_now(history: History, now: datetime) -> BackupInfo | None:
    path, folder = history.reader.path, history.maintenance.backups_dir
    assert path is not None and folder is not None
    return daily_backup(path, folder, now)


def scramble_an_index(path: Path) -> None:
    """Damage a page of a closed history's ``attempts_percent`` index: the file still opens,
    but a full copy fails its integrity check."""
    conn = sqlite3.connect(str(path))
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'attempts_percent'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\xa5" * (page_size - 8)
    path.write_bytes(bytes(data))
