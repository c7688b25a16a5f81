"""Importing Moodle Aiken files: what a user's file turns into, and every fault reported."""

from __future__ import annotations

from pathlib import Path

import yaml

from ptquiz_gui.domain.formats import convert_bytes, convert_file
from ptquiz_gui.domain.formats.detect import detect_format
from ptquiz_gui.domain.loader import load_bank_bytes

DATA = Path(__file__).resolve().parent / "data" / "import"


def _summary(path: Path) -> list[tuple[str, str, tuple[str, ...], str]]:
    result = convert_file(path, None)
    return [(q.id, q.prompt, q.choices, q.key_text) for q in result.questions]


def test_good_file_gives_every_question_with_its_key() -> None:
    result = convert_file(DATA / "aiken-good.txt", None)

    assert result.format == "aiken"
    assert result.problems == []
    assert result.skipped == []
    assert _summary(DATA / "aiken-good.txt") == [
        ("q001", "Which planet is closest to the Sun?", ("Venus", "Mercury", "Earth", "Mars"), "Mercury"),
        ("q002", "Which format does this file use?", ("GIFT", "Aiken", "Moodle XML"), "Aiken"),
        ("q003", "What does this expression give\nwhen x is 3: `x * 2`?", ("5", "6", "9"), "9"),
        (
            "q004",
            "Pick the last of eight.",
            ("one", "two", "three", "four", "five", "six", "seven", "eight"),
            "eight",
        ),
    ]
    assert [q.line for q in result.questions] == [1, 8, 14, 21]


def test_bank_yaml_names_the_bank_after_the_file_and_keys_by_choice_text() -> None:
    result = convert_file(DATA / "aiken-good.txt", None)
    data = yaml.safe_load(result.bank_yaml)

    assert data["format"] == 1
    assert data["id"] == "aiken-good"
    assert data["title"] == "Aiken good"
    assert data["description"] == "Imported from aiken-good.txt (Aiken format)."
    assert [q["answer"] for q in data["questions"]] == ["Mercury", "Aiken", "9", "eight"]
    assert all(q["answer"] in q["choices"] for q in data["questions"])
    assert "prompt: |-\n      What does this expression give\n      when x is 3: `x * 2`?" in result.bank_yaml
    bank = load_bank_bytes(result.bank_yaml.encode("utf-8"), "converted")
    assert [q.key_text for q in bank.questions] == ["Mercury", "Aiken", "9", "eight"]


def test_every_malformed_question_is_reported_at_its_line_and_the_rest_imported() -> None:
    path = DATA / "aiken-malformed.txt"
    result = convert_file(path, None)

    assert result.problems == [
        f"{path}:1: question has no ANSWER line",
        f"{path}:9: ANSWER line without a question",
        f'{path}:12: choice "A)missing" needs a space after "A)"',
        f"{path}:19: ANSWER: E is not among the choices (A, B)",
        f"{path}:21: question has no choices and no ANSWER line",
        f"{path}:23: a question needs at least 2 choices, this one has 1",
        f'{path}:30: ANSWER must be one choice letter, not "AB"',
        f'{path}:34: choice letter "A" is used twice',
        f"{path}:39: choice B is empty",
        f"{path}:42: choices without a question: the question text is missing",
        f"{path}:46: a question can have at most 8 choices, this one has 9",
    ]
    assert [(q.prompt, q.key_text, q.line) for q in result.questions] == [
        ("Which colour is the sky on a clear day?", "Blue", 4),
        ("Two plus two?", "4", 58),
    ]
    assert load_bank_bytes(result.bank_yaml.encode("utf-8"), "converted").id == "aiken-malformed"


def test_ids_follow_the_position_in_the_file_so_fixing_a_question_keeps_the_others() -> None:
    result = convert_file(DATA / "aiken-malformed.txt", None)

    assert [q.id for q in result.questions] == ["q002", "q012"]


def test_an_empty_file_is_an_error_and_writes_no_bank() -> None:
    path = DATA / "aiken-empty.txt"
    for fmt in (None, "aiken"):
        result = convert_file(path, fmt)
        assert result.problems == [f"{path}:1: the file is empty"]
        assert result.bank_yaml == ""
        assert result.questions == ()


def test_windows_line_ends_and_a_byte_order_mark_are_read() -> None:
    data = "\ufeffQ one?\r\nA) x\r\nB) y\r\nANSWER: B\r\n".encode()

    result = convert_bytes(data, "win.txt", None, "win")

    assert result.problems == []
    assert [(q.prompt, q.choices, q.key_text) for q in result.questions] == [("Q one?", ("x", "y"), "y")]


def test_text_that_is_not_utf8_is_reported_at_its_line() -> None:
    data = b"Which drink?\nA. caf\xe9\nB. tea\nANSWER: B\n"

    result = convert_bytes(data, "latin1.txt", None, "latin1")

    assert result.problems == ["latin1.txt:2: not UTF-8 text (byte 0xe9); save the file as UTF-8"]
    assert result.bank_yaml == ""


def test_a_file_in_neither_format_asks_for_the_format() -> None:
    result = convert_bytes(b"Just some notes.\nNothing to import.\n", "notes.txt", None, "notes")

    assert result.problems == [
        "notes.txt:1: cannot tell whether this is Aiken or GIFT; give --format aiken or --format gift"
    ]


def test_a_file_that_cannot_be_read_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"

    result = convert_file(missing, "aiken")

    assert result.problems == [f"{missing}: no such file or folder"]


def test_detection_tells_aiken_from_gift() -> None:
    aiken = (DATA / "aiken-good.txt").read_text(encoding="utf-8")
    gift = (DATA / "gift-constructs.gift").read_text(encoding="utf-8")
    aiken_with_braces = "What is {} in Python?\nA. a dict\nB. a set\nANSWER: A\n"

    assert detect_format(aiken) == "aiken"
    assert detect_format(gift) == "gift"
    assert detect_format(aiken_with_braces) == "aiken"
    assert detect_format("Just prose.\n") is None


def test_forcing_the_wrong_format_reports_instead_of_guessing() -> None:
    path = DATA / "gift-constructs.gift"

    result = convert_file(path, "aiken")

    assert result.format == "aiken"
    assert result.problems
    assert all(problem.startswith(f"{path}:") for problem in result.problems)
    assert result.questions == ()


def test_a_question_that_starts_with_a_bracket_is_aiken_not_xml() -> None:
    """Found by the round-trip property test: an Aiken file whose first question began with
    ``<`` was read as Moodle XML and nothing was imported. A ``.xml`` file still is XML."""
    text = b"<tensor>.shape of a 2x3 tensor?\nA. (2, 3)\nB. (3, 2)\nANSWER: A\n"
    result = convert_bytes(text, "shapes.txt", None, "shapes")
    assert (result.format, result.problems, [q.prompt for q in result.questions]) == (
        "aiken",
        [],
        ["<tensor>.shape of a 2x3 tensor?"],
    )
    assert convert_bytes(b"<notquiz/>", "quiz.xml", None, "quiz").format == "moodle-xml"
    assert convert_bytes(b'<?xml version="1.0"?>\n<quiz/>', "any.txt", None, "any").format == "moodle-xml"
