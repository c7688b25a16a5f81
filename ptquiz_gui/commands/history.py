"""``ptquiz history [--json|--csv] [--bank ID]``: print past attempts, oldest first.

The history file is opened read-only, so this never disturbs a running ptquiz; a
missing file prints an empty history. Times are ISO-8601 in UTC. In ``--json`` every
position of an attempt is listed in the order shown, ``choice`` being the index of
the chosen answer in the bank file's order, or ``null`` when left unanswered.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import datetime

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.paths import data_paths, file_in_the_way
from ptquiz_gui.storage.errors import StorageError, StorageUnavailableError
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import AttemptSummary, ExportedAttempt, HistoryFilter, HistorySort, SortKey

CSV_COLUMNS = (
    "id",
    "bank_id",
    "title",
    "mode",
    "status",
    "started_at",
    "finished_at",
    "score",
    "total",
    "percent",
    "seconds",
)
_HEADERS = ("ID", "STARTED", "BANK", "MODE", "STATUS", "SCORE", "TIME")
_PAGE = 1000


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
                write_stdout(csv_lines(_summaries(reader, flt)))
            else:
                write_stdout(iter([table(list(_summaries(reader, flt))) + "\n"]))
    except StorageError as error:
        print(f"ptquiz history: {error}", file=sys.stderr)
        return 1
    return 0


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def attempt_json(exported: ExportedAttempt) -> dict[str, object]:
    s = exported.summary
    return {
        "id": s.id,
        "bank_id": s.bank_id,
        "mode": s.mode.value,
        "started_at": iso(s.started_at),
        "finished_at": iso(s.finished_at),
        "status": s.status.value,
        "score": s.score,
        "total": s.total,
        "answers": [
            {
                "question_id": a.question_id,
                "choice": a.choice,
                "correct": a.correct,
                "seconds": round(a.seconds, 3),
            }
            for a in exported.answers
        ],
    }


def json_lines(attempts: Iterator[ExportedAttempt]) -> Iterator[str]:
    """``{"attempts": [...]}``, one attempt per chunk so a long history is never held whole."""
    yield '{"attempts": ['
    for n, exported in enumerate(attempts):
        yield ("\n  " if n == 0 else ",\n  ") + json.dumps(attempt_json(exported), ensure_ascii=False)
    yield "\n]}\n"


def _summaries(reader: HistoryReader, flt: HistoryFilter) -> Iterator[AttemptSummary]:
    oldest_first = HistorySort(SortKey.DATE, descending=False)
    offset = 0
    while True:
        page = reader.list_attempts(flt, oldest_first, offset, _PAGE)
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)


def csv_row(s: AttemptSummary) -> list[object]:
    return [
        s.id,
        s.bank_id,
        s.title,
        s.mode.value,
        s.status.value,
        iso(s.started_at),
        iso(s.finished_at) or "",
        "" if s.score is None else s.score,
        s.total,
        "" if s.percent is None else f"{s.percent:.1f}",
        f"{s.elapsed:.1f}",
    ]


def csv_lines(summaries: Iterator[AttemptSummary]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in summaries:
        writer.writerow(csv_row(s))
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _clock_time(seconds: float) -> str:
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _score(s: AttemptSummary) -> str:
    if s.score is None or s.percent is None:
        return f"{s.answered}/{s.total} answered"
    return f"{s.score}/{s.total} {s.percent:.0f}%"


def table(summaries: list[AttemptSummary]) -> str:
    rows = [_HEADERS] + [
        (
            str(s.id),
            s.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            s.bank_id,
            s.mode.value,
            s.status.value.replace("_", " "),
            _score(s),
            _clock_time(s.elapsed),
        )
        for s in summaries
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    right = {0, 6}
    lines = [
        "  ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    if not summaries:
        lines.append("(no attempts)")
    return "\n".join(lines)
