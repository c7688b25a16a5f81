"""The small bank the AT-SPI test practises (a11y-check.yaml beside this file), as the walk reads it."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

BANK_FILE = Path(__file__).resolve().parent / "a11y-check.yaml"
BANK_ID = "a11y-check"
TITLE = "Screen reader check"


@dataclass(frozen=True)
class Question:
    prompt: str  # the first line of the prompt, as plain text
    choices: tuple[str, ...]  # in file order (shuffling is off in the test's settings)
    keys: tuple[str, ...]  # the right answers
    picks: tuple[str, ...]  # what the walk answers
    verdict: re.Pattern[str]  # the words of the verdict for those picks
    explanation: str
    multiple: bool = False

    @property
    def right(self) -> bool:
        return set(self.picks) == set(self.keys)


RIGHT = re.compile(r"\bcorrect\b", re.I)
WRONG = re.compile(r"not quite|\bwrong\b|incorrect|not correct", re.I)

QUESTIONS = (
    Question(
        prompt="What does this code print?",
        choices=("5", "23", "TypeError"),
        keys=("5",),
        picks=("5",),
        verdict=RIGHT,
        explanation="Both operands are integers, so plus adds them up.",
    ),
    Question(
        prompt="Which of these numbers are even?",
        choices=("Twelve", "Thirteen", "Fourteen"),
        keys=("Twelve", "Fourteen"),
        picks=("Twelve", "Thirteen"),
        verdict=WRONG,
        explanation="Twelve and fourteen divide by two without a remainder.",
        multiple=True,
    ),
    Question(
        prompt="A week has eight days.",
        choices=("True", "False"),
        keys=("False",),
        picks=("True",),
        verdict=WRONG,
        explanation="A week has seven days.",
    ),
)


def prepare_data_dir(root: Path) -> Path:
    """A fresh data folder holding the test bank, with shuffling off so the order is the file's."""
    (root / "banks").mkdir(parents=True)
    shutil.copy(BANK_FILE, root / "banks" / BANK_FILE.name)
    (root / "settings.json").write_text(json.dumps({"shuffle": False}), encoding="utf-8")
    return root
