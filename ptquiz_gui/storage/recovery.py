"""Recognising a history file that cannot be used, and moving it aside without losing a byte."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ptquiz_gui.domain import display
from ptquiz_gui.domain.file_kinds import NotRegularFile, read_regular_file
from ptquiz_gui.storage.connection import describe
from ptquiz_gui.storage.errors import DatabaseDamagedError, StorageUnavailableError

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_USER_VERSION = slice(60, 64)
_APPLICATION_ID = slice(68, 72)
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def prepare_folder(folder: Path) -> None:
    """Create the data folder when missing; refuse a file standing where it should be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        in_the_way = display.translate("storage", "a file with that name is in the way of the folder")
        raise StorageUnavailableError(folder, in_the_way) from error
    except NotADirectoryError as error:
        in_the_way = display.translate("storage", "part of the path is a file, not a folder")
        raise StorageUnavailableError(folder, in_the_way) from error
    except OSError as error:
        raise StorageUnavailableError(folder, describe(error)) from error
    if not folder.is_dir():
        raise StorageUnavailableError(folder, display.translate("storage", "it is not a folder"))


def peek_user_version(path: Path) -> int | None:
    """The schema version written in the file header, without opening it with SQLite.

    ``None`` means there is no history yet (no file, or an empty one). Raises
    ``DatabaseDamagedError`` when the header is not an SQLite header.
    """
    header = peek_header(path)
    return None if header is None else header[0]


def peek_header(path: Path) -> tuple[int, int] | None:
    """``(user_version, application_id)`` from the file header; ``None`` as for ``peek_user_version``."""
    try:
        # Only a regular file is read: opening a named pipe would wait forever for a writer.
        head = read_regular_file(path, _HEADER_SIZE - 1)
    except FileNotFoundError:
        return None
    except NotRegularFile as error:
        if error.kind == "a folder":
            in_the_way = display.translate("storage", "a folder is in the way of the history file")
            raise StorageUnavailableError(path, in_the_way) from error
        kind = display.translate("storage", "it is {kind}, not a regular file").format(kind=error.kind)
        raise StorageUnavailableError(path, kind) from error
    except OSError as error:
        raise StorageUnavailableError(path, describe(error)) from error
    if not head:
        return None
    if not head.startswith(SQLITE_MAGIC):
        not_sqlite = display.translate(
            "storage", "it is not an SQLite database, or its first bytes are damaged"
        )
        raise DatabaseDamagedError(path, not_sqlite)
    if len(head) < _HEADER_SIZE:
        raise DatabaseDamagedError(path, display.translate("storage", "the file is cut short"))
    version = int.from_bytes(head[_USER_VERSION], "big")
    return version, int.from_bytes(head[_APPLICATION_ID], "big", signed=True)


def move_aside(path: Path, now: datetime) -> Path:
    """Rename the file and its journal files to ``<name>.damaged-<timestamp>[-wal|-shm]``.

    Journal files go first: a stale ``-wal`` left next to a new database would be
    replayed into it. Nothing is ever deleted.
    """
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while any(Path(f"{target}{s}").exists() for s in ("", *JOURNAL_SUFFIXES)):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        for suffix in JOURNAL_SUFFIXES:
            journal = Path(f"{path}{suffix}")
            if journal.exists():
                os.replace(journal, f"{target}{suffix}")
        if path.exists():
            os.replace(path, target)
    except OSError as error:
        stuck = display.translate("storage", "the damaged file could not be moved aside ({reason})")
        raise StorageUnavailableError(path, stuck.format(reason=describe(error))) from error
    return target
