"""Bank text never holds control characters, however they were written: a YAML escape such
as ``"\\e"`` is refused at its line and column like a raw one, no message sends one to the
terminal, importers refuse them in their source files, and what passes exports to a Moodle
XML file that imports back whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ptquiz_gui.domain.formats import convert_bytes, export_bank
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import BankError, BankSource
from ptquiz_gui.domain.validation import build_bank

REPO = Path(__file__).resolve().parent.parent
ALLOWED = "remove it (bank text may hold tabs and line breaks, no other control characters)"
CONTROL = "contains the control character"

HOSTILE = r"""format: 1
id: hostile
title: Hostile
questions:
  - id: q1
    prompt: "p\eq ]]> \x00"
    choices: ["a\x0c", b, "\e]0;HACKED\a\e[31mred"]
    answer: "\e]0;HACKED\a\e[31mred"
  - id: q2
    prompt: Plain?
    choices: [one, two]
    answer: one
    "k\e[2J": 1
"""
HOSTILE_LINES = [
    f"hostile.yaml:6:13: question 1 ('q1'): 'prompt' contains the control character U+001B; {ALLOWED}",
    f"hostile.yaml:7:15: question 1 ('q1'): choice 1 contains the control character U+000C; {ALLOWED}",
    f"hostile.yaml:7:27: question 1 ('q1'): choice 3 contains the control character U+001B; {ALLOWED}",
    f"hostile.yaml:8:13: question 1 ('q1'): 'answer' contains the control character U+001B; {ALLOWED}",
    "hostile.yaml:13:5: question 2 ('q2'): the key 'k\\x1b[2J' contains the control character U+001B; "
    + ALLOWED,
]
CLEAN = """format: 1
id: clean
title: Clean <&> ]]>
questions:
  - id: q1
    prompt: "Tabs\\tand\\nline breaks are text; so are <b>, & and ]]>"
    choices: ["\\u00e9t\\u00e9 \\u2028", "\\U0001F600 \\ufffd"]
    answer: 0
    explanation: "caf\\u00e9\\tbar"
  - id: q2
    prompt: Second?
    choices: [one, two]
    answer: two
"""


def ptquiz(*args: str, data_dir: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), *args],
        cwd=data_dir,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)},
        check=False,
    )


def control_free(output: bytes) -> bool:
    """No C0 control but LF and TAB, no DEL and no C1 control in a command's output."""
    text = output.decode("utf-8")
    return not any(ord(c) < 0x20 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in text)


def problems_of(text: str) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank_bytes(text.encode("utf-8"), "b.yaml")
    return [str(problem) for problem in caught.value.problems]


def one_question(prompt: str, extra: str = "") -> str:
    return (
        "format: 1\nid: b\ntitle: B\nquestions:\n"
        f"  - id: q1\n    prompt: {prompt}\n    choices: [x, y]\n    answer: x\n{extra}"
    )


