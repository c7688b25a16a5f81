"""Writing a bank as Moodle GIFT, in the shape Moodle's own exporter uses.

Every question is named by its id (``::id::``), prompts are marked ``[markdown]``,
explanations become general feedback (``####``), topics become ``$CATEGORY:`` lines, and
special characters are escaped, so reading the file back gives the same bank content.  A
multiple-answer question is written with Moodle's weights and no ``=``
(``~%50%a ~%50%b ~%-100%c``), which Moodle and ptquiz read as several answers.
"""

from __future__ import annotations

import re

from ptquiz_gui.domain.formats.notes import ExportResult
from ptquiz_gui.domain.model import Bank, Question, QuestionType, Scoring
from ptquiz_gui.domain.scoring import choice_fraction

_SPECIAL = re.compile(r"[\\~=#{}:\n]")
_NEEDS_MARKER = re.compile(r"^(\[|%)")
TOP_CATEGORY = "$course$/top"


def escape(text: str) -> str:
    """GIFT text for ``text``: special characters escaped, line breaks written as ``\\n``."""
    return _SPECIAL.sub(lambda m: "\\n" if m.group() == "\n" else "\\" + m.group(), text.replace("\r", ""))


def _part(text: str) -> str:
    """Escaped text that cannot be mistaken for a format marker or an answer weight."""
    return ("[markdown]" if _NEEDS_MARKER.match(text) else "") + escape(text)


def weight(question: Question, index: int) -> str:
    """The percent a choice is worth, as Moodle writes it: ``50``, ``33.33333``, ``-100``."""
    percent = float(choice_fraction(question, index) * 100)
    return f"{percent:.5f}".rstrip("0").rstrip(".")


def _mark(question: Question, index: int) -> str:
    if question.type is QuestionType.MULTIPLE:
        return f"~%{weight(question, index)}%"
    return "=" if index == question.answer else "~"


def _category(topic: str) -> str:
    # escaped as question text is: the reader restores \{, \: … in a category line too
    name = escape(" ".join(topic.split())).replace("/", "//")
    return f"$CATEGORY: {name}"


def _question(question: Question) -> str:
    head = f"::{escape(question.id)}::[markdown]{escape(question.prompt.strip())}"
    feedback = f"####{_part(question.explanation.strip())}" if question.explanation.strip() else ""
    if question.choices == ("True", "False") and question.type is not QuestionType.MULTIPLE:
        return f"{head}{{{'TRUE' if question.answer == 0 else 'FALSE'}{feedback}}}"
    lines = [head + "{"]
    for index, choice in enumerate(question.choices):
        lines.append(f"\t{_mark(question, index)}{_part(choice)}")
    if feedback:
        lines.append(f"\t{feedback}")
    lines.append("}")
    return "\n".join(lines)


def export_gift(bank: Bank) -> ExportResult:
    """GIFT text for ``bank``, with a note for what GIFT cannot hold."""
    title = " ".join(bank.title.split())
    blocks = [f"// {title}\n// exported by ptquiz from bank {bank.id}"]
    topic = ""
    for question in bank.questions:
        if question.topic != topic:
            blocks.append(_category(question.topic) if question.topic else f"$CATEGORY: {TOP_CATEGORY}")
            topic = question.topic
        blocks.append(_question(question))
    notes: list[str] = []
    with_verify = [q.id for q in bank.questions if q.verify]
    if with_verify:
        count = len(with_verify)
        notes.append(f"GIFT has no verify snippets: left out for {count} question{'s' if count != 1 else ''}")
    multiple = [q for q in bank.questions if q.type is QuestionType.MULTIPLE]
    if any(q.scoring is Scoring.ALL_OR_NOTHING for q in multiple):
        notes.append(
            "GIFT scores a multiple-answer question by its weights: all-or-nothing scoring is read back "
            "as partial"
        )
    if any(q.choose is not None for q in multiple):
        notes.append("GIFT has no 'choose': the number of answers to choose is left out")
    fixed = [q.id for q in bank.questions if not q.shuffle and q.type is not QuestionType.TRUEFALSE]
    if fixed:
        notes.append(
            f"GIFT has no 'shuffle: false' (choices kept in file order): left out for {len(fixed)} "
            f"question{'s' if len(fixed) != 1 else ''}: {', '.join(fixed)}"
        )
    with_tags = [q.id for q in bank.questions if q.tags]
    if with_tags:
        notes.append(f"GIFT has no tags: left out for {len(with_tags)} question{'s' if len(with_tags) != 1 else ''}")
    notes.append(
        "GIFT has no bank settings: the title is kept as a comment only; "
        "description, time limit and pass mark are left out"
    )
    return ExportResult(text="\n\n".join(blocks) + "\n", exported=len(bank.questions), notes=tuple(notes))
