"""What the last start learned from each bank file, so an unchanged file is not parsed again.

A file is taken from the cache only when its size, modification time and inode are the
ones it had when it was parsed (the rule Python uses for its ``.pyc`` files), and only by
the same ptquiz version, whose rules made the entry. Anything else, a damaged or foreign
cache file included, means the file is loaded from its YAML again. The cache is derived
data: losing it costs one slower start, never a bank. So whatever is wrong with the cache
file (unreadable, not UTF-8, not JSON, nested too deep for the parser, wrong types), it is
ignored without a word.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ptquiz_gui import __version__
from ptquiz_gui.domain.bank_codec import (
    bank_from_record,
    bank_to_record,
    problem_from_record,
    problem_to_record,
)
from ptquiz_gui.domain.model import Bank, BankSource, Problem

# 2: questions carry their sites and lint ignores; 3: types, keys, scoring, tags; 4: shuffle;
# 5: control characters in bank text refused, so a bank cached as valid before is read again.
CACHE_FORMAT = 5
# What a damaged or hand-made cache can raise while it is decoded: JSON and UTF-8 errors are
# ValueErrors, deep nesting a RecursionError, and values of the wrong type any of the rest.
_UNREADABLE = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, OverflowError)
Stamp = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """A parsed file: its bank and where the bank's id is written, or its problems."""

    bank: Bank | None
    id_site: Problem | None
    problems: tuple[Problem, ...] = ()


def stamp_of(path: Path) -> Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)


class BankCache:
    def __init__(self, file: Path) -> None:
        self.file = file
        self._entries: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._changed = False

    def lookup(self, path: Path, source: BankSource, stamp: Stamp | None) -> FileOutcome | None:
        key = _key(path, source)
        entry = self._loaded().get(key)
        if stamp is None or not isinstance(entry, dict) or entry.get("stamp") != list(stamp):
            return None
        try:
            outcome = _outcome_from(entry, path, source)
        except _UNREADABLE:
            return None
        self._used.add(key)
        return outcome

    def remember(self, path: Path, source: BankSource, stamp: Stamp | None, outcome: FileOutcome) -> None:
        if stamp is None:
            return
        key = _key(path, source)
        entry: dict[str, Any] = {"stamp": list(stamp)}
        if outcome.bank is not None and outcome.id_site is not None:
            entry["bank"] = bank_to_record(outcome.bank)
            entry["id_site"] = [outcome.id_site.line, outcome.id_site.column]
        else:
            entry["problems"] = [problem_to_record(p) for p in outcome.problems]
        self._loaded()[key] = entry
        self._used.add(key)
        self._changed = True

    def save(self) -> bool:
        """Write the entries used since loading (files gone since are dropped); False when the
        cache file could not be written, which only means the next start parses again."""
        entries = self._loaded()
        if not self._changed and self._used == set(entries):
            return True
        kept = {key: entries[key] for key in sorted(self._used)}
        document = {"format": CACHE_FORMAT, "version": __version__, "files": kept}
        partial = self.file.with_name(self.file.name + ".partial")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.file)
        except OSError:
            return False
        self._entries = kept
        self._changed = False
        return True

    def _loaded(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = _read_entries(self.file)
        return self._entries


def _key(path: Path, source: BankSource) -> str:
    return f"{source.value}:{path}"


def _read_entries(file: Path) -> dict[str, Any]:
    try:
        document = json.loads(file.read_bytes())
    except (OSError, *_UNREADABLE):
        return {}
    if (
        not isinstance(document, dict)
        or document.get("format") != CACHE_FORMAT
        or document.get("version") != __version__
        or not isinstance(document.get("files"), dict)
    ):
        return {}
    files: dict[str, Any] = document["files"]
    return files


def _outcome_from(entry: dict[str, Any], path: Path, source: BankSource) -> FileOutcome:
    label = str(path)
    if "bank" in entry:
        line, column = entry["id_site"]
        return FileOutcome(
            bank_from_record(entry["bank"], path, source),
            problem_from_record([line, column, ""], label),
        )
    problems = entry["problems"]
    if not isinstance(problems, list) or not problems:
        raise ValueError("a failed file has its problems")
    return FileOutcome(None, None, tuple(problem_from_record(row, label) for row in problems))
