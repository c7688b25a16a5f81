"""Load bank files: bytes → checked text → YAML nodes → a validated Bank, or every problem.

See docs/bank-format.md for the format and the rules enforced here.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path

from ptquiz_gui.domain.bank_parse import parse_bank_bytes
from ptquiz_gui.domain.collector import BankCollector, bank_files, read_bank_file
from ptquiz_gui.domain.file_kinds import MAX_BANK_BYTES, read_fault
from ptquiz_gui.domain.model import Bank, BankSource, LoadResult


def load_bank_bytes(
    data: bytes, label: str, source: BankSource = BankSource.EXTERNAL, path: Path | None = None
) -> Bank:
    """The bank in ``data``; ``label`` names the file in problems. Raises BankError with every problem."""
    return parse_bank_bytes(data, label, source, path)[0]


def load_bank_file(path: Path, source: BankSource = BankSource.EXTERNAL) -> Bank:
    """The bank in the file at ``path``. Raises BankError with every problem of the file."""
    return parse_bank_bytes(read_bank_file(path, str(path)), str(path), source, path)[0]


def load_paths(paths: Iterable[Path], source: BankSource = BankSource.EXTERNAL) -> LoadResult:
    """Load files, and the ``*.yaml``/``*.yml`` files of folders (sorted by name, not recursive)."""
    collector = BankCollector(once_each=True)
    for path in paths:
        try:
            is_folder = stat.S_ISDIR(path.stat().st_mode)
        except OSError as exc:  # missing, a symbolic link loop, no permission
            collector.report(path, read_fault(exc))
            continue
        if not is_folder:
            collector.add_file(path, source)
        elif collector.add_folder(path, source) == 0:
            collector.report(path, "the folder holds no .yaml or .yml bank files")
    return collector.result


__all__ = [
    "MAX_BANK_BYTES",
    "BankCollector",
    "bank_files",
    "load_bank_bytes",
    "load_bank_file",
    "load_paths",
    "parse_bank_bytes",
]
