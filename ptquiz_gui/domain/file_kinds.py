"""Which files ptquiz reads as banks, and which it can import."""

from __future__ import annotations

BANK_SUFFIXES = frozenset({".yaml", ".yml"})
IMPORT_SUFFIXES = BANK_SUFFIXES | {".txt", ".gift"}
