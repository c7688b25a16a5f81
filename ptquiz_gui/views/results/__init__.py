"""The screen that shows a finished attempt: score, topics and the review of every question."""
