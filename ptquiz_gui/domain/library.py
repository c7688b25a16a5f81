"""The banks the app offers: the bundled ones, then the user's own."""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.collector import BankCollector
from ptquiz_gui.domain.model import BankSource, LoadResult


def load_library(bundled_dir: Path, user_dir: Path, cache: BankCache | None = None) -> LoadResult:
    """Every good bank of both folders; a user bank that reuses a bundled id is refused.

    A missing user folder just means the user has no banks yet. With a ``cache``, files
    unchanged since they were cached are not parsed again (the caller saves the cache).
    """
    collector = BankCollector(cache)
    if bundled_dir.is_dir():
        collector.add_folder(bundled_dir, BankSource.BUNDLED)
    else:
        collector.report(bundled_dir, "the folder of bundled banks is missing; reinstall ptquiz")
    if user_dir.is_dir():
        collector.add_folder(user_dir, BankSource.USER)
    elif user_dir.exists() or user_dir.is_symlink():
        collector.report(user_dir, "your bank folder is not a folder (a file or a broken link is in its place); "
                         "move it away, and ptquiz makes the folder at the next import")
    return collector.result
