"""Moodle's Aiken format: question line(s), ``A)`` or ``A.`` choices, then ``ANSWER: X``.

Reading follows Moodle's rules with clear errors instead of silent guesses: a question is
its text lines, then one line per choice (a capital letter, ``.`` or ``)``, a space, the
text), then the ``ANSWER:`` line naming one of the choice letters.  Blank lines separate
questions.  Aiken text has no markup of its own; it is kept as written (ptquiz shows prompts
as Markdown).  A question with any fault is left out and reported; the others are read.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from ptquiz_gui.domain.formats.notes import ExportResult, Note, ParsedQuestion, ParseResult, choice_problem
from ptquiz_gui.domain.model import Bank, Question, QuestionType

_CHOICE = re.compile(r"^([A-Z])[.)](?:[ \t]+(.*))?$")
_CHOICE_NO_SPACE = re.compile(r"^([A-Z])([.)])(\S.*)$")
_ANSWER = re.compile(r"^ANSWER[ \t]*:[ \t]*(.*)$", re.IGNORECASE)
_LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(slots=True)
class _Draft:
    ordinal: int
    line: int = 0
    prompt: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    errors: list[Note] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.prompt and not self.choices and not self.errors

    def start(self, line: int) -> None:
        if not self.line:
            self.line = line


class _Reader:
    def __init__(self) -> None:
        self.result = ParseResult()
        self._ordinal = 0
        self._draft = self._new_draft()

    def _new_draft(self) -> _Draft:
        self._ordinal += 1
        return _Draft(ordinal=self._ordinal)

    def read(self, text: str) -> ParseResult:
        for number, raw in enumerate(text.split("\n"), start=1):
            self._line(number, raw.rstrip())
        if not self._draft.empty:
            self._fail_unfinished()
        if not text.strip():
            self.result.errors.append(Note(1, "the file is empty"))
        return self.result

    def _line(self, number: int, line: str) -> None:
        stripped = line.strip()
        draft = self._draft
        if not stripped:
            if draft.prompt and not draft.choices:
                self._fail_unfinished()
            return
        answer = _ANSWER.match(stripped)
        if answer is not None:
            self._answer(number, answer.group(1).strip())
            return
        choice = _CHOICE.match(stripped)
        no_space = _CHOICE_NO_SPACE.match(stripped)
        if choice is None and no_space is not None and (no_space.group(2) == ")" or draft.choices):
            draft.start(number)
            label, mark, rest = no_space.groups()
            shown = rest if len(rest) <= 20 else rest[:20] + "…"
            draft.errors.append(
                Note(number, f'choice "{label}{mark}{shown}" needs a space after "{label}{mark}"')
            )
            draft.labels.append(label)
            draft.choices.append(rest)
            return
        if choice is not None:
            draft.start(number)
            if not draft.prompt and not draft.choices:
                draft.errors.append(Note(number, "choices without a question: the question text is missing"))
            label, text = choice.group(1), (choice.group(2) or "").strip()
            if label in draft.labels:
                draft.errors.append(Note(number, f'choice letter "{label}" is used twice'))
            elif not text:
                draft.errors.append(Note(number, f"choice {label} is empty"))
            draft.labels.append(label)
            draft.choices.append(text)
            return
        if draft.choices:
            self._fail_unfinished()
            draft = self._draft
        draft.start(number)
        draft.prompt.append(line)

    def _answer(self, number: int, value: str) -> None:
        draft = self._draft
        if draft.empty:
            self.result.errors.append(Note(number, "ANSWER line without a question"))
            return
        problems = list(draft.errors)
        letter = value.upper()
        if not draft.choices:
            problems.append(Note(draft.line, "question has no choices"))
        elif len(letter) != 1 or letter not in _LABELS:
            shown = f'"{value}"' if value else "nothing"
            problems.append(Note(number, f"ANSWER must be one choice letter, not {shown}"))
        elif letter not in draft.labels:
            problems.append(
                Note(number, f"ANSWER: {letter} is not among the choices ({', '.join(draft.labels)})")
            )
        if not problems:
            problem = choice_problem(draft.choices)
            if problem is not None:
                problems.append(Note(draft.line, problem))
        if problems:
            self.result.errors.extend(problems)
        else:
            self.result.questions.append(
                ParsedQuestion(
                    line=draft.line,
                    ordinal=draft.ordinal,
                    prompt=textwrap.dedent("\n".join(draft.prompt)).strip("\n"),
                    choices=tuple(draft.choices),
                    answer=draft.labels.index(letter),
                )
            )
        self._draft = self._new_draft()

    def _fail_unfinished(self) -> None:
        draft = self._draft
        self.result.errors.extend(draft.errors)
        if not draft.choices:
            message = "question has no choices and no ANSWER line"
        elif not draft.prompt:
            message = "choices without a question and without an ANSWER line"
        else:
            message = "question has no ANSWER line"
        self.result.errors.append(Note(draft.line, message))
        self._draft = self._new_draft()


def parse_aiken(text: str) -> ParseResult:
    """Read Aiken text; see the module docstring for the rules."""
    return _Reader().read(text)


def _clash(line: str) -> bool:
    stripped = line.strip()
    return bool(_ANSWER.match(stripped) or _CHOICE.match(stripped) or _CHOICE_NO_SPACE.match(stripped))


def _question_text(question: Question, notes: list[str]) -> str | None:
    lines = [line.rstrip() for line in question.prompt.strip("\n").split("\n")]
    if any(not line.strip() for line in lines):
        notes.append(f"{question.id}: blank lines in the prompt were removed (Aiken cannot hold them)")
        lines = [line for line in lines if line.strip()]
    for number, line in enumerate(lines, start=1):
        if _clash(line):
            notes.append(
                f"{question.id}: not exported: prompt line {number} would be read as a choice or ANSWER line"
            )
            return None
    choices = []
    for number, choice in enumerate(question.choices, start=1):
        flat = " ".join(part.strip() for part in choice.split("\n") if part.strip())
        if flat != choice.strip():
            notes.append(f"{question.id}: line breaks in choice {number} were replaced by spaces")
        choices.append(flat)
    if len(set(choices)) != len(choices):
        notes.append(f"{question.id}: not exported: two choices read the same on one line")
        return None
    body = [*lines, *(f"{_LABELS[i]}. {choice}" for i, choice in enumerate(choices))]
    body.append(f"ANSWER: {_LABELS[question.answer]}")
    return "\n".join(body)


def _left_out(what: str, ids: Sequence[str]) -> str:
    count = len(ids)
    return f"Aiken has no {what}: left out for {count} question{'s' if count != 1 else ''}"


def export_aiken(bank: Bank) -> ExportResult:
    """Aiken text for ``bank``, with a note for everything Aiken cannot hold."""
    notes: list[str] = []
    blocks: list[str] = []
    several = [q.id for q in bank.questions if q.type is QuestionType.MULTIPLE]
    if several:
        count = len(several)
        notes.append(
            f"skipped {count} multiple-answer question{'s' if count != 1 else ''} (Aiken holds one key): "
            + ", ".join(several)
        )
    for question in bank.questions:
        if question.type is QuestionType.MULTIPLE:
            continue
        block = _question_text(question, notes)
        if block is not None:
            blocks.append(block)
    explained = [q.id for q in bank.questions if q.explanation.strip()]
    if explained:
        notes.append(_left_out("explanations", explained))
    with_topic = [q.id for q in bank.questions if q.topic]
    if with_topic:
        notes.append(_left_out("topics", with_topic))
    with_verify = [q.id for q in bank.questions if q.verify]
    if with_verify:
        notes.append(_left_out("verify snippets", with_verify))
    fixed = [q.id for q in bank.questions if not q.shuffle and q.type is not QuestionType.TRUEFALSE]
    if fixed:
        fixed_order = "'shuffle: false' (choices kept in file order)"
        notes.append(f"{_left_out(fixed_order, fixed)}: {', '.join(fixed)}")
    if any(q.id != f"q{n:03d}" for n, q in enumerate(bank.questions, start=1)):
        notes.append("Aiken has no question ids: a new import numbers the questions q001, q002, ...")
    notes.append("Aiken has no bank fields: title, description, time limit and pass mark are left out")
    text = "\n\n".join(blocks) + "\n" if blocks else ""
    return ExportResult(text=text, exported=len(blocks), notes=tuple(notes))
