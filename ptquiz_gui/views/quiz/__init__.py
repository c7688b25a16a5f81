"""The screen that runs one attempt."""