def test_validate_names_every_escaped_control_character_and_prints_none(tmp_path: Path) -> None:
    (tmp_path / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    done = ptquiz("validate", "hostile.yaml", data_dir=tmp_path)
    assert done.returncode == 1
    assert done.stdout.decode("utf-8").splitlines() == HOSTILE_LINES
    assert control_free(done.stdout) and control_free(done.stderr)


def test_a_file_name_with_an_escape_sequence_is_shown_escaped_by_validate_and_banks(tmp_path: Path) -> None:
    banks = tmp_path / "banks"
    banks.mkdir()
    name = "title\x1b]0;pwned\x07.yaml"  # would set the terminal's title
    (banks / name).write_text("format: 1\nid: [\n", encoding="utf-8")
    for command in (("validate", str(banks / name)), ("validate", "--lint", str(banks)), ("banks",)):
        done = ptquiz(*command, data_dir=tmp_path)
        assert done.returncode == (0 if command == ("banks",) else 1), command  # banks lists the others
        assert control_free(done.stdout) and control_free(done.stderr), command
        assert "title\\x1b]0;pwned\\x07.yaml:" in (done.stdout + done.stderr).decode("utf-8"), command


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("aik\x1b]0;x\x07en.txt", "What?\nA. one\nB. two\nANSWER: C\n"),  # an Aiken key that is no choice
        ("g\x1b[31m.gift", "::q1:: Q {=a ~b}\n::q2:: Essay {}\n"),  # an essay GIFT cannot import
    ],
)
def test_an_interchange_file_named_with_an_escape_sequence_is_shown_escaped(
    tmp_path: Path, name: str, content: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    shown = name.replace("\x1b", "\\x1b").replace("\x07", "\\x07")
    for command in (("validate", name), ("validate", "--lint", name), ("import", "--to", "out", name)):
        done = ptquiz(*command, data_dir=tmp_path)
        said = (done.stdout + done.stderr).decode("utf-8")
        assert control_free(done.stdout) and control_free(done.stderr), command
        assert f"{shown}:" in said, command


def test_a_file_name_cannot_split_a_problem_line_or_reverse_it(tmp_path: Path) -> None:
    name = "nl\nfake.yaml:9:9: all good \u202ecod.yaml"
    (tmp_path / name).write_text("format: 1\nid: x\ntitle: [broken\n", encoding="utf-8")
    done = ptquiz("validate", name, data_dir=tmp_path)
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("nl\\nfake.yaml:9:9: all good ⟨U+202E⟩cod.yaml:"), lines


def test_a_well_formed_file_with_an_escape_in_its_name_imports(tmp_path: Path) -> None:
    name = "ok\x1b]0;y\x07.txt"
    (tmp_path / name).write_text("What?\nA. one\nB. two\nANSWER: B\n", encoding="utf-8")
    done = ptquiz("import", "--to", "out", name, data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert control_free(done.stdout) and control_free(done.stderr)
    assert "imported 1 question from ok\\x1b]0;y\\x07.txt into " in done.stdout.decode("utf-8")


def test_banks_leaves_out_a_bank_with_control_characters_and_prints_none(tmp_path: Path) -> None:
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    (banks / "clean.yaml").write_text(CLEAN, encoding="utf-8")
    done = ptquiz("banks", data_dir=tmp_path)
    assert control_free(done.stdout) and control_free(done.stderr)
    listed = [line.split()[0] for line in done.stdout.decode("utf-8").splitlines()[1:]]
    assert "clean" in listed and "hostile" not in listed
    complaint = f"question 1 ('q1'): 'prompt' contains the control character U+001B; {ALLOWED}"
    assert complaint in done.stderr.decode()


@pytest.mark.parametrize(
    ("written", "code"),
    [
        (r'"\x00"', "U+0000"),
        (r'"\a"', "U+0007"),
        (r'"\b"', "U+0008"),
        (r'"\v"', "U+000B"),
        (r'"\r"', "U+000D"),
        (r'"\e[2J"', "U+001B"),
        (r'"\x1f"', "U+001F"),
        (r'"\x7f"', "U+007F"),
        (r'"\N"', "U+0085"),
        (r'"\x9b31m"', "U+009B"),
    ],
)
def test_each_control_character_escape_is_a_problem_at_its_value(written: str, code: str) -> None:
    assert problems_of(one_question(f'"before {written[1:]}')) == [
        f"b.yaml:6:13: question 1 ('q1'): 'prompt' contains the control character {code}; {ALLOWED}"
    ]


def test_noncharacters_that_xml_cannot_hold_are_problems_too() -> None:
    assert problems_of(one_question(r'"a\uFFFEb"')) == [
        "b.yaml:6:13: question 1 ('q1'): 'prompt' contains U+FFFE, which Unicode keeps as a noncharacter; "
        + ALLOWED
    ]


def test_a_lone_surrogate_from_the_pure_python_loader_is_a_problem() -> None:
    # libyaml refuses '\ud800' itself; PyYAML without it would hand the half over.
    root = yaml.compose(one_question(r'"a\ud800b"'), Loader=yaml.SafeLoader)
    assert root is not None
    with pytest.raises(BankError) as caught:
        build_bank(root, "b.yaml", BankSource.EXTERNAL, None, "")
    (problem,) = caught.value.problems
    assert "'prompt' contains U+D800, half of a surrogate pair" in str(problem)
    str(problem).encode("utf-8")  # printable: the half itself is not in the message


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('title: "T\\a"', "b.yaml:3:8: 'title' contains the control character U+0007"),
        ('title: B\ndescription: "d\\x7f"', "b.yaml:4:14: 'description' " + CONTROL + " U+007F"),
        ('title: B\ntopics: [ok, "t\\x85"]', "b.yaml:4:14: topic 2 in 'topics' " + CONTROL + " U+0085"),
    ],
)
def test_bank_level_text_is_checked_too(header: str, expected: str) -> None:
    assert problems_of(one_question("P").replace("title: B", header)) == [f"{expected}; {ALLOWED}"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('    explanation: "\\x1c"\n', "question 1 ('q1'): 'explanation' " + CONTROL + " U+001C"),
        ('    tags: [a, "b\\x01"]\n', "question 1 ('q1'): tag 2 in 'tags' " + CONTROL + " U+0001"),
        ('    topic: "t\\x1f"\n', "question 1 ('q1'): 'topic' contains the control character U+001F"),
        ('    lint: {ignore: [choose-count], reason: "\\e"}\n', "in 'lint', 'reason' " + CONTROL + " U+001B"),
    ],
)
def test_every_question_text_field_is_checked(extra: str, expected: str) -> None:
    (problem,) = problems_of(one_question("P", extra))
    assert expected in problem and problem.endswith(ALLOWED)


