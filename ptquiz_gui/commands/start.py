"""``ptquiz start BANK_ID``: check the bank exists and say what to open; the command line
then hands the request to the application (``ptquiz_gui.app.run_gui``)."""

from __future__ import annotations

import argparse
import difflib
import sys

from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.start_request import StartRequest
from ptquiz_gui.paths import bundled_banks_dir, data_paths


def request_for(args: argparse.Namespace) -> StartRequest | None:
    """The attempt to open, or None (after saying why on stderr) when there is no such bank."""
    paths = data_paths(args.data_dir)
    library = load_library(bundled_banks_dir(), paths.banks_dir)
    if library.bank(args.bank_id) is None:
        ids = [b.id for b in library.banks]
        close = difflib.get_close_matches(args.bank_id, ids, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else f" Known banks: {', '.join(ids) or 'none'}."
        print(f"ptquiz start: there is no bank with the id '{args.bank_id}'.{hint}", file=sys.stderr)
        return None
    return StartRequest(
        bank_id=args.bank_id,
        mode=Mode(args.mode),
        seed=args.seed,
        shuffle=not args.no_shuffle,
        time_limit=args.time_limit,
    )
