"""Spaced review on FSRS: how well readiness predicts scores, and how fast cards, queue and readiness are.

Runs in this process: the domain layer has no Qt and no store. The histories come from
``review_gen`` (a learner with a known forgetting model; a 1,000,000-answer history) and,
for the readiness check, from the tests (``own_histories``);
``bench_review_store`` times the same work on the SQLite history (migration, queue, readiness).
"""

from __future__ import annotations

import gc
from datetime import timedelta
from functools import partial

import bench_review_store
import own_histories
from report import Figure, cpu_note, median
from review_gen import (
    LARGE_ATTEMPTS,
    LARGE_BANKS,
    LARGE_QUESTIONS,
    History,
    large_history,
    learner_history,
    running_mean_predictions,
)
from timing import timed

from ptquiz_gui.domain.fsrs_cards import CardScheduler, QuestionCard
from ptquiz_gui.domain.readiness import readiness_by_bank, readiness_projection
from ptquiz_gui.domain.review_queue import due_queue, expected_reviews_per_day
from ptquiz_gui.domain.score_check import mean_absolute_error, predict_attempts

SECTION = "review"
REPLAY_S = 30.0
QUEUE_MS = 100.0
QUICK_REPEATS = 20  # the millisecond figures are measured this many times per run


def _accuracy() -> list[Figure]:
    scheduler = CardScheduler()
    history = learner_history(scheduler=scheduler)
    predictions = predict_attempts(history.events, history.attempts, history.guess_rates, scheduler)
    fsrs = mean_absolute_error(predictions)
    assert fsrs is not None
    ordered = sorted(history.attempts, key=lambda a: a.started_at)
    base = sum(abs(p - a.score) for p, a in zip(running_mean_predictions(history), ordered, strict=True))
    floor = sum(abs(history.true_chances[a.attempt_id] - a.score) for a in ordered)
    baseline, oracle = base / len(ordered), floor / len(ordered)
    mean_predicted = sum(p.predicted for p in predictions) / len(predictions)
    mean_real = sum(a.score for a in ordered) / len(ordered)
    generated = [
        Figure(
            SECTION,
            f"Readiness check: mean absolute error of {len(ordered)} attempts predicted from the answers before "
            "them (synthetic learner, known exponential forgetting)",
            "pp",
            100 * fsrs,
            100 * baseline,
            "(each attempt predicted by its bank's running mean score)",
            "below the baseline",
            fsrs < baseline,
            f"{len(history.events):,} answers, {sum(e.in_review_session for e in history.events):,} in review "
            f"sessions; the known model's own expected scores miss by {100 * oracle:.1f} pp (the floor set by "
            f"10-question attempts); mean predicted {100 * mean_predicted:.1f} %, mean real {100 * mean_real:.1f} %",
        )
    ]
    return generated + own_histories.figures(SECTION, scheduler)


def _group_only(history: History) -> int:
    """The floor of any replay: the answers put in time order and grouped by question."""
    groups: dict[str, int] = {}
    for event in sorted(history.events, key=lambda e: e.answered_at):
        groups[event.question_key] = groups.get(event.question_key, 0) + 1
    return len(groups)


def _speed(runs: int) -> list[Figure]:
    history = large_history()
    answers = len(history.events)
    size = f"{LARGE_ATTEMPTS:,} attempts, {answers:,} answers"
    scheduler = CardScheduler()
    replays, replay_cpu, floors = [], [], []
    cards: dict[str, QuestionCard] = {}
    for _ in range(runs):
        gc.collect()
        replay, took = timed(lambda: scheduler.replay(history.events))
        cards = replay.cards
        replays.append(took.wall_ms / 1000)
        replay_cpu.append(took.cpu_ms / 1000)
        floors.append(timed(lambda: _group_only(history))[1].wall_ms / 1000)
    now = max(e.answered_at for e in history.events) + timedelta(hours=1)
    card_list = list(cards.values())

    def queue_and_readiness() -> int:
        queue = due_queue(card_list, now, scheduler)
        readiness = readiness_by_bank(history.banks, cards, now, scheduler)
        return len(queue) + len(readiness)

    def due_dates_only() -> int:
        return sum(1 for c in card_list if c.memory is not None and c.memory.due <= now)

    quick, quick_cpu, floor_quick, projections = [], [], [], []
    for _ in range(runs * QUICK_REPEATS):
        _, took = timed(queue_and_readiness)
        quick.append(took.wall_ms)
        quick_cpu.append(took.cpu_ms)
        floor_quick.append(timed(due_dates_only)[1].wall_ms)
    for _ in range(runs):
        projections.append(
            timed(lambda: [readiness_projection(s, cards, now, scheduler) for s in history.banks.values()])[1].wall_ms
        )
    due = due_queue(card_list, now, scheduler)
    workload = {r: timed(partial(expected_reviews_per_day, card_list, r, now)) for r in (0.80, 0.90, 0.97)}
    return [
        Figure(
            SECTION,
            f"Replay {size} into cards (the migration's core: FSRS over each question's history)",
            "s",
            median(replays),
            median(floors),
            "(the same answers sorted by time and grouped by question, no FSRS)",
            f"≤ {REPLAY_S:.0f} s",
            median(replays) <= REPLAY_S,
            f"median CPU time {median(replay_cpu):.1f} s; {len(cards):,} cards, "
            f"{sum(c.memory is not None for c in cards.values()):,} scheduled",
            samples=replays,
        ),
        Figure(
            SECTION,
            f"Review queue and readiness of all {LARGE_BANKS} banks ({len(cards):,} cards from that history, "
            "already in memory)",
            "ms",
            median(quick),
            median(floor_quick),
            "(one pass over the cards reading their due dates)",
            f"≤ {QUEUE_MS:.0f} ms",
            median(quick) <= QUEUE_MS,
            f"{cpu_note(quick_cpu)}; {len(due):,} cards due, {LARGE_BANKS * LARGE_QUESTIONS:,} questions; "
            "loading the cards from the store is not timed here",
            samples=quick,
        ),
        Figure(
            SECTION,
            f"Readiness over the next 30 days, all {LARGE_BANKS} banks",
            "ms",
            median(projections),
            median(quick),
            "(queue and readiness today)",
            "",
            None,
            samples=projections,
        ),
        Figure(
            SECTION,
            f"Expected reviews a day at 90 % retention, estimated for {len(cards):,} cards (settings screen)",
            "ms",
            workload[0.90][1].wall_ms,
            None,
            "",
            "",
            None,
            "reviews a day over the next year: "
            + ", ".join(f"{100 * r:.0f} % → {v:.0f}" for r, (v, _) in workload.items()),
        ),
    ]


def run(runs: int) -> list[Figure]:
    return _accuracy() + _speed(runs) + bench_review_store.run(runs)
