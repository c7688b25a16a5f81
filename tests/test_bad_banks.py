"""Every file in tests/data/bad_banks has one fault; each must give exactly these problems.

The messages are what a bank author reads in ``ptquiz validate`` and in the library's
problems panel, so they are pinned word for word, with their line and column.
"""

# ruff: noqa: E501

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

import pytest

from ptquiz_gui.domain.loader import MAX_BANK_BYTES, load_bank_bytes, load_bank_file, load_paths
from ptquiz_gui.domain.model import BankError

BAD_BANKS = Path(__file__).parent / "data" / "bad_banks"
MEMORY_CAP = 20 * 1024 * 1024

GOOD_BANK = """\
format: 1
id: still-good
title: A good bank among bad ones
questions:
  - id: q1
    prompt: Which call computes gradients?
    choices: [loss.backward(), optimizer.step(), model.eval()]
    answer: loss.backward()
"""

EXPECTED: dict[str, list[str]] = {
    "alias_bomb.yaml": [
        "10:7: the file uses aliases ('*name') more than 32 times; a bank may use at most 32",
    ],
    "answer_ambiguous_index.yaml": [
        "11:13: question 1 ('q1'): 'answer' 1 is ambiguous: as a 0-based index it means choice 2 ('2'), but '1' is also the text of choice 1; write the answer as the choice's text in quotes",
    ],
    "answer_bool.yaml": [
        "15:13: question 2 ('q2'): 'answer' must be the exact text of a choice or its 0-based index, not the true/false value true",
    ],
    "answer_index_out_of_range.yaml": [
        "15:13: question 2 ('q2'): 'answer' is index 3, but the 3 choices are numbered 0 to 2",
    ],
    "answer_letter.yaml": [
        "15:13: question 2 ('q2'): 'answer' 'A' is not one of the choices; write the exact text of the choice or its 0-based index, not a letter",
    ],
    "answer_missing.yaml": [
        "12:5: question 2 ('q2'): missing required key 'answer'",
    ],
    "answer_not_a_choice.yaml": [
        "15:13: question 2 ('q2'): 'answer' 'torch.optimizer' is not one of the choices; did you mean 'torch.optim'?",
    ],
    "bad_bank_id_chars.yaml": [
        "3:5: 'id' 'tensor basics' contains ' '; an id may use only the letters a-z and A-Z, digits, '-', '_' and '.'",
    ],
    "bad_format_version.yaml": [
        "2:9: 'format' is 2, but this version of ptquiz reads only format 1",
    ],
    "bad_question_id_chars.yaml": [
        "12:9: question 2: 'id' 'nn/layers' contains '/'; an id may use only the letters a-z and A-Z, digits, '-', '_' and '.'",
    ],
    "bank_id_number.yaml": [
        "3:5: 'id' is 2024, which YAML reads as a number, not text; put it in quotes: '2024'",
    ],
    "bank_id_too_long.yaml": [
        "3:5: 'id' is 65 characters long; an id may have at most 64",
    ],
    "binary_png.yaml": [
        "3:1: the file contains a NUL byte: it is binary data, not YAML text",
    ],
    "choice_bool.yaml": [
        "10:9: question 1 ('q1'): choice 2 is False, which YAML reads as a true/false value, not text; put it in quotes: 'False'",
    ],
    "choice_empty.yaml": [
        "10:9: question 1 ('q1'): choice 2 is empty",
    ],
    "choice_mapping.yaml": [
        "10:9: question 1 ('q1'): choice 2 must be text, not a mapping; if the text contains ': ', put it in quotes",
    ],
    "choice_number.yaml": [
        "10:9: question 1 ('q1'): choice 2 is 3, which YAML reads as a number, not text; put it in quotes: '3'",
    ],
    "control_character.yaml": [
        "7:27: the file contains the control character U+0007, which YAML does not allow",
    ],
    "crlf_fault.yaml": [
        "12:5: question 1 ('q1'): unknown key 'hint'; did you mean 'lint'?",
    ],
    "deep_nesting.yaml": [
        "5:45: lists and mappings are nested more than 32 deep",
    ],
    "duplicate_choices.yaml": [
        "14:38: question 2 ('q2'): choice 3 repeats choice 1",
    ],
    "duplicate_mapping_key.yaml": [
        "12:5: question 1 ('q1'): key 'prompt' appears twice in this mapping (first on line 7)",
    ],
    "duplicate_question_ids.yaml": [
        "12:9: question 2: id 'q1' is already used by question 1 on line 6",
    ],
    "empty.yaml": [
        "1:1: the file is empty; a bank needs at least the keys 'format', 'id', 'title' and 'questions'",
    ],
    "empty_prompt.yaml": [
        "13:12: question 2 ('q2'): 'prompt' is empty",
    ],
    "empty_title.yaml": [
        "4:8: 'title' is empty",
    ],
    "encoding_latin1.yaml": [
        "7:37: the file is not UTF-8 text (byte 0xe9 cannot start or continue a UTF-8 character here); save it as UTF-8",
    ],
    "encoding_utf16_bom.yaml": [
        "1:1: the file is UTF-16 text; save it as UTF-8",
    ],
    "encoding_utf8_bom_fault.yaml": [
        "15:13: question 2 ('q2'): 'answer' 'torch.nnn' is not one of the choices; did you mean 'torch.nn'?",
    ],
    "explanation_number.yaml": [
        "16:18: question 2 ('q2'): 'explanation' is 42, which YAML reads as a number, not text; put it in quotes: '42'",
    ],
    "format_as_text.yaml": [
        "2:9: 'format' must be the whole number 1, not the text 'one'",
    ],
    "merge_key.yaml": [
        "13:5: question 2 ('q2'): merge keys ('<<') are not supported; write the keys out in full",
    ],
    "missing_format.yaml": [
        "2:1: missing required key 'format'",
    ],
    "missing_prompt.yaml": [
        "12:5: question 2 ('q2'): missing required key 'prompt'",
    ],
    "missing_question_id.yaml": [
        "12:5: question 2: missing required key 'id'",
    ],
    "missing_title.yaml": [
        "2:1: missing required key 'title'",
    ],
    "multiple_documents.yaml": [
        "16:1: a second YAML document starts here; a bank is one document, so remove the '---' line",
    ],
    "negative_time_limit.yaml": [
        "5:13: 'time_limit' must be a whole number of seconds from 1 to 86400, not -60",
    ],
    "only_comments.yaml": [
        "1:1: the file is empty; a bank needs at least the keys 'format', 'id', 'title' and 'questions'",
    ],
    "pass_mark_150.yaml": [
        "5:12: 'pass_mark' must be a whole percent from 0 to 100, not 150",
    ],
    "question_not_mapping.yaml": [
        "12:5: question 2 must be a mapping with the keys 'id', 'prompt', 'choices' and 'answer', not the text 'Which module holds the layers?'",
    ],
    "questions_empty.yaml": [
        "5:12: 'questions' is empty; a bank needs at least one question",
    ],
    "questions_not_list.yaml": [
        "6:3: 'questions' must be a list of questions, not a mapping",
    ],
    "syntax_backtick_start.yaml": [
        "13:13: an unquoted value cannot start with '`'; put the whole value in quotes",
    ],
    "syntax_bad_escape.yaml": [
        "7:25: a backslash starts an unknown escape inside double quotes; use single quotes, or write '\\\\' for '\\'",
    ],
    "syntax_bad_indent.yaml": [
        "11:4: this does not fit the list that starts on line 6: check this line's indentation (the items of a list start with '- ' in the same column)",
    ],
    "syntax_colon_in_value.yaml": [
        "7:17: a ': ' inside an unquoted value; put the whole value in quotes (or fix the indentation)",
    ],
    "syntax_list_item_indent.yaml": [
        "10:6: this does not fit the mapping that starts on line 6: check this line's indentation, and put a value that contains quotes or ': ' in quotes as a whole",
    ],
    "syntax_stray_text_after_quote.yaml": [
        "11:17: this does not fit the mapping that starts on line 6: check this line's indentation, and put a value that contains quotes or ': ' in quotes as a whole",
    ],
    "syntax_tab_indent.yaml": [
        "7:1: tab characters cannot indent YAML; use spaces",
    ],
    "syntax_unclosed_flow_list.yaml": [
        "15:11: expected ',' or ']' in the '[...]' list that starts on line 14; put items that contain ',', ':' or brackets in quotes",
    ],
    "syntax_unclosed_flow_mapping.yaml": [
        "13:1: expected ',' or '}' in the '{...}' mapping that starts on line 12; put values that contain ',', ':' or braces in quotes",
    ],
    "syntax_unclosed_quote.yaml": [
        "16:1: the quoted text that starts on line 15 is never closed; add the closing quote",
    ],
    "syntax_undefined_alias.yaml": [
        "10:9: the alias '*args' refers to no anchor '&args' before it; to write the text '*args', put it in quotes",
    ],
    "tag_custom.yaml": [
        "10:9: the tag '!choice' is not allowed; a bank holds only text, numbers, true/false, lists and mappings",
    ],
    "tag_python_name.yaml": [
        "13:13: the tag '!!python/name:os.system' is not allowed; a bank holds only text, numbers, true/false, lists and mappings",
    ],
    "tag_python_object_apply.yaml": [
        "4:8: the tag '!!python/object/apply:os.system' is not allowed; a bank holds only text, numbers, true/false, lists and mappings",
    ],
    "time_limit_text.yaml": [
        "5:13: 'time_limit' must be a whole number of seconds from 1 to 86400, not the text 'ten'",
    ],
    "too_few_choices.yaml": [
        "14:14: question 2 ('q2'): 'choices' has 1 choice; a question needs 2 to 8",
    ],
    "too_many_choices.yaml": [
        "14:14: question 2 ('q2'): 'choices' has 9 choices; a question needs 2 to 8",
    ],
    "top_level_list.yaml": [
        "2:1: the top level must be a mapping with the keys 'format', 'id', 'title' and 'questions', not a list",
    ],
    "top_level_text.yaml": [
        "2:1: the top level must be a mapping with the keys 'format', 'id', 'title' and 'questions', not the text 'just some notes about tensors'",
    ],
    "topics_not_list.yaml": [
        "5:9: 'topics' must be a list of texts, not the text 'tensors, autograd'; write it as [tensors, autograd]",
    ],
    "unknown_bank_key.yaml": [
        "2:1: missing required key 'title'",
        "4:1: unknown key 'titel'; did you mean 'title'?",
    ],
    "unknown_question_key.yaml": [
        "12:5: question 2 ('q2'): missing required key 'prompt'",
        "13:5: question 2 ('q2'): unknown key 'promt'; did you mean 'prompt'?",
    ],
    "verify_not_string.yaml": [
        "16:13: question 2 ('q2'): 'verify' must be text, not a list",
    ],
}