def test_tabs_and_line_breaks_are_bank_text() -> None:
    bank = load_bank_bytes(one_question(r'"a\tb\nc"').encode(), "b.yaml")
    assert bank.questions[0].prompt == "a\tb\nc"


def test_messages_that_quote_bank_text_show_control_characters_escaped() -> None:
    problems = problems_of(
        one_question(
            "P", '    shuffle: "yes\\e"\n    tags: "x\\e]0;T\\a"\n    extra: {"k\\e": 1, "k\\e": 2}\n'
        )
    )
    assert problems == [
        "b.yaml:9:14: question 1 ('q1'): 'shuffle' must be true or false, not the text 'yes\\x1b'",
        "b.yaml:10:11: question 1 ('q1'): 'tags' must be a list of texts, not the text 'x\\x1b]0;T\\x07'; "
        "write it as [x\\x1b]0;T\\x07]",
        "b.yaml:11:5: question 1 ('q1'): unknown key 'extra'; the keys a question may have are: id, type, "
        "topic, prompt, choices, answer, choose, scoring, shuffle, explanation, tags, verify, lint",
        "b.yaml:11:23: key 'k\\x1b' appears twice in this mapping (first on line 11)",
    ]


def test_every_character_a_bank_accepts_survives_moodle_xml_and_the_others_are_refused() -> None:
    codes = [*range(0x300), 0x2028, 0x2029, 0xD7FF, 0xE000, 0xFDD0, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10FFFF]
    refused = {*range(0x20), 0x7F, *range(0x80, 0xA0), 0xFFFE, 0xFFFF} - {0x09, 0x0A}

    def bank_of(chosen: list[int]) -> str:
        lines = ["format: 1", "id: every", "title: Every character", "questions:"]
        for code in chosen:
            lines.append(f'  - id: u{code:06x}\n    prompt: "a\\U{code:08x}b"')
            lines.append("    choices: [x, y]\n    answer: x")
        return "\n".join(lines) + "\n"

    problems = problems_of(bank_of(codes))
    assert [p.split("contains ")[1].split(",")[0].split(";")[0] for p in problems] == [
        f"the control character U+{code:04X}" if code < 0xFFFE else f"U+{code:04X}"
        for code in sorted(refused)
    ]
    kept = [code for code in codes if code not in refused]
    bank = load_bank_bytes(bank_of(kept).encode(), "every.yaml")
    back = convert_bytes(export_bank(bank, "moodle-xml").text.encode("utf-8"), "every.xml", None, "every")
    assert back.problems == []
    assert [q.prompt for q in back.questions] == [f"a{chr(code)}b" for code in kept]


