"""How long one text field of a bank may be (docs/bank-format.md, "Field lengths").

The limits are far above what a real question needs (the bundled banks stay under a
tenth of each), and low enough that no single field can make the window lay out text
for seconds: Qt's layout of one long unbroken line grows with the square of its length.
"""

from __future__ import annotations

MAX_TITLE_LENGTH = 200
MAX_TOPIC_LENGTH = 200
MAX_CHOICE_LENGTH = 2_000
MAX_TEXT_LENGTH = 20_000
"""A prompt, an explanation, a description or a ``verify`` snippet."""
