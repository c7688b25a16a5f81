"""Run scripted attempts against the history store, printing a line after each durable commit.

Used by the crash tests: they read the lines, kill this process at some moment, and
check that every change a line confirmed is in the history file.

    python crash_attempt.py DATA_DIR [--questions N] [--attempts K] [--seed S]

Lines (each printed only once the write and every earlier one are committed):
    started ATTEMPT_ID
    answered ATTEMPT_ID POSITION CHOICE      (CHOICE: index in file order)
    flagged ATTEMPT_ID POSITION
    finished ATTEMPT_ID SCORE
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import SystemClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History

CHOICES = 4


def choice_for(attempt_id: int, position: int) -> int:
    """The answer the script gives: a fixed function, so a checker can predict any answer."""
    return (attempt_id * 7 + position * 3) % CHOICES


def flags(position: int) -> bool:
    return position % 5 == 2


def make_bank(count: int) -> Bank:
    questions = tuple(
        Question(
            id=f"q{i}",
            prompt=f"Crash question {i}: " + "text " * 40,
            choices=tuple(f"choice {i}.{c}" for c in range(CHOICES)),
            answer=i % CHOICES,
            explanation="why " * 20,
            topic=f"t{i % 3}",
        )
        for i in range(count)
    )
    return Bank(id="crash", title="Crash test", questions=questions, content_hash="crash")


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--attempts", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    def failed(message: str) -> None:
        print(f"error: {message}", file=sys.stderr, flush=True)

    store = History.open(data_paths(Path(args.data_dir)).history_db, on_error=failed)
    bank = make_bank(args.questions)
    clock = SystemClock()
    for n in range(args.attempts):
        mode = Mode.EXAM if (args.seed + n) % 2 else Mode.PRACTICE
        attempt = Attempt(plan_for_bank(bank, mode, seed=args.seed + n), clock, store.recorder)
        attempt_id = attempt.attempt_id or 0
        if store.recorder.pending_count:
            return 3
        _say(f"started {attempt_id}")
        for position in range(attempt.size):
            choice = choice_for(attempt_id, position)
            attempt.select(attempt.item.to_shown_index(choice))
            attempt.confirm()
            if store.recorder.pending_count:
                return 3
            _say(f"answered {attempt_id} {position} {choice}")
            if flags(position):
                attempt.toggle_flag()
                if store.recorder.pending_count:
                    return 3
                _say(f"flagged {attempt_id} {position}")
            attempt.next()
        result = attempt.finish()
        if store.recorder.pending_count:
            return 3
        _say(f"finished {attempt_id} {result.score}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
