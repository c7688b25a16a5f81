"""Atomic file writes: whole old file or whole new file, with retries while another program holds it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ptquiz_gui import atomic_files as atomic
from ptquiz_gui.atomic_files import REPLACE_ATTEMPTS, atomic_writer, write_bytes_atomic, write_text_atomic


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_and_replaces_existing_files_leaving_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_text_atomic(target, '{"theme": "dark"}\n')
    assert target.read_text(encoding="utf-8") == '{"theme": "dark"}\n'
    write_text_atomic(target, "ünïcode\r\nkept as given\n")
    assert target.read_bytes() == "ünïcode\r\nkept as given\n".encode()
    write_bytes_atomic(tmp_path / "export.bin", b"\x00\x01")
    assert (tmp_path / "export.bin").read_bytes() == b"\x00\x01"
    assert _leftovers(tmp_path) == []


def test_a_failure_while_writing_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old content\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(target) as out:
        out.write("half of the new")
        raise RuntimeError("the export failed midway")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert _leftovers(tmp_path) == []


def test_a_file_briefly_held_by_another_program_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")
    real_replace = os.replace
    refusals = 2

    def held(source: str, destination: str) -> None:
        nonlocal refusals
        if refusals:
            refusals -= 1
            raise PermissionError(13, "The process cannot access the file because it is being used")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", held)
    waits: list[float] = []
    with atomic_writer(target, sleep=waits.append) as out:
        out.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert waits == [atomic.FIRST_DELAY, atomic.FIRST_DELAY * 2]
    assert _leftovers(tmp_path) == []


def test_gives_up_after_a_bounded_number_of_tries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")
    calls = 0

    def always_held(source: str, destination: str) -> None:
        nonlocal calls
        calls += 1
        raise PermissionError(13, "in use")

    monkeypatch.setattr(os, "replace", always_held)
    waits: list[float] = []
    with pytest.raises(PermissionError), atomic_writer(target, sleep=waits.append) as out:
        out.write("new")
    assert calls == REPLACE_ATTEMPTS
    assert len(waits) == REPLACE_ATTEMPTS - 1 and max(waits) <= atomic.MAX_DELAY
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_other_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0

    def broken(source: str, destination: str) -> None:
        nonlocal calls
        calls += 1
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", broken)
    with (
        pytest.raises(OSError, match="Input/output"),
        atomic_writer(tmp_path / "x.txt", sleep=lambda s: None) as out,
    ):
        out.write("x")
    assert calls == 1


def test_new_files_get_normal_permissions_and_replaced_files_keep_theirs(tmp_path: Path) -> None:
    fresh = tmp_path / "export.json"
    write_text_atomic(fresh, "{}")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask

    private = tmp_path / "settings.json"
    private.write_text("{}", encoding="utf-8")
    private.chmod(0o600)
    write_text_atomic(private, '{"a": 1}')
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_an_exclusive_write_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "bank.yaml"
    write_bytes_atomic(target, b"first", exclusive=True)
    with pytest.raises(FileExistsError):
        write_bytes_atomic(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    assert _leftovers(tmp_path) == []
