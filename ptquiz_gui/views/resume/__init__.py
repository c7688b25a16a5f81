"""Resuming unfinished attempts: at start-up, from the library's details, from History, when a
bank with one is started again, and when a later ``ptquiz start`` hands over its request."""
