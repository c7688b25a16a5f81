"""Reading Moodle's GIFT format into ptquiz questions.

Follows Moodle's own reader: questions are separated by blank lines, lines starting with
``//`` are comments, ``::name::`` names a question, ``[html]``/``[plain]``/``[markdown]``/
``[moodle]`` gives the text format, and the one ``{...}`` block holds the answers:
``=right ~wrong`` (multiple choice, ``#feedback`` after a choice, ``####general feedback`` at
the end) or ``T``/``F``/``TRUE``/``FALSE`` (a true/false question).  Weights decide as
Moodle's reader does: a block without ``=`` is a multiple-answer question whose keys are the
choices with a positive ``%weight%`` (scored partially); with ``=`` it has one key, and a
negative weight only marks a wrong choice.  ``\\`` escapes ``~ = # { } : \\``, and ``\\n`` is
a line break.  ``$CATEGORY: a/b/c`` sets the topic (the last category name) of the
questions after it.  Question types ptquiz cannot run are skipped with a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ptquiz_gui.domain.formats.markup import escape_inline, html_to_markdown, html_to_text, plain_to_markdown
from ptquiz_gui.domain.formats.notes import Note, ParsedQuestion, ParseResult, choice_problem, key_problem
from ptquiz_gui.domain.model import TRUE_FALSE_CHOICES, QuestionType, Scoring

_ESCAPABLE = "\\~=#{}:n"
_PLACEHOLDER = {char: chr(0xFDD0 + index) for index, char in enumerate(_ESCAPABLE)}
_RESTORE = str.maketrans({mark: ("\n" if char == "n" else char) for char, mark in _PLACEHOLDER.items()})
_ESCAPE = re.compile(r"\\([\\~=#{}:n])")
_NONCHARACTER = re.compile("[\ufdd0-\ufdef]")
_FORMAT = re.compile(r"^\[(moodle|html|plain|markdown)\]")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_ANY_WEIGHT = re.compile(r"^%([^%\s]*)%")  # what looks like a weight, to name a bad one
_CATEGORY_SPLIT = re.compile(r"(?<!/)/(?!/)")
_CONTEXT = re.compile(r"^\$[a-z]+\$$")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_BLANK = "_____"
_NESTED = 'unbalanced braces: "{" inside an answer block (write \\{ for a literal brace)'
_TWO_RIGHT = '"="; ptquiz needs exactly one (write \\= for a literal =)'
_SECOND = "a question can have only one answer block {...} (write \\{ and \\} for literal braces)"

# choices, sorted key indexes, (choice, feedback) pairs, type
_Answers = tuple[tuple[str, ...], tuple[int, ...], list[tuple[str, str]], QuestionType]


class _Skip(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _Fault(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda match: _PLACEHOLDER[match.group(1)], text)


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


def _split_format(text: str, default: str) -> tuple[str, str]:
    match = _FORMAT.match(text)
    if match is None:
        return default, text
    return match.group(1), text[match.end() :]


def _markdown(text: str, fmt: str) -> str:
    """Prompt or feedback text in the bank's Markdown."""
    fmt, body = _split_format(text.strip(), fmt)
    plain = _restore(body).strip()
    if fmt == "html":
        return html_to_markdown(plain)
    if fmt == "plain":
        return plain_to_markdown(plain)
    return plain


def _choice_text(text: str, fmt: str) -> str:
    """Choice text, which ptquiz shows as plain text."""
    fmt, body = _split_format(text.strip(), fmt)
    plain = _restore(body).strip()
    return html_to_text(plain) if fmt == "html" else plain


