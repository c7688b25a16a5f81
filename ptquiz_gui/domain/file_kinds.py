"""Which files ptquiz reads as banks, and which it can import; reading only regular files.

A named pipe, socket or device named where a bank is expected must not be opened the
usual way: opening a pipe blocks until some program writes to it, and reading a device
may never end. So the path is checked with ``stat`` first, opened without blocking, and
checked again on the open file (it may have been swapped in between).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

BANK_SUFFIXES = frozenset({".yaml", ".yml"})
IMPORT_SUFFIXES = BANK_SUFFIXES | {".txt", ".gift", ".xml"}  # YAML, Aiken, GIFT, Moodle XML
MAX_BANK_BYTES = 2 * 1024 * 1024

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class NotRegularFile(OSError):
    """The path names a folder, pipe, socket or device, not a file that can be read."""

    def __init__(self, path: Path, mode: int) -> None:
        super().__init__(f"{path}: not a regular file")
        self.kind = _kind(mode)


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the regular file at ``path`` (following symbolic links).

    Raises NotRegularFile for anything else, without reading from it, and OSError when
    the file cannot be opened or read.
    """
    _require_regular(path, os.stat(path).st_mode)
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        _require_regular(path, os.fstat(descriptor).st_mode)
        stream = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with stream:
        return stream.read(limit + 1)


def read_fault(error: OSError) -> str:
    """Why a path could not be read, in the words ptquiz reports it."""
    if isinstance(error, NotRegularFile):
        return f"not a regular file ({error.kind})"
    if error.errno == errno.ELOOP:
        return "symbolic link loop: the link leads back to itself (directly or through other links)"
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    return f"cannot read the file: {error.strerror or error}"


def _require_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, mode)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"
