"""Interaction: a key press choosing an answer to the reasoning panel painted (practice mode)."""

from __future__ import annotations

from report import Figure, cpu_note, failed, median
from workspace import qt_env, remove_scratch, run_worker, scratch_dir

SECTION = "interaction"
ANSWER_MS = 16.0
WORKER_RUNS = 3


def _pooled(payloads: list[dict[str, object]], key: str) -> list[float]:
    return [float(v) for p in payloads for v in p[key]]  # type: ignore[attr-defined]


def run(runs: int) -> list[Figure]:
    folder = scratch_dir("interaction-")
    try:
        env = qt_env(folder)
        payloads = []
        for i in range(min(runs, WORKER_RUNS)):
            data_dir = folder / f"run-{i}"
            data_dir.mkdir()
            payloads.append(run_worker("worker_interaction.py", [str(data_dir)], env))
    except RuntimeError as error:
        return [failed(SECTION, "Answer by keyboard", str(error), f"≤ {ANSWER_MS:.0f} ms")]
    finally:
        remove_scratch(folder)
    answer = _pooled(payloads, "answer_ms")
    repaint = median(_pooled(payloads, "repaint_ms"))
    label = "(repainting the unchanged quiz window)"

    def info(name: str, key: str) -> Figure:
        return Figure(SECTION, name, "ms", median(_pooled(payloads, key)), repaint, label, "", None)

    return [
        Figure(
            SECTION,
            f"Keys 1 then Enter to reasoning panel painted, answer saved ({len(answer)} questions)",
            "ms",
            median(answer),
            repaint,
            label,
            f"≤ {ANSWER_MS:.0f} ms median",
            median(answer) <= ANSWER_MS,
            cpu_note(_pooled(payloads, "answer_cpu_ms")) + f"; slowest {max(answer):.0f} ms",
            samples=answer,
        ),
        info("Key 1 alone to the chosen answer painted", "choose_ms"),
        info("Enter alone to reasoning panel painted (answer committed to disk)", "check_ms"),
        info("Enter to the next question painted", "next_ms"),
    ]
