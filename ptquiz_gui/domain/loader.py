"""Load bank files: bytes → checked text → YAML nodes → a validated Bank, or every problem.

See docs/bank-format.md for the format and the rules enforced here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from ptquiz_gui.domain.file_kinds import BANK_SUFFIXES
from ptquiz_gui.domain.model import Bank, BankError, BankSource, LoadResult, Problem
from ptquiz_gui.domain.validation import build_bank
from ptquiz_gui.domain.yaml_nodes import collector_paused, compose_text, decode_bank_bytes

MAX_BANK_BYTES = 2 * 1024 * 1024


def load_bank_bytes(
    data: bytes, label: str, source: BankSource = BankSource.EXTERNAL, path: Path | None = None
) -> Bank:
    """The bank in ``data``; ``label`` names the file in problems. Raises BankError with every problem."""
    return _parse(data, label, source, path)[0]


def load_bank_file(path: Path, source: BankSource = BankSource.EXTERNAL) -> Bank:
    """The bank in the file at ``path``. Raises BankError with every problem of the file."""
    return _parse(_read(path, str(path)), str(path), source, path)[0]


def load_paths(paths: Iterable[Path], source: BankSource = BankSource.EXTERNAL) -> LoadResult:
    """Load files, and the ``*.yaml``/``*.yml`` files of folders (sorted by name, not recursive)."""
    collector = BankCollector()
    for path in paths:
        if path.is_dir():
            if collector.add_folder(path, source) == 0:
                collector.report(path, "the folder holds no .yaml or .yml bank files")
        elif path.exists():
            collector.add_file(path, source)
        else:
            collector.report(path, "no such file or folder")
    return collector.result


def bank_files(folder: Path) -> list[Path]:
    """The bank files directly inside ``folder``, by name; hidden files (editor backups) are left out.

    Raises OSError when the folder cannot be listed.
    """
    return sorted(
        (
            p
            for p in folder.iterdir()
            if p.suffix.lower() in BANK_SUFFIXES and not p.name.startswith(".") and p.is_file()
        ),
        key=lambda p: p.name,
    )


class BankCollector:
    """Loads files one after another into a LoadResult; a bank id already taken is refused."""

    def __init__(self) -> None:
        self.result = LoadResult()
        self._owners: dict[str, str] = {}

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

    def add_file(self, path: Path, source: BankSource) -> Bank | None:
        label = str(path)
        try:
            bank, id_site = _parse(_read(path, label), label, source, path)
        except BankError as error:
            self.result.problems.extend(error.problems)
            return None
        owner = self._owners.get(bank.id)
        if owner is not None:
            self.result.problems.append(
                Problem(
                    label, id_site.line, id_site.column, f"bank id '{bank.id}' is already used by {owner}"
                )
            )
            return None
        self._owners[bank.id] = label
        self.result.banks.append(bank)
        return bank


def _read(path: Path, label: str) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(MAX_BANK_BYTES + 1)
    except IsADirectoryError:
        raise BankError([Problem(label, 1, 1, "this is a folder, not a bank file")]) from None
    except FileNotFoundError:
        raise BankError([Problem(label, 1, 1, "no such file or folder")]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise BankError([Problem(label, 1, 1, f"cannot read the file: {reason}")]) from None


def _parse(data: bytes, label: str, source: BankSource, path: Path | None) -> tuple[Bank, Problem]:
    if len(data) > MAX_BANK_BYTES:
        raise BankError(
            [
                Problem(
                    label,
                    1,
                    1,
                    f"the file is larger than 2 MiB ({MAX_BANK_BYTES:,} bytes), the most a bank may be",
                )
            ]
        )
    with collector_paused():
        root = compose_text(decode_bank_bytes(data, label), label)
        built = build_bank(root, label, source, path, hashlib.sha256(data).hexdigest())
        del root  # free the node tree before the collector is back, or it would scan it all once
    return built
