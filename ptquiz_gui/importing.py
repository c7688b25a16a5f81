"""Adding the user's own files to their bank folder, and removing them again.

Plain Python behind File → Import bank… and drag-and-drop on the library: ``prepare``
reads and checks every file without writing anything (the dialog previews it),
``commit`` writes the good ones. YAML banks are copied after validation; Aiken and
GIFT files are converted (``ptquiz_gui.domain.formats``).
"""

from __future__ import annotations

import shutil
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ptquiz_gui.domain.file_kinds import BANK_SUFFIXES, read_fault, read_regular_file
from ptquiz_gui.domain.formats import convert_file, write_bank
from ptquiz_gui.domain.loader import MAX_BANK_BYTES, load_bank_bytes
from ptquiz_gui.domain.model import Bank, BankError, BankSource


@dataclass(frozen=True, slots=True)
class ImportCandidate:
    source: Path
    format: str  # "yaml", "aiken" or "gift"
    title: str
    stem: str
    bank_yaml: str = ""
    question_count: int = 0
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return bool(self.bank_yaml) and self.question_count > 0


def _prepare_yaml(path: Path) -> ImportCandidate:
    try:
        data = read_regular_file(path, MAX_BANK_BYTES)
    except OSError as exc:
        return ImportCandidate(path, "yaml", path.stem, path.stem, problems=[f"{path}: {read_fault(exc)}"])
    try:
        bank = load_bank_bytes(data, str(path), BankSource.EXTERNAL, path)
    except BankError as exc:
        return ImportCandidate(path, "yaml", path.stem, path.stem, problems=[str(p) for p in exc.problems])
    text = data.decode("utf-8-sig")
    return ImportCandidate(path, "yaml", bank.title, bank.id, text, len(bank.questions))


def prepare(paths: Iterable[Path]) -> list[ImportCandidate]:
    candidates = []
    for path in paths:
        if path.suffix.lower() in BANK_SUFFIXES:
            candidates.append(_prepare_yaml(path))
            continue
        converted = convert_file(path, None)
        candidates.append(
            ImportCandidate(
                path,
                converted.format or "unknown",
                converted.title,
                converted.stem,
                converted.bank_yaml,
                len(converted.questions),
                list(converted.problems),
                list(converted.skipped),
            )
        )
    return candidates


def commit(candidates: Iterable[ImportCandidate], banks_dir: Path, taken_ids: Collection[str]) -> list[Path]:
    """Write every importable candidate into ``banks_dir``; never replaces a file.

    Raises ``OSError`` when the folder cannot be written (files written before stay).
    """
    taken = set(taken_ids)
    written = []
    for candidate in candidates:
        if not candidate.importable:
            continue
        path = write_bank(candidate.bank_yaml, banks_dir, candidate.stem, taken_ids=taken)
        taken.add(path.stem)
        written.append(path)
    return written


def remove_user_bank(bank: Bank, removed_dir: Path, now: datetime) -> Path:
    """Move a user's bank file out of the library into ``removed_dir`` (kept, not deleted).

    Bundled banks cannot be removed. Raises ``ValueError`` for them, ``OSError`` on failure.
    """
    if bank.source is not BankSource.USER or bank.path is None:
        raise ValueError(f"'{bank.title}' ships with ptquiz and cannot be removed")
    removed_dir.mkdir(parents=True, exist_ok=True)
    target = removed_dir / f"{bank.path.stem}-{now.strftime('%Y%m%d-%H%M%S')}{bank.path.suffix}"
    shutil.move(str(bank.path), target)
    return target
