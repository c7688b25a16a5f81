"""Answer keys proven by running them: every ``verify`` snippet must pass with the key
and fail with every wrong choice, against real PyTorch on the CPU.

The app never runs bank code; only this test does. Torch is a test-time dependency that
``.ci/run`` installs (``pip install torch==2.13.0``).
"""

from __future__ import annotations

import ast
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


def test_at_least_eighty_keys_are_proven_by_code() -> None:
    assert len(CASES) >= 80, f"{len(CASES)} of 120: " + ", ".join(f"{b}/{q.id}" for b, q in CASES)


def phrase_lookup(snippet: str) -> str | None:
    """Why ``snippet`` decides by looking for a phrase in ANSWER rather than computing the fact,
    or None. ANSWER must meet a computed value: an index into a mapping whose values are
    not all written-out constants (``facts = {choice: computed, ...}; assert facts[ANSWER]``),
    a comparison with something that is not a string literal (``str(out) == ANSWER``), or
    an argument of code that runs or parses it (``exec(ANSWER, scope)``, ``int(ANSWER)``),
    but not of a regular-expression search that is the whole assertion."""
    tree = ast.parse(snippet)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    literal_maps = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
        for target in node.targets
        if isinstance(target, ast.Name) and all(isinstance(v, ast.Constant) for v in node.value.values)
    }
    uses = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == "ANSWER"]
    if not uses:
        return "it never looks at ANSWER"
    for use in uses:
        parent = parents.get(use)
        if isinstance(parent, ast.Subscript) and parent.slice is use:
            if not (isinstance(parent.value, ast.Name) and parent.value.id in literal_maps):
                return None
        elif isinstance(parent, ast.Compare):
            others = [parent.left, *parent.comparators]
            if any(o is not use and not isinstance(o, ast.Constant) for o in others):
                return None
        elif isinstance(parent, ast.Call) and use in parent.args:
            searched = ast.unparse(parent.func).startswith("re.") and isinstance(parents.get(parent), ast.Assert)
            if not searched:
                return None
        elif isinstance(parent, ast.Attribute) and isinstance(call := parents.get(parent), ast.Call):
            if any(not isinstance(a, ast.Constant) for a in call.args):  # ANSWER.endswith(computed)
                return None
    return "ANSWER is only compared with, searched for, or looked up among written-out phrases"


def test_the_phrase_lookup_check_tells_computed_facts_from_phrase_lookups() -> None:
    assert phrase_lookup('assert "gradients" in ANSWER') is not None
    assert phrase_lookup('assert ANSWER == "It adds them"') is not None
    assert phrase_lookup('assert ANSWER.startswith("It adds")') is not None
    assert phrase_lookup('import re\nassert re.search("add", ANSWER)') is not None
    assert phrase_lookup('facts = {"a": True, "b": False}\nassert facts[ANSWER]') is not None
    computed = 'import torch\nx = torch.ones(2)\nfacts = {"a": x.sum() == 2, "b": False}\nassert facts[ANSWER]'
    assert phrase_lookup(computed) is None
    assert phrase_lookup('import torch\nassert str(torch.ones(1)) == ANSWER') is None
    assert phrase_lookup('import torch\nassert torch.ones(2).sum() == int(ANSWER)') is None


@pytest.mark.parametrize(("bank_id", "question"), CASES, ids=[f"{b}/{q.id}" for b, q in CASES])
def test_no_snippet_decides_by_phrase_lookup_alone(bank_id: str, question: Question) -> None:
    assert question.verify is not None
    assert phrase_lookup(question.verify) is None, f"{bank_id}/{question.id}: {phrase_lookup(question.verify)}"


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
