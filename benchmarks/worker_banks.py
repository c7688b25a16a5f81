"""Worker: load banks in a fresh process, timing the first (cold) load and its peak memory.

    python benchmarks/worker_banks.py bundled          # every bundled bank, as the app loads them
    python benchmarks/worker_banks.py file PATH        # one bank file through the app's loader
    python benchmarks/worker_banks.py compose PATH     # baseline: libyaml composing the same file

Memory is the growth of the peak resident set (``ru_maxrss``) over the resident set just
before loading, so the interpreter and the imported modules are not counted.
"""

from __future__ import annotations

import gc
import re
import resource
import sys
import tempfile
from pathlib import Path

import yaml
from report import emit
from timing import timed

from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.lint.linter import lint_banks
from ptquiz_gui.domain.loader import bank_files, load_bank_file
from ptquiz_gui.domain.model import Bank
from ptquiz_gui.paths import bundled_banks_dir

WARM_RUNS = 10


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def compose_all(paths: list[Path]) -> int:
    """Parse only, with the collector paused as the loader pauses it: the floor for the same bytes."""
    gc.disable()
    try:
        for path in paths:
            yaml.compose(path.read_bytes().decode("utf-8"), Loader=yaml.CSafeLoader)
    finally:
        gc.enable()
    return 0


def bundled() -> None:
    folder = bundled_banks_dir()
    no_user_banks = Path("/nonexistent-ptquiz-user-banks")
    files = bank_files(folder)
    _, compose_cold = timed(lambda: compose_all(files))
    result, cold = timed(lambda: load_library(folder, no_user_banks))
    if result.problems:
        raise SystemExit("bundled banks have problems: " + "; ".join(map(str, result.problems[:3])))
    emit(
        {
            "cold_ms": cold.wall_ms,
            "cold_cpu_ms": cold.cpu_ms,
            "compose_cold_ms": compose_cold.wall_ms,
            "warm_ms": [
                timed(lambda: load_library(folder, no_user_banks))[1].wall_ms for _ in range(WARM_RUNS)
            ],
            "compose_warm_ms": [timed(lambda: compose_all(files))[1].wall_ms for _ in range(WARM_RUNS)],
            "cached_ms": from_cache(folder, no_user_banks),
            "lint_ms": [timed(lambda: lint_banks(result.banks))[1].wall_ms for _ in range(WARM_RUNS)],
            "lint_words_ms": [timed(lambda: split_words(result.banks))[1].wall_ms for _ in range(WARM_RUNS)],
            "lint_warnings": len(lint_banks(result.banks)),
            "banks": len(result.banks),
            "questions": sum(len(b.questions) for b in result.banks),
            "bytes": sum(f.stat().st_size for f in files),
        }
    )


def split_words(banks: list[Bank]) -> int:
    """Baseline for the linter: only splitting every prompt and choice into lower-case words."""
    word = re.compile(r"[^\W_]+")
    return sum(
        len(word.findall(text.lower())) for b in banks for q in b.questions for text in (q.prompt, *q.choices)
    )


def from_cache(folder: Path, user: Path) -> list[float]:
    """A start after the first: every bank from a cache saved by an earlier load."""
    with tempfile.TemporaryDirectory() as scratch:
        cache_file = Path(scratch) / "banks.json"
        first = BankCache(cache_file)
        load_library(folder, user, first)
        first.save()
        return [
            timed(lambda: load_library(folder, user, BankCache(cache_file)))[1].wall_ms
            for _ in range(WARM_RUNS)
        ]


def one_file(kind: str, path: Path) -> None:
    before = resident_mb()
    if kind == "file":
        bank, spent = timed(lambda: load_bank_file(path))
        questions = len(bank.questions)
        _, linted = timed(lambda: lint_banks([bank]))
    elif kind == "compose":
        questions, spent = timed(lambda: compose_all([path]))
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    emit(
        {
            "ms": spent.wall_ms,
            "cpu_ms": spent.cpu_ms,
            "peak_growth_mb": peak_mb() - before,
            "questions": questions,
            "bytes": path.stat().st_size,
            "lint_ms": linted.wall_ms if kind == "file" else 0.0,
        }
    )


if __name__ == "__main__":
    if sys.argv[1] == "bundled":
        bundled()
    else:
        one_file(sys.argv[1], Path(sys.argv[2]))
