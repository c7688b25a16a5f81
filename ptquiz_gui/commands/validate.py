"""``ptquiz validate PATH...``: print every problem of bank files and folders.

One line per problem, ``path:line:column: message``, and nothing when all is well;
the exit status is 0 when every bank is valid and 1 otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.domain.loader import load_paths


def run(args: argparse.Namespace) -> int:
    result = load_paths(Path(p) for p in args.paths)
    if result.problems:
        write_stdout("".join(f"{problem}\n" for problem in result.problems))
    return 1 if result.problems else 0
