"""One running attempt as Qt sees it: the engine's methods, a ticking timer, and signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.result import Result

TICK_MS = 250


class QuizSession(QObject):
    """Wraps an ``Attempt``; views call these methods and redraw on the signals.

    Each method returns what the engine returned (whether anything changed). A QTimer
    calls ``tick`` every 250 ms; tests drive a FakeClock and call ``tick`` themselves.
    ``leave`` suspends the attempt (it stays resumable) and ``abandon`` ends it unscored;
    both emit ``attempt_left``.
    """

    question_changed = Signal(int)  # the new current position
    selection_changed = Signal(int)  # practice: the highlighted choice of this position changed
    answer_committed = Signal(int)
    flag_toggled = Signal(int)
    clock_ticked = Signal()
    paused_changed = Signal(bool)
    attempt_finished = Signal(object)  # the Result
    attempt_left = Signal()

    def __init__(self, attempt: Attempt, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._connect_signals()
        if not attempt.finished:
            self._timer.start()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.tick)

    @property
    def attempt(self) -> Attempt:
        return self._attempt

    @property
    def mode(self) -> Mode:
        return self._attempt.mode

    @property
    def running(self) -> bool:
        """Whether the timer is ticking (false once finished, left or abandoned)."""
        return self._timer.isActive()

    # --- answering -----------------------------------------------------------------------

    def select(self, shown: int) -> bool:
        if not self._attempt.select(shown):
            return False
        position = self._attempt.current
        self.selection_changed.emit(position)
        if self._attempt.mode is Mode.EXAM:
            self.answer_committed.emit(position)
        return True

    def confirm(self) -> bool:
        if not self._attempt.confirm():
            return False
        self.answer_committed.emit(self._attempt.current)
        return True

    def toggle_flag(self, position: int | None = None) -> bool:
        if self._attempt.finished:
            return False
        position = self._attempt.current if position is None else position
        flagged = self._attempt.toggle_flag(position)
        self.flag_toggled.emit(position)
        return flagged

    # --- navigation ----------------------------------------------------------------------

    def go_to(self, position: int) -> bool:
        if self._attempt.paused or not self._attempt.go_to(position):
            return False
        self.question_changed.emit(self._attempt.current)
        return True

    def next(self) -> bool:
        return self.go_to(self._attempt.current + 1)

    def previous(self) -> bool:
        return self.go_to(self._attempt.current - 1)

    # --- clock ---------------------------------------------------------------------------

    def pause(self) -> bool:
        if not self._attempt.pause():
            return False
        self.paused_changed.emit(True)
        return True

    def resume(self) -> bool:
        if not self._attempt.resume():
            return False
        self.paused_changed.emit(False)
        return True

    @Slot()
    def tick(self) -> None:
        ended = self._attempt.tick()
        self.clock_ticked.emit()
        if ended:
            self._timer.stop()
            self.attempt_finished.emit(self._attempt.result())

    # --- ending --------------------------------------------------------------------------

    def finish(self) -> Result | None:
        """Submit: score the attempt and emit ``attempt_finished``. None if already over."""
        if self._attempt.finished:
            return None
        result = self._attempt.finish()
        self._timer.stop()
        self.attempt_finished.emit(result)
        return result

    def leave(self) -> None:
        """Stop the clock and save; the attempt can be resumed later."""
        if self._attempt.finished:
            return
        self._attempt.suspend()
        self._timer.stop()
        self.attempt_left.emit()

    def abandon(self) -> None:
        """End the attempt without a score."""
        if self._attempt.finished:
            return
        self._attempt.abandon()
        self._timer.stop()
        self.attempt_left.emit()
