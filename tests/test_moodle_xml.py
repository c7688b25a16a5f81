"""Moodle XML: import (Moodle's own fixture cases, HTML as text, safety, faults) and export,
and the round trip of every bundled bank."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ptquiz_gui.domain.formats import convert_bytes, convert_file, export_bank
from ptquiz_gui.domain.formats.moodle_text import from_html, to_html
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import Bank, Question, QuestionType, Scoring

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "data" / "moodle" / "moodle-fixtures.xml"
BUNDLED = load_library(REPO / "quizzes", REPO / "quizzes" / "none").banks


def _import(xml: str, name: str = "quiz.xml") -> tuple[list[Question], list[str], list[str]]:
    result = convert_bytes(xml.encode("utf-8"), name, None, Path(name).stem)
    questions = [] if not result.bank_yaml else list(load_bank_bytes(result.bank_yaml.encode(), name).questions)
    return questions, result.problems, result.skipped


def test_moodles_fixture_cases_import_as_moodle_reads_them() -> None:
    result = convert_file(FIXTURES, None)
    path = str(FIXTURES)
    assert result.format == "moodle-xml"
    assert result.skipped == [
        f"{path}:45: skipped image logo.jpg (not imported)",
        f"{path}:77: skipped essay",
        f"{path}:100: skipped shortanswer",
        f"{path}:104: skipped partial-credit multichoice",
    ]
    assert result.problems == [f"{path}:120:3: no answer has a positive fraction, so none is right"]
    greeting, acronym, colours, penalty = result.questions
    # multichoice, <single>true: the 100% answer is the key; per-answer feedback is kept.
    assert (greeting.id, greeting.type, greeting.choices, greeting.answers) == (
        "greeting", QuestionType.SINGLE, ("French", "Spanish", "German"), (0,)
    )
    assert greeting.prompt == "Listen to this greeting:\\\nWhat language is being spoken?"
    assert greeting.topic == "Multichoice" and "- French: Right, c'est français." in greeting.explanation
    # truefalse with the key on 'false', an image, general feedback with a link, tags.
    assert (acronym.type, acronym.choices, acronym.answers) == (QuestionType.TRUEFALSE, ("True", "False"), (1,))
    assert acronym.prompt.startswith("Moodle \\[image: logo.jpg\\] is an acronym for Modular")
    assert acronym.explanation.startswith("For further information, see the documentation about Moodle.")
    assert acronym.tags == ("acronyms", "moodle") and acronym.topic == "TrueFalse"
    # <single>false with fractions 50/50/-100/-100: two keys, partial scoring.
    assert (colours.type, colours.key_texts, colours.scoring) == (
        QuestionType.MULTIPLE, ("yellow", "off-beige"), Scoring.PARTIAL
    )
    assert colours.topic == "Kappa"
    assert "Pick \\*every\\* right one" in colours.prompt  # plain_text shows as written
    # A negative fraction only marks a wrong choice of a single-answer question; HTML code,
    # pre and lists map onto Markdown.
    assert (penalty.type, penalty.key_text) == (QuestionType.SINGLE, "print(2 * 2)")
    assert penalty.prompt == "Which prints `4`?\n\n```\nx = 2\nprint(x * x)\n```\n\n- one\n- two"


def test_html_is_text_tags_are_dropped_and_nothing_is_fetched() -> None:
    xml = (
        '<quiz><question type="multichoice"><name><text>h</text></name>'
        '<questiontext format="html"><text><![CDATA[<script>alert(1)</script><p>Use <b>bold</b> '
        '<a href="http://127.0.0.1:9/x">here</a> <img src="http://127.0.0.1:9/i.png" alt="pic"> '
        "<iframe src='http://127.0.0.1:9/'></iframe>*x*</p>]]></text></questiontext>"
        '<answer fraction="100"><text><![CDATA[<i>yes</i> &amp; <u>no</u>]]></text></answer>'
        '<answer fraction="0"><text>no</text></answer></question></quiz>'
    )
    (q,), problems, skipped = _import(xml)
    assert problems == [] and skipped == []
    assert q.prompt == "Use bold here pic \\*x\\*"
    assert q.choices == ("yes & no", "no")


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz>&a;</quiz>', "quiz.xml:2:"),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<quiz>&x;</quiz>',
            "quiz.xml:2:",
        ),
        ('<quiz>\n  <question type="truefalse">\n    <name></quiz>', "quiz.xml:3:"),
        ("<notquiz/>", "quiz.xml:1:1: the top element is <notquiz>, not <quiz>"),
    ],
)
def test_unsafe_or_malformed_xml_is_refused_with_its_line_and_column(xml: str, expected: str) -> None:
    questions, problems, _ = _import(xml)
    assert questions == []
    assert len(problems) == 1 and problems[0].startswith(expected), problems
    assert "passwd" not in problems[0] or "entity" in problems[0]


def test_entity_declarations_are_named_as_refused() -> None:
    _, problems, _ = _import('<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY lol "lol">]>\n<quiz/>')
    assert "declares the entity 'lol'; entities are refused" in problems[0]


def test_a_malformed_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<quiz><question>", encoding="utf-8")
    good = tmp_path / "good.xml"
    good.write_text(export_bank(BUNDLED[0], "moodle-xml").text, encoding="utf-8")
    done = _ptquiz(tmp_path, "import", "--to", str(tmp_path / "out"), str(bad), str(good))
    assert done.returncode == 1
    assert done.stderr.startswith(f"{bad}:1:")
    assert f"imported 10 questions from {good}" in done.stdout
    assert (tmp_path / "out" / "good.yaml").is_file()


def test_an_unsupported_type_is_a_located_skip_note_alone() -> None:
    xml = '<quiz>\n<question type="numerical"><name><text>n</text></name></question>\n</quiz>'
    questions, problems, skipped = _import(xml)
    assert (questions, skipped) == ([], ["quiz.xml:2: skipped numerical"])
    assert problems == ["quiz.xml:1: no questions to import"]


# --- export ----------------------------------------------------------------------------------------


def _bank(*questions: Question) -> Bank:
    return Bank(id="small", title="Small -- bank", questions=questions)


def test_export_writes_single_multiple_and_true_false_as_moodle_does() -> None:
    multi = Question(
        "m", "Pick <two>", ("a", "b", "c", "d", "e"), 0,
        type=QuestionType.MULTIPLE, answers=(0, 2, 3), scoring=Scoring.PARTIAL, tags=("t1",), topic="x/y",
    )
    tf = Question("t", "Is it?", ("True", "False"), 1, type=QuestionType.TRUEFALSE, explanation="Because")
    text = export_bank(_bank(multi, tf), "moodle-xml").text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<!-- Small - - bank')
    assert "<text>$course$/top/x//y</text>" in text and "<text>$course$/top</text>" in text
    assert "<single>false</single>" in text and "<shuffleanswers>true</shuffleanswers>" in text
    fractions = [part.split('"')[0] for part in text.split('<answer fraction="')[1:]]
    assert fractions == ["33.33333", "-50", "33.33333", "33.33333", "-50", "0", "100"]
    assert "&lt;div class=\"ptquiz-markdown\"&gt;&lt;p&gt;Pick &amp;lt;two&amp;gt;" in text
    assert '<question type="truefalse">' in text and "<tag><text>t1</text></tag>" in text


def test_export_notes_what_moodle_xml_cannot_hold() -> None:
    multi = Question("m", "P", ("a", "b", "c"), 0, type=QuestionType.MULTIPLE, answers=(0, 1), choose=2, verify="x")
    notes = export_bank(_bank(multi), "moodle-xml").notes
    assert any("all-or-nothing scoring is read back as partial" in note for note in notes)
    assert any("no 'choose'" in note for note in notes)
    assert any("no verify snippets: left out for 1 question" in note for note in notes)


def _view(q: Question) -> tuple[object, ...]:
    return (
        q.id, q.prompt.strip(), q.choices, q.type, q.answers, q.explanation.strip(), q.topic, q.tags,
        q.scoring, q.choose, q.shuffle,
    )


@pytest.mark.parametrize("bank", BUNDLED, ids=[b.id for b in BUNDLED])
def test_every_bundled_bank_comes_back_unchanged_from_moodle_xml(bank: Bank) -> None:
    questions, problems, skipped = _import(export_bank(bank, "moodle-xml").text, f"{bank.id}.xml")
    assert (problems, skipped) == ([], [])
    assert [_view(q) for q in questions] == [_view(q) for q in bank.questions]


def test_multiple_answer_and_true_false_questions_come_back_unchanged() -> None:
    questions = load_bank_bytes(
        (
            "format: 1\nid: r\ntitle: R\nquestions:\n"
            "- id: m\n  topic: a/b\n  prompt: |\n    Pick **two**:\n\n\n    - x\n    - `y`\n"
            "  choices: ['  a', b & c, '<d>']\n  answer: ['  a', '<d>']\n  scoring: partial\n  tags: [k]\n"
            "- id: t\n  type: truefalse\n  prompt: T?\n  answer: false\n  explanation: \"1 < 2\"\n"
        ).encode(),
        "r.yaml",
    ).questions
    back, problems, _ = _import(export_bank(_bank(*questions), "moodle-xml").text)
    assert problems == []
    assert [_view(q) for q in back] == [_view(q) for q in questions]


@pytest.mark.parametrize(
    "text",
    ["a\n\n\n\nb", "x\n```py\nc\n```\ny", "- a `b`\n- c\n\n1. x\n3. y", "  lead &amp; <b> \xa0x", "``a`b`` \\`"],
)
def test_the_html_of_bank_text_reads_back_exactly(text: str) -> None:
    assert from_html(to_html(text)) == text.strip()


def test_export_command_writes_moodle_xml_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    done = _ptquiz(tmp_path, "export", BUNDLED[0].id, "--format", "moodle-xml", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").count("<question type=\"multichoice\">") == 10


def _ptquiz(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=120,
    )
