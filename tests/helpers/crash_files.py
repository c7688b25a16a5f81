"""Make backups or import banks over and over, printing a line after each, to be killed.

Used by the crash harness: it kills this process at a random moment of a backup (leaving a
partial copy and its journal) or of an import (leaving a hidden temporary file), then
checks that the next start removes what was left and that nothing else was harmed.

    python crash_files.py DATA_DIR backup|import
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ptquiz_gui.domain.formats import write_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage import backups
from ptquiz_gui.storage.records import BackupReason


def bank_yaml(questions: int) -> str:
    """A valid bank of about ``questions`` × 3 KB, so that each write takes a moment."""
    rows = "".join(
        f"  - id: q{i}\n    prompt: 'Question {i}: {'words ' * 500}'\n"
        f"    choices: [yes {i}, no {i}]\n    answer: yes {i}\n"
        for i in range(questions)
    )
    return f"format: 1\nid: crash-import\ntitle: Crash import\nquestions:\n{rows}"


def main() -> int:
    paths = data_paths(Path(sys.argv[1]))
    if sys.argv[2] == "backup":
        source = sqlite3.connect(f"{paths.history_db.resolve().as_uri()}?mode=ro", uri=True)
        moment = datetime(2026, 1, 1, tzinfo=UTC)
        while True:
            made = backups.make_backup(source, paths.backups_dir, moment, reason=BackupReason.DAILY)
            backups.prune(paths.backups_dir)
            print(f"backup {made.path.name}", flush=True)
            moment += timedelta(days=1)
    text = bank_yaml(300)
    while True:
        written = write_bank(text, paths.banks_dir, "crash-import")
        print(f"imported {written.name}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
