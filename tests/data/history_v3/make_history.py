"""Writes ``history.sqlite3`` here: a history as ptquiz's schema version 3 wrote it.

It was run once, at commit 4b5c45c (the release before multiple-answer questions and
schema version 4), with that release's own store, and the file was committed beside it:
``tests/test_history_migration.py`` opens a copy with today's store to test the
migration. Running it again with a later ptquiz would write a later schema, so it is kept
only to show how the file was made.

Attempts (bank "legacy", 3 questions; q2 has ``shuffle: false`` in the bank, which
version 3 did not record):

1. practice, finished: q0 right, q1 wrong, q2 right;
2. exam, finished: q0 right, q1 right, q2 left unanswered;
3. practice, left in progress after answering q0 right and q1 wrong, flagged q1;
4. exam, abandoned after answering q0 wrong;
5. spaced review of the due questions, finished: q1 right.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, PlanKind, plan_for_bank, plan_subset
from ptquiz_gui.storage.history import History

START = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)


def legacy_bank() -> Bank:
    questions = (
        Question("q0", "Which tensor op adds?", ("add", "mul", "div", "sub"), 0, "Adds.", "ops"),
        Question("q1", "Which op multiplies?", ("add", "mul", "div", "sub"), 1, "Multiplies.", "ops"),
        Question("q2", "Rows A-C: which row?", ("A", "B", "C"), 2, "Row C.", "tables", shuffle=False),
    )
    return Bank("legacy", "Legacy bank", questions, pass_mark=60, content_hash="hash-legacy")


def pick(attempt: Attempt, file_index: int) -> None:
    assert attempt.select(attempt.item.to_shown_index(file_index))
    if attempt.mode is Mode.PRACTICE:
        assert attempt.confirm()


def run(store: History, clock: FakeClock, mode: Mode, picks: dict[str, int], *, seed: int) -> Attempt:
    attempt = Attempt(plan_for_bank(legacy_bank(), mode, seed=seed), clock, store.recorder)
    for position in range(attempt.size):
        attempt.go_to(position)
        clock.advance(7 + position)
        choice = picks.get(attempt.item.question.id)
        if choice is not None:
            pick(attempt, choice)
    return attempt


def main(folder: Path) -> None:
    path = folder / "history.sqlite3"
    path.unlink(missing_ok=True)
    clock = FakeClock(START)
    store = History.open(path, clock=clock)
    try:
        run(store, clock, Mode.PRACTICE, {"q0": 0, "q1": 2, "q2": 2}, seed=11).finish()
        clock.advance(3600)
        run(store, clock, Mode.EXAM, {"q0": 0, "q1": 1}, seed=12).finish()
        clock.advance(3600)
        left = run(store, clock, Mode.PRACTICE, {"q0": 0, "q1": 3}, seed=13)
        left.go_to(next(i for i, item in enumerate(left.plan.items) if item.question.id == "q1"))
        left.toggle_flag()
        left.suspend()
        clock.advance(3600)
        run(store, clock, Mode.EXAM, {"q0": 2}, seed=14).abandon()
        clock.advance(3 * 86400)
        due = store.reader.review_items(clock.now())
        plan = plan_subset(
            due, title="Spaced review", bank_id="review", kind=PlanKind.REVIEW, pass_mark=60, seed=15
        )
        review = Attempt(plan, clock, store.recorder)
        for position in range(review.size):
            review.go_to(position)
            clock.advance(5)
            pick(review, review.item.question.answer)
        review.finish()
    finally:
        store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
