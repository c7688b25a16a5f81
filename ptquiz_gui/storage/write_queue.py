"""The queue of an attempt's writes: each committed in its own transaction, in order.

A write that fails for a reason that may pass (disk full, I/O error, a read-only or busy
file) is rolled back and waits, with the writes behind it, for the next try. A write that
can never succeed (its attempt is no longer in progress in the file, or its values cannot
be stored) is rolled back, reported once per attempt and set aside, so it never blocks
the writes behind it; it is still exported with the waiting ones.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import deque
from collections.abc import Callable

from ptquiz_gui.domain import display
from ptquiz_gui.storage.connection import describe, rollback
from ptquiz_gui.storage.errors import AttemptGoneError
from ptquiz_gui.storage.writes import (
    AnswerWrite,
    CheckpointWrite,
    EndedWrite,
    FlagWrite,
    PendingWrite,
    StartedWrite,
    to_json,
)

def _what(kind: str) -> str:
    """What a write saves, as the sentence "Could not save … to …" names it."""
    if kind == StartedWrite.kind:
        return display.translate("storage", "the new attempt")
    if kind == AnswerWrite.kind:
        return display.translate("storage", "your answer")
    if kind == FlagWrite.kind:
        return display.translate("storage", "a flag")
    if kind == CheckpointWrite.kind:
        return display.translate("storage", "your progress")
    if kind == EndedWrite.kind:
        return display.translate("storage", "the end of the attempt")
    return display.translate("storage", "a change")


# Errors that say the write itself is wrong, not the disk: retrying cannot help.
_NEVER_SUCCEEDS = (
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
    sqlite3.NotSupportedError,
)


def may_succeed_later(error: Exception) -> bool:
    """Disk full, I/O errors, a read-only or busy file: the same write may work later."""
    if isinstance(error, OSError):
        return True
    return isinstance(error, sqlite3.Error) and not isinstance(error, _NEVER_SUCCEEDS)


Report = Callable[[str], None]
Stored = Callable[[str, int], None]  # (token, id): an attempt was stored and numbered


class WriteQueue:
    def __init__(self) -> None:
        self.pending: deque[PendingWrite] = deque()
        self.set_aside: list[PendingWrite] = []
        self._told: set[str] = set()  # tokens whose set-aside write was reported

    def add(self, write: PendingWrite) -> bool:
        """Queue ``write``; returns whether a failure to save it is worth reporting."""
        last = self.pending[-1] if self.pending else None
        same_attempt = last is not None and last.token == write.token
        if isinstance(write, CheckpointWrite) and isinstance(last, CheckpointWrite) and same_attempt:
            self.pending.pop()
        self.pending.append(write)
        # A checkpoint behind writes that already failed adds nothing the user was not told.
        return not (isinstance(write, CheckpointWrite) and last is not None)

    def flush(
        self, conn: sqlite3.Connection, location: str, report: Report, *, quiet: bool, stored: Stored
    ) -> bool:
        """Commit the waiting writes in order; ``True`` when none is left waiting.
        ``report`` hears of a write set aside, and (unless ``quiet``) of one that must wait."""
        while self.pending:
            write = self.pending[0]
            new_id: int | None = None
            try:
                conn.execute("BEGIN IMMEDIATE")
                if isinstance(write, StartedWrite):
                    new_id = write.insert(conn)
                else:
                    write.apply(conn)
                conn.execute("COMMIT")
            except Exception as error:
                rollback(conn)
                if not may_succeed_later(error):
                    self.pending.popleft()
                    self.set_aside.append(write)
                    self._tell_set_aside(write, error, location, report)
                    continue
                if not quiet:
                    failed = display.translate(
                        "storage", "Could not save {what} to {location}: {reason}."
                    ).format(what=_what(write.kind), location=location, reason=describe(error))
                    _safely(report, f"{failed} {kept_in_memory(len(self.pending))}")
                return False
            except BaseException:
                rollback(conn)
                raise
            self.pending.popleft()
            if new_id is not None:
                stored(write.token, new_id)
        return True

    def _tell_set_aside(self, write: PendingWrite, error: Exception, location: str, report: Report) -> None:
        """Once per attempt: later writes of the same attempt usually fail the same way."""
        if write.token in self._told:
            return
        self._told.add(write.token)
        if isinstance(error, AttemptGoneError):
            gone = display.translate("storage", "{error} in {location}.")
            reason = gone.format(error=error, location=location)
        else:
            reason = display.translate(
                "storage", "Could not save {what} to {location}: it cannot be stored ({reason})."
            ).format(what=_what(write.kind), location=location, reason=describe(error))
        set_aside = display.translate(
            "storage",
            "It was written nowhere and set aside; File ▸ Export unsaved changes saves it to a file. "
            "Later changes are still saved.",
        )
        _safely(report, f"{reason} {set_aside}")

    def pending_words(self) -> str:
        return pending_words(len(self.pending))

    def as_json(self, id_of: Callable[[str], int | None]) -> dict[str, object]:
        body: dict[str, object] = {"pending": [to_json(w, id_of(w.token)) for w in self.pending]}
        if self.set_aside:
            body["set_aside"] = [to_json(w, id_of(w.token)) for w in self.set_aside]
        return body


def pending_words(n: int) -> str:
    """The subject of a sentence about ``n`` waiting changes: "3 changes are" (… not saved yet)."""
    if n == 1:
        return display.translate("storage", "1 change is")
    count = display.current_locale().number(n)
    return display.translate("storage", "{count} changes are").format(count=count)


def kept_in_memory(n: int) -> str:
    """The sentence that says ``n`` waiting changes are kept in memory.

    Whole sentences for one and for more (lupdate cannot see a plural form in Qt-free code).
    """
    if n == 1:
        return display.translate(
            "storage", "1 change is kept in memory and will be saved as soon as writing works again."
        )
    return display.translate(
        "storage", "{count} changes are kept in memory and will be saved as soon as writing works again."
    ).format(count=display.current_locale().number(n))


def _safely(report: Report, message: str) -> None:
    with contextlib.suppress(Exception):  # a faulty callback must not break the attempt
        report(message)
