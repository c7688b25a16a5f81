"""Writing the listed history to a file, in exactly the formats of ``ptquiz history --csv/--json``."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from ptquiz_gui.atomic_files import atomic_writer
from ptquiz_gui.storage.history_export import csv_lines, json_lines
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import HistoryFilter


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    @property
    def label(self) -> str:
        return "CSV (one row per attempt)" if self is ExportFormat.CSV else "JSON (every answer)"

    @property
    def file_filter(self) -> str:
        return "CSV files (*.csv)" if self is ExportFormat.CSV else "JSON files (*.json)"


def export_chunks(reader: HistoryReader, flt: HistoryFilter, fmt: ExportFormat) -> Iterator[str]:
    if fmt is ExportFormat.JSON:
        return json_lines(reader.iter_export(flt))
    return csv_lines(exported.summary for exported in reader.iter_export(flt))


def export_history(reader: HistoryReader, flt: HistoryFilter, fmt: ExportFormat, path: Path) -> None:
    """Stream the matching attempts (oldest first) into ``path``, replacing it in one piece.

    Raises ``StorageError`` when the history cannot be read and ``OSError`` when the file
    cannot be written; either way an existing file at ``path`` is left as it was.
    """
    with atomic_writer(path, newline="") as out:
        for chunk in export_chunks(reader, flt, fmt):
            out.write(chunk)
