"""Check a composed bank document against docs/bank-format.md and build the Bank.

One walk over the nodes collects every problem of the file; a bank is built only when
there are none.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls
from ptquiz_gui.domain.field_limits import MAX_CHOICE_LENGTH, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from ptquiz_gui.domain.field_reader import Entry, FieldReader, valid_id
from ptquiz_gui.domain.lint_field import read_lint
from ptquiz_gui.domain.model import (
    FORMAT_VERSION,
    Bank,
    BankError,
    BankSource,
    Problem,
    Question,
    QuestionSites,
    Site,
)
from ptquiz_gui.domain.node_guard import Refused
from ptquiz_gui.domain.node_values import describe, int_value, is_empty, is_text, quoted, shorten

BANK_KEYS = (
    "format", "id", "title", "description", "topics", "time_limit", "pass_mark", "questions", "lint"
)
QUESTION_KEYS = ("id", "topic", "prompt", "choices", "answer", "explanation", "verify", "lint")
_BANK_REQUIRED = ("format", "id", "title", "questions")
_QUESTION_REQUIRED = ("id", "prompt", "choices", "answer")
MIN_CHOICES = 2
MAX_CHOICES = 8
MAX_QUESTIONS = 10_000
MAX_TIME_LIMIT = 86_400
DEFAULT_PASS_MARK = 70


def build_bank(
    root: Node, label: str, source: BankSource, path: Path | None, content_hash: str
) -> tuple[Bank, Problem]:
    """The bank the document describes, and where its id is written; BankError with every problem."""
    reader = _BankReader(label)
    try:
        bank = reader.read(root, source, path, content_hash)
    except Refused as refused:
        raise BankError([refused.problem]) from None
    if bank is None or reader.problems:
        raise BankError(sorted(reader.problems, key=lambda p: (p.line, p.column)))
    return bank, reader.id_site


class _BankReader(FieldReader):
    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.id_site = Problem(label, 1, 1, "")
        self._question_ids: dict[str, tuple[int, int]] = {}

    def read(self, root: Node, source: BankSource, path: Path | None, content_hash: str) -> Bank | None:
        self.guard.enter(root, 1, root, False)
        if not isinstance(root, MappingNode):
            self.report(
                root,
                "the top level must be a mapping with the keys 'format', 'id', 'title' and 'questions', "
                f"not {describe(root)}",
            )
            self.skip(root, False, 1)
            return None
        fields = self.fields(root, 1, False, BANK_KEYS, _BANK_REQUIRED, "", "a bank")
        self.format_version(fields.get("format"))
        bank_id = None
        if "id" in fields:
            bank_id = self.identifier(fields["id"], 2, False, "")
            mark = fields["id"][1].start_mark
            self.id_site = Problem(self.id_site.path, mark.line + 1, mark.column + 1, "")
        title = self.text(fields.get("title"), 2, False, "'title'", "", MAX_TITLE_LENGTH)
        description = self.optional_text(fields.get("description"), 2, False, "'description'", "")
        topics = self.topics(fields.get("topics"))
        time_limit = self.whole_number(
            fields.get("time_limit"),
            2,
            "'time_limit'",
            f"a whole number of seconds from 1 to {MAX_TIME_LIMIT}",
            1,
            MAX_TIME_LIMIT,
        )
        pass_mark = self.whole_number(
            fields.get("pass_mark"), 2, "'pass_mark'", "a whole percent from 0 to 100", 0, 100
        )
        questions = self.questions(fields.get("questions"))
        lint_ignore = read_lint(self, fields.get("lint"), 2, False, "", True)
        if bank_id is None or title is None or questions is None or self.problems:
            return None
        return Bank(
            id=bank_id,
            title=reveal_bidi_controls(title),
            questions=tuple(questions),
            description=description,
            topics=tuple(reveal_bidi_controls(topic) for topic in topics),
            time_limit=time_limit or 0,
            pass_mark=DEFAULT_PASS_MARK if pass_mark is None else pass_mark,
            path=path,
            source=source,
            content_hash=content_hash,
            questions_site=_site(fields["questions"][0]),
            lint_ignore=lint_ignore,
        )

    def format_version(self, entry: Entry | None) -> None:
        if entry is None:
            return
        node, seen = self.enter(entry, 2, False)
        if self.refused_tag(node, seen, 2):
            return
        value = int_value(node)
        if value is None:
            self.report(node, f"'format' must be the whole number {FORMAT_VERSION}, not {describe(node)}")
            self.skip(node, seen, 2)
        elif value != FORMAT_VERSION:
            self.report(
                node, f"'format' is {value}, but this version of ptquiz reads only format {FORMAT_VERSION}"
            )

    def topics(self, entry: Entry | None) -> list[str]:
        if entry is None:
            return []
        node, seen = self.enter(entry, 2, False)
        if self.refused_tag(node, seen, 2):
            return []
        if not isinstance(node, SequenceNode):
            hint = f"; write it as [{node.value}]" if is_text(node) else ""
            self.report(node, f"'topics' must be a list of texts, not {describe(node)}{hint}")
            self.skip(node, seen, 2)
            return []
        topics = []
        for number, item in enumerate(node.value, 1):
            item_seen = self.guard.enter(item, 3, node, seen)
            topic = self.node_text(item, item_seen, 3, f"topic {number} in 'topics'", "", MAX_TOPIC_LENGTH)
            if topic is not None:
                topics.append(topic)
        return topics

    def questions(self, entry: Entry | None) -> list[Question] | None:
        if entry is None:
            return None
        node, seen = self.enter(entry, 2, False)
        if self.refused_tag(node, seen, 2):
            return None
        if not isinstance(node, SequenceNode):
            self.report(node, f"'questions' must be a list of questions, not {describe(node)}")
            self.skip(node, seen, 2)
            return None
        count = len(node.value)
        if count == 0:
            self.report(node, "'questions' is empty; a bank needs at least one question")
            return None
        if count > MAX_QUESTIONS:
            self.report(node, f"'questions' has {count} questions; a bank may have at most {MAX_QUESTIONS}")
            self.skip(node, seen, 2)
            return None
        questions = []
        for number, item in enumerate(node.value, 1):
            question = self.question(item, number, node, seen)
            if question is not None:
                questions.append(question)
        return questions if len(questions) == count else None

    def question(self, node: Node, number: int, site: Node, replay: bool) -> Question | None:
        seen = self.guard.enter(node, 3, site, replay)
        replay = replay or seen
        if not isinstance(node, MappingNode):
            self.report(
                node,
                f"question {number} must be a mapping with the keys 'id', 'prompt', 'choices' and 'answer', "
                f"not {describe(node)}",
            )
            self.skip(node, seen, 3)
            return None
        before = len(self.problems)
        prefix = _question_prefix(node, number)
        fields = self.fields(node, 3, replay, QUESTION_KEYS, _QUESTION_REQUIRED, prefix, "a question")
        question_id = self.question_id(fields.get("id"), number, node, replay)
        prompt = self.text(fields.get("prompt"), 4, replay, "'prompt'", prefix)
        choices, count = self.choices(fields.get("choices"), replay, prefix)
        answer = self.answer(fields.get("answer"), replay, prefix, choices, count)
        explanation = self.optional_text(fields.get("explanation"), 4, replay, "'explanation'", prefix)
        topic = self.optional_text(fields.get("topic"), 4, replay, "'topic'", prefix, MAX_TOPIC_LENGTH)
        verify = self.optional_text(fields.get("verify"), 4, replay, "'verify'", prefix)
        lint_ignore = read_lint(self, fields.get("lint"), 4, replay, prefix, False)
        if len(self.problems) > before or question_id is None or prompt is None:
            return None
        if choices is None or answer is None:
            return None
        return Question(
            id=question_id,
            prompt=prompt,
            choices=tuple(choices),
            answer=answer,
            explanation=explanation,
            topic=reveal_bidi_controls(topic),
            verify=verify or None,
            line=node.start_mark.line + 1,
            sites=_sites(fields, choices_node=fields["choices"][1]),
            lint_ignore=lint_ignore,
        )

    def question_id(self, entry: Entry | None, number: int, node: MappingNode, replay: bool) -> str | None:
        if entry is None:
            return None
        prefix = f"question {number}: "
        question_id = self.identifier(entry, 4, replay, prefix)
        if question_id is None:
            return None
        earlier = self._question_ids.get(question_id)
        if earlier is None:
            self._question_ids[question_id] = (number, node.start_mark.line + 1)
            return question_id
        self.report(
            entry[1],
            f"{prefix}id '{question_id}' is already used by question {earlier[0]} on line {earlier[1]}",
        )
        return None

    def choices(self, entry: Entry | None, replay: bool, prefix: str) -> tuple[list[str] | None, int | None]:
        """The choice texts when all are good, and how many items the list has."""
        if entry is None:
            return None, None
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return None, None
        if not isinstance(node, SequenceNode):
            self.report(
                node,
                f"{prefix}'choices' must be a list of {MIN_CHOICES} to {MAX_CHOICES} texts, "
                f"not {describe(node)}",
            )
            self.skip(node, seen, 4)
            return None, None
        count = len(node.value)
        good = MIN_CHOICES <= count <= MAX_CHOICES
        if not good:
            noun = "choice" if count == 1 else "choices"
            self.report(
                node, f"{prefix}'choices' has {count} {noun}; a question needs {MIN_CHOICES} to {MAX_CHOICES}"
            )
            if count > MAX_CHOICES:
                self.skip(node, seen, 4)
                return None, count
        replay = replay or seen
        texts: list[str] = []
        first_number: dict[str, int] = {}
        for number, item in enumerate(node.value, 1):
            item_seen = self.guard.enter(item, 5, node, replay)
            text = self.node_text(item, item_seen, 5, f"choice {number}", prefix, MAX_CHOICE_LENGTH)
            if text is None:
                good = False
                continue
            same = first_number.setdefault(text.strip(), number)
            if same != number:
                self.report(item, f"{prefix}choice {number} repeats choice {same}")
                good = False
            texts.append(text)
        return (texts if good else None), count

    def answer(
        self, entry: Entry | None, replay: bool, prefix: str, choices: list[str] | None, count: int | None
    ) -> int | None:
        if entry is None:
            return None
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return None
        if is_empty(node):
            self.report(node, f"{prefix}'answer' is empty")
            return None
        if isinstance(node, ScalarNode) and is_text(node):
            return self.answer_text(node, prefix, choices)
        index = int_value(node)
        if index is None:
            hint = ""
            if isinstance(node, ScalarNode) and choices is not None and str(node.value) in choices:
                hint = f"; to mean the choice {quoted(str(node.value))}, put it in quotes"
            self.report(
                node,
                f"{prefix}'answer' must be the exact text of a choice or its 0-based index, "
                f"not {describe(node)}{hint}",
            )
            self.skip(node, seen, 4)
            return None
        if count is None:
            return None
        if not 0 <= index < count:
            self.report(
                node,
                f"{prefix}'answer' is index {index}, but the {count} choices are numbered 0 to {count - 1}",
            )
            return None
        written = str(node.value)
        if choices is not None and written in choices and choices.index(written) != index:
            self.report(
                node,
                f"{prefix}'answer' {written} is ambiguous: as a 0-based index it means choice {index + 1} "
                f"({quoted(shorten(choices[index]))}), but {quoted(written)} is also the text of choice "
                f"{choices.index(written) + 1}; write the answer as the choice's text in quotes",
            )
            return None
        return index

    def answer_text(self, node: ScalarNode, prefix: str, choices: list[str] | None) -> int | None:
        text = str(node.value)
        if choices is None:
            return None
        if text in choices:
            return choices.index(text)
        close = difflib.get_close_matches(text, choices, n=1, cutoff=0.6)
        if close:
            hint = f"did you mean {quoted(shorten(close[0]))}?"
        elif len(text) == 1 and text.upper() in "ABCDEFGH":
            hint = "write the exact text of the choice or its 0-based index, not a letter"
        else:
            hint = "it must be the exact text of one choice, or its 0-based index"
        self.report(node, f"{prefix}'answer' {quoted(shorten(text))} is not one of the choices; {hint}")
        return None


def _site(node: Node) -> Site:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _sites(fields: dict[str, Entry], choices_node: Node) -> QuestionSites:
    assert isinstance(choices_node, SequenceNode)
    return QuestionSites(
        prompt=_site(fields["prompt"][1]),
        answer=_site(fields["answer"][1]),
        choices=tuple(_site(item) for item in choices_node.value),
    )


def _question_prefix(node: MappingNode, number: int) -> str:
    """'question 3 ('q3'): ', naming the question's id when it has a valid one."""
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == "id":
            if is_text(value_node) and valid_id(str(value_node.value)):
                return f"question {number} ('{value_node.value}'): "
            break
    return f"question {number}: "