def problems_of(path: Path) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank_file(path)
    assert all(p.path == str(path) for p in caught.value.problems)
    return [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]


def test_the_corpus_has_one_pinned_entry_per_file() -> None:
    files = sorted(p.name for p in BAD_BANKS.iterdir() if p.is_file() and not p.name.startswith("."))
    assert files == sorted(EXPECTED)
    assert len(files) >= 45


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_bank_gives_exactly_its_problems(name: str) -> None:
    assert problems_of(BAD_BANKS / name) == EXPECTED[name]


def test_a_second_bank_with_a_taken_id_is_refused_naming_the_first_file() -> None:
    folder = BAD_BANKS / "duplicate_bank_ids"
    result = load_paths([folder])
    assert [bank.id for bank in result.banks] == ["shared-id"]
    assert result.banks[0].path == folder / "a_first.yaml"
    assert [str(p) for p in result.problems] == [
        f"{folder / 'b_second.yaml'}:3:5: bank id 'shared-id' is already used by {folder / 'a_first.yaml'}"
    ]


def test_a_folder_of_every_bad_bank_still_loads_the_good_one(tmp_path: Path) -> None:
    for path in BAD_BANKS.iterdir():
        if path.is_file() and not path.name.startswith("."):
            shutil.copy(path, tmp_path / path.name)
    (tmp_path / "zz_good.yaml").write_text(GOOD_BANK, encoding="utf-8")
    result = load_paths([tmp_path])
    assert [bank.id for bank in result.banks] == ["still-good"]
    reported = {(Path(p.path).name, f"{p.line}:{p.column}: {p.message}") for p in result.problems}
    assert reported == {(name, message) for name, messages in EXPECTED.items() for message in messages}


