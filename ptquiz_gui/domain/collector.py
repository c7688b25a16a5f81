"""Load the bank files of folders into one LoadResult; a bank id already taken is refused.

With a ``BankCache`` an unchanged file is taken from the cache, and the YAML loader is
not even imported unless some file has to be parsed: that keeps it off the start path.
"""

from __future__ import annotations

import os
from pathlib import Path

from ptquiz_gui.domain.bank_cache import BankCache, FileOutcome, stamp_of
from ptquiz_gui.domain.file_kinds import BANK_SUFFIXES, MAX_BANK_BYTES, read_fault, read_regular_file
from ptquiz_gui.domain.model import BankError, BankSource, LoadResult, Problem


def bank_files(folder: Path) -> list[Path]:
    """The bank files directly inside ``folder``, by name; hidden files (editor backups) are left out.

    Every entry named like a bank is listed, whatever it is: a pipe, a symbolic link loop
    or a subfolder called ``x.yaml`` is then reported when it is read, never skipped unseen.
    Raises OSError when the folder cannot be listed.
    """
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in BANK_SUFFIXES and not p.name.startswith(".")),
        key=lambda p: p.name,
    )


def read_bank_file(path: Path, label: str) -> bytes:
    """The file's bytes, at most one more than a bank may have; BankError when it can't be read
    or is not a regular file (a pipe is never opened for reading, so it cannot block)."""
    try:
        return read_regular_file(path, MAX_BANK_BYTES)
    except OSError as exc:
        raise BankError([Problem(label, 1, 1, read_fault(exc))]) from None


class BankCollector:
    def __init__(self, cache: BankCache | None = None, *, once_each: bool = False) -> None:
        """With ``once_each``, a file named again (twice, or as a file and in its folder) is
        read once, so it never clashes with itself."""
        self.result = LoadResult()
        self._owners: dict[str, str] = {}
        self._cache = cache
        self._seen: set[str] | None = set() if once_each else None

    def report(self, path: Path, message: str) -> None:
        self.result.problems.append(Problem(str(path), 1, 1, message))

    def add_folder(self, folder: Path, source: BankSource) -> int | None:
        """Load the bank files of ``folder``; how many there were, None when it cannot be listed."""
        try:
            members = bank_files(folder)
        except OSError as exc:
            self.report(folder, f"cannot read the folder: {exc.strerror or exc}")
            return None
        for member in members:
            self.add_file(member, source)
        return len(members)

    def add_file(self, path: Path, source: BankSource) -> None:
        if self._seen is not None:
            real = os.path.realpath(path)
            if real in self._seen:
                return
            self._seen.add(real)
        label = str(path)
        outcome = self._outcome(path, label, source)
        if outcome is None:
            return
        bank, id_site = outcome.bank, outcome.id_site
        if bank is None or id_site is None:
            self.result.problems.extend(outcome.problems)
            return
        owner = self._owners.get(bank.id)
        if owner is not None:
            self.result.problems.append(
                Problem(
                    label, id_site.line, id_site.column, f"bank id '{bank.id}' is already used by {owner}"
                )
            )
            return
        self._owners[bank.id] = label
        self.result.banks.append(bank)

    def _outcome(self, path: Path, label: str, source: BankSource) -> FileOutcome | None:
        # The stamp is taken before reading: a file changed while it is read gets a new
        # stamp, so the cache entry made from the old stamp is never used again.
        stamp = None
        if self._cache is not None:
            stamp = stamp_of(path)
            cached = self._cache.lookup(path, source, stamp)
            if cached is not None:
                return cached
        try:
            data = read_bank_file(path, label)
        except BankError as error:  # not cached: a file that can't be read may be readable next time
            self.result.problems.extend(error.problems)
            return None
        from ptquiz_gui.domain.bank_parse import parse_bank_bytes

        try:
            bank, id_site = parse_bank_bytes(data, label, source, path)
            outcome = FileOutcome(bank, id_site)
        except BankError as error:
            outcome = FileOutcome(None, None, tuple(error.problems))
        if self._cache is not None:
            self._cache.remember(path, source, stamp, outcome)
        return outcome
