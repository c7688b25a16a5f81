"""Read how a question is answered: ``type``, ``answer`` (one key, a list of keys, or
true/false), ``choose``, ``scoring``, ``shuffle`` and ``tags``, each fault with its line and column.
"""

from __future__ import annotations

import difflib

from yaml.constructor import SafeConstructor
from yaml.nodes import Node, ScalarNode, SequenceNode

from ptquiz_gui.domain.field_limits import MAX_TOPIC_LENGTH
from ptquiz_gui.domain.field_reader import Entry, FieldReader
from ptquiz_gui.domain.model import TRUE_FALSE_CHOICES, QuestionType, Scoring
from ptquiz_gui.domain.node_values import (
    BOOL_TAG,
    describe,
    int_value,
    is_empty,
    is_text,
    list_hint,
    quoted,
    shorten,
)

MIN_KEYS = 2
_TYPES = tuple(t.value for t in QuestionType)
_SCORINGS = tuple(s.value for s in Scoring)
_CONSTRUCTOR = SafeConstructor()
_FLAG_WORDS = {"true": "true", "yes": "true", "on": "true", "false": "false", "no": "false", "off": "false"}
_ALIASES = {"boolean": "truefalse", "bool": "truefalse", "tf": "truefalse", "multi": "multiple"}


