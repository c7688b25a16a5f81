"""Errors the history store raises; each message is meant to be shown to the user as is."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Something about the history file that the user must be told about."""


class StorageUnavailableError(StorageError):
    """The data folder or history file cannot be written (read-only, missing, not a folder)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Cannot save history in {path}: {reason}.")


class DatabaseTooNewError(StorageError):
    """The history file was written by a newer ptquiz; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"The history file {path} was written by a newer version of ptquiz "
            f"(history format {found}; this version reads formats up to {supported}). "
            "It has not been changed. Update ptquiz to open it."
        )


class DatabaseDamagedError(StorageError):
    """The history file is not a readable ptquiz history (damaged, truncated or not SQLite)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"The history file {path} is damaged: {reason}.")


class AttemptNotFoundError(StorageError, LookupError):
    def __init__(self, attempt_id: int, detail: str = "is not in the history") -> None:
        self.attempt_id = attempt_id
        super().__init__(f"Attempt {attempt_id} {detail}.")
