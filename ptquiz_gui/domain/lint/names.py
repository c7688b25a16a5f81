"""The lint rules by their stable names, as written in a bank's ``lint: {ignore: [...]}``."""

from __future__ import annotations

QUESTION_RULES = (
    "duplicate-choices",
    "all-none-of-above",
    "absolute-word-cue",
    "reason-clause-cue",
    "key-length-cue",
    "mirror-pair",
    "non-parallel-choices",
    "stem-states-key",
    "choose-count",
)
BANK_RULES = ("key-position-balance", "key-length-rank")
"""Rules about a whole bank; only the bank's own ``lint:`` can silence them."""
RULES = QUESTION_RULES + BANK_RULES
