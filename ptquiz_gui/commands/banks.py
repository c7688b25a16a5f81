"""``ptquiz banks [--json]``: list the banks ptquiz can load.

The table is for people; ``--json`` gives scripts every bank in full, questions and
choices in file order: each question's ``type`` (single, multiple or truefalse), its keys
as ``answers`` (sorted 0-based indexes into ``choices``) and, except on a multiple-answer
question, the key as ``answer``.
Problems of banks that could not be loaded go to standard error (or into ``errors``).
"""

from __future__ import annotations

import argparse
import json
import sys

from ptquiz_gui.commands.output import write_stdout
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.model import Bank, LoadResult, Question, QuestionType
from ptquiz_gui.paths import bundled_banks_dir, data_paths

_HEADERS = ("ID", "TITLE", "QUESTIONS", "SOURCE")


_TITLE_WIDTH = 60


def run(args: argparse.Namespace) -> int:
    result = load_library(bundled_banks_dir(), data_paths(args.data_dir).banks_dir)
    if args.json:
        write_stdout(json.dumps(library_json(result), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(table(result.banks) + "\n")
        for problem in result.problems:
            print(problem, file=sys.stderr)
    return 1 if result.problems and not result.banks else 0


def library_json(result: LoadResult) -> dict[str, object]:
    return {
        "banks": [bank_json(bank) for bank in result.banks],
        "errors": [problem.to_json() for problem in result.problems],
    }


def bank_json(bank: Bank) -> dict[str, object]:
    return {
        "id": bank.id,
        "title": bank.title,
        "source": bank.source.value,
        "description": bank.description,
        "topics": list(bank.topics),
        "time_limit": bank.effective_time_limit,
        "pass_mark": bank.pass_mark,
        "questions": [question_json(q) for q in bank.questions],
    }


def question_json(q: Question) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": q.id,
        "type": q.type.value,
        "prompt": q.prompt,
        "choices": list(q.choices),
    }
    if q.type is not QuestionType.MULTIPLE:
        entry["answer"] = q.answer
    entry["answers"] = list(q.answers)
    entry["explanation"] = q.explanation
    entry["topic"] = q.topic
    return entry


def table(banks: list[Bank]) -> str:
    from ptquiz_gui.commands import text_table  # wcwidth's tables take ~40 ms: the table only, not --json

    rows = [_HEADERS] + [
        (b.id, text_table.shortened(b.title, _TITLE_WIDTH), str(len(b.questions)), b.source.value)
        for b in banks
    ]
    lines = text_table.lines(rows, right={2})
    if not banks:
        lines.append("(no banks)")
    return "\n".join(lines)
