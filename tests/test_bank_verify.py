"""Answer keys proven by running them: every ``verify`` snippet must pass with the key
and fail with every wrong choice, against real PyTorch on the CPU.

The app never runs bank code; only this test does. Torch is a test-time dependency that
``.ci/run`` installs (``pip install torch==2.13.0``).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ptquiz_gui.domain.loader import load_paths
from ptquiz_gui.domain.model import Question

REPO = Path(__file__).resolve().parent.parent
RUNNER = Path(__file__).resolve().parent / "helpers" / "run_verify.py"
HAS_TORCH = importlib.util.find_spec("torch") is not None


def verified_questions() -> list[tuple[str, Question]]:
    result = load_paths([REPO / "quizzes"])
    return [(b.id, q) for b in result.banks for q in b.questions if q.verify]


CASES = verified_questions()


def test_at_least_twenty_keys_are_proven_by_code() -> None:
    assert len(CASES) >= 20, [f"{b}/{q.id}" for b, q in CASES]


@pytest.mark.torch
@pytest.mark.skipif(not HAS_TORCH, reason="PyTorch is not installed; .ci/run installs torch==2.13.0 for this")
@pytest.mark.parametrize(("bank_id", "question"), CASES, ids=[f"{b}/{q.id}" for b, q in CASES])
def test_snippet_passes_with_key_and_fails_with_every_distractor(bank_id: str, question: Question) -> None:
    job = {"snippet": question.verify, "choices": list(question.choices), "answer": question.answer}
    proc = subprocess.run(
        [sys.executable, str(RUNNER)],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    runs = json.loads(proc.stdout)
    key_run = runs[question.answer]
    assert key_run["passed"], f"{bank_id}/{question.id}: fails with the key: {key_run['error']}"
    wrongly_passing = [r["choice"] for i, r in enumerate(runs) if i != question.answer and r["passed"]]
    assert not wrongly_passing, f"{bank_id}/{question.id}: also passes with {wrongly_passing}"
