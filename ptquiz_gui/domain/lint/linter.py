"""Run every lint rule over a loaded bank and name each finding's file, line and column.

Plain Python on the ``Bank`` the loader (or the bank cache) gave: no file is read again.
Rules a question or the bank silences with ``lint: {ignore: [...]}`` are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ptquiz_gui.domain.control_chars import shown_path
from ptquiz_gui.domain.lint.bank_rules import key_length_rank, key_position_balance, stem_states_key
from ptquiz_gui.domain.lint.question_rules import QUESTION_CHECKS, WORD_CHECKS, Hit
from ptquiz_gui.domain.lint.wording import question_words
from ptquiz_gui.domain.model import Bank


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One lint warning: ``path:line:column: warning: rule: message``."""

    path: str
    line: int
    column: int
    rule: str
    message: str

    def __str__(self) -> str:
        path = shown_path(self.path)  # a file name may hold control characters
        return f"{path}:{self.line}:{self.column}: warning: {self.rule}: {self.message}"


def lint_bank(bank: Bank, label: str | None = None) -> list[Finding]:
    """The warnings for ``bank`` in file order; ``label`` names the file (default: its path)."""
    path = label if label is not None else str(bank.path or bank.id)
    silenced_everywhere = set(bank.lint_ignore)
    hits: list[Hit] = []
    items = [question_words(q) for q in bank.questions]
    for item in items:
        q = item.question
        silenced = silenced_everywhere.union(q.lint_ignore)
        for check in QUESTION_CHECKS:
            hits.extend(hit for hit in check(q) if hit.rule not in silenced)
        for word_check in WORD_CHECKS:
            hits.extend(hit for hit in word_check(item) if hit.rule not in silenced)
    by_prompt = {q.sites.prompt if q.sites else (q.line, 1): q for q in bank.questions}
    for hit in stem_states_key(items):
        stating = by_prompt.get(hit.site)
        if hit.rule in silenced_everywhere or (stating is not None and hit.rule in stating.lint_ignore):
            continue
        hits.append(hit)
    for bank_check in (key_position_balance, key_length_rank):
        hits.extend(hit for hit in bank_check(bank) if hit.rule not in silenced_everywhere)
    return sorted(Finding(path, hit.site[0], hit.site[1], hit.rule, hit.message) for hit in hits)


def lint_banks(banks: Iterable[Bank]) -> list[Finding]:
    return [finding for bank in banks for finding in lint_bank(bank)]