class AnswerFieldReader(FieldReader):
    """The answer-related fields of one question; problems go to ``self.problems``."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.repeated_choices: dict[str, int] = {}  # a repeated choice text -> the choice it repeats

    def question_type(self, entry: Entry | None, replay: bool, prefix: str) -> tuple[bool, QuestionType | None]:
        """(fine, type): the written ``type``, None when absent; fine is False after a fault."""
        if entry is None:
            return True, None
        word = self.choice_word(entry, 4, replay, prefix, "'type'", _TYPES)
        return word is not None, None if word is None else QuestionType(word)

    def scoring(self, entry: Entry | None, depth: int, replay: bool, prefix: str) -> Scoring | None:
        word = self.choice_word(entry, depth, replay, prefix, "'scoring'", _SCORINGS)
        return None if word is None else Scoring(word)

    def choice_word(
        self, entry: Entry | None, depth: int, replay: bool, prefix: str, what: str, allowed: tuple[str, ...]
    ) -> str | None:
        """One of ``allowed``, written as text; None (after reporting) for anything else."""
        if entry is None:
            return None
        text = self.text(entry, depth, replay, what, prefix)
        if text is None or text in allowed:
            return text
        squeezed = "".join(c for c in text.lower() if c.isalpha())
        close = [word for word in allowed if word.replace("-", "") == squeezed]
        if not close and _ALIASES.get(squeezed) in allowed:
            close = [_ALIASES[squeezed]]
        close = close or difflib.get_close_matches(text.lower(), allowed, n=1, cutoff=0.5)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        self.report(
            entry[1], f"{prefix}{what} is {quoted(shorten(text))}; it must be one of {', '.join(allowed)}{hint}"
        )
        return None

    def tags(self, entry: Entry | None, replay: bool, prefix: str) -> tuple[str, ...]:
        if entry is None:
            return ()
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return ()
        if not isinstance(node, SequenceNode):
            hint = list_hint(node)
            self.report(node, f"{prefix}'tags' must be a list of texts, not {describe(node)}{hint}")
            self.skip(node, seen, 4)
            return ()
        found: list[str] = []
        for number, item in enumerate(node.value, 1):
            item_seen = self.guard.enter(item, 5, node, replay or seen)
            tag = self.node_text(item, item_seen, 5, f"tag {number} in 'tags'", prefix, MAX_TOPIC_LENGTH)
            if tag is not None:
                found.append(tag)
        return tuple(found)

    def flag(self, entry: Entry | None, replay: bool, prefix: str, what: str, default: bool) -> bool:
        """A YAML true/false value; ``default`` when absent, or (after reporting) anything else."""
        if entry is None:
            return default
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return default
        if isinstance(node, ScalarNode) and node.tag == BOOL_TAG:
            return bool(_CONSTRUCTOR.construct_yaml_bool(node))
        word = _FLAG_WORDS.get(str(node.value).strip().lower()) if is_text(node) else None
        hint = "" if word is None else f"; write {word}, without quotes"
        self.report(node, f"{prefix}{what} must be true or false, not {describe(node)}{hint}")
        self.skip(node, seen, 4)
        return default

    def choose(self, entry: Entry | None, replay: bool, prefix: str, count: int | None) -> int | None:
        if entry is None:
            return None
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return None
        value = int_value(node)
        high = count or 8
        if value is None or not 1 <= value <= high:
            shown = describe(node) if value is None else str(value)
            self.report(
                node, f"{prefix}'choose' must be a whole number from 1 to {high} (the number of choices), not {shown}"
            )
            self.skip(node, seen, 4)
            return None
        return value

    # --- keys -------------------------------------------------------------------------------

    def single_key(
        self, entry: Entry, replay: bool, prefix: str, choices: list[str] | None, count: int | None
    ) -> int | None:
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return None
        if isinstance(node, SequenceNode):
            self.report(
                node,
                f"{prefix}'type' is single, but 'answer' is a list; a single-answer question has one key "
                "(leave 'type' out, or write 'type: multiple', for several)",
            )
            self.skip(node, seen, 4)
            return None
        return self.key(node, seen, prefix, "'answer'", choices, count)

    def multiple_keys(
        self, entry: Entry, replay: bool, prefix: str, choices: list[str] | None, count: int | None
    ) -> tuple[int, ...] | None:
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return None
        if not isinstance(node, SequenceNode):
            self.report(
                node,
                f"{prefix}a multiple-answer question lists its keys: write 'answer: [first key, second key]', "
                f"not {describe(node)}",
            )
            self.skip(node, seen, 4)
            return None
        found: dict[int, int] = {}  # choice index -> the key number that named it first
        good = True
        for number, item in enumerate(node.value, 1):
            item_seen = self.guard.enter(item, 5, node, replay or seen)
            what = f"key {number} in 'answer'"
            if choices is None and is_text(item) and str(item.value).strip() in self.repeated_choices:
                text = str(item.value).strip()
                self.report(
                    item,
                    f"{prefix}{what} {quoted(shorten(text))} is also a distractor: choice "
                    f"{self.repeated_choices[text]} repeats it; a key is never also a wrong choice",
                )
                good = False
                continue
            index = self.key(item, item_seen, prefix, what, choices, count)
            if index is None:
                good = False
                continue
            if index in found:
                self.report(item, f"{prefix}{what} repeats key {found[index]} (choice {index + 1})")
                good = False
                continue
            found[index] = number
        if not good:
            return None
        if len(found) < MIN_KEYS:
            self.report(
                node,
                f"{prefix}'answer' lists {len(found)} key{'s' if len(found) != 1 else ''}; a multiple-answer "
                f"question needs at least {MIN_KEYS} (write one key without the list)",
            )
            return None
        return tuple(sorted(found))

    def true_false_key(self, entry: Entry, replay: bool, prefix: str) -> int | None:
        node, seen = self.enter(entry, 4, replay)
        if self.refused_tag(node, seen, 4):
            return None
        if isinstance(node, ScalarNode) and not self.clean(node, "'answer'", prefix):
            return None
        if isinstance(node, ScalarNode) and node.tag == BOOL_TAG:
            return 0 if _CONSTRUCTOR.construct_yaml_bool(node) else 1
        if is_text(node) and str(node.value).strip().capitalize() in TRUE_FALSE_CHOICES:
            return TRUE_FALSE_CHOICES.index(str(node.value).strip().capitalize())
        self.report(node, f"{prefix}'answer' of a true/false question must be true or false, not {describe(node)}")
        self.skip(node, seen, 4)
        return None

    def true_false_choices(self, entry: Entry | None, replay: bool, prefix: str) -> bool:
        """A true/false question's ``choices``, if written at all, are exactly True and False."""
        if entry is None:
            return True
        node, seen = self.enter(entry, 4, replay)
        if isinstance(node, SequenceNode) and [
            str(item.value) if is_text(item) else None for item in node.value
        ] == list(TRUE_FALSE_CHOICES):
            return True
        self.report(
            node,
            f"{prefix}a true/false question has the fixed choices True and False; leave 'choices' out",
        )
        self.skip(node, seen, 4)
        return False

    def key(
        self, node: Node, seen: bool, prefix: str, what: str, choices: list[str] | None, count: int | None
    ) -> int | None:
        """The choice a key names, by its exact text or its 0-based index."""
        if self.refused_tag(node, seen, 5):
            return None
        if isinstance(node, ScalarNode) and not self.clean(node, what, prefix):
            return None
        if is_empty(node):
            self.report(node, f"{prefix}{what} is empty")
            return None
        if isinstance(node, ScalarNode) and is_text(node):
            return self._key_text(node, prefix, what, choices)
        index = int_value(node)
        if index is None:
            hint = ""
            if isinstance(node, ScalarNode) and choices is not None and str(node.value) in choices:
                hint = f"; to mean the choice {quoted(str(node.value))}, put it in quotes"
            self.report(
                node,
                f"{prefix}{what} must be the exact text of a choice or its 0-based index, "
                f"not {describe(node)}{hint}",
            )
            self.skip(node, seen, 5)
            return None
        if count is None:
            return None
        if not 0 <= index < count:
            self.report(
                node, f"{prefix}{what} is index {index}, but the {count} choices are numbered 0 to {count - 1}"
            )
            return None
        written = str(node.value)
        if choices is not None and written in choices and choices.index(written) != index:
            self.report(
                node,
                f"{prefix}{what} {written} is ambiguous: as a 0-based index it means choice {index + 1} "
                f"({quoted(shorten(choices[index]))}), but {quoted(written)} is also the text of choice "
                f"{choices.index(written) + 1}; write the answer as the choice's text in quotes",
            )
            return None
        return index

    def _key_text(self, node: ScalarNode, prefix: str, what: str, choices: list[str] | None) -> int | None:
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
        self.report(node, f"{prefix}{what} {quoted(shorten(text))} is not one of the choices; {hint}")
        return None