def test_a_file_over_the_size_cap_is_refused_unparsed_and_unread(tmp_path: Path) -> None:
    just_over = tmp_path / "just_over.yaml"
    just_over.write_bytes(GOOD_BANK.encode() + b"#" * (MAX_BANK_BYTES + 1 - len(GOOD_BANK)))
    assert just_over.stat().st_size == MAX_BANK_BYTES + 1
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as stream:
        stream.truncate(512 * 1024 * 1024)  # sparse: costs no disk
    message = "1:1: the file is larger than 2 MiB (2,097,152 bytes), the most a bank may be"
    tracemalloc.start()
    try:
        assert problems_of(just_over) == [message]
        assert problems_of(huge) == [message]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_CAP


def test_a_bank_of_exactly_the_size_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "at_cap.yaml"
    path.write_bytes(GOOD_BANK.encode() + b"#" * (MAX_BANK_BYTES - len(GOOD_BANK)))
    assert path.stat().st_size == MAX_BANK_BYTES
    assert load_bank_file(path).id == "still-good"


def test_the_alias_bomb_is_refused_in_bounded_memory() -> None:
    tracemalloc.start()
    try:
        assert problems_of(BAD_BANKS / "alias_bomb.yaml") == EXPECTED["alias_bomb.yaml"]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_CAP


def test_a_bigger_alias_bomb_with_cycles_is_refused_in_bounded_memory() -> None:
    layers = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    layers += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 30)]
    text = (
        "format: 1\nid: bomb\ntitle: Bomb\nloop: &loop [*loop]\n" + "\n".join(layers) + "\nquestions: *a29\n"
    )
    tracemalloc.start()
    try:
        with pytest.raises(BankError) as caught:
            load_bank_bytes(text.encode(), "bomb.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.message for p in caught.value.problems] == [
        "the file uses aliases ('*name') more than 32 times; a bank may use at most 32"
    ]
    assert peak < MEMORY_CAP
