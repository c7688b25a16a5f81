"""The attempt engine: answering, flagging, navigation, timing and submission.

It knows nothing of Qt or SQLite. Views call its methods and re-read its state;
an ``AttemptListener`` (the history store) hears every change that must be kept.

Practice: ``select`` highlights a choice, ``confirm`` commits it and reveals the key;
a committed answer is final. Exam: ``select`` commits at once and may be changed
until the attempt is submitted; nothing is revealed before that.

An answer is a set of chosen choices. For a single-answer or true/false question
``select`` replaces the one chosen; for a multiple-answer question it toggles the choice
in or out of the set (in an exam, un-ticking the last one leaves the question unanswered).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from ptquiz_gui.domain.clock import Clock
from ptquiz_gui.domain.plan import AttemptPlan, Mode, QuizItem
from ptquiz_gui.domain.result import AnswerState, Result, build_result, chosen_set

CHECKPOINT_SECONDS = 5.0


class Status(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"


class AttemptListener(Protocol):
    """Hears what must be made durable. Implementations must not raise."""

    def attempt_started(self, attempt: Attempt) -> None: ...

    def answer_recorded(self, attempt: Attempt, position: int) -> None: ...

    def flag_changed(self, attempt: Attempt, position: int) -> None: ...

    def checkpoint(self, attempt: Attempt) -> None: ...

    def attempt_ended(self, attempt: Attempt) -> None: ...


@dataclass(frozen=True, slots=True)
class SavedProgress:
    """Where an unfinished attempt stood when it was last saved, for resuming it."""

    attempt_id: int
    started_at: datetime
    answers: tuple[AnswerState, ...]
    current: int
    elapsed: float


class Attempt:
    def __init__(
        self,
        plan: AttemptPlan,
        clock: Clock,
        listener: AttemptListener | None = None,
        progress: SavedProgress | None = None,
    ) -> None:
        self.plan = plan
        self._clock = clock
        self._listener = listener
        self.status = Status.IN_PROGRESS
        self.timed_out = False
        self.finished_at: datetime | None = None
        self.attempt_id: int | None = None
        self._selected: list[tuple[int, ...]] = [() for _ in plan.items]  # shown indexes, sorted
        if progress is None:
            self.answers = [AnswerState() for _ in plan.items]
            self.current = 0
            self._elapsed_base = 0.0
            self.started_at = clock.now()
        else:
            if len(progress.answers) != len(plan.items):
                raise ValueError("saved progress does not match the attempt's questions")
            self.attempt_id = progress.attempt_id
            self.answers = [
                AnswerState(chosen_set(a.choices), a.flagged, a.seconds) for a in progress.answers
            ]
            self.current = min(max(progress.current, 0), len(plan.items) - 1)
            self._elapsed_base = progress.elapsed
            self.started_at = progress.started_at
            for i, a in enumerate(self.answers):
                self._selected[i] = chosen_set(plan.items[i].to_shown_index(c) for c in a.choices)
        self._segment_start: float | None = clock.monotonic()
        self._last_checkpoint = clock.monotonic()
        if progress is None and listener is not None:
            listener.attempt_started(self)

    # --- state -------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self.plan.mode

    @property
    def item(self) -> QuizItem:
        return self.plan.items[self.current]

    @property
    def size(self) -> int:
        return len(self.plan.items)

    @property
    def finished(self) -> bool:
        return self.status is not Status.IN_PROGRESS

    @property
    def paused(self) -> bool:
        return self._segment_start is None and not self.finished

    def selection(self, position: int | None = None) -> tuple[int, ...]:
        """The highlighted (ticked) choices of a question, as shown indexes, committed or not."""
        return self._selected[self.current if position is None else position]

    def selected(self, position: int | None = None) -> int | None:
        """The highlighted choice (shown index) when exactly one is highlighted."""
        chosen = self.selection(position)
        return chosen[0] if len(chosen) == 1 else None

    def is_committed(self, position: int | None = None) -> bool:
        return self.answers[self.current if position is None else position].answered

    def is_revealed(self, position: int | None = None) -> bool:
        """Whether the key may be shown for this question now."""
        if self.finished:
            return True
        return self.mode is Mode.PRACTICE and self.is_committed(position)

    def elapsed(self) -> float:
        running = self._clock.monotonic() - self._segment_start if self._segment_start is not None else 0.0
        return self._elapsed_base + running

    def remaining(self) -> float | None:
        if self.plan.time_limit is None:
            return None
        return max(0.0, self.plan.time_limit - self.elapsed())

    def question_seconds(self, position: int) -> float:
        seconds = self.answers[position].seconds
        if position == self.current and self._segment_start is not None:
            seconds += self._clock.monotonic() - self._segment_start
        return seconds

    @property
    def answered_count(self) -> int:
        return sum(1 for a in self.answers if a.answered)

    @property
    def unanswered_count(self) -> int:
        return self.size - self.answered_count

    @property
    def flagged_count(self) -> int:
        return sum(1 for a in self.answers if a.flagged)

    def progress(self) -> SavedProgress:
        answers = tuple(
            AnswerState(a.choices, a.flagged, self.question_seconds(i)) for i, a in enumerate(self.answers)
        )
        return SavedProgress(self.attempt_id or 0, self.started_at, answers, self.current, self.elapsed())

    def result(self) -> Result:
        answers = self.progress().answers
        return build_result(self.plan, answers, self.elapsed(), self.timed_out)

    # --- navigation ----------------------------------------------------------------------

    def go_to(self, position: int) -> bool:
        if self.finished or not 0 <= position < self.size or position == self.current:
            return False
        self._close_segment()
        self.current = position
        self._open_segment()
        return True

    def next(self) -> bool:
        return self.go_to(self.current + 1)

    def previous(self) -> bool:
        return self.go_to(self.current - 1)

    def next_unanswered(self) -> int | None:
        """The first unanswered question after the current one, wrapping around."""
        for step in range(1, self.size + 1):
            position = (self.current + step) % self.size
            if not self.answers[position].answered:
                return position
        return None

    # --- answering -----------------------------------------------------------------------

    def select(self, shown: int) -> bool:
        """Choose the choice shown at ``shown`` (a multiple-answer question: tick or un-tick
        it); in an exam this commits the answer."""
        if self.finished or self.paused or not 0 <= shown < len(self.item.choice_order):
            return False
        if self.mode is Mode.PRACTICE and self.is_committed():
            return False
        chosen = self._selected[self.current]
        if self.item.question.multiple:
            chosen = chosen_set(set(chosen) ^ {shown})
        else:
            chosen = (shown,)
        self._selected[self.current] = chosen
        if self.mode is Mode.EXAM:
            self._commit(chosen)
        return True

    def confirm(self) -> bool:
        """Practice: commit the highlighted choices. Returns whether anything was committed."""
        if self.finished or self.paused or self.mode is not Mode.PRACTICE or self.is_committed():
            return False
        chosen = self._selected[self.current]
        if not chosen:
            return False
        self._commit(chosen)
        return True

    def toggle_flag(self, position: int | None = None) -> bool:
        if self.finished:
            return False
        position = self.current if position is None else position
        answer = self.answers[position]
        answer.flagged = not answer.flagged
        if self._listener is not None:
            self._listener.flag_changed(self, position)
        return answer.flagged

    def _commit(self, shown: tuple[int, ...]) -> None:
        self._close_segment()
        self.answers[self.current].choices = chosen_set(self.item.to_file_index(i) for i in shown)
        self._open_segment()
        if self._listener is not None:
            self._listener.answer_recorded(self, self.current)

    # --- clock ---------------------------------------------------------------------------

    def pause(self) -> bool:
        """Practice only: stop the clock (the view hides the question)."""
        if self.finished or self.paused or self.mode is not Mode.PRACTICE:
            return False
        self._close_segment()
        self._segment_start = None
        self._checkpoint()
        return True

    def resume(self) -> bool:
        if not self.paused:
            return False
        self._open_segment()
        return True

    def tick(self) -> bool:
        """Call often (the view's timer does): saves progress every few seconds and submits
        an exam whose time is up. Returns whether the attempt ended on this tick."""
        if self.finished:
            return False
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            self.timed_out = True
            self.finish()
            return True
        if self._clock.monotonic() - self._last_checkpoint >= CHECKPOINT_SECONDS:
            self._checkpoint()
        return False

    def _checkpoint(self) -> None:
        self._last_checkpoint = self._clock.monotonic()
        if self._listener is not None:
            self._listener.checkpoint(self)

    def _close_segment(self) -> None:
        if self._segment_start is None:
            return
        spent = self._clock.monotonic() - self._segment_start
        if self.plan.time_limit is not None:
            spent = min(spent, max(0.0, self.plan.time_limit - self._elapsed_base))
        self.answers[self.current].seconds += spent
        self._elapsed_base += spent
        self._segment_start = self._clock.monotonic()

    def _open_segment(self) -> None:
        self._segment_start = self._clock.monotonic()

    # --- ending --------------------------------------------------------------------------

    def finish(self) -> Result:
        if not self.finished:
            self._close_segment()
            self._segment_start = None
            self.status = Status.FINISHED
            self.finished_at = self._clock.now()
            if self._listener is not None:
                self._listener.attempt_ended(self)
        return self.result()

    def abandon(self) -> None:
        if self.finished:
            return
        self._close_segment()
        self._segment_start = None
        self.status = Status.ABANDONED
        self.finished_at = self._clock.now()
        if self._listener is not None:
            self._listener.attempt_ended(self)

    def suspend(self) -> None:
        """Stop the clock and save, leaving the attempt resumable (the app is closing)."""
        if self.finished:
            return
        self._close_segment()
        self._segment_start = None
        self._checkpoint()
