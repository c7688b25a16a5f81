"""One bank file's bytes → checked text → YAML nodes → a validated Bank, or every problem.

Apart from the collector (which reads files and imports this only when a file has to be
parsed), so the YAML loader stays off the start path when every bank comes from the cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ptquiz_gui.domain.file_kinds import MAX_BANK_BYTES
from ptquiz_gui.domain.model import Bank, BankError, BankSource, Problem
from ptquiz_gui.domain.validation import build_bank
from ptquiz_gui.domain.yaml_nodes import collector_paused, compose_text, decode_bank_bytes


def parse_bank_bytes(data: bytes, label: str, source: BankSource, path: Path | None) -> tuple[Bank, Problem]:
    """The bank in ``data`` and where its id is written. Raises BankError with every problem."""
    if len(data) > MAX_BANK_BYTES:
        raise BankError(
            [
                Problem(
                    label,
                    1,
                    1,
                    f"the file is larger than 2 MiB ({MAX_BANK_BYTES:,} bytes), the most a bank may be",
                )
            ]
        )
    with collector_paused():
        root = compose_text(decode_bank_bytes(data, label), label)
        built = build_bank(root, label, source, path, hashlib.sha256(data).hexdigest())
        del root  # free the node tree before the collector is back, or it would scan it all once
    return built
