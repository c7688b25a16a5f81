"""Ending on a signal: SIGTERM (a shutdown, a logout, ``kill``), SIGHUP (the terminal that
started ptquiz closed) and SIGINT (Ctrl+C there).

Python's own handling would end the process at once (SIGTERM, SIGHUP), losing what is kept
only in memory, or raise ``KeyboardInterrupt`` inside whichever slot runs next (SIGINT),
with a traceback, and go on. Here each of them closes the window as the desktop session's
end does when no question may be asked: the running attempt is left (resumable), the
waiting changes are saved once more or exported to ``~/ptquiz-unsaved-<time>.json``, a
running background job is finished first, and ptquiz exits normally.

A signal arrives between two Python instructions, which the Qt event loop may not run for
a long time; ``signal.set_wakeup_fd`` writes its number to a socket that the event loop
watches, so the window hears of it at once.
"""

from __future__ import annotations

import signal
import socket
import sys
from types import FrameType
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Slot

SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")


class Closable(Protocol):
    def close_without_asking(self) -> None: ...


def _note(_number: int, _frame: FrameType | None) -> None:
    """The wake-up byte does the work; this only stops Python's own handling."""


class Termination(QObject):
    """Install once, on the main thread, while the window runs; ``uninstall`` after."""

    def __init__(self, window: Closable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous: dict[int, object] = {}
        for name in SIGNAL_NAMES:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, _note)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        self.received: list[str] = []

    @Slot()
    def _on_signal(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        names = [signal.Signals(n).name for n in data if n in self._previous]
        if not names:
            return
        self.received.extend(names)
        print(f"ptquiz: {names[-1]} received; saving and closing.", file=sys.stderr, flush=True)
        self._window.close_without_asking()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._reader.close()
        self._writer.close()
