"""Hostile bank files (issue 15): over-long fields, pipes, symbolic link loops, huge imports
and bidi controls; each gets a plain message naming the file, and never blocks or spoofs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ptquiz_gui.domain.bank_cache import BankCache, FileOutcome, stamp_of
from ptquiz_gui.domain.bank_codec import bank_to_record
from ptquiz_gui.domain.field_limits import (
    MAX_CHOICE_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_TITLE_LENGTH,
    MAX_TOPIC_LENGTH,
)
from ptquiz_gui.domain.formats import convert_file
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.loader import load_bank_bytes, load_bank_file, load_paths
from ptquiz_gui.domain.model import Bank, BankError, BankSource, Problem, Question
from ptquiz_gui.importing import prepare

REPO = Path(__file__).resolve().parent.parent
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")


def bank_text(bank_id: str, prompt: str = "Pick b", title: str = "A bank") -> str:
    return (
        f"format: 1\nid: {bank_id}\ntitle: '{title}'\nquestions:\n"
        f"  - id: q1\n    prompt: {prompt}\n    choices: [a, b]\n    answer: b\n"
    )


def problems_of(text: str) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank_bytes(text.encode("utf-8"), "bank.yaml")
    return [str(p) for p in caught.value.problems]


def ptquiz(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI in its own process, so a command that blocks fails the test instead of hanging it."""
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


# --- 6: one field may not be longer than the documented limit -------------------------------


def test_a_one_megabyte_prompt_on_one_line_is_refused_and_the_other_banks_load(tmp_path: Path) -> None:
    (tmp_path / "a-good.yaml").write_text(bank_text("good"), encoding="utf-8")
    huge = tmp_path / "b-huge.yaml"
    huge.write_text(bank_text("huge", prompt="x" * 1_048_576), encoding="utf-8")
    (tmp_path / "c-fine.yaml").write_text(bank_text("fine"), encoding="utf-8")

    result = load_paths([tmp_path])

    assert [b.id for b in result.banks] == ["good", "fine"]
    assert [str(p) for p in result.problems] == [
        f"{huge}:6:13: question 1 ('q1'): 'prompt' is 1,048,576 characters long; at most 20,000 are allowed"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            bank_text("t", title="T" * (MAX_TITLE_LENGTH + 1)),
            "3:8: 'title' is 201 characters long; at most 200 are allowed",
        ),
        (
            bank_text("c").replace("[a, b]", f"[a, {'b' * (MAX_CHOICE_LENGTH + 1)}]"),
            "7:18: question 1 ('q1'): choice 2 is 2,001 characters long; at most 2,000 are allowed",
        ),
        (
            bank_text("p").replace("answer: b", f"answer: b\n    topic: {'t' * (MAX_TOPIC_LENGTH + 1)}"),
            "9:12: question 1 ('q1'): 'topic' is 201 characters long; at most 200 are allowed",
        ),
        (
            bank_text("e").replace("answer: b", f"answer: b\n    explanation: {'e' * (MAX_TEXT_LENGTH + 1)}"),
            "9:18: question 1 ('q1'): 'explanation' is 20,001 characters long; at most 20,000 are allowed",
        ),
    ],
)
def test_each_field_names_its_limit(text: str, message: str) -> None:
    assert problems_of(text) == [f"bank.yaml:{message}"]


def test_a_field_exactly_at_its_limit_is_fine() -> None:
    text = bank_text("edge", prompt="p" * MAX_TEXT_LENGTH, title="T" * MAX_TITLE_LENGTH)
    bank = load_bank_bytes(text.encode("utf-8"), "edge.yaml")
    assert len(bank.questions[0].prompt) == MAX_TEXT_LENGTH
    assert len(bank.title) == MAX_TITLE_LENGTH


def test_a_cached_bank_with_an_over_long_prompt_is_parsed_again(tmp_path: Path) -> None:
    # A cache written before the limit (or edited by hand) must not bring the long text back.
    path = tmp_path / "bank.yaml"
    path.write_text(bank_text("cached"), encoding="utf-8")
    huge = Question(id="q1", prompt="x" * 1_048_576, choices=("a", "b"), answer=1)
    stale = Bank(id="cached", title="A bank", questions=(huge,), path=path, source=BankSource.USER)
    cache = BankCache(tmp_path / "banks.json")
    stamp = stamp_of(path)
    cache.remember(path, BankSource.USER, stamp, FileOutcome(stale, Problem(str(path), 2, 5, "")))
    assert cache.save()

    lookup = BankCache(tmp_path / "banks.json").lookup(path, BankSource.USER, stamp)

    assert lookup is None
    assert bank_to_record(stale)["questions"][0][1] == huge.prompt  # the cache did hold it


