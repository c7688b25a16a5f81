"""Banks: every bundled bank loaded, validated and linted, and a 10,000-question bank, each in a fresh process."""

from __future__ import annotations

from bank_gen import bank_path
from report import Figure, cpu_note, failed, median
from workspace import qt_env, remove_scratch, run_worker, scratch_dir

SECTION = "banks"
BUNDLED_MS = 50.0
LARGE_MS = 1000.0
LARGE_MB = 150.0
LINT_MS = 100.0


def _samples(payloads: list[dict[str, object]], key: str) -> list[float]:
    return [float(p[key]) for p in payloads]  # type: ignore[arg-type]


def run(runs: int) -> list[Figure]:
    folder = scratch_dir("banks-")
    env = qt_env(folder)
    figures: list[Figure] = []
    try:
        bundled = [run_worker("worker_banks.py", ["bundled"], env) for _ in range(runs)]
        cold = _samples(bundled, "cold_ms")
        compose = _samples(bundled, "compose_cold_ms")
        first = bundled[0]
        figures.append(
            Figure(
                SECTION,
                f"{first['banks']} bundled banks ({first['questions']} questions), first load in a process",
                "ms",
                median(cold),
                median(compose),
                "(libyaml compose only)",
                f"≤ {BUNDLED_MS:.0f} ms",
                median(cold) <= BUNDLED_MS,
                cpu_note(_samples(bundled, "cold_cpu_ms")),
                samples=cold,
            )
        )
        warm = [m for p in bundled for m in p["warm_ms"]]  # type: ignore[attr-defined]
        compose_warm = [m for p in bundled for m in p["compose_warm_ms"]]  # type: ignore[attr-defined]
        figures.append(
            Figure(
                SECTION,
                "bundled banks parsed again in the same process (no cache)",
                "ms",
                median(warm),
                median(compose_warm),
                "(libyaml compose only)",
                "",
                None,
            )
        )
        cached = [m for p in bundled for m in p["cached_ms"]]  # type: ignore[attr-defined]
        figures.append(
            Figure(
                SECTION,
                "bundled banks from the bank cache (every start after the first)",
                "ms",
                median(cached),
                median(compose_warm),
                "(libyaml compose only)",
                "",
                None,
            )
        )
        lint = [m for p in bundled for m in p["lint_ms"]]  # type: ignore[attr-defined]
        words = [m for p in bundled for m in p["lint_words_ms"]]  # type: ignore[attr-defined]
        figures.append(
            Figure(
                SECTION,
                f"lint every bundled bank ({first['questions']} questions, {first['lint_warnings']} warnings)",
                "ms",
                median(lint),
                median(words),
                "(splitting the same texts into words only)",
                f"≤ {LINT_MS:.0f} ms",
                median(lint) <= LINT_MS,
                samples=lint,
            )
        )
    except RuntimeError as error:
        figures.append(failed(SECTION, "bundled banks", str(error), f"≤ {BUNDLED_MS:.0f} ms"))

    try:
        path = str(bank_path())
        loads = [run_worker("worker_banks.py", ["file", path], env) for _ in range(runs)]
        composes = [run_worker("worker_banks.py", ["compose", path], env) for _ in range(runs)]
        if any(p["questions"] != 10_000 for p in loads):
            raise RuntimeError("the generated bank did not load with 10,000 questions")
        size_mb = float(loads[0]["bytes"]) / 2**20  # type: ignore[arg-type]
        load_ms, compose_ms = _samples(loads, "ms"), _samples(composes, "ms")
        figures.append(
            Figure(
                SECTION,
                f"10,000-question bank ({size_mb:.1f} MiB), load and validate",
                "ms",
                median(load_ms),
                median(compose_ms),
                "(libyaml compose only)",
                f"≤ {LARGE_MS:.0f} ms",
                median(load_ms) <= LARGE_MS,
                cpu_note(_samples(loads, "cpu_ms")),
                samples=load_ms,
            )
        )
        figures.append(
            Figure(
                SECTION,
                "10,000-question bank, lint (on a worker thread in the app)",
                "ms",
                median(_samples(loads, "lint_ms")),
                median(load_ms),
                "(loading the same bank)",
                "",
                None,
            )
        )
        load_mb, compose_mb = _samples(loads, "peak_growth_mb"), _samples(composes, "peak_growth_mb")
        figures.append(
            Figure(
                SECTION,
                "10,000-question bank, peak memory growth (ru_maxrss)",
                "MB",
                max(load_mb),
                max(compose_mb),
                "(libyaml compose only)",
                f"≤ {LARGE_MB:.0f} MB",
                max(load_mb) <= LARGE_MB,
                samples=load_mb,
            )
        )
    except RuntimeError as error:
        figures.append(failed(SECTION, "10,000-question bank", str(error), f"≤ {LARGE_MS:.0f} ms"))
    finally:
        remove_scratch(folder)
    return figures
