"""Wall-clock and CPU time of one action, in milliseconds.

Targets are wall-clock; the CPU time is printed beside it because on a busy machine
(load average above the core count) the wall clock also counts time spent waiting for
a core, while the CPU time does not.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Timed:
    wall_ms: float
    cpu_ms: float


def timed(action: Callable[[], T]) -> tuple[T, Timed]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    return value, Timed((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
