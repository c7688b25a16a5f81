"""One measured figure, its baseline from the same run, its target, and how they print."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

RESULT_PREFIX = "BENCH_JSON "


@dataclass(frozen=True, slots=True)
class Figure:
    """``passed`` is None for a figure shown for information (no target) or skipped."""

    section: str
    name: str
    unit: str
    value: float | None
    baseline: float | None
    baseline_label: str
    target: str
    passed: bool | None
    note: str = ""
    samples: Sequence[float] = field(default_factory=tuple)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.passed is None:
            return "skipped" if self.value is None else "info"
        return "PASS" if self.passed else "FAIL"

    def to_json(self) -> dict[str, object]:
        body = asdict(self)
        body["samples"] = [round(s, 4) for s in self.samples]
        body["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        body["verdict"] = self.verdict
        return body


def failed(section: str, name: str, reason: str, target: str = "") -> Figure:
    """A figure that could not be measured counts as a missed target."""
    return Figure(section, name, "", None, None, "", target, False, reason)


def skipped(section: str, name: str, reason: str) -> Figure:
    return Figure(section, name, "", None, None, "", "", None, reason)


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def cpu_note(cpu_samples: Sequence[float]) -> str:
    return f"median CPU time {median(cpu_samples):.1f} ms (the wall clock also counts waiting for a core)"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("rows", "attempts"):
        return f"{value:,.0f} {unit}"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}".strip()
    return f"{value:.1f} {unit}".strip() if abs(value) >= 10 else f"{value:.2f} {unit}".strip()


def table(figures: Sequence[Figure]) -> str:
    headers = ("section", "figure", "value", "baseline (same run)", "ratio", "target", "verdict")
    rows = []
    for f in figures:
        baseline = "—" if f.baseline is None else f"{_number(f.baseline, f.unit)} {f.baseline_label}".strip()
        ratio = "—" if f.ratio is None else f"{f.ratio:.2f}×"
        rows.append(
            (f.section, f.name, _number(f.value, f.unit), baseline, ratio, f.target or "—", f.verdict)
        )
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    notes = [f"  {f.section} / {f.name}: {f.note}" for f in figures if f.note]
    if notes:
        out += ["", "notes:", *notes]
    return "\n".join(out)


def emit(payload: dict[str, object]) -> None:
    """What a worker process hands back to run.py: one line of JSON on stdout."""
    print(RESULT_PREFIX + json.dumps(payload), flush=True)


def parse_emitted(stdout: str) -> dict[str, object]:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, object] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    raise ValueError("the worker printed no result line")
