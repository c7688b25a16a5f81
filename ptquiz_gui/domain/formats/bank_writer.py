"""Turning converted questions into bank YAML, and saving bank files without losing any.

The YAML is written with ``yaml.safe_dump`` (multi-line text as ``|`` blocks) and always
read back through the project's loader before it is saved, so a saved bank is a valid
bank.  Files are written atomically and an existing file is never replaced: a new name
is picked instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import yaml

from ptquiz_gui.atomic_files import write_bytes_atomic
from ptquiz_gui.domain.bidi_controls import reveal_bidi_controls
from ptquiz_gui.domain.field_limits import MAX_TITLE_LENGTH
from ptquiz_gui.domain.file_kinds import BANK_SUFFIXES
from ptquiz_gui.domain.formats.notes import ParsedQuestion
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import FORMAT_VERSION, QuestionType

MAX_ID_LENGTH = 64
_NOT_ID = re.compile(r"[^a-z0-9._-]+")
_TOP_LEVEL_ID = re.compile(r"^id:[^\n]*$", re.MULTILINE)


class _BankDumper(yaml.SafeDumper):
    """Safe dumper that writes multi-line strings as literal ``|`` blocks and indents lists."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BankDumper.add_representer(str, _represent_str)


def dump_yaml(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_BankDumper, sort_keys=False, allow_unicode=True, width=100)


def slugify(text: str) -> str:
    """An id made of ``a-z 0-9 . _ -`` (accents dropped), or '' when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ID.sub("-", ascii_text.lower()).strip("-._")
    return slug[:MAX_ID_LENGTH].strip("-._")


def title_from_stem(stem: str) -> str:
    words = reveal_bidi_controls(" ".join(re.split(r"[\s_-]+", stem)).strip())
    if not words:
        return "Imported questions"
    return (words[0].upper() + words[1:])[:MAX_TITLE_LENGTH].rstrip()


def _unique(base: str, taken: Collection[str]) -> str:
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1


def question_ids(questions: Sequence[ParsedQuestion]) -> list[str]:
    """Stable ids: the slug of the source's question name, else ``q`` and the ordinal."""
    used: set[str] = set()
    ids: list[str] = []
    for question in questions:
        base = slugify(question.name) or f"q{question.ordinal:03d}"
        chosen = _unique(base, used)
        used.add(chosen)
        ids.append(chosen)
    return ids


def bank_data(
    bank_id: str, title: str, description: str, questions: Sequence[ParsedQuestion]
) -> dict[str, Any]:
    """The bank as plain data in file order, ``answer`` given as the exact choice text (a list
    of them for a multiple-answer question, true or false for a true/false one)."""
    items: list[dict[str, Any]] = []
    topics: list[str] = []
    for question, question_id in zip(questions, question_ids(questions), strict=True):
        item: dict[str, Any] = {"id": question_id}
        if question.topic:
            item["topic"] = question.topic
            if question.topic not in topics:
                topics.append(question.topic)
        if question.type is QuestionType.TRUEFALSE:
            item["type"] = QuestionType.TRUEFALSE.value
        item["prompt"] = question.prompt
        if question.type is QuestionType.TRUEFALSE:
            item["answer"] = question.answer == 0
        else:
            item["choices"] = list(question.choices)
            keys = [question.choices[i] for i in question.answers]
            item["answer"] = keys if question.type is QuestionType.MULTIPLE else keys[0]
        if question.scoring is not None and question.type is QuestionType.MULTIPLE:
            item["scoring"] = question.scoring.value
        if not question.shuffle:
            item["shuffle"] = False
        if question.explanation:
            item["explanation"] = question.explanation
        if question.tags:
            item["tags"] = list(question.tags)
        items.append(item)
    data: dict[str, Any] = {"format": FORMAT_VERSION, "id": bank_id, "title": title}
    if description:
        data["description"] = description
    if topics:
        data["topics"] = topics
    data["questions"] = items
    return data


def _taken_stems(target_dir: Path) -> set[str]:
    if not target_dir.is_dir():
        return set()
    return {entry.stem.lower() for entry in target_dir.iterdir() if entry.suffix.lower() in BANK_SUFFIXES}


def free_stem(target_dir: Path, stem: str, taken_ids: Collection[str] = ()) -> str:
    """``stem`` as an id, numbered (``-2``, ``-3`` ...) until no file or bank uses it."""
    base = slugify(stem) or "imported"
    return _unique(base, _taken_stems(target_dir) | {taken.lower() for taken in taken_ids})


def _with_id(yaml_text: str, bank_id: str) -> str:
    try:
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError:
        return yaml_text  # the loader reports where and why
    if not isinstance(data, dict) or data.get("id") == bank_id:
        return yaml_text
    replaced, count = _TOP_LEVEL_ID.subn(f"id: '{bank_id}'", yaml_text, count=1)
    if count:
        return replaced
    data["id"] = bank_id
    return dump_yaml(data)


def write_bank(yaml_text: str, target_dir: Path, stem: str, *, taken_ids: Collection[str] = ()) -> Path:
    """Save bank YAML as ``target_dir/<stem>.yaml`` and return the path written.

    The bank id is set to the file's stem; when a file (or a bank in ``taken_ids``) already
    uses it, ``-2``, ``-3`` ... is added: no existing file is ever replaced.  The text is
    read back through the loader first, so an invalid bank raises BankError and nothing
    is written.  OSError is raised when the folder cannot be written.
    """
    target_dir.mkdir(parents=True, exist_ok=True)
    while True:
        chosen = free_stem(target_dir, stem, taken_ids)
        path = target_dir / f"{chosen}.yaml"
        data = _with_id(yaml_text, chosen).encode("utf-8")
        load_bank_bytes(data, f"{path} (not written)")
        try:
            write_bytes_atomic(path, data, exclusive=True)
        except FileExistsError:
            continue
        return path
