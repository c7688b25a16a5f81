"""Writing a command's output to stdout: UTF-8 whatever the locale, and quiet when the
reader goes away early (``ptquiz banks --json | head``)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable


def write_stdout(chunks: str | Iterable[str]) -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    try:
        for chunk in [chunks] if isinstance(chunks, str) else chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone: send the rest, and the flush at exit, nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
