"""``ptquiz history [--json|--csv] [--bank ID]``: print past attempts, oldest first.

The history file is opened read-only, so this never disturbs a running ptquiz; a
missing file prints an empty history. ``--json`` and ``--csv`` are written by
``storage.history_export``, which History → Export uses too.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.domain import display
from ptquiz_gui.paths import data_paths, file_in_the_way
from ptquiz_gui.storage.connection import describe
from ptquiz_gui.storage.errors import StorageError, StorageUnavailableError
from ptquiz_gui.storage.history_export import csv_lines, json_lines, oldest_first_summaries
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import AttemptSummary, HistoryFilter

_HEADERS = ("ID", "STARTED", "BANK", "MODE", "STATUS", "SCORE", "TIME")


def run(args: argparse.Namespace) -> int:
    path = data_paths(args.data_dir).history_db
    try:
        reader = HistoryReader.open_read_only(path)
    except StorageUnavailableError as error:  # its message speaks of saving; this command only reads
        blocker = file_in_the_way(error.path)
        reason = f"{blocker} is a file where a folder should be" if blocker else error.reason
        print(f"ptquiz history: cannot read the history in {error.path}: {reason}.", file=sys.stderr)
        return 1
    except StorageError as error:
        print(f"ptquiz history: {error}", file=sys.stderr)
        return 1
    flt = HistoryFilter(bank_id=args.bank)
    try:
        with reader:
            if args.json:
                write_stdout(json_lines(reader.iter_export(flt)))
            elif args.csv:
                write_stdout(csv_lines(oldest_first_summaries(reader, flt)))
            else:
                write_stdout(iter([table(list(oldest_first_summaries(reader, flt))) + "\n"]))
    except StorageError as error:
        print(f"ptquiz history: {error}", file=sys.stderr)
        return 1
    except sqlite3.Error as error:  # damage SQLite meets only when it reads that part of the file
        print(f"ptquiz history: cannot read the history in {path}: {describe(error)}.", file=sys.stderr)
        return 1
    except (ValueError, TypeError, KeyError, IndexError) as error:  # a value no ptquiz wrote
        print(
            f"ptquiz history: cannot read the history in {path}: a record in it is damaged ({error}).",
            file=sys.stderr,
        )
        return 1
    return 0


def _score(s: AttemptSummary) -> str:
    if s.score is None or s.percent is None:
        return f"{s.answered}/{s.total} answered"
    return f"{display.score(s.score, s.total)} {display.percent(s.percent)}"


def table(summaries: list[AttemptSummary]) -> str:
    from ptquiz_gui.commands import text_table  # wcwidth's tables take ~40 ms: the table only, not --json

    rows = [_HEADERS] + [
        (
            str(s.id),
            display.moment(s.started_at),
            s.bank_id,
            s.mode.value,
            display.attempt_status(s.status, s.passed, s.timed_out),
            _score(s),
            display.duration(s.elapsed),
        )
        for s in summaries
    ]
    lines = text_table.lines(rows, right={0, 6})
    if not summaries:
        lines.append("(no attempts)")
    return "\n".join(lines)
