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


class ForeignDatabaseError(DatabaseDamagedError):
    """An SQLite file that is not a ptquiz history (another program's data) stands where the
    history should be; like a damaged file, it is moved aside and never written into."""

    def __init__(self, path: Path, reason: str) -> None:
        StorageError.__init__(self, f"The file {path} is not a ptquiz history: {reason}.")
        self.path = path
        self.reason = f"it is not a ptquiz history: {reason}"


class AttemptGoneError(StorageError):
    """A write named an attempt that is not in progress in this history file (it ended, or the
    history was restored, cleared or changed by someone else): it was written nowhere."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} belongs to an attempt that is no longer in progress in the history "
            "(it was finished, or the history was restored or cleared)"
        )


class AttemptNotFoundError(StorageError, LookupError):
    def __init__(self, attempt_id: int, detail: str = "is not in the history") -> None:
        self.attempt_id = attempt_id
        super().__init__(f"Attempt {attempt_id} {detail}.")
