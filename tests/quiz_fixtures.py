"""Small banks and attempts shared by the quiz, results and model tests."""

from __future__ import annotations

import ctypes
import sys

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank


def keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11 dropping a reference to None on every call
    of a C++ method that returns void: None's count (a few thousand at start) would reach
    zero within seconds of painting and abort the interpreter ("none_dealloc"). From 3.12
    None is immortal. The app needs the same guard at start-up until the bindings are fixed.
    """
    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


keep_none_alive()

CODE_PROMPT = """What does this print?

```python
import torch
print(torch.tensor([2., 4.]) / 2)
```
"""


def sample_bank(time_limit: int = 400, pass_mark: int = 60) -> Bank:
    """Four questions over two topics; file order is kept when the plan does not shuffle."""
    questions = (
        Question(
            id="q1",
            prompt=CODE_PROMPT,
            choices=("tensor([1., 2.])", "tensor([4., 8.])", "tensor([2., 4.])", "an error"),
            answer=0,
            explanation="Element-wise division by **2** halves each value.",
            topic="tensors",
        ),
        Question(
            id="q2",
            prompt="Which call moves a model to the GPU?",
            choices=("model.gpu()", "model.to('cuda')", "torch.gpu(model)", "model.cuda_all()"),
            answer=1,
            explanation="`Module.to` moves parameters and buffers.",
            topic="devices",
        ),
        Question(
            id="q3",
            prompt="True or false: `torch.no_grad()` disables gradient tracking.",
            choices=("True", "False"),
            answer=0,
            explanation="Inside the context, results have `requires_grad=False`.",
            topic="autograd",
        ),
        Question(
            id="q4",
            prompt="What shape has `torch.zeros(2, 3).T`?",
            choices=("(2, 3)", "(3, 2)", "(6,)", "(1, 6)"),
            answer=1,
            explanation="`.T` swaps the two dimensions.",
            topic="tensors",
        ),
    )
    return Bank(
        id="sample",
        title="Sample bank",
        questions=questions,
        topics=("tensors", "devices", "autograd"),
        time_limit=time_limit,
        pass_mark=pass_mark,
    )


def make_attempt(mode: Mode, clock: FakeClock, *, time_limit: int = 400, pass_mark: int = 60) -> Attempt:
    plan = plan_for_bank(sample_bank(time_limit, pass_mark), mode, seed=1, shuffle=False)
    return Attempt(plan, clock)
