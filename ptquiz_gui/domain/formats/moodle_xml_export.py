"""Writing a bank as Moodle XML, in the shape Moodle's own exporter uses.

A ``category`` question before each run of questions with one topic
(``$course$/top/<topic>``), then each question: ``multichoice`` with ``<single>`` true or
false, fractions (100 and 0 for one key; 1/k for each of k keys and -1/(n-k) for each
other choice, summing to 100), ``shuffleanswers`` (false for a ``shuffle: false``
question), the explanation as ``generalfeedback`` and empty per-answer feedback, or
``truefalse`` (with ``shuffleanswers`` only for ``shuffle: false``, which Moodle ignores
there and ptquiz reads back). Text is escaped HTML made from the Markdown
(``moodle_text``), which ptquiz reads back exactly.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ptquiz_gui.domain.formats.gift_export import weight
from ptquiz_gui.domain.formats.moodle_text import to_html
from ptquiz_gui.domain.formats.notes import ExportResult
from ptquiz_gui.domain.model import Bank, Question, QuestionType, Scoring

TOP_CATEGORY = "$course$/top"


def _text(tag: str, text: str, indent: str, fmt: str = "html") -> list[str]:
    return [f"{indent}<{tag} format={quoteattr(fmt)}>", f"{indent}  <text>{escape(text)}</text>", f"{indent}</{tag}>"]


def _html(text: str, markdown: bool = True) -> str:
    return to_html(text, markdown) if text.strip() else ""


def _category(topic: str) -> list[str]:
    path = TOP_CATEGORY + ("/" + " ".join(topic.split()).replace("/", "//") if topic else "")
    return [
        '  <question type="category">',
        f"    <category>\n      <text>{escape(path)}</text>\n    </category>",
        "  </question>",
    ]


def _answer(fraction: str, text: str, fmt: str = "html") -> list[str]:
    return [
        f"    <answer fraction={quoteattr(fraction)} format={quoteattr(fmt)}>",
        f"      <text>{escape(text)}</text>",
        *_text("feedback", "", "      "),
        "    </answer>",
    ]


def _question(question: Question) -> list[str]:
    kind = "truefalse" if question.type is QuestionType.TRUEFALSE else "multichoice"
    lines = [
        f"  <question type={quoteattr(kind)}>",
        f"    <name>\n      <text>{escape(question.id)}</text>\n    </name>",
        *_text("questiontext", _html(question.prompt), "    "),
        *_text("generalfeedback", _html(question.explanation), "    "),
        "    <defaultgrade>1.0000000</defaultgrade>",
        f"    <penalty>{'1.0000000' if kind == 'truefalse' else '0.3333333'}</penalty>",
        "    <hidden>0</hidden>",
    ]
    shuffle = f"    <shuffleanswers>{'true' if question.shuffle else 'false'}</shuffleanswers>"
    if question.type is QuestionType.TRUEFALSE:
        if not question.shuffle:
            lines.append(shuffle)
        lines += _answer("100" if question.answer == 0 else "0", "true", "moodle_auto_format")
        lines += _answer("0" if question.answer == 0 else "100", "false", "moodle_auto_format")
    else:
        multiple = question.type is QuestionType.MULTIPLE
        lines += [
            f"    <single>{'false' if multiple else 'true'}</single>",
            shuffle,
            "    <answernumbering>abc</answernumbering>",
        ]
        for index, choice in enumerate(question.choices):
            fraction = weight(question, index) if multiple else ("100" if index == question.answer else "0")
            lines += _answer(fraction, _html(choice, markdown=False))
    if question.tags:
        lines.append("    <tags>")
        lines += [f"      <tag><text>{escape(tag)}</text></tag>" for tag in question.tags]
        lines.append("    </tags>")
    lines.append("  </question>")
    return lines


def export_moodle_xml(bank: Bank) -> ExportResult:
    """Moodle XML for ``bank``, with a note for what the format cannot hold."""
    title = " ".join(bank.title.split()).replace("--", "- -")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>", f"<!-- {escape(title)}: exported by ptquiz from bank {bank.id} -->"]
    topic: str | None = None
    for question in bank.questions:
        if question.topic != topic:
            lines += _category(question.topic)
            topic = question.topic
        lines += _question(question)
    lines.append("</quiz>")
    notes: list[str] = []
    multiple = [q for q in bank.questions if q.type is QuestionType.MULTIPLE]
    if any(q.scoring is Scoring.ALL_OR_NOTHING for q in multiple):
        notes.append(
            "Moodle scores a multiple-answer question by its fractions: all-or-nothing scoring is read back "
            "as partial"
        )
    if any(q.choose is not None for q in multiple):
        notes.append("Moodle XML has no 'choose': the number of answers to choose is left out")
    with_verify = [q.id for q in bank.questions if q.verify]
    if with_verify:
        count = len(with_verify)
        notes.append(f"Moodle XML has no verify snippets: left out for {count} question{'s' if count != 1 else ''}")
    notes.append(
        "Moodle XML has no bank settings: the title is kept as a comment only; "
        "description, time limit and pass mark are left out"
    )
    return ExportResult(text="\n".join(lines) + "\n", exported=len(bank.questions), notes=tuple(notes))