def test_a_bank_that_validates_exports_to_moodle_xml_that_imports_back_whole(tmp_path: Path) -> None:
    (tmp_path / "banks").mkdir()
    (tmp_path / "banks" / "clean.yaml").write_text(CLEAN, encoding="utf-8")
    assert ptquiz("validate", "banks/clean.yaml", data_dir=tmp_path).returncode == 0
    exported = ptquiz("export", "clean", "--format", "moodle-xml", "-o", "clean.xml", data_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    imported = ptquiz("import", "clean.xml", "--to", "again", data_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.decode().startswith("imported 2 questions from clean.xml")
    original = load_bank_bytes(CLEAN.encode(), "clean.yaml").questions
    (written,) = (tmp_path / "again").iterdir()  # clean-2.yaml: the id 'clean' is taken
    again = load_bank_bytes(written.read_bytes(), written.name).questions
    assert [(q.prompt, q.choices, q.answers) for q in again] == [
        (q.prompt, q.choices, q.answers) for q in original
    ]


def test_a_gift_file_with_an_escape_byte_is_refused_where_the_byte_is(tmp_path: Path) -> None:
    (tmp_path / "esc.gift").write_bytes(b"::q1:: Fine? {=yes ~no}\n\n::q2:: What is \x1b[2J this? {=a ~b}\n")
    expected = f"esc.gift:3:16: the file contains the control character U+001B; {ALLOWED}"
    checked = ptquiz("validate", "esc.gift", data_dir=tmp_path)
    assert (checked.returncode, checked.stdout.decode().splitlines()) == (1, [expected])
    imported = ptquiz("import", "esc.gift", "--to", "out", data_dir=tmp_path)
    assert (imported.returncode, imported.stderr.decode().splitlines()) == (1, [expected])
    assert control_free(checked.stdout) and control_free(imported.stdout) and control_free(imported.stderr)
    assert not (tmp_path / "out" / "esc.yaml").exists()


def test_an_aiken_file_with_a_bell_is_refused_where_it_is() -> None:
    result = convert_bytes(b"Q1?\r\nA. x\r\nB. y\x07\r\nANSWER: A\r\n", "q.txt", None, "q")
    assert (result.problems, result.questions) == (
        [f"q.txt:3:5: the file contains the control character U+0007; {ALLOWED}"],
        (),
    )


def _moodle(text: str) -> bytes:
    return (
        '<?xml version="1.0"?>\n<quiz>\n<question type="multichoice"><name><text>q1</text></name>'
        f'<questiontext format="plain_text"><text>{text}</text></questiontext>'
        '<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer>'
        "</question>\n</quiz>\n"
    ).encode()


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("&#27;", "q.xml:3:101: not well-formed XML: reference to invalid character number"),
        ("&#x7f;", f"q.xml:3:101: the file contains the control character U+007F; {ALLOWED}"),
        ("&#x85;", f"q.xml:3:101: the file contains the control character U+0085; {ALLOWED}"),
    ],
)
def test_moodle_xml_control_characters_are_refused_at_their_place(reference: str, expected: str) -> None:
    result = convert_bytes(_moodle(f"Why{reference}?"), "q.xml", None, "q")
    assert (result.problems, result.questions) == ([expected], ())


def test_a_moodle_xml_carriage_return_reference_is_a_line_break() -> None:
    result = convert_bytes(_moodle("one&#13;two&#13;\nthree"), "q.xml", None, "q")
    written = convert_bytes(_moodle("one\ntwo\nthree"), "q.xml", None, "q")
    assert (result.problems, result.bank_yaml) == ([], written.bank_yaml)
    assert [q.prompt for q in result.questions] == ["one\\\ntwo\\\nthree"]  # Markdown's hard breaks
