"""The import preview reads files in child processes and gets exactly what reading them here gives:
the same banks, the same problems with file, line and column, in the order the files were given."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import NoReturn

import pytest

from ptquiz_gui import import_reading
from ptquiz_gui.import_reading import prepare_each
from ptquiz_gui.importing import ImportCandidate, prepare

DATA = Path(__file__).parent / "data"
FILES = [
    DATA / "import" / "rich-bank.yaml",
    DATA / "bad_banks" / "duplicate_mapping_key.yaml",
    DATA / "import" / "aiken-malformed.txt",
    DATA / "bad_banks" / "encoding_latin1.yaml",
    DATA / "import" / "gift-skipped.gift",
    DATA / "bad_banks" / "answer_index_out_of_range.yaml",
]


def _not_here(paths: list[Path]) -> NoReturn:
    raise AssertionError(f"{paths} read in the window's process")


@pytest.fixture
def expected() -> list[ImportCandidate]:
    return prepare(FILES)


def test_the_files_are_read_in_another_process_with_the_same_results(
    monkeypatch: pytest.MonkeyPatch, expected: list[ImportCandidate], tmp_path: Path
) -> None:
    missing = tmp_path / "gone.yaml"
    monkeypatch.setattr(import_reading, "prepare", _not_here)  # a child process imports its own
    got = list(prepare_each([*FILES, missing]))
    assert got[:-1] == expected
    assert got[-1] == prepare([missing])[0]
    problems = [p for c in got for p in c.problems]
    assert any(p.startswith(f"{FILES[1]}:") for p in problems)  # path:line:col, as the loader words it
    assert [c.importable for c in got[:2]] == [True, False]


def test_when_no_process_can_be_started_this_thread_reads_them(
    monkeypatch: pytest.MonkeyPatch, expected: list[ImportCandidate]
) -> None:
    class NoChildren:
        def __init__(self, *_args: object) -> None:
            pass

        def submit(self, *_args: object) -> NoReturn:
            raise BrokenProcessPool("no processes here")

        def shutdown(self, **_kwargs: object) -> None:
            pass

    monkeypatch.setattr(import_reading, "ProcessPoolExecutor", NoChildren)
    assert list(prepare_each(FILES)) == expected


def test_reading_stops_once_asked(expected: list[ImportCandidate]) -> None:
    got: list[ImportCandidate] = []
    for candidate in prepare_each(FILES, stopped=lambda: len(got) >= 2):
        got.append(candidate)
    assert got == expected[:2]
