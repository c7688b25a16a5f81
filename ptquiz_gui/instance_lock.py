"""Which ptquiz owns a data folder: the one holding an exclusive lock on a file in it.

Taking the lock is a single system call, so a start that finds the folder free goes on
without loading Qt's network module; the local socket that lets a later start bring this
window forward (``views.single_instance``) is opened after the first paint. Only when the
lock is held by another process, or cannot be taken at all (no ``fcntl`` on Windows, a
read-only folder), does the start ask through the socket.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class Claim(Enum):
    OWNED = "owned"  # this process holds the lock until it exits
    TAKEN = "taken"  # another running process holds it
    UNKNOWN = "unknown"  # the lock could not be tried here


class InstanceLock:
    def __init__(self, file: Path) -> None:
        self.file = file
        self._fd: int | None = None

    def claim(self) -> Claim:
        if fcntl is None:
            return Claim.UNKNOWN
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return Claim.UNKNOWN
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return Claim.TAKEN
        except OSError:
            os.close(fd)
            return Claim.UNKNOWN
        self._fd = fd
        return Claim.OWNED

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None
