"""Where a command's output goes: standard output (UTF-8 whatever the locale, and quiet when
the reader goes away early, as in ``ptquiz banks --json | head``), or the file named by ``-o``.

``-o PATH`` never replaces anything but a regular file:

- a regular file, or a path that does not exist yet: written atomically (a temporary file
  renamed over it), so a crash leaves the old file or the new one, never half of each;
- a symbolic link to a regular file (or to nothing yet): its target is written that way,
  and the link stays a link;
- a named pipe (FIFO) or a character device (``/dev/null``, a terminal): written through,
  the node left as it is; a pipe that nothing reads from is refused rather than waited on;
- ``/dev/stdout``, ``/dev/fd/N`` and other links through ``/proc``: written through, appending,
  to the stream the shell opened (so ``>> log`` keeps what the log held);
- a folder, a block device, a socket, a loop of links: refused with a message.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from ptquiz_gui.atomic_files import write_bytes_atomic

MAX_LINKS = 40  # as the kernel's limit on links followed in one path


class OutputRefused(Exception):
    """``-o PATH`` names something ptquiz will not write to; the message says what and why."""


class OutputFailed(Exception):
    """Standard output cannot be written (closed, or its disk is full); the message says why."""


def write_stdout(chunks: str | Iterable[str]) -> None:
    """Write to standard output in UTF-8; a path that is not UTF-8 (``bad\\udce9.yaml``) is
    written with its undecodable bytes as escapes, so the text stays valid UTF-8 (and valid JSON).

    Raises ``OutputFailed`` when it cannot be written, after pointing it at nothing, so that
    the flush at exit does not fail again."""
    if sys.stdout is None:
        raise OutputFailed("standard output is closed; nothing was written")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace", newline="\n")
    try:
        for chunk in [chunks] if isinstance(chunks, str) else chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone: send the rest, and the flush at exit, nowhere.
        _point_stdout_at_nothing()
    except OSError as error:
        _point_stdout_at_nothing()
        raise OutputFailed(f"could not write to standard output: {error.strerror or error}") from error


def _point_stdout_at_nothing() -> None:
    if sys.stdout is not None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def write_output_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``-o PATH`` by the rules above. Returns True when a regular file was
    written (atomically), False when the data went through a pipe, device or stream.

    Raises ``OutputRefused`` (nothing written, nothing replaced) or ``OSError``.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OutputRefused(f"{path} is a loop of symbolic links; nothing was written") from error
        raise
    fifo = info is not None and stat.S_ISFIFO(info.st_mode)
    if _through_a_process_stream(path):
        _write_through(path, data, os.O_WRONLY | os.O_APPEND, fifo=fifo)
        return False
    if info is None or stat.S_ISREG(info.st_mode):
        write_bytes_atomic(Path(os.path.realpath(path)) if path.is_symlink() else path, data)
        return True
    if fifo or stat.S_ISCHR(info.st_mode):
        _write_through(path, data, os.O_WRONLY, fifo=fifo)
        return False
    raise OutputRefused(f"{path} is {_kind(info.st_mode)}, not a regular file; nothing was written")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _through_a_process_stream(path: Path) -> bool:
    """Whether ``path`` is, or links through, ``/proc/…`` or ``/dev/fd/…``: a stream some process
    already has open (``/dev/stdout``), whose target must never be replaced by another file."""
    current = Path(os.path.abspath(path))
    for _ in range(MAX_LINKS):
        if str(current).startswith(("/proc/", "/dev/fd/")):
            return True
        if not current.is_symlink():
            return False
        current = Path(os.path.abspath(current.parent / os.readlink(current)))
    return False


def _write_through(path: Path, data: bytes, flags: int, *, fifo: bool) -> None:
    if fifo:
        import fcntl  # POSIX only, as named pipes are

        try:  # non-blocking first: a pipe nobody reads would otherwise block forever
            fd = os.open(path, flags | os.O_NONBLOCK)
        except OSError as error:
            if error.errno == errno.ENXIO:
                raise OutputRefused(
                    f"{path} is a named pipe (FIFO) that no program is reading; start the reader first"
                ) from error
            raise
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    else:
        fd = os.open(path, flags)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
