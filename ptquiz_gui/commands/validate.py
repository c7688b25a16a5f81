"""``ptquiz validate PATH...``: print every problem of bank files and folders.

One line per problem, ``path:line:column: message``, and nothing when all is well;
the exit status is 0 when every bank is valid and 1 otherwise.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from ptquiz_gui.domain.loader import load_paths


def run(args: argparse.Namespace) -> int:
    result = load_paths(Path(p) for p in args.paths)
    if result.problems:
        _write_stdout("".join(f"{problem}\n" for problem in result.problems))
    return 1 if result.problems else 0


def _write_stdout(text: str) -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (`| head`) has gone; send the rest, and the flush at exit, nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
