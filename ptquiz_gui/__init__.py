"""ptquiz: an offline desktop application for multiple-choice exam practice."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "ptquiz"
APP_DISPLAY_NAME = "PTQuiz"
