"""The banks the app offers: the bundled ones, then the user's own."""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.domain.loader import BankCollector, bank_files
from ptquiz_gui.domain.model import BankSource, LoadResult, Problem


def load_library(bundled_dir: Path, user_dir: Path) -> LoadResult:
    """Every good bank of both folders; a user bank that reuses a bundled id is refused.

    A missing user folder just means the user has no banks yet.
    """
    collector = BankCollector()
    if not bundled_dir.is_dir():
        collector.result.problems.append(
            Problem(str(bundled_dir), 1, 1, "the folder of bundled banks is missing; reinstall ptquiz")
        )
    else:
        for path in bank_files(bundled_dir):
            collector.add_file(path, BankSource.BUNDLED)
    if user_dir.is_dir():
        for path in bank_files(user_dir):
            collector.add_file(path, BankSource.USER)
    return collector.result