def explanation_with_feedback(general: str, feedback: list[tuple[str, str]]) -> str:
    """General feedback, then a list of the choices with their own feedback."""
    parts = [general] if general else []
    lines = [f"- {escape_inline(choice)}: {text}".replace("\n", "\n  ") for choice, text in feedback if text]
    if lines:
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def category_topic(path: str) -> str:
    """The topic a ``$CATEGORY:`` path gives: its last category name ('' for ``$course$/top``).

    Names are split on ``/`` (``//`` is a literal slash); a leading context such as
    ``$course$`` and Moodle's ``top`` category above the real ones are not topics.
    """
    names = [name.replace("//", "/").strip() for name in _CATEGORY_SPLIT.split(path)]
    names = [name for name in names if name]
    in_context = bool(names) and _CONTEXT.match(names[0]) is not None
    if in_context:
        names = names[1:]
    if names and names[0] == "top" and (in_context or len(names) > 1):
        names = names[1:]
    return names[-1] if names else ""


@dataclass(slots=True)
class _Block:
    lines: list[int]  # source line number of each line of ``text``
    text: str  # protected: escaped characters replaced by placeholders
    reserved: bool = False  # the source text holds characters used as placeholders

    def line_at(self, offset: int) -> int:
        return self.lines[min(self.text.count("\n", 0, offset), len(self.lines) - 1)]


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    numbers: list[int] = []
    lines: list[str] = []
    for number, raw in enumerate([*text.split("\n"), ""], start=1):
        line = raw.strip()
        if not line:
            if lines:
                raw = "\n".join(lines)
                blocks.append(_Block(numbers, _protect(raw), _NONCHARACTER.search(raw) is not None))
                numbers, lines = [], []
        elif not line.startswith("//"):
            numbers.append(number)
            lines.append(line)
    return blocks


def _answer_block(body: str, base: int) -> tuple[int, int] | None:
    opening: int | None = None
    closing: int | None = None
    for index, char in enumerate(body):
        if char == "{":
            if closing is not None:
                raise _Fault(base + index, _SECOND)
            if opening is not None:
                raise _Fault(base + index, _NESTED)
            opening = index
        elif char == "}":
            if opening is None or closing is not None:
                raise _Fault(base + index, 'unbalanced braces: "}" has no "{" before it')
            closing = index
    if opening is not None and closing is None:
        raise _Fault(base + opening, 'unbalanced braces: "{" is never closed')
    if opening is None or closing is None:
        return None
    return opening, closing


