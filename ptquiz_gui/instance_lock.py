"""Which ptquiz owns a data folder: the one holding an exclusive lock on a file in it.

Taking the lock is a single system call, so a start that finds the folder free goes on
without loading Qt's network module; the local socket that lets a later start bring this
window forward (``views.single_instance``) is opened after the first paint. Only when the
lock is held by another process, or cannot be taken at all (a read-only folder), does
the start ask through the socket.

Only the process holding the lock writes the history (``app.run_gui``): a start that finds
it taken waits for the owner or gives up; one that cannot take it keeps its history in memory.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False when another process holds it.
    Raises ``OSError`` when locking is not possible here."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the first byte; released when fd is closed
        except PermissionError:
            return False
        return True
    if fcntl is None:
        raise OSError("no file locking on this system")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class Claim(Enum):
    OWNED = "owned"  # this process holds the lock until it exits
    TAKEN = "taken"  # another running process holds it
    UNKNOWN = "unknown"  # the lock could not be tried here


class InstanceLock:
    def __init__(self, file: Path) -> None:
        self.file = file
        self._fd: int | None = None

    def claim(self) -> Claim:
        """Try to take the lock (at once, never waiting); ``OWNED`` again when already held."""
        if self._fd is not None:
            return Claim.OWNED
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return Claim.UNKNOWN
        try:
            taken = _try_lock(fd)
        except OSError:
            os.close(fd)
            return Claim.UNKNOWN
        if not taken:
            os.close(fd)
            return Claim.TAKEN
        self._fd = fd
        return Claim.OWNED

    def holds(self) -> bool:
        """Whether this process owns the folder, taking the lock now if it has become free."""
        return self.claim() is Claim.OWNED

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None
