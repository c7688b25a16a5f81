"""The commands' output when the world is unkind: a file name that is not UTF-8, a full disk
or a closed standard output, a platform with no display. Never a traceback; the exit code
says what happened, and standard error says why. Real processes, as scripts run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BAD_NAME = os.fsdecode(b"bad\xe9.yaml")  # Latin-1 é: not UTF-8, as an old archive may name it


def ptquiz(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", *args],
        cwd=REPO,
        capture_output="stdout" not in kwargs,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.fixture
def badly_named(tmp_path: Path) -> Path:
    banks = tmp_path / "data" / "banks"
    banks.mkdir(parents=True)
    bad = banks / BAD_NAME
    bad.write_text("x: [", encoding="utf-8")
    return bad


def test_a_bank_whose_name_is_not_utf8_is_listed_among_the_errors(badly_named: Path) -> None:
    done = ptquiz("--data-dir", str(badly_named.parent.parent), "banks", "--json")
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout.decode("utf-8"))  # valid UTF-8 JSON, to the end
    assert len(listing["banks"]) == 12, "the bundled banks are all still listed"
    assert [error["path"] for error in listing["errors"]] == [str(badly_named)]


def test_validate_names_such_a_file_with_an_escape(badly_named: Path) -> None:
    done = ptquiz("validate", str(badly_named))
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert done.stdout.decode("utf-8").startswith(f"{badly_named.parent}/bad\\udce9.yaml:")


def test_a_full_disk_under_standard_output_is_said_not_raised(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux)")
    with open("/dev/full", "wb") as full:
        done = ptquiz("--data-dir", str(tmp_path), "banks", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8") == "ptquiz banks: could not write to standard output: No space left on device\n"


def test_a_closed_standard_output_is_said_not_raised(tmp_path: Path) -> None:
    done = subprocess.run(
        f'"{sys.executable}" -m ptquiz_gui --data-dir "{tmp_path}" history --csv >&-',
        shell=True, cwd=REPO, stderr=subprocess.PIPE, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert done.stderr.decode("utf-8") == "ptquiz history: standard output is closed; nothing was written\n"


def test_self_test_runs_alone(tmp_path: Path) -> None:
    done = ptquiz("--self-test", "validate", "no-such-bank.yaml")
    assert done.returncode == 2
    assert b"--self-test runs on its own; it cannot be given with validate" in done.stderr


def test_self_test_needs_no_display_whatever_the_platform_says() -> None:
    done = ptquiz("--self-test", env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("ptquiz ") and b"self-test ok" in done.stdout


def test_a_file_where_the_import_folder_should_be_is_named_as_such(tmp_path: Path) -> None:
    blocker = tmp_path / "elsewhere"
    blocker.write_text("not a folder", encoding="utf-8")
    source = tmp_path / "q.txt"
    source.write_text("Q?\nA. a\nB. b\nANSWER: A\n", encoding="utf-8")
    done = ptquiz("--data-dir", str(tmp_path), "import", "--to", str(blocker), str(source))
    assert done.returncode == 1
    assert done.stderr.decode("utf-8") == f"ptquiz import: cannot create the folder {blocker}: a file is in the way\n"


def test_export_to_an_empty_file_name_is_a_usage_error(tmp_path: Path) -> None:
    done = ptquiz("--data-dir", str(tmp_path), "export", "pytorch-01", "--format", "gift", "-o", "")
    assert done.returncode == 2
    assert b"argument -o/--output: needs a file name" in done.stderr


def test_a_file_where_the_bank_folder_should_be_is_reported(tmp_path: Path) -> None:
    """The user's banks would otherwise vanish from the list without a word."""
    (tmp_path / "banks").write_text("", encoding="utf-8")
    done = ptquiz("--data-dir", str(tmp_path), "banks", "--json")
    listing = json.loads(done.stdout.decode("utf-8"))
    assert len(listing["banks"]) == 12
    assert [(e["path"], e["message"].split(";")[0]) for e in listing["errors"]] == [
        (str(tmp_path / "banks"), "your bank folder is not a folder (a file or a broken link is in its place)")
    ]
