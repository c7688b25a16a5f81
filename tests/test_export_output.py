"""``ptquiz export -o PATH`` writes a regular file atomically, writes through pipes and
devices, follows links, and refuses what it cannot write to. It never replaces a node."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest
from test_loader import bank_text

from ptquiz_gui.cli import main

REPO = Path(__file__).resolve().parent.parent
ANSWERS = 3  # the bank below: three questions, each with one ANSWER: line in Aiken
REPORT = "exported 3 of 3 questions of mine"


@pytest.fixture
def data_dir(data_dir: Path) -> Path:
    """A data folder holding one small bank of the user's, ``mine``."""
    (data_dir / "banks").mkdir()
    (data_dir / "banks" / "mine.yaml").write_text(bank_text("mine", "q1", "q2", "q3"), encoding="utf-8")
    return data_dir


def export(capsys: pytest.CaptureFixture[str], data_dir: Path, target: Path) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "export", "mine", "--format", "aiken", "-o", str(target)])
    out, err = capsys.readouterr()
    return code, out, err


def run_export_to_dev_stdout(data_dir: Path, stdout: int | IO[bytes]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), "export", "mine"]
        + ["--format", "aiken", "-o", "/dev/stdout"],
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=REPO,
        timeout=120,
    )


def test_a_symlink_stays_a_link_and_its_target_gets_the_bank(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old content\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)

    code, out, err = export(capsys, data_dir, link)

    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").count("\nANSWER: ") == ANSWERS
    assert out == f"{REPORT} to {link}\n"


def test_a_dangling_symlink_gets_its_target_created(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    real = tmp_path / "not-yet.txt"
    link = tmp_path / "link.txt"
    link.symlink_to(real)

    code, _, err = export(capsys, data_dir, link)

    assert code == 0, err
    assert link.is_symlink() and real.read_text(encoding="utf-8").count("\nANSWER: ") == ANSWERS


def test_a_fifo_is_written_through_and_stays_a_fifo(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # A reader is there (a pipe's buffer holds this small bank, so nobody needs to read yet).
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        code, out, err = export(capsys, data_dir, fifo)
        received = os.read(reader, 1 << 16)
    finally:
        os.close(reader)

    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received.decode("utf-8").count("\nANSWER: ") == ANSWERS
    assert out == ""  # the report goes to stderr when the bank went through a pipe or device
    assert err.splitlines()[-1] == f"{REPORT} to {fifo}"  # after the format's notes


def test_a_fifo_nobody_reads_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    code, out, err = export(capsys, data_dir, fifo)

    assert code == 1 and out == ""
    assert err.splitlines()[-1] == (
        f"ptquiz export: {fifo} is a named pipe (FIFO) that no program is reading; start the reader first"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_character_device_is_written_through_and_stays_a_device(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    node = tmp_path / "null"
    null = os.stat("/dev/null")
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, null.st_rdev)  # a /dev/null of the test's own
    except PermissionError:
        pytest.skip("cannot create a device node here (mknod needs CAP_MKNOD)")

    code, _, err = export(capsys, data_dir, node)

    assert code == 0, err
    info = os.lstat(node)
    assert stat.S_ISCHR(info.st_mode) and info.st_rdev == null.st_rdev


@pytest.mark.parametrize("kind", ["folder", "socket", "link-loop"])
def test_what_cannot_take_a_bank_is_refused_and_left_as_it_is(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "target"
    held = None
    if kind == "folder":
        target.mkdir()
        said = "is a folder, not a regular file; nothing was written"
    elif kind == "socket":
        held = socket.socket(socket.AF_UNIX)
        held.bind(str(target))
        said = "is a socket, not a regular file; nothing was written"
    else:
        target.symlink_to(tmp_path / "other")
        (tmp_path / "other").symlink_to(target)
        said = "is a loop of symbolic links; nothing was written"
    before = os.lstat(target)
    try:
        code, out, err = export(capsys, data_dir, target)
    finally:
        if held is not None:
            held.close()

    assert code == 1 and out == ""
    assert err.splitlines()[-1] == f"ptquiz export: {target} {said}"
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_dev_stdout_writes_into_the_pipe_the_caller_reads(data_dir: Path) -> None:
    done = run_export_to_dev_stdout(data_dir, subprocess.PIPE)

    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").count("\nANSWER: ") == ANSWERS
    assert done.stderr.decode("utf-8").splitlines()[-1] == f"{REPORT} to /dev/stdout"


def test_dev_stdout_redirected_to_a_file_appends_instead_of_replacing_it(
    data_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "log.txt"
    log.write_text("kept line\n")
    with log.open("ab") as appended:
        done = run_export_to_dev_stdout(data_dir, appended)

    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("kept line\n") and text.count("\nANSWER: ") == ANSWERS
