"""The attempt-history store (SQLite through the standard library) and safe file writes.

Plain Python: no Qt, so the command line and tests use it directly.
"""
