"""Atomic file writes for settings, history exports and backups, and imported banks.

The new content goes to a temporary file in the same folder, is flushed and synced,
then renamed over the target, so a reader (or a crash) sees the old file or the new
one, never half of each. On Windows another program (a virus scanner, an indexer)
may hold the target for a moment; the rename is retried a few times before giving up.

The temporary file is ``.<name>.<pid>-<random>.tmp``: a process killed mid-write leaves it
behind, and the pid in its name tells a later ptquiz whether its writer is still alive
(``remove_stale_temps``), so a live write is never removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

REPLACE_ATTEMPTS = 8
FIRST_DELAY = 0.05  # seconds; doubles after each refusal, up to MAX_DELAY
MAX_DELAY = 1.0
# A temporary file whose name holds no pid (made before pids were put in the names) is left
# alone until it is this old: no write of ptquiz's takes a fraction of it.
STALE_AGE_S = 3600.0
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.tmp$")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def replace_file(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    attempts: int = REPLACE_ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``os.replace`` that waits and retries while the target is briefly held (PermissionError)."""
    delay = FIRST_DELAY
    for attempt in range(1, attempts + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts:
                raise
            sleep(delay)
            delay = min(delay * 2, MAX_DELAY)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_file_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str],
    *,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
    exclusive: bool = False,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[IO[Any]]:
    """Write a file in one piece::

        with atomic_writer(path) as out:
            out.write(text)

    If the block raises, the target is untouched and the temporary file removed. With
    ``exclusive`` an existing target is never replaced: FileExistsError is raised instead.
    """
    target = Path(path)
    folder = target.parent
    remove_stale_temps(folder, target.name)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        mode = "wb" if binary else "w"
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else newline
        ) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, _new_file_mode(target))
        if exclusive and target.exists():
            raise FileExistsError(target)
        replace_file(temp, target, sleep=sleep)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    with contextlib.suppress(OSError):
        fsync_folder(folder)


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    with atomic_writer(path, encoding=encoding, newline="") as out:
        out.write(text)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, exclusive: bool = False) -> None:
    with atomic_writer(path, binary=True, exclusive=exclusive) as out:
        out.write(data)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs now (on Windows, where asking could end it: always)."""
    if os.name == "nt" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def is_stale(entry: os.DirEntry[str], pid: str | None, now: float) -> bool:
    """A leftover of a killed write: its writer (named by ``pid``) is gone, or it has no pid in
    its name and is older than ``STALE_AGE_S``. Only regular files, never links."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    if pid is not None:
        return not pid_alive(int(pid))
    return now - info.st_mtime > STALE_AGE_S


def remove_stale_temps(folder: Path, name: str | None = None, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files that killed writes left in ``folder`` (only those of
    ``name`` when given); returns what was removed. Never raises."""
    return remove_stale(folder, _TEMP, name=name, now=now)


def remove_stale(
    folder: Path, pattern: re.Pattern[str], *, name: str | None = None, now: float | None = None
) -> list[Path]:
    """Remove the files in ``folder`` whose name ``pattern`` matches (its ``pid`` group names
    the writer; its ``name`` group is compared with ``name`` when given) and whose writer is
    gone (``is_stale``); returns what was removed. Never raises."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        if is_stale(entry, match["pid"], now):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed
