"""``ptquiz validate [--lint [--strict]] PATH...``: print every problem of bank files and folders.

One line per problem, ``path:line:column: message``, and nothing when all is well; the
exit status is 0 when every bank is valid and 1 otherwise. ``--lint`` adds one line per
item-writing warning, ``path:line:column: warning: rule: message``, after the problems;
warnings alone leave the status 0 unless ``--strict`` is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.domain.loader import load_paths


def run(args: argparse.Namespace) -> int:
    lint = bool(getattr(args, "lint", False))
    strict = bool(getattr(args, "strict", False))
    result = load_paths(Path(p) for p in args.paths)
    lines = [f"{problem}\n" for problem in result.problems]
    warnings = 0
    if lint:
        from ptquiz_gui.domain.lint.linter import lint_banks

        findings = lint_banks(result.banks)
        warnings = len(findings)
        lines.extend(f"{finding}\n" for finding in findings)
    if lines:
        write_stdout("".join(lines))
    if result.problems:
        return 1
    return 1 if strict and warnings else 0
