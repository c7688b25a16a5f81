"""What the history store hands out and takes in when reading: plain frozen records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Status
from ptquiz_gui.domain.plan import Mode, PlanKind


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    """One row of the history list (and of the resume offer)."""

    id: int
    bank_id: str
    title: str
    mode: Mode
    kind: PlanKind
    status: Status
    started_at: datetime
    finished_at: datetime | None
    total: int
    answered: int
    score: float | None  # points; None while in progress; whole unless partial scoring gave a fraction
    percent: float | None  # None while in progress
    elapsed: float  # seconds on the clock
    time_limit: int | None
    pass_mark: int
    timed_out: bool
    current: int  # position shown last

    @property
    def passed(self) -> bool | None:
        return None if self.percent is None else self.percent >= self.pass_mark

    @property
    def remaining(self) -> float | None:
        """Exam time left (the clock does not run while the app is closed)."""
        return None if self.time_limit is None else max(0.0, self.time_limit - self.elapsed)


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which attempts to list; ``None`` means any. ``since``/``until`` bound ``started_at``
    (``since`` included, ``until`` excluded)."""

    bank_id: str | None = None
    mode: Mode | None = None
    since: datetime | None = None
    until: datetime | None = None
    status: Status | None = None


class SortKey(StrEnum):
    DATE = "date"
    BANK = "bank"
    MODE = "mode"
    SCORE = "score"
    PERCENT = "percent"
    DURATION = "duration"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class HistorySort:
    key: SortKey = SortKey.DATE
    descending: bool = True


@dataclass(frozen=True, slots=True)
class BankStats:
    """Finished whole-bank attempts of one bank (retries, reviews and mixed exams excluded)."""

    bank_id: str
    attempts: int
    best_percent: float
    last_attempt: datetime


@dataclass(frozen=True, slots=True)
class MissedQuestion:
    bank_id: str
    question_id: str
    prompt: str  # as last shown
    topic: str
    times_wrong: int  # wrong or unanswered in finished attempts
    times_asked: int


@dataclass(frozen=True, slots=True)
class ExportedAnswer:
    position: int
    bank_id: str
    question_id: str
    choice: int | None  # index in file order; None when unanswered or a multiple-answer question
    correct: bool  # full marks
    seconds: float
    flagged: bool
    choices: tuple[int, ...] = ()  # every chosen index in file order, sorted; empty when unanswered
    points: float = 0.0


@dataclass(frozen=True, slots=True)
class ExportedAttempt:
    summary: AttemptSummary
    answers: tuple[ExportedAnswer, ...]


class BackupReason(StrEnum):
    """Why a backup was taken; its value is the last part of the file's name."""

    DAILY = "daily"
    BEFORE_CLEAR = "before-clear"
    BEFORE_RESTORE = "before-restore"
    BY_HAND = "by-hand"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    reason: BackupReason = BackupReason.DAILY


@dataclass(frozen=True, slots=True)
class RecoveryNotice:
    """The history file could not be read and was moved aside; a fresh one was started."""

    damaged_path: Path
    moved_to: Path
    reason: str
    newest_backup: BackupInfo | None

    @property
    def message(self) -> str:
        text = display.translate(
            "storage",
            "The history file {path} could not be read ({reason}). It was moved to {moved_to} and a new, "
            "empty history was started.",
        ).format(path=self.damaged_path, reason=self.reason, moved_to=self.moved_to)
        if self.newest_backup is not None:
            taken = display.moment_seconds(self.newest_backup.taken_at)
            backup = display.translate("storage", "A backup from {taken} can be restored: {path}.")
            return f"{text} {backup.format(taken=taken, path=self.newest_backup.path)}"
        none = display.translate("storage", "No backup was found.")
        return f"{text} {none}"
