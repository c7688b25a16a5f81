"""What ``ptquiz start`` asks for: a bank, a mode and how to draw it. Plain data, so the
command line, the running instance's socket and the window all pass the same thing."""

from __future__ import annotations

from dataclasses import dataclass

from ptquiz_gui.domain.plan import Mode


@dataclass(frozen=True, slots=True)
class StartRequest:
    """Open straight into an attempt."""

    bank_id: str
    mode: Mode = Mode.PRACTICE
    seed: int | None = None
    shuffle: bool = True
    time_limit: int | None = None
