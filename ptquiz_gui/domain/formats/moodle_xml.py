"""Reading Moodle XML question files (``<quiz><question type="...">``) into ptquiz questions.

Taken: ``multichoice`` (``<single>`` true: one key, the answer with fraction 100; false:
several keys, every answer with a positive fraction, scored partially), ``truefalse``, and
``category``, whose last name becomes the topic of the questions after it. The question's
``<name>`` gives its id, ``generalfeedback`` and each answer's ``feedback`` its
explanation, ``<tags>`` its tags, and ``<shuffleanswers>`` whether its choices are shuffled
(false for ``0``, ``false`` or nothing, as Moodle reads it; a question without the element
keeps ptquiz's default, shuffled). Every other type is skipped with a note.

Text is HTML (or Moodle's other text formats) and is turned into bank Markdown as text
(``markup``): nothing is rendered and nothing is fetched; an image stored with the
question (``@@PLUGINFILE@@/name``) shows as ``[image: name]`` and is noted as skipped.
Text ptquiz wrote itself (``moodle_text``) comes back exactly as it was.
"""

from __future__ import annotations

from ptquiz_gui.domain.formats.gift import category_topic, explanation_with_feedback
from ptquiz_gui.domain.formats.markup import html_to_markdown, html_to_text, plain_to_markdown
from ptquiz_gui.domain.formats.moodle_text import from_html, is_ptquiz_html
from ptquiz_gui.domain.formats.notes import Note, ParsedQuestion, ParseResult, choice_problem, key_problem
from ptquiz_gui.domain.formats.xml_tree import Element, XmlFault, parse_xml
from ptquiz_gui.domain.model import TRUE_FALSE_CHOICES, QuestionType, Scoring

_TRUE_WORDS = ("1", "true", "yes")
_NO_SHUFFLE_WORDS = ("", "0", "false")


def _inner_text(element: Element) -> str:
    """``<x><text>...</text></x>``'s text, or ``<x>...</x>``'s own."""
    inner = element.child("text")
    return (element.text if inner is None else inner.text).strip()


class _Skip(Exception):
    pass


class _Fault(Exception):
    def __init__(self, element: Element, message: str) -> None:
        super().__init__(message)
        self.element = element
        self.message = message


def _markdown(text: str, fmt: str, images: list[str]) -> str:
    if is_ptquiz_html(text):
        return from_html(text)
    if fmt == "markdown":
        return text.strip()
    if fmt == "plain_text":
        return plain_to_markdown(text.strip())
    if fmt == "moodle_auto_format":
        text = text.replace("\n", "<br>")
    return html_to_markdown(text, images)


def _plain(text: str, fmt: str, images: list[str]) -> str:
    """A choice: plain text."""
    if is_ptquiz_html(text):
        return from_html(text)
    if fmt in ("markdown", "plain_text"):
        return text.strip()
    if fmt == "moodle_auto_format":
        text = text.replace("\n", "<br>")
    return html_to_text(text, images)


def _text_of(holder: Element | None, images: list[str], plain: bool = False) -> str:
    if holder is None:
        return ""
    inner = holder.child("text")
    text = "" if inner is None else inner.text
    fmt = holder.attrs.get("format", "html")
    return _plain(text, fmt, images) if plain else _markdown(text, fmt, images)


def _fraction(answer: Element) -> float:
    written = answer.attrs.get("fraction", "0").strip()
    try:
        value = float(written)
    except ValueError:
        raise _Fault(answer, f"the answer's fraction '{written[:20]}' is not a number") from None
    if value != value or abs(value) > 100:  # NaN, or beyond -100..100
        raise _Fault(answer, f"the answer's fraction {written[:20]} is not from -100 to 100")
    return value


def _shuffles(question: Element) -> bool:
    """False where ``<shuffleanswers>`` says the answers keep their order (Moodle's ``1``/``0``
    or ``true``/``false``)."""
    written = question.child("shuffleanswers")
    return written is None or written.text.strip().lower() not in _NO_SHUFFLE_WORDS


