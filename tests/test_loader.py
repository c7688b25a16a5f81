"""Loading good banks: what the rest of the app gets from a bank file, and from folders of them."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ptquiz_gui.domain import yaml_nodes
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.loader import load_bank_bytes, load_bank_file, load_paths
from ptquiz_gui.domain.model import BankError, BankSource

REPO = Path(__file__).resolve().parent.parent
BAD_BANKS = Path(__file__).parent / "data" / "bad_banks"

SMALL = """\
format: 1
id: small
title: Small bank
questions:
  - id: first
    prompt: Pick b
    choices: [a, b, c]
    answer: b
  - id: second
    topic: numbers
    prompt: Which index is 'z'?
    choices:
      - x
      - y
      - z
    answer: 2
    explanation: Indexes count from 0.
"""


def bank_text(bank_id: str, *question_ids: str) -> str:
    questions = "".join(
        f"  - id: {q}\n    prompt: Question {q}\n    choices: [yes-{q}, no-{q}]\n    answer: yes-{q}\n"
        for q in question_ids or ("q1",)
    )
    return f"format: 1\nid: {bank_id}\ntitle: Bank {bank_id}\nquestions:\n{questions}"


def messages(data: str | bytes) -> list[str]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(BankError) as caught:
        load_bank_bytes(raw, "bank.yaml")
    return [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]


def test_the_complete_example_of_the_format_doc_loads_as_documented() -> None:
    doc = (REPO / "docs" / "bank-format.md").read_text(encoding="utf-8")
    match = re.search(r"^```yaml\n(.*?)^```$", doc, re.DOTALL | re.MULTILINE)
    assert match is not None
    bank = load_bank_bytes(match.group(1).encode("utf-8"), "bank-format.md")
    assert (bank.id, bank.title, bank.time_limit, bank.pass_mark) == (
        "tensors-basics",
        "Tensor basics",
        600,
        70,
    )
    assert bank.topics == ("tensors", "broadcasting")
    assert bank.description == "Element-wise arithmetic, shapes and broadcasting.\n"
    (question,) = bank.questions
    assert question.id == "elementwise-divide"
    assert question.topic == "tensors"
    assert question.choices == (
        "tensor([7., 7., 7.])",
        "tensor([3., 3., 3.])",
        "tensor([2., 2., 2.])",
        "tensor([7., 9., 11.])",
    )
    assert question.answer == 0
    assert question.key_text == "tensor([7., 7., 7.])"
    assert "```python\na = torch.tensor([2., 4., 6.])" in question.prompt
    assert question.explanation.startswith("Element-wise: [2/1, 4/2, 6/3]")
    assert question.verify is not None and "assert str(out) == ANSWER" in question.verify


def test_a_bank_file_gives_answers_as_indexes_lines_hash_path_and_source(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    bank = load_bank_file(path, BankSource.USER)
    assert bank.path == path
    assert bank.source is BankSource.USER
    assert bank.content_hash == hashlib.sha256(SMALL.encode("utf-8")).hexdigest()
    first, second = bank.questions
    assert (first.id, first.answer, first.key_text, first.line) == ("first", 1, "b", 5)
    assert (second.id, second.answer, second.key_text, second.line) == ("second", 2, "z", 9)
    assert (second.topic, second.explanation) == ("numbers", "Indexes count from 0.")


def test_optional_fields_default_as_the_format_doc_says() -> None:
    bank = load_bank_bytes(SMALL.encode(), "small.yaml")
    assert (bank.description, bank.topics, bank.pass_mark) == ("", (), 70)
    assert bank.effective_time_limit == 60 * 2
    assert bank.path is None
    assert bank.source is BankSource.EXTERNAL
    assert (bank.questions[0].explanation, bank.questions[0].topic, bank.questions[0].verify) == (
        "",
        "",
        None,
    )


def test_empty_optional_text_counts_as_absent() -> None:
    text = SMALL.replace("    explanation: Indexes count from 0.\n", "    explanation:\n    topic: ''\n")
    text = text.replace("    topic: numbers\n", "")
    second = load_bank_bytes(text.encode(), "x.yaml").questions[1]
    assert (second.explanation, second.topic) == ("", "")


def test_a_utf8_bom_and_crlf_line_endings_are_accepted_with_the_same_lines() -> None:
    plain = load_bank_bytes(SMALL.encode(), "lf.yaml")
    for data in (
        b"\xef\xbb\xbf" + SMALL.encode(),
        SMALL.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + SMALL.replace("\n", "\r\n").encode(),
    ):
        other = load_bank_bytes(data, "other.yaml")
        assert other.questions == plain.questions
        assert other.content_hash == hashlib.sha256(data).hexdigest() != plain.content_hash


def test_the_crlf_and_bom_corpus_files_really_have_those_bytes() -> None:
    assert b"\r\n" in (BAD_BANKS / "crlf_fault.yaml").read_bytes()
    assert (BAD_BANKS / "encoding_utf8_bom_fault.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (BAD_BANKS / "encoding_utf16_bom.yaml").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_non_ascii_text_loads_and_columns_count_characters() -> None:
    text = SMALL.replace("Pick b", "Wähle „b“ — 选择 b 🙂")
    assert load_bank_bytes(text.encode(), "x.yaml").questions[0].prompt == "Wähle „b“ — 选择 b 🙂"
    bad = SMALL.replace("Pick b", "Wähle „b“ — 选择 🙂: b")
    assert messages(bad) == [
        "6:29: a ': ' inside an unquoted value; put the whole value in quotes (or fix the indentation)"
    ]


def test_every_problem_of_a_file_is_reported_in_line_order() -> None:
    text = """\
