"""The item-writing linter, rule by rule: each small bank below breaks exactly one rule, and
the warning names that rule and the line and column of the node at fault. Then the
``lint: {ignore, reason}`` field, ``ptquiz validate --lint [--strict]``, the bank cache,
and the library's Problems panel."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.collector import BankCollector
from ptquiz_gui.domain.lint.linter import Finding, lint_bank
from ptquiz_gui.domain.lint.names import RULES
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import BankError, BankSource

# Eight questions whose keys sit twice at each position, with short code-value choices:
# the bank-wide rules have enough questions to judge, and nothing here breaks a rule.
CLEAN: list[dict[str, Any]] = [
    {
        "id": f"q{n}",
        "prompt": f"What does `torch.zeros({n}, 2).shape[0]` give?",
        "choices": [str(n + d) for d in (0, 1, 2, 3)],
        "answer": str(n + (n - 1) % 4),
    }
    for n in range(1, 8)
]
PROSE = [
    "It turns off gradient tracking for the tensors in the model",
    "It moves the model and its buffers onto the CPU",
    "It stops the optimizer from changing the weights",
    "It switches dropout and batch norm to inference behaviour",
]
CLEAN.append(
    {
        "id": "prose",
        "prompt": "Why does `model.eval()` matter before measuring validation accuracy?",
        "choices": PROSE,
        "answer": PROSE[3],
    }
)
# Key positions A B C D A B C D: the prose question's key is its fourth choice.
assert [q["choices"].index(q["answer"]) for q in CLEAN] == [0, 1, 2, 3, 0, 1, 2, 3]


def bank_text(questions: list[dict[str, Any]], **extra: Any) -> str:
    document = {"format": 1, "id": "mine", "title": "Mine", **extra, "questions": questions}
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000)


def lint_text(text: str) -> list[Finding]:
    return lint_bank(load_bank_bytes(text.encode("utf-8"), "mine.yaml"), "mine.yaml")


def one(prompt: str, choices: list[str], key: int, **extra: Any) -> dict[str, Any]:
    return {"id": "q", "prompt": prompt, "choices": choices, "answer": choices[key], **extra}


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_the_clean_bank_has_no_warnings() -> None:
    assert lint_text(bank_text(CLEAN)) == []


BREAKERS: dict[str, tuple[dict[str, Any], str]] = {
    "duplicate-choices": (
        one("Which call flattens `x`?", ["x.view(-1)", "x.flatten(0)", "x.view( -1 )", "x.squeeze()"], 1),
        "x.view( -1 )",
    ),
    "all-none-of-above": (
        one("Which layer has weights?", ["nn.ReLU()", "nn.Linear(2, 2)", "nn.Dropout()", "None of the above"], 1),
        "None of the above",
    ),
    "absolute-word-cue": (
        one(
            "What does weight decay do to the weights during training?",
            [
                "It always drives every weight to exactly zero",
                "It shrinks the weights a little at each step",
                "It never changes the biases of any layer",
                "It only acts on the weights of the last layer",
            ],
            1,
        ),
        "answer:",
    ),
    "reason-clause-cue": (
        one(
            "What does `optimizer.zero_grad()` do before `loss.backward()`?",
            [
                "It clears old gradients so they are not added to the new ones",
                "It resets the weights, because training starts from zero",
                "It lowers the learning rate, since the loss has changed",
                "It frees the graph, due to memory used by the forward pass",
            ],
            0,
        ),
        "answer:",
    ),
    "key-length-cue": (
        one(
            "What does `torch.no_grad()` change inside its block?",
            [
                "Weights get frozen",
                "Dropout is disabled",
                "Operations inside it are not recorded by autograd for the backward pass",
                "Tensors move to CPU",
            ],
            2,
        ),
        "answer:",
    ),
    "mirror-pair": (
        one(
            "In a translation Transformer, where do cross-attention's queries come from?",
            [
                "Queries come from the decoder and keys from the encoder",
                "Queries come from the encoder and keys from the decoder",
                "All three inputs come from one self-attention sublayer",
                "A learned constant vector shared by every layer",
            ],
            0,
        ),
        "Queries come from the encoder and keys from the decoder",
    ),
    "non-parallel-choices": (
        one(
            "Which statement about `nn.Embedding` is true?",
            [
                "It maps integer ids to learned vectors",
                "It expects one-hot float inputs",
                "It normalizes the rows of its weight.",
                "It needs a vocabulary of at most 1000",
            ],
            0,
        ),
        "It normalizes the rows of its weight.",
    ),
}


@pytest.mark.parametrize("rule", sorted(BREAKERS))
def test_each_rule_is_reported_alone_at_the_node_at_fault(rule: str) -> None:
    question, fragment = BREAKERS[rule]
    text = bank_text([question])
    findings = lint_text(text)
    assert [f.rule for f in findings] == [rule], findings
    assert findings[0].line == line_of(text, fragment)
    assert findings[0].path == "mine.yaml"
    assert str(findings[0]).startswith(f"mine.yaml:{findings[0].line}:{findings[0].column}: warning: {rule}: ")


def test_choices_that_differ_in_case_in_code_are_not_duplicates() -> None:
    question = one("Which call makes a tensor holding 3?", ["torch.tensor(3)", "torch.Tensor(3)", "[3]"], 0)
    assert lint_text(bank_text([question])) == []


def test_prose_choices_that_differ_only_in_case_and_articles_are_duplicates() -> None:
    question = one(
        "What happens?",
        ["The layers train but are not saved", "Nothing in the list gets registered", "Layers train, but are not saved"],
        1,
    )
    assert [f.rule for f in lint_text(bank_text([question]))] == ["duplicate-choices"]


def test_a_stem_that_states_another_questions_key_is_reported_at_that_stem() -> None:
    stated = one(
        "What sits between two DenseNet dense blocks?",
        [
            "A transition layer with a 1x1 convolution",
            "A residual shortcut around both blocks",
            "A max pool that halves the channels",
        ],
        0,
    )
    stating = {
        "id": "r",
        "prompt": "The transition layer's convolution below is missing. Which line completes it?",
        "choices": ["nn.Conv2d(c, c // 2, 1)", "nn.Conv2d(c, c, 3)", "nn.MaxPool2d(2)"],
        "answer": "nn.Conv2d(c, c // 2, 1)",
    }
    text = bank_text([stated, stating])
    findings = lint_text(text)
    assert [f.rule for f in findings] == ["stem-states-key"]
    assert findings[0].line == line_of(text, "The transition layer's convolution")
    assert "question 1 ('q')" in findings[0].message


def test_keys_all_in_one_position_are_reported_at_the_questions_key() -> None:
    unbalanced = [dict(q, answer=q["choices"][0]) for q in CLEAN]
    text = bank_text(unbalanced)
    findings = lint_text(text)
    assert [f.rule for f in findings] == ["key-position-balance"]
    assert (findings[0].line, findings[0].column) == (line_of(text, "questions:"), 1)
    assert "choice A in 8" in findings[0].message


def test_a_key_that_is_always_the_longest_choice_is_reported_for_the_bank() -> None:
    base = ["It keeps a mean", "It scales a row", "It adds a noise", "It sorts a list"]
    questions = []
    for n in range(8):
        choices = [f"{c} of layer {n}" for c in base]
        key = n % 4
        choices[key] = choices[key] + "s"  # the longest, but by one letter, not by a quarter
        questions.append({"id": f"q{n}", "prompt": f"Question {n}?", "choices": choices, "answer": choices[key]})
    findings = lint_text(bank_text(questions))
    assert [f.rule for f in findings] == ["key-length-rank", "key-length-rank"]
    assert "the key is the longest choice in 8 of 8 questions" in findings[0].message
    assert "the key is the shortest choice in 0 of 8 questions" in findings[1].message


# --- silencing a rule -----------------------------------------------------------------------


def test_an_ignore_with_a_reason_silences_only_the_named_rule_of_that_question() -> None:
    question, _ = BREAKERS["mirror-pair"]
    silenced = dict(question, lint={"ignore": ["mirror-pair"], "reason": "the swap is the point here"})
    assert lint_text(bank_text([silenced])) == []
    other = dict(question, lint={"ignore": ["key-length-cue"], "reason": "not this one"})
    assert [f.rule for f in lint_text(bank_text([other]))] == ["mirror-pair"]


def test_the_bank_can_silence_a_bank_wide_rule() -> None:
    unbalanced = [dict(q, answer=q["choices"][0]) for q in CLEAN]
    text = bank_text(unbalanced, lint={"ignore": ["key-position-balance"], "reason": "a true/false drill"})
    assert lint_text(text) == []


def faults(text: str) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank_bytes(text.encode("utf-8"), "mine.yaml")
    return [str(p) for p in caught.value.problems]


def test_an_ignore_without_a_reason_is_a_fault_of_the_file_with_its_position() -> None:
    question, _ = BREAKERS["mirror-pair"]
    text = bank_text([dict(question, lint={"ignore": ["mirror-pair"]})])
    line = line_of(text, "ignore:")  # the 'lint' mapping starts there
    assert faults(text) == [
        f"mine.yaml:{line}:5: question 1 ('q'): in 'lint', 'reason' is missing; say why the rules in "
        "'ignore' are broken on purpose"
    ]
    empty = bank_text([dict(question, lint={"ignore": ["mirror-pair"], "reason": " "})])
    assert faults(empty)[0].endswith("question 1 ('q'): in 'lint', 'reason' is empty")


def test_an_unknown_rule_name_is_a_fault_with_a_suggestion() -> None:
    question, _ = BREAKERS["mirror-pair"]
    text = bank_text([dict(question, lint={"ignore": ["mirror-pairs"], "reason": "typo"})])
    (problem,) = faults(text)
    assert re.fullmatch(
        rf"mine\.yaml:{line_of(text, '- mirror-pairs')}:7: question 1 \('q'\): in 'lint', unknown lint rule "
        r"'mirror-pairs'; did you mean 'mirror-pair'\?",
        problem,
    )


def test_a_bank_wide_rule_cannot_be_silenced_by_one_question() -> None:
    question, _ = BREAKERS["mirror-pair"]
    text = bank_text([dict(question, lint={"ignore": ["key-position-balance"], "reason": "x"})])
    (problem,) = faults(text)
    assert "'key-position-balance' is about the whole bank" in problem


def test_every_rule_name_is_documented() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "bank-format.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"#### `{rule}`" in docs


# --- the bank cache -----------------------------------------------------------------------------


def test_a_bank_from_the_cache_gives_the_same_warnings_as_the_parsed_file(tmp_path: Path) -> None:
    question, _ = BREAKERS["mirror-pair"]
    silenced = dict(BREAKERS["key-length-cue"][0], id="k", lint={"ignore": ["key-length-cue"], "reason": "r"})
    assert [f.rule for f in lint_text(bank_text([silenced]))] == []
    (tmp_path / "mine.yaml").write_text(bank_text([question, silenced]), encoding="utf-8")
    cache = BankCache(tmp_path / "cache.json")
    parsed = BankCollector(cache)
    parsed.add_folder(tmp_path, BankSource.USER)
    assert cache.save()
    cached = BankCollector(BankCache(tmp_path / "cache.json"))
    cached.add_folder(tmp_path, BankSource.USER)
    assert json.loads((tmp_path / "cache.json").read_text(encoding="utf-8"))["files"]
    assert cached.result.banks == parsed.result.banks
    warnings = lint_bank(parsed.result.banks[0])
    assert [f.rule for f in warnings] == ["mirror-pair"]
    assert lint_bank(cached.result.banks[0]) == warnings


# --- the command line ---------------------------------------------------------------------------


def validate(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(cwd / "data"), "validate", *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_validate_lint_prints_one_warning_line_each_and_exits_0(tmp_path: Path) -> None:
    question, fragment = BREAKERS["mirror-pair"]
    text = bank_text([question])
    (tmp_path / "mine.yaml").write_text(text, encoding="utf-8")
    plain = validate("mine.yaml", cwd=tmp_path)
    assert (plain.returncode, plain.stdout) == (0, "")
    done = validate("--lint", "mine.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"mine.yaml:{line_of(text, fragment)}:5: warning: mirror-pair: choice B is the key with its parts "
        "swapped, while choice C is unrelated to it: the twin of a lone mirror pair is the key; make all "
        "choices variants of one another, or drop the mirror"
    ]
    strict = validate("--lint", "--strict", "mine.yaml", cwd=tmp_path)
    assert (strict.returncode, strict.stdout) == (1, done.stdout)


def test_validate_lint_strict_exits_0_for_a_clean_bank_and_1_for_a_broken_one(tmp_path: Path) -> None:
    (tmp_path / "clean.yaml").write_text(bank_text(CLEAN), encoding="utf-8")
    clean = validate("--lint", "--strict", "clean.yaml", cwd=tmp_path)
    assert (clean.returncode, clean.stdout) == (0, "")
    (tmp_path / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    both = validate("--lint", "--strict", "clean.yaml", "broken.yaml", cwd=tmp_path)
    assert both.returncode == 1
    assert both.stdout.startswith("broken.yaml:")
    assert "warning:" not in both.stdout


def test_the_bundled_banks_pass_the_linter_in_strict_mode(bundled_dir: Path, tmp_path: Path) -> None:
    done = validate("--lint", "--strict", str(bundled_dir), cwd=tmp_path)
    assert done.stdout == ""
    assert done.returncode == 0
