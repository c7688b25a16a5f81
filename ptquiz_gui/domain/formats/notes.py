"""What a parser of a foreign format hands back: questions, and located errors and notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ptquiz_gui.domain.model import QuestionType, Scoring

MIN_CHOICES = 2
MAX_CHOICES = 8


@dataclass(frozen=True, slots=True, order=True)
class Note:
    """A message about one line (1-based) of the source file."""

    line: int
    message: str
    column: int = 0  # 1-based where the source gives one (XML), else 0

    def located(self, label: str) -> str:
        where = f"{self.line}:{self.column}" if self.column else f"{self.line}"
        return f"{label}:{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    """One question read from a foreign file, in ptquiz's terms (``answer`` indexes ``choices``;
    ``answers``, the sorted keys, defaults to ``(answer,)``).

    ``ordinal`` is the question's position among all questions of the file (1-based,
    counting the ones that were skipped or broken), so generated ids do not shift when
    another question is fixed.  ``name`` is the source's own question name, if any.
    ``scoring`` is set where the source says how the question scores (weights); ``shuffle``
    is False where the source says the choices keep their order (Moodle XML's
    ``shuffleanswers``).
    """

    line: int
    ordinal: int
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str = ""
    topic: str = ""
    name: str = ""
    type: QuestionType = QuestionType.SINGLE
    answers: tuple[int, ...] = ()
    scoring: Scoring | None = None
    tags: tuple[str, ...] = ()
    shuffle: bool = True

    def __post_init__(self) -> None:
        if not self.answers:
            object.__setattr__(self, "answers", (self.answer,))


@dataclass(slots=True)
class ParseResult:
    questions: list[ParsedQuestion] = field(default_factory=list)
    errors: list[Note] = field(default_factory=list)
    skipped: list[Note] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Text of a bank in a foreign format, and what that format could not hold."""

    text: str
    exported: int
    notes: tuple[str, ...] = ()


def key_problem(choices: Sequence[str], keys: Sequence[int]) -> str | None:
    """A key whose text is also a wrong choice's, or None."""
    right = {choices[i] for i in keys}
    for index, choice in enumerate(choices):
        if index not in keys and choice in right:
            return f'choice "{choice}" is both a key and a distractor'
    return None


def choice_problem(choices: Sequence[str]) -> str | None:
    """Why ptquiz cannot use these choices, or None when it can."""
    if len(choices) < MIN_CHOICES:
        return f"a question needs at least {MIN_CHOICES} choices, this one has {len(choices)}"
    if len(choices) > MAX_CHOICES:
        return f"a question can have at most {MAX_CHOICES} choices, this one has {len(choices)}"
    for number, choice in enumerate(choices, start=1):
        if not choice.strip():
            return f"choice {number} is empty"
    seen: set[str] = set()
    for choice in choices:
        if choice in seen:
            return f'choice "{choice}" appears twice'
        seen.add(choice)
    return None