format: 3
id: Bad Bank
title: ''
pass_mark: 70.5
questions:
  - id: q1
    prompt: Which?
    choices: [a, a, 7]
    answer: c
  - id: q1
    promt: Which?
    choices: [a, b]
    answer: 5
"""
    assert messages(text) == [
        "1:9: 'format' is 3, but this version of ptquiz reads only format 1",
        "2:5: 'id' 'Bad Bank' contains ' '; an id may use only the letters a-z and A-Z, "
        "digits, '-', '_' and '.'",
        "3:8: 'title' is empty",
        "4:12: 'pass_mark' must be a whole percent from 0 to 100, not the number 70.5",
        "8:18: question 1 ('q1'): choice 2 repeats choice 1",
        "8:21: question 1 ('q1'): choice 3 is 7, which YAML reads as a number, not text; "
        "put it in quotes: '7'",
        "10:5: question 2 ('q1'): missing required key 'prompt'",
        "10:9: question 2: id 'q1' is already used by question 1 on line 6",
        "11:5: question 2 ('q1'): unknown key 'promt'; did you mean 'prompt'?",
        "13:13: question 2 ('q1'): 'answer' is index 5, but the 2 choices are numbered 0 to 1",
    ]


@pytest.mark.parametrize(
    ("choice", "reading"),
    [
        ("yes", "a true/false value"),
        ("off", "a true/false value"),
        ("3.14", "a number"),
        ("~", "no value (null)"),
    ],
)
def test_choices_yaml_would_not_read_as_text_are_named_with_a_quoting_fix(choice: str, reading: str) -> None:
    text = SMALL.replace("choices: [a, b, c]", f"choices: [a, b, {choice}]")
    assert messages(text) == [
        f"7:21: question 1 ('first'): choice 3 is {choice}, which YAML reads as {reading}, not text; "
        f"put it in quotes: '{choice}'"
    ]


def test_quoted_numbers_and_booleans_are_text_and_an_unquoted_answer_gets_a_hint() -> None:
    text = SMALL.replace(
        "choices: [a, b, c]\n    answer: b", "choices: ['True', 'False']\n    answer: 'False'"
    )
    assert load_bank_bytes(text.encode(), "x.yaml").questions[0].key_text == "False"
    assert messages(text.replace("answer: 'False'", "answer: False")) == [
        "8:13: question 1 ('first'): 'answer' must be the exact text of a choice or its 0-based index, "
        "not the true/false value False; to mean the choice 'False', put it in quotes"
    ]


def test_aliases_are_followed_up_to_the_limit_and_refused_beyond_it() -> None:
    def with_aliases(count: int) -> str:
        refs = "".join(
            f"  - id: q{i}\n    prompt: Pick\n    choices: *pair\n    answer: a\n" for i in range(count)
        )
        return f"format: 1\nid: aliases\ntitle: Aliases\nshared: &pair [a, b]\nquestions:\n{refs}"

    allowed = (
        with_aliases(32)
        .replace("shared: &pair [a, b]\n", "")
        .replace("choices: *pair", "choices: &pair [a, b]", 1)
    )
    bank = load_bank_bytes(allowed.encode(), "aliases.yaml")
    assert len(bank.questions) == 32
    assert all(q.choices == ("a", "b") for q in bank.questions)
    too_many = allowed + "extra: [*pair, *pair]\n"
    assert messages(too_many) == [
        "131:5: the file uses aliases ('*name') more than 32 times; a bank may use at most 32"
    ]


def test_an_aliased_question_is_a_second_question_with_the_same_id() -> None:
    text = (
        "format: 1\nid: a\ntitle: A\nquestions:\n"
        "  - &q {id: q1, prompt: P, choices: [a, b], answer: a}\n"
        "  - *q\n"
    )
    assert messages(text) == ["5:13: question 2: id 'q1' is already used by question 1 on line 5"]


def test_nesting_is_allowed_to_32_levels_and_refused_deeper() -> None:
    def nested(depth: int) -> str:
        inner = "[" * (depth - 2) + "x" + "]" * (depth - 2)
        return SMALL.replace("title: Small bank", f"title: Small bank\nextra: {inner}")

    assert messages(nested(32)) == [
        "4:1: unknown key 'extra'; the keys a bank may have are: format, id, title, description, "
        "topics, time_limit, pass_mark, scoring, questions, lint"
    ]
    assert messages(nested(33)) == ["4:39: lists and mappings are nested more than 32 deep"]


def test_ten_thousand_questions_load_and_one_more_is_refused() -> None:
    ids = [f"q{i}" for i in range(10_000)]
    bank = load_bank_bytes(bank_text("big", *ids).encode(), "big.yaml")
    assert [q.id for q in bank.questions] == ids
    assert messages(bank_text("big", *ids, "q10000")) == [
        "5:3: 'questions' has 10001 questions; a bank may have at most 10000"
    ]


def test_load_bank_file_names_the_file_in_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("format: 1\n", encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank_file(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:1:1: missing required key 'id'",
        f"{path}:1:1: missing required key 'title'",
        f"{path}:1:1: missing required key 'questions'",
    ]
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)


def test_load_bank_file_on_a_folder_or_a_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    for path, message in (
        (tmp_path, "not a regular file (a folder)"),
        (tmp_path / "no.yaml", "no such file or folder"),
    ):
        with pytest.raises(BankError) as caught:
            load_bank_file(path)
        assert [str(p) for p in caught.value.problems] == [f"{path}:1:1: {message}"]


def test_load_paths_reads_bank_files_of_folders_by_name_and_not_below(tmp_path: Path) -> None:
    (tmp_path / "b.yml").write_text(bank_text("bank-b"), encoding="utf-8")
    (tmp_path / "a.yaml").write_text(bank_text("bank-a"), encoding="utf-8")
    (tmp_path / "C.YAML").write_text(bank_text("bank-c"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a bank", encoding="utf-8")
    (tmp_path / ".a.yaml.swp").write_text("editor junk", encoding="utf-8")
    (tmp_path / ".hidden.yaml").write_text("editor junk", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper.yaml").write_text(bank_text("deeper"), encoding="utf-8")
    single = tmp_path / "sub" / "deeper.yaml"
    result = load_paths([tmp_path, single])
    assert result.problems == []
    assert [b.id for b in result.banks] == ["bank-c", "bank-a", "bank-b", "deeper"]
    assert [b.path for b in result.banks] == [
        tmp_path / "C.YAML",
        tmp_path / "a.yaml",
        tmp_path / "b.yml",
        single,
    ]


def test_load_paths_reports_missing_paths_and_empty_folders_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(bank_text("good"), encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing.yaml"
    result = load_paths([missing, empty, good])
    assert [b.id for b in result.banks] == ["good"]
    assert [str(p) for p in result.problems] == [
        f"{missing}:1:1: no such file or folder",
        f"{empty}:1:1: the folder holds no .yaml or .yml bank files",
    ]


def test_an_unreadable_file_is_a_problem_at_line_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_text(bank_text("locked"), encoding="utf-8")
    real_open = os.open

    def refusing_open(path: object, *args: Any, **kwargs: Any) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)  # chmod cannot lock a file for root
    result = load_paths([tmp_path])
    assert result.banks == []
    assert [str(p) for p in result.problems] == [f"{locked}:1:1: cannot read the file: Permission denied"]


def test_the_library_loads_bundled_then_user_banks_and_refuses_a_reused_id(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    user = tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "one.yaml").write_text(bank_text("one"), encoding="utf-8")
    (bundled / "two.yaml").write_text(bank_text("two"), encoding="utf-8")
    (user / "mine.yaml").write_text(bank_text("mine"), encoding="utf-8")
    (user / "copy.yaml").write_text(bank_text("two"), encoding="utf-8")
    (user / "broken.yaml").write_text("format: 1\n", encoding="utf-8")
    result = load_library(bundled, user)
    assert [(b.id, b.source) for b in result.banks] == [
        ("one", BankSource.BUNDLED),
        ("two", BankSource.BUNDLED),
        ("mine", BankSource.USER),
    ]
    assert [str(p) for p in result.problems] == [
        f"{user / 'broken.yaml'}:1:1: missing required key 'id'",
        f"{user / 'broken.yaml'}:1:1: missing required key 'title'",
        f"{user / 'broken.yaml'}:1:1: missing required key 'questions'",
        f"{user / 'copy.yaml'}:2:5: bank id 'two' is already used by {bundled / 'two.yaml'}",
    ]


def test_the_library_without_a_user_folder_has_just_the_bundled_banks(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text(bank_text("one"), encoding="utf-8")
    result = load_library(tmp_path, tmp_path / "not-created-yet")
    assert [b.id for b in result.banks] == ["one"]
    assert result.problems == []


def test_a_missing_bundled_folder_is_reported(tmp_path: Path) -> None:
    result = load_library(tmp_path / "gone", tmp_path)
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'gone'}:1:1: the folder of bundled banks is missing; reinstall ptquiz"
    ]


def test_the_pure_python_loader_gives_the_same_banks_and_refuses_the_same_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_libyaml = load_bank_bytes(SMALL.encode(), "small.yaml")
    monkeypatch.setattr(yaml_nodes, "_Loader", yaml.SafeLoader)
    assert load_bank_bytes(SMALL.encode(), "small.yaml") == with_libyaml
    for path in sorted(BAD_BANKS.glob("*.yaml")):
        with pytest.raises(BankError) as caught:
            load_bank_file(path)
        assert caught.value.problems, path.name
        assert all(p.line >= 1 and p.column >= 1 for p in caught.value.problems)


def test_an_unlistable_folder_is_a_problem_in_validate_and_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "bundled"
    locked = tmp_path / "locked"
    bundled.mkdir()
    locked.mkdir()
    (bundled / "one.yaml").write_text(bank_text("one"), encoding="utf-8")
    (locked / "mine.yaml").write_text(bank_text("mine"), encoding="utf-8")
    real_iterdir = Path.iterdir

    def refusing_iterdir(self: Path) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refusing_iterdir)
    expected = [f"{locked}:1:1: cannot read the folder: Permission denied"]
    assert [str(p) for p in load_paths([locked]).problems] == expected
    library = load_library(bundled, locked)
    assert [b.id for b in library.banks] == ["one"]
    assert [str(p) for p in library.problems] == expected
