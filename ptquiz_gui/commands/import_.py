"""``ptquiz import FILE...``: convert Aiken, GIFT or Moodle XML files into banks in the user's
bank folder (or ``--to DIR``); a YAML bank is checked and copied, as File → Import bank… does."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.domain.control_chars import shown_path
from ptquiz_gui.domain.file_kinds import BANK_SUFFIXES
from ptquiz_gui.domain.formats import convert_file, write_bank
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.loader import load_paths
from ptquiz_gui.domain.model import BankError
from ptquiz_gui.paths import bundled_banks_dir, data_paths


def _count(n: int) -> str:
    return f"{n} question{'s' if n != 1 else ''}"


def _taken_ids(bank_folder: Path, target: Path) -> set[str]:
    """The ids the library already has, and those of the banks in ``--to DIR``."""
    taken = {bank.id for bank in load_library(bundled_banks_dir(), bank_folder).banks}
    if target.resolve() != bank_folder.resolve():
        taken |= {bank.id for bank in load_paths([target]).banks}
    return taken


@dataclass(frozen=True, slots=True)
class _Read:
    bank_yaml: str
    stem: str
    questions: int
    notes: list[str]  # problems first, then the questions skipped
    failed: bool


def _read(path: Path, fmt: str | None) -> _Read:
    if fmt is None and path.suffix.lower() in BANK_SUFFIXES:
        from ptquiz_gui.importing import prepare

        bank = prepare([path])[0]
        return _Read(bank.bank_yaml, bank.stem, bank.question_count, bank.problems, bool(bank.problems))
    converted = convert_file(path, fmt)
    notes = [*converted.problems, *converted.skipped]
    return _Read(converted.bank_yaml, converted.stem, len(converted.questions), notes, bool(converted.problems))


def run(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    target = Path(args.to).expanduser() if args.to else paths.banks_dir
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = "a file is in the way" if target.exists() and not target.is_dir() else error.strerror or error
        print(f"ptquiz import: cannot create the folder {shown_path(str(target))}: {reason}", file=sys.stderr)
        return 1
    taken = _taken_ids(paths.banks_dir, target)
    status = 0
    for name in args.files:
        result = _read(Path(name), args.format)
        for line in result.notes:
            print(line, file=sys.stderr)
        if result.failed:
            status = 1
        if not result.bank_yaml:
            continue
        try:
            written = write_bank(result.bank_yaml, target, result.stem, taken_ids=taken)
        except BankError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            status = 1
            continue
        except OSError as error:
            folder = shown_path(str(target))
            print(f"ptquiz import: cannot write into {folder}: {error.strerror or error}", file=sys.stderr)
            status = 1
            continue
        taken.add(written.stem)
        source, bank_file = shown_path(name), shown_path(str(written))
        write_stdout(f"imported {_count(result.questions)} from {source} into {bank_file}\n")
    return status
