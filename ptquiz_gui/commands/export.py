"""``ptquiz export BANK_ID --format aiken|gift|moodle-xml [-o FILE]``: write a bank in a Moodle format.

``-o`` never replaces a link, pipe or device with a file: ``commands.output`` has the rules.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from ptquiz_gui.commands.output import OutputRefused, write_output_file, write_stdout
from ptquiz_gui.domain.formats import export_bank
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.paths import bundled_banks_dir, data_paths


def run(args: argparse.Namespace) -> int:
    library = load_library(bundled_banks_dir(), data_paths(args.data_dir).banks_dir)
    bank = library.bank(args.bank_id)
    if bank is None:
        ids = sorted(b.id for b in library.banks)
        close = difflib.get_close_matches(args.bank_id, ids, n=5, cutoff=0.5)
        hint = f" Did you mean {', '.join(close)}?" if close else f" Known banks: {', '.join(ids) or 'none'}."
        print(f"ptquiz export: there is no bank with the id '{args.bank_id}'.{hint}", file=sys.stderr)
        if library.problems:
            print(
                "ptquiz export: some bank files have problems; `ptquiz validate` lists them.", file=sys.stderr
            )
        return 1
    result = export_bank(bank, args.format)
    for note in result.notes:
        print(f"ptquiz export: note: {note}", file=sys.stderr)
    if not result.exported:
        print(f"ptquiz export: no question of '{bank.id}' can be written as {args.format}", file=sys.stderr)
        return 1
    if args.output is None:
        write_stdout(result.text)
        return 0
    target = Path(args.output).expanduser()
    try:
        regular = write_output_file(target, result.text.encode("utf-8"))
    except OutputRefused as refused:
        print(f"ptquiz export: {refused}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"ptquiz export: cannot write {target}: {error.strerror or error}", file=sys.stderr)
        return 1
    # Through a pipe or device (``-o /dev/stdout``) the report would land in the output itself.
    said = f"exported {result.exported} of {len(bank.questions)} questions of {bank.id} to {target}"
    print(said, file=sys.stdout if regular else sys.stderr)
    return 0
