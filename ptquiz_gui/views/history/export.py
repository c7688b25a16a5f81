"""Writing the listed history to a file, in exactly the formats of ``ptquiz history --csv/--json``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ptquiz_gui.atomic_files import atomic_writer
from ptquiz_gui.storage.history_export import csv_lines, json_lines
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import HistoryFilter

T = TypeVar("T")


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    @property
    def label(self) -> str:
        if self is ExportFormat.CSV:
            return QCoreApplication.translate("ExportFormat", "CSV (one row per attempt)")
        return QCoreApplication.translate("ExportFormat", "JSON (every answer)")

    @property
    def file_filter(self) -> str:
        if self is ExportFormat.CSV:
            return QCoreApplication.translate("ExportFormat", "CSV files (*.csv)")
        return QCoreApplication.translate("ExportFormat", "JSON files (*.json)")


def _counted(items: Iterator[T], each: Callable[[int], None]) -> Iterator[T]:
    for done, item in enumerate(items, 1):
        each(done)
        yield item


def export_chunks(
    reader: HistoryReader, flt: HistoryFilter, fmt: ExportFormat, each: Callable[[int], None] | None = None
) -> Iterator[str]:
    """The file's text in pieces; ``each(n)`` is called before the n-th attempt is written."""
    attempts = reader.iter_export(flt)
    if each is not None:
        attempts = _counted(attempts, each)
    if fmt is ExportFormat.JSON:
        return json_lines(attempts)
    return csv_lines(exported.summary for exported in attempts)


def export_history(
    reader: HistoryReader,
    flt: HistoryFilter,
    fmt: ExportFormat,
    path: Path,
    each: Callable[[int], None] | None = None,
) -> None:
    """Stream the matching attempts (oldest first) into ``path``, replacing it in one piece.

    Raises ``StorageError`` when the history cannot be read and ``OSError`` when the file
    cannot be written; either way, and when ``each`` raises (a cancelled job), an existing
    file at ``path`` is left as it was and no temporary file stays behind.
    """
    with atomic_writer(path, newline="") as out:
        for chunk in export_chunks(reader, flt, fmt, each):
            out.write(chunk)
