"""``ptquiz import FILE...``: convert Aiken, GIFT or Moodle XML files into banks in the user's bank folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ptquiz_gui.domain.formats import convert_file, write_bank
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.model import BankError
from ptquiz_gui.paths import bundled_banks_dir, data_paths


def _count(n: int) -> str:
    return f"{n} question{'s' if n != 1 else ''}"


def run(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    target = Path(args.to).expanduser() if args.to else paths.banks_dir
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"ptquiz import: cannot create the folder {target}: {error.strerror or error}", file=sys.stderr)
        return 1
    taken = {bank.id for bank in load_library(bundled_banks_dir(), paths.banks_dir).banks}
    status = 0
    for name in args.files:
        result = convert_file(Path(name), args.format)
        for line in [*result.problems, *result.skipped]:
            print(line, file=sys.stderr)
        if result.problems:
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
            print(f"ptquiz import: cannot write into {target}: {error.strerror or error}", file=sys.stderr)
            status = 1
            continue
        taken.add(written.stem)
        print(f"imported {_count(len(result.questions))} from {name} into {written}")
    return status
