"""Small banks and attempts shared by the quiz, results and model tests."""

from __future__ import annotations

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.domain.plan import Mode, plan_for_bank

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
