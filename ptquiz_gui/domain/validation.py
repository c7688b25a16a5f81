"""Check a composed bank document against docs/bank-format.md and build the Bank.

One walk over the nodes collects every problem of the file; a bank is built only when
there are none.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ptquiz_gui.domain.answer_fields import AnswerFieldReader
from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls
from ptquiz_gui.domain.field_limits import MAX_CHOICE_LENGTH, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from ptquiz_gui.domain.field_reader import Entry, valid_id
from ptquiz_gui.domain.lint_field import read_lint
from ptquiz_gui.domain.model import (
    FORMAT_VERSION,
    TRUE_FALSE_CHOICES,
    Bank,
    BankError,
    BankSource,
    Problem,
    Question,
    QuestionSites,
    QuestionType,
    Scoring,
    Site,
)
from ptquiz_gui.domain.node_guard import Refused
from ptquiz_gui.domain.node_values import describe, int_value, is_text, list_hint

BANK_KEYS = (
    "format", "id", "title", "description", "topics", "time_limit", "pass_mark", "scoring", "questions",
    "lint",
)
QUESTION_KEYS = (
    "id", "type", "topic", "prompt", "choices", "answer", "choose", "scoring", "shuffle", "explanation",
    "tags", "verify", "lint",
)
_BANK_REQUIRED = ("format", "id", "title", "questions")
_QUESTION_REQUIRED = ("id", "prompt", "answer")  # and 'choices', except for true/false
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


class _BankReader(AnswerFieldReader):
    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.id_site = Problem(label, 1, 1, "")
        self._question_ids: dict[str, tuple[int, int]] = {}
        self._scoring = Scoring.ALL_OR_NOTHING

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
        self._scoring = self.scoring(fields.get("scoring"), 2, False, "") or Scoring.ALL_OR_NOTHING
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
            scoring=self._scoring,
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
            hint = list_hint(node)
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
        typed, kind = self.question_type(fields.get("type"), replay, prefix)
        answer_entry = fields.get("answer")
        if kind is None:
            listed = answer_entry is not None and isinstance(answer_entry[1], SequenceNode)
            kind = QuestionType.MULTIPLE if listed else QuestionType.SINGLE
        prompt = self.text(fields.get("prompt"), 4, replay, "'prompt'", prefix)
        keys: tuple[int, ...] | None = None
        if kind is QuestionType.TRUEFALSE:
            fixed = self.true_false_choices(fields.get("choices"), replay, prefix)
            choices: list[str] | None = list(TRUE_FALSE_CHOICES) if fixed else None
            if answer_entry is not None:
                key = self.true_false_key(answer_entry, replay, prefix)
                keys = None if key is None else (key,)
        else:
            self.repeated_choices = {}
            if "choices" not in fields and typed:
                self.report(node, f"{prefix}missing required key 'choices'")
            choices, count = self.choices(fields.get("choices"), replay, prefix)
            if answer_entry is not None and typed and kind is QuestionType.MULTIPLE:
                keys = self.multiple_keys(answer_entry, replay, prefix, choices, count)
            elif answer_entry is not None and typed:
                key = self.single_key(answer_entry, replay, prefix, choices, count)
                keys = None if key is None else (key,)
        choose = self.choose(fields.get("choose"), replay, prefix, None if choices is None else len(choices))
        if choose is not None and kind is not QuestionType.MULTIPLE:
            self.report(fields["choose"][1], f"{prefix}'choose' is only for multiple-answer questions")
        scoring = self.scoring(fields.get("scoring"), 4, replay, prefix)
        shuffle = self.flag(fields.get("shuffle"), replay, prefix, "'shuffle'", True)
        explanation = self.optional_text(fields.get("explanation"), 4, replay, "'explanation'", prefix)
        topic = self.optional_text(fields.get("topic"), 4, replay, "'topic'", prefix, MAX_TOPIC_LENGTH)
        tags = self.tags(fields.get("tags"), replay, prefix)
        verify = self.optional_text(fields.get("verify"), 4, replay, "'verify'", prefix)
        lint_ignore = read_lint(self, fields.get("lint"), 4, replay, prefix, False)
        if len(self.problems) > before or question_id is None or prompt is None:
            return None
        if choices is None or keys is None:
            return None
        return Question(
            id=question_id,
            prompt=prompt,
            choices=tuple(choices),
            answer=keys[0],
            explanation=explanation,
            topic=reveal_bidi_controls(topic),
            verify=verify or None,
            line=node.start_mark.line + 1,
            sites=_sites(fields, len(choices)),
            lint_ignore=lint_ignore,
            type=kind,
            answers=keys,
            choose=choose,
            scoring=scoring or self._scoring,
            tags=tuple(reveal_bidi_controls(tag) for tag in tags),
            shuffle=shuffle,
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
                self.repeated_choices[text.strip()] = number
                good = False
            texts.append(text)
        return (texts if good else None), count


def _site(node: Node) -> Site:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _sites(fields: dict[str, Entry], count: int) -> QuestionSites:
    """Where the prompt, the answer and each choice are written; a true/false question's
    fixed choices, when not written out, are placed at its answer."""
    answer = _site(fields["answer"][1])
    entry = fields.get("choices")
    choices_node = None if entry is None else entry[1]
    if isinstance(choices_node, SequenceNode) and len(choices_node.value) == count:
        choice_sites = tuple(_site(item) for item in choices_node.value)
    else:
        choice_sites = (answer,) * count
    return QuestionSites(prompt=_site(fields["prompt"][1]), answer=answer, choices=choice_sites)


def _question_prefix(node: MappingNode, number: int) -> str:
    """'question 3 ('q3'): ', naming the question's id when it has a valid one."""
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == "id":
            if is_text(value_node) and valid_id(str(value_node.value)):
                return f"question {number} ('{value_node.value}'): "
            break
    return f"question {number}: "
