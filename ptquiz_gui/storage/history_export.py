"""The history as files: ``ptquiz history --json/--csv`` and History → Export write exactly this.

Times are ISO-8601 in UTC. In JSON every position of an attempt is listed in the order
shown: ``choices`` holds the chosen indexes in the bank file's order (sorted; ``[]`` when
left unanswered), and ``choice`` the one chosen index of a single-answer or true/false
question (``null`` when unanswered, and always ``null`` for a multiple-answer question).
``score`` is the attempt's points: a whole number, fractional only where partial scoring
applies. Both formats are streamed, one attempt at a time, so a long history is never held
whole.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime

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
_PAGE = 1000


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
                "choices": list(a.choices),
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


def oldest_first_summaries(reader: HistoryReader, flt: HistoryFilter) -> Iterator[AttemptSummary]:
    oldest_first = HistorySort(SortKey.DATE, descending=False)
    offset = 0
    while True:
        page = reader.list_attempts(flt, oldest_first, offset, _PAGE)
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)


# A spreadsheet reads a cell that starts with one of these as a formula (=HYPERLINK(…) sends
# data out, =cmd|… runs programs in some); such a title is written after an apostrophe,
# which spreadsheets show as text and do not display (OWASP's advice for CSV exports).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_csv_text(text: str) -> str:
    """``text`` for a CSV cell a spreadsheet shows as written, never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_row(s: AttemptSummary) -> list[object]:
    return [
        s.id,
        as_csv_text(s.bank_id),
        as_csv_text(s.title),
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
