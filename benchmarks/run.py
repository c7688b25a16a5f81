"""``make bench``: measure ptquiz against its speed targets and print a table and JSON.

    .venv/bin/python benchmarks/run.py [--runs N] [--only banks,history,startup,interaction,review]

Every figure is printed next to a baseline measured in the same run on the same machine
(an empty Qt window, libyaml alone, a bare SQLite commit, ...) with their ratio, and
PASS/FAIL against its target. Exits 1 when any target is missed or could not be
measured. The JSON is also written to ``benchmarks/.cache/results.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable

from machine import describe, load_average
from report import Figure, failed, table
from workspace import cache_dir

SECTIONS = ("banks", "history", "startup", "interaction", "review")


def _section(name: str) -> Callable[[int], list[Figure]]:
    module = importlib.import_module(f"bench_{name}")
    runner: Callable[[int], list[Figure]] = module.run
    return runner


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="runs per measured figure (at least 5)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")

    machine = describe()
    print("ptquiz benchmarks on " + ", ".join(f"{k}: {v}" for k, v in machine.items()), flush=True)
    figures: list[Figure] = []
    started = time.monotonic()
    for name in chosen:
        print(f"[{name}] measuring…", flush=True)
        section_started = time.monotonic()
        try:
            figures += _section(name)(runs)
        except Exception as error:  # a broken section is reported as a missed target, not a crash
            figures.append(failed(name, "section", f"{type(error).__name__}: {error}"))
        print(f"[{name}] done in {time.monotonic() - section_started:.0f} s", flush=True)
    machine["load_average_at_end"] = load_average()
    machine["seconds"] = f"{time.monotonic() - started:.0f}"

    print()
    print(table(figures))
    body = {
        "machine": machine,
        "command": "make bench  # .venv/bin/python benchmarks/run.py " + " ".join(argv),
        "figures": [f.to_json() for f in figures],
    }
    text = json.dumps(body, indent=2, ensure_ascii=False)
    (cache_dir() / "results.json").write_text(text + "\n", encoding="utf-8")
    print()
    print(text)
    missed = [f for f in figures if f.passed is False]
    print()
    print(
        f"{len(missed)} target(s) missed." if missed else "All targets met.",
        f"({sum(f.passed is True for f in figures)} passed, {sum(f.passed is None for f in figures)} "
        "informational or skipped)",
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
