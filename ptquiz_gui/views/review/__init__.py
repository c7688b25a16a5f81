"""Spaced review screens: the card of a question, the review loop's notes, the retention setting and statistics."""
