"""The crash harness: 200 runs, each killed at a random moment, none may lose a confirmed change.

Slow (about a process start per run), so it runs with ``make crash-harness``
(``pytest -m slow tests/test_crash_harness.py``). Runs share a history file in groups
of 20, so each kill also lands on a file that has already survived earlier kills.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from helpers.crash_check import Confirmed, check_history, read_then_kill, start_child

RUNS = 200
GROUP = 20
QUESTIONS = 8
ATTEMPTS = 3
LINES_PER_RUN = ATTEMPTS * (1 + QUESTIONS + 2 + 1)  # started, answers, two flags, finished

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def group_dirs() -> dict[int, Path]:
    """The data folder of each group of runs, made when its first run starts."""
    return {}


@pytest.mark.parametrize("run", range(RUNS))
def test_a_kill_at_a_random_moment_loses_nothing_confirmed(
    run: int, group_dirs: dict[int, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    group = run // GROUP
    if group not in group_dirs:
        group_dirs[group] = tmp_path_factory.mktemp(f"crash-group-{group}")
    data_dir = group_dirs[group]
    rng = random.Random()
    target = rng.randint(0, LINES_PER_RUN)
    delay = rng.choice([0.0, rng.uniform(0.0, 0.002), rng.uniform(0.0, 0.02)])

    child = start_child(data_dir, questions=QUESTIONS, attempts=ATTEMPTS, seed=run)
    confirmed = Confirmed()
    read_then_kill(child, confirmed, lambda c: c.lines >= target, delay)

    check_history(data_dir, confirmed)
