"""Bank and question types shared by the loader, the engine, storage and views."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

FORMAT_VERSION = 1

Site = tuple[int, int]
"""A 1-based (line, column) in a bank file."""


class QuestionType(StrEnum):
    """How a question is answered: one key, several keys, or true/false."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUEFALSE = "truefalse"


class Scoring(StrEnum):
    """How a multiple-answer question scores (see ``domain.scoring``)."""

    ALL_OR_NOTHING = "all-or-nothing"
    PARTIAL = "partial"


TRUE_FALSE_CHOICES = ("True", "False")


class BankSource(StrEnum):
    BUNDLED = "bundled"
    USER = "user"
    EXTERNAL = "external"  # a file named on the command line


@dataclass(frozen=True, slots=True)
class QuestionSites:
    """Where a question's prompt, answer and each choice are written, for lint warnings."""

    prompt: Site
    answer: Site
    choices: tuple[Site, ...]


@dataclass(frozen=True, slots=True)
class Question:
    """One question; ``answers`` are the sorted 0-based indexes of its keys in file order.

    ``answer`` is the key of a single-answer or true/false question (for a multiple-answer
    one, its first key); ``answers`` defaults to ``(answer,)``. A true/false question has the
    choices ``("True", "False")`` and is never shuffled. ``scoring`` is the one that applies
    (the question's own, else its bank's); ``choose`` is the "Choose N" shown with the prompt.
    ``shuffle`` False (the bank's ``shuffle: false``) keeps the choices in file order in every
    attempt, whatever the shuffle setting.
    """

    id: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str = ""
    topic: str = ""
    verify: str | None = None
    line: int = 0
    sites: QuestionSites | None = None
    lint_ignore: tuple[str, ...] = ()  # lint rules the author silenced for this question
    type: QuestionType = QuestionType.SINGLE
    answers: tuple[int, ...] = ()
    choose: int | None = None
    scoring: Scoring = Scoring.ALL_OR_NOTHING
    tags: tuple[str, ...] = ()
    shuffle: bool = True

    def __post_init__(self) -> None:
        if not self.answers:
            object.__setattr__(self, "answers", (self.answer,))

    @property
    def key_text(self) -> str:
        return self.choices[self.answer]

    @property
    def key_texts(self) -> tuple[str, ...]:
        return tuple(self.choices[i] for i in self.answers)

    @property
    def multiple(self) -> bool:
        return self.type is QuestionType.MULTIPLE


@dataclass(frozen=True, slots=True)
class Bank:
    """One bank of questions as loaded from its file, with what the library shows of it."""

    id: str
    title: str
    questions: tuple[Question, ...]
    description: str = ""
    topics: tuple[str, ...] = ()
    time_limit: int = 0  # seconds; 0 means one minute per question
    pass_mark: int = 70  # percent
    path: Path | None = None
    source: BankSource = BankSource.USER
    content_hash: str = ""
    format: int = FORMAT_VERSION
    questions_site: Site = (1, 1)  # where 'questions' is written, for bank-wide lint warnings
    lint_ignore: tuple[str, ...] = ()  # lint rules the author silenced for the whole bank
    scoring: Scoring = Scoring.ALL_OR_NOTHING  # the default of its questions

    @property
    def effective_time_limit(self) -> int:
        return self.time_limit if self.time_limit > 0 else 60 * len(self.questions)

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """A fault in a bank file, pointing at the line and column (1-based) where it is."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        # A file name may hold control characters (an escape sequence would reach the terminal).
        from ptquiz_gui.domain.control_chars import shown_path

        return f"{shown_path(self.path)}:{self.line}:{self.column}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message}


class BankError(Exception):
    """Raised by the loader with every problem found in one file."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(slots=True)
class LoadResult:
    """What loading several files gave: the good banks, and the problems of the bad ones."""

    banks: list[Bank] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def bank(self, bank_id: str) -> Bank | None:
        for b in self.banks:
            if b.id == bank_id:
                return b
        return None