class _Reader:
    def __init__(self) -> None:
        self.result = ParseResult()
        self._topic = ""
        self._ordinal = 0

    def read(self, data: bytes) -> ParseResult:
        try:
            root = parse_xml(data)
        except XmlFault as fault:
            self.result.errors.append(Note(fault.line, fault.message, fault.column))
            return self.result
        if root.tag != "quiz":
            self.result.errors.append(
                Note(root.line, f"the top element is <{root.tag[:40]}>, not <quiz>: not a Moodle XML question file", root.column)
            )
            return self.result
        for element in root.children:
            if element.tag == "question":
                self._question(element)
        return self.result

    def _question(self, element: Element) -> None:
        kind = element.attrs.get("type", "").strip()
        if kind == "category":
            self._topic = category_topic(element.child_text("category").strip())
            return
        self._ordinal += 1
        if kind not in ("multichoice", "truefalse"):
            self.result.skipped.append(Note(element.line, f"skipped {kind[:40] or 'question without a type'}"))
            return
        images: list[str] = []
        try:
            question = self._read(element, kind, images)
        except _Fault as fault:
            self.result.errors.append(Note(fault.element.line, fault.message, fault.element.column))
            return
        except _Skip:
            self.result.skipped.append(Note(element.line, f"skipped partial-credit {kind}"))
            return
        self.result.questions.append(question)
        for name in images:
            self.result.skipped.append(Note(element.line, f"skipped image {name[:80]} (not imported)"))

    def _read(self, element: Element, kind: str, images: list[str]) -> ParsedQuestion:
        prompt = _text_of(element.child("questiontext"), images)
        if not prompt:
            raise _Fault(element, "the question text is empty")
        general = _text_of(element.child("generalfeedback"), images)
        answers = element.all("answer")
        if kind == "truefalse":
            choices, keys, feedback = self._true_false(element, answers, images)
            question_type = QuestionType.TRUEFALSE
        else:
            choices, keys, feedback, question_type = self._multichoice(element, answers, images)
        tags = tuple(_inner_text(tag) for holder in element.all("tags") for tag in holder.all("tag"))
        return ParsedQuestion(
            line=element.line,
            ordinal=self._ordinal,
            prompt=prompt,
            choices=choices,
            answer=keys[0],
            explanation=explanation_with_feedback(general, feedback),
            topic=self._topic,
            name=element.child_text("name").strip(),
            type=question_type,
            answers=keys,
            scoring=Scoring.PARTIAL if question_type is QuestionType.MULTIPLE else None,
            tags=tuple(tag for tag in tags if tag),
            shuffle=_shuffles(element),
        )

    def _true_false(
        self, element: Element, answers: list[Element], images: list[str]
    ) -> tuple[tuple[str, ...], tuple[int, ...], list[tuple[str, str]]]:
        feedback = {"True": "", "False": ""}
        right: list[int] = []
        for answer in answers:
            word = _inner_text(answer).lower()
            if word not in ("true", "false"):
                raise _Fault(answer, f"a true/false answer must be 'true' or 'false', not '{word[:20]}'")
            choice = "True" if word == "true" else "False"
            feedback[choice] = _text_of(answer.child("feedback"), images)
            if _fraction(answer) > 0:
                right.append(TRUE_FALSE_CHOICES.index(choice))
        if len(right) != 1:
            raise _Fault(element, "a true/false question needs exactly one answer with a positive fraction")
        return TRUE_FALSE_CHOICES, (right[0],), [(c, feedback[c]) for c in TRUE_FALSE_CHOICES]

    def _multichoice(
        self, element: Element, answers: list[Element], images: list[str]
    ) -> tuple[tuple[str, ...], tuple[int, ...], list[tuple[str, str]], QuestionType]:
        single = element.child("single")
        one = single is None or single.text.strip().lower() in _TRUE_WORDS
        choices: list[str] = []
        weights: list[float] = []
        feedback: list[tuple[str, str]] = []
        for answer in answers:
            holder = Element("answer", {"format": answer.attrs.get("format", "html")}, answer.line, answer.column)
            holder.children = [c for c in answer.children if c.tag == "text"]
            choice = _text_of(holder, images, plain=True)
            choices.append(choice)
            weights.append(_fraction(answer))
            feedback.append((choice, _text_of(answer.child("feedback"), images)))
        keys = tuple(i for i, w in enumerate(weights) if (w == 100 if one else w > 0))
        if one and any(0 < w < 100 for w in weights):
            raise _Skip()
        if not keys:
            raise _Fault(element, "no answer has a positive fraction, so none is right")
        if one and len(keys) > 1:
            raise _Fault(element, f"{len(keys)} answers have the fraction 100; a single-answer question needs one")
        if not one and len(keys) == 1 and weights[keys[0]] < 100:
            raise _Skip()
        problem = key_problem(choices, keys) or choice_problem(choices)
        if problem is not None:
            raise _Fault(element, problem)
        kind = QuestionType.MULTIPLE if len(keys) > 1 else QuestionType.SINGLE
        return tuple(choices), keys, feedback, kind


def parse_moodle_xml(data: bytes) -> ParseResult:
    """Read a Moodle XML file's bytes; see the module docstring for what is understood."""
    return _Reader().read(data)