# --- 7: only regular files are opened ---------------------------------------------------------


@needs_fifo
def test_validate_reports_a_named_pipe_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.yaml")
    (folder / "good.yaml").write_text(bank_text("good"), encoding="utf-8")

    run = ptquiz("validate", str(fifo), str(folder), data_dir=tmp_path / "data")

    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"{fifo}:1:1: not a regular file (a named pipe)",
        f"{folder / 'pipe.yaml'}:1:1: not a regular file (a named pipe)",
    ]


@needs_fifo
def test_import_reports_a_named_pipe_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "f.gift"
    os.mkfifo(fifo)

    run = ptquiz("import", str(fifo), "--to", str(tmp_path / "out"), data_dir=tmp_path / "data")

    assert run.returncode == 1
    assert run.stderr.splitlines() == [f"{fifo}: not a regular file (a named pipe)"]
    assert run.stdout == ""


@needs_fifo
def test_the_library_and_the_import_dialog_report_a_named_pipe(tmp_path: Path) -> None:
    # In a child process: if a pipe were opened for reading, this would block, not fail.
    user = tmp_path / "user"
    user.mkdir()
    os.mkfifo(user / "pipe.yaml")
    os.mkfifo(tmp_path / "drop.yaml")
    script = (
        "import sys; from pathlib import Path\n"
        "from ptquiz_gui.domain.library import load_library\n"
        "from ptquiz_gui.domain.bank_cache import BankCache\n"
        "from ptquiz_gui.importing import prepare\n"
        "t = Path(sys.argv[1])\n"
        "r = load_library(Path('quizzes'), t / 'user', BankCache(t / 'cache.json'))\n"
        "print(*[p for p in r.problems if 'user' in p.path], sep='\\n')\n"
        "print(*prepare([t / 'drop.yaml'])[0].problems, sep='\\n')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.stderr == ""
    assert run.stdout.splitlines() == [
        f"{user / 'pipe.yaml'}:1:1: not a regular file (a named pipe)",
        f"{tmp_path / 'drop.yaml'}: not a regular file (a named pipe)",
    ]


def test_a_folder_named_like_a_bank_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").mkdir()
    with pytest.raises(BankError) as caught:
        load_bank_file(tmp_path / "old.yaml")
    folder = tmp_path / "old.yaml"
    assert [str(p) for p in caught.value.problems] == [f"{folder}:1:1: not a regular file (a folder)"]
    assert convert_file(tmp_path / "old.yaml", None).problems == [
        f"{tmp_path / 'old.yaml'}: not a regular file (a folder)"
    ]


# --- 12a: symbolic link loops -----------------------------------------------------------------


@needs_symlinks
def test_a_symbolic_link_loop_is_reported_as_such_named_or_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    loop = folder / "loop.yaml"
    loop.symlink_to(loop)
    (folder / "good.yaml").write_text(bank_text("good"), encoding="utf-8")
    message = "symbolic link loop: the link leads back to itself (directly or through other links)"

    named = load_paths([loop])
    in_folder = load_paths([folder])
    library = load_library(REPO / "quizzes", folder)

    assert [str(p) for p in named.problems] == [f"{loop}:1:1: {message}"]
    assert [str(p) for p in in_folder.problems] == [f"{loop}:1:1: {message}"]
    assert [b.id for b in in_folder.banks] == ["good"]
    in_library = [str(p) for p in library.problems if p.path.startswith(str(folder))]
    assert in_library == [f"{loop}:1:1: {message}"]
    assert convert_file(loop, None).problems == [f"{loop}: {message}"]
    assert prepare([loop])[0].problems == [f"{loop}: {message}"]


# --- 12b: an import is refused by the size of the user's file -------------------------------


def test_a_three_megabyte_gift_file_is_refused_by_its_own_size(tmp_path: Path) -> None:
    source = tmp_path / "huge.gift"
    question = "What is 1 + 1? {=2 ~3 ~4}\n\n"
    source.write_text(question * (3_000_000 // len(question)), encoding="utf-8")

    result = convert_file(source, None)

    assert result.problems == [
        f"{source}: the file is larger than 2 MiB (2,097,152 bytes), the most a bank may be"
    ]
    assert result.bank_yaml == ""


def test_a_gift_file_whose_bank_would_be_too_large_names_the_file_not_the_conversion(
    tmp_path: Path,
) -> None:
    source = tmp_path / "wide.gift"
    # 2,000 questions with long choices: under 2 MiB as GIFT, over it as YAML.
    long = "c" * 250
    source.write_text(
        "".join(f"Q{i}? {{={long}1 ~{long}2 ~{long}3 ~{long}4}}\n\n" for i in range(2_000)),
        encoding="utf-8",
    )
    assert source.stat().st_size < 2 * 1024 * 1024

    result = convert_file(source, None)

    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"{source}: the bank made from this file would be ")
    assert result.problems[0].endswith(
        "bytes, more than the 2 MiB (2,097,152 bytes) a bank may be; split the file into smaller ones"
    )
    assert "(converted)" not in result.problems[0]


def test_an_imported_question_with_an_over_long_text_is_left_out_with_its_line(tmp_path: Path) -> None:
    source = tmp_path / "long.gift"
    source.write_text(
        f"Fine? {{=yes ~no}}\n\n{'x' * (MAX_TEXT_LENGTH + 1)}? {{=yes ~no}}\n", encoding="utf-8"
    )

    result = convert_file(source, "gift")

    assert result.problems == [
        f"{source}:3: the question text is 20,002 characters long; at most 20,000 are allowed"
    ]
    assert len(result.questions) == 1


# --- 12c: bidi controls in titles and topics are shown, not obeyed ---------------------------


def test_bidi_controls_in_a_title_and_topics_are_shown_as_code_points(tmp_path: Path) -> None:
    text = (
        "format: 1\nid: spoof\ntitle: \"Exam \u202egnp.exe\"\ntopics: [\"a\u2066b\u2069\"]\n"
        "questions:\n  - id: q1\n    topic: \"x\u200fy\"\n    prompt: Pick b\n"
        "    choices: [a, b]\n    answer: b\n"
    )
    path = tmp_path / "data" / "banks" / "spoof.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")

    bank = load_bank_file(path)
    listing = ptquiz("banks", data_dir=tmp_path / "data")

    assert bank.title == "Exam ⟨U+202E⟩gnp.exe"
    assert bank.topics == ("a⟨U+2066⟩b⟨U+2069⟩",)
    assert bank.questions[0].topic == "x⟨U+200F⟩y"
    assert listing.returncode == 0
    assert "Exam ⟨U+202E⟩gnp.exe" in listing.stdout
    assert "\u202e" not in listing.stdout


def test_bidi_controls_in_a_problem_message_are_shown(tmp_path: Path) -> None:
    text = bank_text("spoofed").replace("answer: b", 'answer: "\u202eb"')
    assert problems_of(text) == [
        "bank.yaml:8:13: question 1 ('q1'): 'answer' '⟨U+202E⟩b' is not one of the choices; "
        "did you mean 'b'?"
    ]


def test_the_title_of_an_imported_file_shows_bidi_controls(tmp_path: Path) -> None:
    source = tmp_path / "quiz\u202etxt.gift"
    source.write_text("Fine? {=yes ~no}\n", encoding="utf-8")

    result = convert_file(source, "gift")

    assert result.title == "Quiz⟨U+202E⟩txt"
    assert load_bank_bytes(result.bank_yaml.encode("utf-8"), "x").title == "Quiz⟨U+202E⟩txt"


def test_a_cached_title_with_a_bidi_control_is_shown_as_code_points(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(bank_text("cached"), encoding="utf-8")
    question = Question(id="q1", prompt="Pick b", choices=("a", "b"), answer=1)
    raw = Bank(id="cached", title="Exam \u202egnp", questions=(question,), path=path, source=BankSource.USER)
    cache = BankCache(tmp_path / "banks.json")
    stamp = stamp_of(path)
    cache.remember(path, BankSource.USER, stamp, FileOutcome(raw, Problem(str(path), 2, 5, "")))
    assert cache.save()

    outcome = BankCache(tmp_path / "banks.json").lookup(path, BankSource.USER, stamp)

    assert outcome is not None and outcome.bank is not None
    assert outcome.bank.title == "Exam ⟨U+202E⟩gnp"
