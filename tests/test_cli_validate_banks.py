"""``ptquiz validate`` and ``ptquiz banks`` as scripts and people use them: real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ptquiz_gui.domain.loader import bank_files

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "quizzes"
BAD_BANKS = Path(__file__).parent / "data" / "bad_banks"

FIXTURE = """\
format: 1
id: cli-fixture
title: Überblick — CLI fixture
topics: [cli]
questions:
  - id: shapes
    topic: tensors
    prompt: What is `torch.zeros(2, 3).shape`?
    choices:
      - torch.Size([3, 2])
      - torch.Size([2, 3])
      - torch.Size([6])
    answer: torch.Size([2, 3])
    explanation: The arguments are the sizes, in order.
  - id: index-answer
    prompt: Which is an optimizer?
    choices: [nn.Linear, optim.SGD]
    answer: 1
"""
QUESTION_KEYS = {"id", "type", "prompt", "choices", "answer", "answers", "explanation", "topic"}  # single-answer banks
BANK_KEYS = {"id", "title", "source", "questions"}
OPTIONAL_BANK_KEYS = {"description", "topics", "time_limit", "pass_mark"}


def ptquiz(
    *args: str, data_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def fixture_bank(tmp_path: Path) -> Path:
    path = tmp_path / "fixture.yaml"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


def test_validate_is_silent_and_exits_0_for_good_banks(data_dir: Path, fixture_bank: Path) -> None:
    paths = [str(fixture_bank)] + (["quizzes/"] if bank_files(BUNDLED) else [])
    done = ptquiz("validate", *paths, data_dir=data_dir)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")


def test_validate_prints_each_problem_as_path_line_column_message(data_dir: Path, fixture_bank: Path) -> None:
    bad = "tests/data/bad_banks/answer_index_out_of_range.yaml"
    missing = "no-such-bank.yaml"
    done = ptquiz("validate", str(fixture_bank), bad, missing, data_dir=data_dir)
    assert done.returncode == 1
    assert done.stderr == b""
    assert done.stdout.decode("utf-8").splitlines() == [
        f"{bad}:15:13: question 2 ('q2'): 'answer' is index 3, but the 3 choices are numbered 0 to 2",
        f"{missing}:1:1: no such file or folder",
    ]


def test_validate_checks_aiken_gift_and_moodle_files_as_import_reads_them(data_dir: Path, tmp_path: Path) -> None:
    """Not as YAML: a GIFT file used to get "unknown key '::q1:'" and "missing required key 'format'"."""
    good = tmp_path / "good.gift"
    good.write_text("::q1:: Which call computes gradients? {=loss.backward() ~loss.grad()}\n\n::e:: Explain.{}\n")
    broken = tmp_path / "broken.gift"
    broken.write_text("::q1:: Two and two? {=4 ~3}\n\n::q2:: Unclosed {=a ~b\n")
    aiken = tmp_path / "aiken.txt"
    aiken.write_text("Which is an optimizer?\nA. nn.Linear\nB. optim.SGD\nANSWER: C\n")
    xml = tmp_path / "quiz.xml"
    xml.write_text('<?xml version="1.0"?>\n<quiz>\n')

    assert ptquiz("validate", str(good), data_dir=data_dir).returncode == 0
    done = ptquiz("validate", str(broken), str(aiken), str(xml), data_dir=data_dir)
    assert done.returncode == 1
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines == [
        f'{broken}:3:1: unbalanced braces: "{{" is never closed',
        f"{aiken}:4:1: ANSWER: C is not among the choices (A, B)",
        f"{xml}:3:1: not well-formed XML: no element found",
    ]
    assert not any("required key" in line for line in lines)

    no_answer = tmp_path / "no-answer.txt"  # Aiken or GIFT? the content cannot say; the suffix does
    no_answer.write_text("What is 2+2?\nA. 3\nB. 4\n\nWhat is 3+3?\nA. 6\nB. 7\n")
    done = ptquiz("validate", str(no_answer), data_dir=data_dir)
    assert done.stdout.decode("utf-8").splitlines() == [
        f"{no_answer}:1:1: question has no ANSWER line",
        f"{no_answer}:5:1: question has no ANSWER line",
    ]

    linted = ptquiz("validate", "--lint", "--strict", str(good), data_dir=data_dir)
    assert linted.returncode == 1
    assert linted.stdout.decode("utf-8").splitlines() == [
        f"{good}:3:1: warning: not-imported: skipped essay question"
    ]

    cued = tmp_path / "cued.gift"  # the item-writing rules, at the file's own lines
    cued.write_text("// optimizers\n::q1::Which optimizer adapts per-parameter rates?"
                    "{=Adam ~SGD ~Momentum ~All of the above}\n")
    linted = ptquiz("validate", "--lint", str(cued), data_dir=data_dir)
    assert linted.returncode == 0
    assert linted.stdout.decode("utf-8").startswith(f"{cued}:2:1: warning: all-none-of-above: choice D is")


def test_a_file_named_twice_is_checked_once(data_dir: Path, fixture_bank: Path) -> None:
    """Twice, or as a folder and a file in it (as a hook passing a folder and the changed files
    does): the bank must not clash with itself."""
    folder = str(fixture_bank.parent)
    for paths in ([str(fixture_bank), str(fixture_bank)], [folder, str(fixture_bank)]):
        done = ptquiz("validate", *paths, data_dir=data_dir)
        assert (done.returncode, done.stdout) == (0, b""), done.stdout
    twin = fixture_bank.with_name("twin.yaml")
    twin.write_bytes(fixture_bank.read_bytes())
    done = ptquiz("validate", folder, data_dir=data_dir)
    assert done.returncode == 1, "two files with one id still clash"
    assert b"bank id 'cli-fixture' is already used by" in done.stdout


def test_validate_names_folder_members_by_the_folder_given(data_dir: Path) -> None:
    done = ptquiz("validate", "tests/data/bad_banks/duplicate_bank_ids", data_dir=data_dir)
    assert done.returncode == 1
    folder = Path("tests/data/bad_banks/duplicate_bank_ids")
    assert done.stdout.decode("utf-8").splitlines() == [
        f"{folder / 'b_second.yaml'}:3:5: bank id 'shared-id' is already used by {folder / 'a_first.yaml'}"
    ]


def test_validate_writes_utf8_whatever_the_terminal_encoding(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "umlaut.yaml"
    bad.write_text(FIXTURE.replace("answer: torch.Size([2, 3])", "answer: Größe"), encoding="utf-8")
    done = ptquiz("validate", str(bad), data_dir=data_dir, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 1
    assert done.stdout.decode("utf-8") == (
        f"{bad}:13:13: question 1 ('shapes'): 'answer' 'Größe' is not one of the choices; "
        "it must be the exact text of one choice, or its 0-based index\n"
    )


def test_banks_json_gives_every_bank_in_file_order_with_0_based_answers(data_dir: Path) -> None:
    (data_dir / "banks").mkdir()
    (data_dir / "banks" / "fixture.yaml").write_text(FIXTURE, encoding="utf-8")
    done = ptquiz("banks", "--json", data_dir=data_dir, env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert "Überblick".encode() in done.stdout
    listing = json.loads(done.stdout.decode("utf-8"))
    assert set(listing) == {"banks", "errors"}
    assert listing["errors"] == []
    for bank in listing["banks"]:
        assert BANK_KEYS <= set(bank) <= BANK_KEYS | OPTIONAL_BANK_KEYS
        for question in bank["questions"]:
            assert set(question) == QUESTION_KEYS
            assert 0 <= question["answer"] < len(question["choices"])
    bundled_ids = [b["id"] for b in listing["banks"] if b["source"] == "bundled"]
    assert len(bundled_ids) == len(bank_files(BUNDLED))
    user = [b for b in listing["banks"] if b["source"] == "user"]
    assert user == [
        {
            "id": "cli-fixture",
            "title": "Überblick — CLI fixture",
            "source": "user",
            "description": "",
            "topics": ["cli"],
            "time_limit": 120,
            "pass_mark": 70,
            "questions": [
                {
                    "id": "shapes",
                    "type": "single",
                    "prompt": "What is `torch.zeros(2, 3).shape`?",
                    "choices": ["torch.Size([3, 2])", "torch.Size([2, 3])", "torch.Size([6])"],
                    "answer": 1,
                    "answers": [1],
                    "explanation": "The arguments are the sizes, in order.",
                    "topic": "tensors",
                },
                {
                    "id": "index-answer",
                    "type": "single",
                    "prompt": "Which is an optimizer?",
                    "choices": ["nn.Linear", "optim.SGD"],
                    "answer": 1,
                    "answers": [1],
                    "explanation": "",
                    "topic": "",
                },
            ],
        }
    ]


def test_banks_json_lists_the_problems_of_banks_it_could_not_load(data_dir: Path) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "fixture.yaml").write_text(FIXTURE, encoding="utf-8")
    (banks / "twin.yaml").write_text(FIXTURE, encoding="utf-8")
    (banks / "broken.yaml").write_text(FIXTURE.replace("format: 1", "format: 2"), encoding="utf-8")
    done = ptquiz("banks", "--json", data_dir=data_dir)
    assert done.returncode == 0
    listing = json.loads(done.stdout.decode("utf-8"))
    assert [b["id"] for b in listing["banks"] if b["source"] == "user"] == ["cli-fixture"]
    assert listing["errors"] == [
        {
            "path": str(banks / "broken.yaml"),
            "line": 1,
            "column": 9,
            "message": "'format' is 2, but this version of ptquiz reads only format 1",
        },
        {
            "path": str(banks / "twin.yaml"),
            "line": 2,
            "column": 5,
            "message": f"bank id 'cli-fixture' is already used by {banks / 'fixture.yaml'}",
        },
    ]


def test_banks_prints_a_table_and_sends_problems_to_stderr(data_dir: Path) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "fixture.yaml").write_text(FIXTURE, encoding="utf-8")
    (banks / "broken.yaml").write_text("format: 1\nid: broken\n", encoding="utf-8")
    done = ptquiz("banks", data_dir=data_dir)
    assert done.returncode == 0
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines[0].split() == ["ID", "TITLE", "QUESTIONS", "SOURCE"]
    assert lines[-1].split() == ["cli-fixture", "Überblick", "—", "CLI", "fixture", "2", "user"]
    assert len(lines) == 2 + len(bank_files(BUNDLED))
    assert done.stderr.decode("utf-8").splitlines() == [
        f"{banks / 'broken.yaml'}:1:1: missing required key 'title'",
        f"{banks / 'broken.yaml'}:1:1: missing required key 'questions'",
    ]


@pytest.mark.parametrize(
    "command", [[], ["validate"], ["banks"], ["start"], ["history"], ["import"], ["export"]]
)
def test_help_of_every_command_exits_0(command: list[str], data_dir: Path) -> None:
    done = ptquiz(*command, "--help", data_dir=data_dir)
    assert done.returncode == 0
    assert done.stdout.decode("utf-8").startswith("usage: ptquiz")


@pytest.mark.parametrize("arguments", [["validate", "--strict", "x.yaml"], ["banks", "--yaml"], ["validate"]])
def test_usage_errors_exit_2(arguments: list[str], data_dir: Path) -> None:
    done = ptquiz(*arguments, data_dir=data_dir)
    assert done.returncode == 2
    assert done.stdout == b""
    assert b"usage: ptquiz" in done.stderr