class _Reader:
    def __init__(self) -> None:
        self.result = ParseResult()
        self._topic = ""
        self._ordinal = 0

    def read(self, text: str) -> ParseResult:
        if not text.strip():
            self.result.errors.append(Note(1, "the file is empty"))
            return self.result
        for block in _blocks(text):
            self._block(block)
        return self.result

    def _block(self, block: _Block) -> None:
        if block.reserved:
            self.result.errors.append(
                Note(block.lines[0], "contains a Unicode noncharacter (U+FDD0 to U+FDEF), which is not text")
            )
            return
        if block.text.startswith("$CATEGORY:"):
            first, _, rest = block.text.partition("\n")
            self._topic = category_topic(_restore(first[len("$CATEGORY:") :]).strip())
            if rest.strip():
                self._block(_Block(block.lines[1:], rest))
            return
        self._ordinal += 1
        try:
            question = self._question(block)
        except _Skip as skip:
            self.result.skipped.append(Note(block.lines[0], f"skipped {skip.kind}"))
        except _Fault as fault:
            self.result.errors.append(Note(block.line_at(fault.offset), fault.message))
        else:
            self.result.questions.append(question)

    def _question(self, block: _Block) -> ParsedQuestion:
        text = block.text
        name = ""
        start = 0
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                raise _Fault(0, 'the question name after "::" has no closing "::"')
            name = _restore(text[2:end]).strip()
            start = end + 2
        body = text[start:]
        found = _answer_block(body, start)
        if found is None:
            raise _Skip("description (text without an answer block)")
        opening, closing = found
        after = body[closing + 1 :]
        prompt_source = body[:opening] + (_BLANK + after if after.strip() else "")
        answers = body[opening + 1 : closing].strip()
        general = ""
        split = answers.rfind("####")
        if split >= 0:
            general, answers = answers[split + 4 :], answers[:split].strip()
        fmt, _ = _split_format(prompt_source.strip(), "moodle")
        prompt = _markdown(prompt_source, "moodle")
        if not prompt:
            raise _Fault(start, "the question text is empty")
        general_md = _markdown(general, fmt)
        choices, keys, feedback, kind = self._answers(answers, fmt, start + opening)
        return ParsedQuestion(
            line=block.lines[0],
            ordinal=self._ordinal,
            prompt=prompt,
            choices=choices,
            answer=keys[0],
            explanation=explanation_with_feedback(general_md, feedback),
            topic=self._topic,
            name=name,
            type=kind,
            answers=keys,
            scoring=Scoring.PARTIAL if kind is QuestionType.MULTIPLE else None,
        )

    def _answers(self, answers: str, fmt: str, offset: int) -> _Answers:
        if not answers:
            raise _Skip("essay question")
        if answers.startswith("#"):
            raise _Skip("numerical question")
        if "~" in answers:
            return self._multiple_choice(answers, fmt, offset)
        if "=" in answers and "->" in answers:
            raise _Skip("matching question")
        key, *feedback = answers.split("#", 2)
        if key.strip() in _TRUE_FALSE:
            right = _TRUE_FALSE[key.strip()]
            wrong_text, right_text = (feedback + ["", ""])[:2]
            true_fb = _markdown(right_text if right else wrong_text, fmt)
            false_fb = _markdown(wrong_text if right else right_text, fmt)
            feedback_pairs = [("True", true_fb), ("False", false_fb)]
            return TRUE_FALSE_CHOICES, (0 if right else 1,), feedback_pairs, QuestionType.TRUEFALSE
        raise _Skip("short-answer question")

    def _multiple_choice(self, answers: str, fmt: str, offset: int) -> _Answers:
        parts = answers.replace("=", "~=").split("~")
        if not parts[0].strip():
            parts = parts[1:]
        choices: list[str] = []
        feedback: list[tuple[str, str]] = []
        weights: list[float] = []
        for part in parts:
            item = part.strip()
            value = 0.0
            if item.startswith("="):
                item = item[1:].lstrip()
                value = 100.0
            weight = _WEIGHT.match(item)
            if weight is not None:
                value = float(weight.group(1))
                item = item[weight.end() :]
            elif (written := _ANY_WEIGHT.match(item)) is not None:
                raise _Fault(offset, f"the weight %{written.group(1)}% is not a number from -100 to 100")
            if not -100 <= value <= 100:
                raise _Fault(offset, f"the weight %{weight.group(1) if weight else value}% is not from -100 to 100")
            text, _, comment = item.partition("#")
            choice = _choice_text(text, fmt)
            choices.append(choice)
            weights.append(value)
            feedback.append((choice, _markdown(comment, fmt)))
        # Moodle's reader: no '=' in the block means several answers may be picked.
        single = "=" in answers
        keys = tuple(i for i, w in enumerate(weights) if (w == 100 if single else w > 0))
        if single and any(0 < w < 100 for w in weights):
            raise _Skip("partial-credit question")
        if not keys:
            if single or not any(weights):
                raise _Fault(offset, 'no choice is marked right with "="')
            raise _Fault(offset, "no choice has a positive weight, so none is right")
        if single and len(keys) > 1:
            raise _Fault(offset, f"{len(keys)} choices are marked right with {_TWO_RIGHT}")
        if not single and len(keys) == 1 and weights[keys[0]] < 100:
            raise _Skip("partial-credit question")
        problem = key_problem(choices, keys) or choice_problem(choices)
        if problem is not None:
            raise _Fault(offset, problem)
        kind = QuestionType.MULTIPLE if len(keys) > 1 else QuestionType.SINGLE
        return tuple(choices), keys, feedback, kind


def parse_gift(text: str) -> ParseResult:
    """Read GIFT text; see the module docstring for what is understood."""
    return _Reader().read(text)
