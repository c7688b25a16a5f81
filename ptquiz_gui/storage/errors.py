"""Errors the history store raises; each message is meant to be shown to the user as is.

The window shows them in its language (``display.translate``); the command line, which
installs no language, prints them in English.
"""

from __future__ import annotations

from pathlib import Path

from ptquiz_gui.domain import display


class StorageError(Exception):
    """Something about the history file that the user must be told about."""


class StorageUnavailableError(StorageError):
    """The data folder or history file cannot be written (read-only, missing, not a folder)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        message = display.translate("storage", "Cannot save history in {path}: {reason}.")
        super().__init__(message.format(path=path, reason=reason))


class DatabaseTooNewError(StorageError):
    """The history file was written by a newer ptquiz; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            display.translate(
                "storage",
                "The history file {path} was written by a newer version of ptquiz (history format {found}; "
                "this version reads formats up to {supported}). It has not been changed. "
                "Update ptquiz to open it.",
            ).format(path=path, found=found, supported=supported)
        )


class DatabaseDamagedError(StorageError):
    """The history file is not a readable ptquiz history (damaged, truncated or not SQLite)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        message = display.translate("storage", "The history file {path} is damaged: {reason}.")
        super().__init__(message.format(path=path, reason=reason))


class ForeignDatabaseError(DatabaseDamagedError):
    """An SQLite file that is not a ptquiz history (another program's data) stands where the
    history should be; like a damaged file, it is moved aside and never written into."""

    def __init__(self, path: Path, reason: str) -> None:
        message = display.translate("storage", "The file {path} is not a ptquiz history: {reason}.")
        StorageError.__init__(self, message.format(path=path, reason=reason))
        self.path = path
        self.reason = display.translate("storage", "it is not a ptquiz history: {reason}").format(
            reason=reason
        )


class AttemptGoneError(StorageError):
    """A write named an attempt that is not in progress in this history file (it ended, or the
    history was restored, cleared or changed by someone else): it was written nowhere."""

    def __init__(self, what: str) -> None:
        super().__init__(
            display.translate(
                "storage",
                "{what} belongs to an attempt that is no longer in progress in the history "
                "(it was finished, or the history was restored or cleared)",
            ).format(what=what)
        )


class AttemptNotFoundError(StorageError, LookupError):
    def __init__(self, attempt_id: int, detail: str = "") -> None:
        """``detail``: the whole sentence, ``{id}`` for the attempt's number; by default: it is not there."""
        self.attempt_id = attempt_id
        if not detail:
            detail = display.translate("storage", "Attempt {id} is not in the history.")
        super().__init__(detail.format(id=attempt_id))
