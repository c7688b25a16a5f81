"""``ptquiz start BANK_ID``: open the application straight into an attempt."""

from __future__ import annotations

import argparse
import difflib
import sys

from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.paths import bundled_banks_dir, data_paths


def run(args: argparse.Namespace) -> int:
    paths = data_paths(args.data_dir)
    library = load_library(bundled_banks_dir(), paths.banks_dir)
    if library.bank(args.bank_id) is None:
        ids = [b.id for b in library.banks]
        close = difflib.get_close_matches(args.bank_id, ids, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else f" Known banks: {', '.join(ids) or 'none'}."
        print(f"ptquiz start: there is no bank with the id '{args.bank_id}'.{hint}", file=sys.stderr)
        return 1
    from ptquiz_gui.app import StartRequest, run_gui

    request = StartRequest(
        bank_id=args.bank_id,
        mode=Mode(args.mode),
        seed=args.seed,
        shuffle=not args.no_shuffle,
        time_limit=args.time_limit,
    )
    return run_gui(args.data_dir, request)
