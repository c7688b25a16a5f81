"""Runs one bank question's ``verify`` snippet against real PyTorch.

Reads ``{"snippet", "choices", "answer"}`` as JSON on stdin; runs the snippet once with
``ANSWER`` set to each choice (fresh globals each time) and prints a JSON list of
``{"choice", "passed", "error"}``. Torch is imported once, so a bank costs one start-up.
"""

from __future__ import annotations

import json
import sys
import traceback

import torch  # noqa: F401  (imported once for all runs)


def main() -> int:
    job = json.load(sys.stdin)
    torch.manual_seed(0)
    runs = []
    for choice in job["choices"]:
        scope = {"__name__": "__verify__", "ANSWER": choice, "CHOICES": list(job["choices"])}
        try:
            exec(compile(job["snippet"], "<verify>", "exec"), scope)  # noqa: S102 - the test's purpose
            runs.append({"choice": choice, "passed": True, "error": ""})
        except BaseException as exc:  # noqa: BLE001 - any failure counts as "the snippet rejected it"
            last = traceback.format_exception_only(type(exc), exc)[-1].strip()
            runs.append({"choice": choice, "passed": False, "error": last})
    json.dump(runs, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
