"""Moodle's Aiken, GIFT and XML formats: converting files into banks, and banks into files.

Public API (plain Python, no Qt; the ``import``/``export`` commands and the GUI use it):

``convert_file(path: Path, fmt: str | None) -> ImportResult``
    Read an Aiken, GIFT or Moodle XML file (``fmt`` ``"aiken"``/``"gift"``/``"moodle-xml"``,
    or None to detect it from the content) and convert it into bank YAML.  Never raises for
    bad input.
``convert_bytes(data: bytes, label: str, fmt: str | None, stem: str) -> ImportResult``
    The same for content already in memory; ``label`` names it in messages and ``stem``
    (usually the file name without extension) gives the bank id and title.
``ImportResult``
    ``bank_yaml: str`` the converted bank, already checked by the loader ('' when there is
    nothing to save); ``questions: tuple[Question, ...]`` the converted questions (``line``
    is their line in the source file); ``problems: list[str]`` errors, each
    ``"path:line: message"`` (a question with an error is left out, the others are kept),
    or ``"path: message"`` for the whole file (not a regular file, unreadable, over 2 MiB);
    ``skipped: list[str]`` question types ptquiz does not run, each
    ``"path:line: skipped <type>"``; ``stem``, ``title`` and ``format`` of the result.
``write_bank(yaml_text: str, target_dir: Path, stem: str, *, taken_ids=()) -> Path``
    Save a bank (see ``bank_writer.write_bank``): atomic, validated, never replacing a file;
    raises BankError or OSError.
``export_bank(bank: Bank, fmt: str) -> ExportResult``
    ``ExportResult.text`` is the bank in that format, ``exported`` the number of questions
    written and ``notes`` says what the format could not hold.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ptquiz_gui.domain.formats.aiken import export_aiken, parse_aiken
from ptquiz_gui.domain.formats.bank_writer import bank_data, dump_yaml, question_ids, slugify, title_from_stem
from ptquiz_gui.domain.formats.bank_writer import write_bank as write_bank
from ptquiz_gui.domain.formats.detect import (
    AIKEN,
    FORMATS,
    GIFT,
    MOODLE_XML,
    decode_source,
    detect_format,
    looks_like_xml,
)
from ptquiz_gui.domain.formats.gift import parse_gift
from ptquiz_gui.domain.formats.gift_export import export_gift
from ptquiz_gui.domain.formats.moodle_xml import parse_moodle_xml
from ptquiz_gui.domain.formats.moodle_xml_export import export_moodle_xml
from ptquiz_gui.domain.field_limits import MAX_CHOICE_LENGTH, MAX_TEXT_LENGTH, MAX_TOPIC_LENGTH
from ptquiz_gui.domain.control_chars import shown_path
from ptquiz_gui.domain.file_kinds import read_fault, read_regular_file
from ptquiz_gui.domain.formats.notes import ExportResult, Note, ParsedQuestion, ParseResult
from ptquiz_gui.domain.loader import MAX_BANK_BYTES, load_bank_bytes
from ptquiz_gui.domain.model import Bank, BankError, Question, Scoring
from ptquiz_gui.domain.validation import MAX_QUESTIONS

__all__ = [
    "AIKEN",
    "FORMATS",
    "GIFT",
    "MOODLE_XML",
    "ExportResult",
    "ImportResult",
    "convert_bytes",
    "convert_file",
    "export_bank",
    "write_bank",
]

_FORMAT_NAMES = {AIKEN: "Aiken", GIFT: "GIFT", MOODLE_XML: "Moodle XML"}
_TOO_LARGE = f"the file is larger than 2 MiB ({MAX_BANK_BYTES:,} bytes), the most a bank may be"


@dataclass(frozen=True, slots=True)
class ImportResult:
    source: str
    stem: str
    title: str
    format: str | None
    bank_yaml: str = ""
    questions: tuple[Question, ...] = ()
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


UNDETECTED = "cannot tell whether this is Aiken or GIFT; give --format aiken or --format gift"


def _parse(text: str, fmt: str) -> ParseResult:
    return parse_aiken(text) if fmt == AIKEN else parse_gift(text)


def _too_long(question: ParsedQuestion) -> str | None:
    """Which text of a converted question is longer than a bank allows, and by how much."""
    texts = [
        ("the question text", question.prompt, MAX_TEXT_LENGTH),
        ("the feedback", question.explanation, MAX_TEXT_LENGTH),
        ("the category", question.topic, MAX_TOPIC_LENGTH),
    ]
    texts.extend((f"choice {n}", choice, MAX_CHOICE_LENGTH) for n, choice in enumerate(question.choices, 1))
    texts.extend((f"tag {n}", tag, MAX_TOPIC_LENGTH) for n, tag in enumerate(question.tags, 1))
    for what, value, limit in texts:
        if len(value) > limit:
            return f"{what} is {len(value):,} characters long; at most {limit:,} are allowed"
    return None


def _within_limits(parsed: ParseResult) -> ParseResult:
    """Move each question with an over-long text from the questions to the errors."""
    kept = []
    for question in parsed.questions:
        fault = _too_long(question)
        if fault is None:
            kept.append(question)
        else:
            parsed.errors.append(Note(question.line, fault))
    parsed.questions = kept
    return parsed


def convert_bytes(data: bytes, label: str, fmt: str | None, stem: str) -> ImportResult:
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    bank_id = slugify(stem) or "imported"
    # A file name's control characters escaped, in messages and in the title (bank text
    # holds none).
    title = title_from_stem(shown_path(stem))
    shown = shown_path(label)
    # Refused before parsing: a bank may be 2 MiB, the bank made from a file is seldom
    # smaller than the file, and parsing a large file would take seconds for nothing.
    if len(data) > MAX_BANK_BYTES:
        return ImportResult(label, bank_id, title, fmt, problems=[f"{shown}: {_TOO_LARGE}"])
    if fmt == MOODLE_XML or (fmt is None and looks_like_xml(data, named_xml=label.lower().endswith(".xml"))):
        chosen = MOODLE_XML
        parsed = parse_moodle_xml(data)
    else:
        text, fault = decode_source(data)
        if fault is not None:
            return ImportResult(label, bank_id, title, fmt, problems=[fault.located(shown)])
        detected = fmt or detect_format(text)
        if detected is None:
            problem = (
                Note(1, "the file is empty")
                if not text.strip()
                else Note(1, UNDETECTED)
            )
            return ImportResult(label, bank_id, title, None, problems=[problem.located(shown)])
        chosen = detected
        parsed = _parse(text, chosen)
    parsed = _within_limits(parsed)
    problems = [note.located(shown) for note in sorted(parsed.errors)]
    skipped = [note.located(shown) for note in sorted(parsed.skipped)]
    if not parsed.questions:
        if not parsed.errors:
            problems.append(Note(1, "no questions to import").located(shown))
        return ImportResult(label, bank_id, title, chosen, problems=problems, skipped=skipped)
    if len(parsed.questions) > MAX_QUESTIONS:
        problems.append(
            f"{shown}: the file holds {len(parsed.questions):,} questions, more than the {MAX_QUESTIONS:,} "
            "a bank may have; split the file into smaller ones"
        )
        return ImportResult(label, bank_id, title, chosen, problems=problems, skipped=skipped)
    name = shown_path(_readable(Path(label).name))  # bank text holds no control character
    description = f"Imported from {name} ({_FORMAT_NAMES[chosen]} format)."
    yaml_text = dump_yaml(bank_data(bank_id, title, description, parsed.questions))
    size = len(yaml_text.encode("utf-8"))
    if size > MAX_BANK_BYTES:
        problems.append(
            f"{shown}: the bank made from this file would be {size:,} bytes, more than the 2 MiB "
            f"({MAX_BANK_BYTES:,} bytes) a bank may be; split the file into smaller ones"
        )
        return ImportResult(label, bank_id, title, chosen, problems=problems, skipped=skipped)
    try:
        load_bank_bytes(yaml_text.encode("utf-8"), f"{label} (converted)")
    except BankError as error:
        problems.extend(str(problem) for problem in error.problems)
        return ImportResult(label, bank_id, title, chosen, problems=problems, skipped=skipped)
    questions = tuple(
        Question(
            id=question_id,
            prompt=q.prompt,
            choices=q.choices,
            answer=q.answer,
            explanation=q.explanation,
            topic=q.topic,
            line=q.line,
            type=q.type,
            answers=q.answers,
            scoring=q.scoring or Scoring.ALL_OR_NOTHING,
            tags=q.tags,
            shuffle=q.shuffle,
        )
        for q, question_id in zip(parsed.questions, question_ids(parsed.questions), strict=True)
    )
    return ImportResult(label, bank_id, title, chosen, yaml_text, questions, problems, skipped)


def _readable(name: str) -> str:
    """A file name as text a bank can hold: a name that is not UTF-8 (``caf\\xe9.gift`` from
    an old archive) has U+FFFD where its undecodable bytes were."""
    return os.fsencode(name).decode("utf-8", errors="replace")


def convert_file(path: Path, fmt: str | None) -> ImportResult:
    label = str(path)
    stem = _readable(path.stem)
    try:
        data = read_regular_file(path, MAX_BANK_BYTES)
    except OSError as error:
        return ImportResult(
            label,
            slugify(stem) or "imported",
            title_from_stem(stem),
            fmt,
            problems=[f"{shown_path(label)}: {read_fault(error)}"],
        )
    return convert_bytes(data, label, fmt, stem)


def export_bank(bank: Bank, fmt: str) -> ExportResult:
    if fmt == AIKEN:
        return export_aiken(bank)
    if fmt == GIFT:
        return export_gift(bank)
    if fmt == MOODLE_XML:
        return export_moodle_xml(bank)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
