"""``ptquiz validate [--lint [--strict]] PATH...``: print every problem of bank files and folders.

One line per problem, ``path:line:column: message``, and nothing when all is well; the
exit status is 0 when every bank is valid and 1 otherwise. ``--lint`` adds one line per
item-writing warning, ``path:line:column: warning: rule: message``, after the problems;
warnings alone leave the status 0 unless ``--strict`` is given.

A ``.txt``, ``.gift`` or ``.xml`` file is checked as ``ptquiz import`` would read it, not
as a YAML bank: its format told from its content (Moodle XML, Aiken or GIFT), or from its
suffix where the content does not say. Its problems carry its own lines; ``--lint`` adds
a ``not-imported`` warning for each question the import would skip, and the item-writing
rules for the questions it would import.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.domain.control_chars import shown_path
from ptquiz_gui.domain.file_kinds import BANK_SUFFIXES, IMPORT_SUFFIXES
from ptquiz_gui.domain.loader import load_paths

INTERCHANGE_SUFFIXES = IMPORT_SUFFIXES - BANK_SUFFIXES
_AT = re.compile(r"(?:(\d+):)?(?:(\d+):)?\s*")


def run(args: argparse.Namespace) -> int:
    lint = bool(getattr(args, "lint", False))
    strict = bool(getattr(args, "strict", False))
    paths = [Path(p) for p in args.paths]
    interchange = [p for p in paths if p.suffix.lower() in INTERCHANGE_SUFFIXES and not p.is_dir()]
    result = load_paths(p for p in paths if p not in interchange)
    problems = [str(problem) for problem in result.problems]
    warned: list[str] = []
    for path in interchange:
        file_problems, file_warnings = _check_interchange(path, lint)
        problems += file_problems
        warned += file_warnings
    lines = [f"{problem}\n" for problem in problems]
    warnings = 0
    if lint:
        from ptquiz_gui.domain.lint.linter import lint_banks

        findings = [str(finding) for finding in lint_banks(result.banks)] + warned
        warnings = len(findings)
        lines.extend(f"{finding}\n" for finding in findings)
    if lines:
        write_stdout("".join(lines))
    if problems:
        return 1
    return 1 if strict and warnings else 0


def _check_interchange(path: Path, lint: bool) -> tuple[list[str], list[str]]:
    """An Aiken, GIFT or Moodle XML file's problems and, with ``lint``, its warnings: the
    questions an import would skip, and the item-writing rules on those it would import."""
    from ptquiz_gui.domain.formats import AIKEN, GIFT, UNDETECTED, convert_file

    converted = convert_file(path, None)
    if converted.format is None and any(p.endswith(UNDETECTED) for p in converted.problems):
        # validate has no --format: the suffix says which, and the file's own faults show
        converted = convert_file(path, GIFT if path.suffix.lower() == ".gift" else AIKEN)
    shown = shown_path(str(path))  # as the importer names it: control characters escaped
    problems = [_located(shown, p) for p in converted.problems]
    if not problems and not converted.questions:
        problems.append(f"{shown}:1:1: no question that ptquiz can import")
    if not lint:
        return problems, []
    warnings = [_located(shown, s, "warning: not-imported: ") for s in converted.skipped]
    if converted.bank_yaml:
        from dataclasses import replace

        from ptquiz_gui.domain.lint.linter import lint_bank
        from ptquiz_gui.domain.loader import load_bank_bytes

        # The converted questions carry the lines of the file itself, not of the YAML made from it.
        bank = replace(load_bank_bytes(converted.bank_yaml.encode("utf-8"), str(path)), questions=converted.questions)
        warnings += [str(finding) for finding in lint_bank(bank, str(path))]
    return problems, warnings


def _located(label: str, said: str, kind: str = "") -> str:
    """``path:line:column: [kind]message`` from the importer's ``path:line[:column]: message``
    (a message without a line is about the whole file: line 1, column 1)."""
    rest = said.removeprefix(f"{label}:")
    at = _AT.match(rest)
    assert at is not None  # every part of the pattern is optional
    line, column = at.group(1) or "1", at.group(2) or "1"
    return f"{label}:{line}:{column}: {kind}{rest[at.end():]}"
