"""Ending on a signal: SIGTERM (a shutdown, a logout, ``kill``), SIGHUP (the terminal that
started ptquiz closed) and SIGINT (Ctrl+C there).

Python's own handling would end the process at once (SIGTERM, SIGHUP), losing what is kept
only in memory, or raise ``KeyboardInterrupt`` inside whichever slot runs next (SIGINT),
with a traceback, and go on. Here each of them closes the window as the desktop session's
end does when no question may be asked: the running attempt is left (resumable), the
waiting changes are saved once more or exported to ``~/ptquiz-unsaved-<time>.json``, a
running background job is finished first, and ptquiz exits normally.

``signal.set_wakeup_fd`` writes each signal's number to a socket, even while the window's
thread is busy in C code; a watcher thread reads it and asks the window to close. A ptquiz
that cannot close still ends as it did before: a second signal ends it at once, and so does
the first when the window has not taken it within ``GRACE_S`` (its thread is stuck, for
instance opening a named pipe).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
from types import FrameType
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")
GRACE_S = 10.0


class Closable(Protocol):
    def close_without_asking(self) -> None: ...


def _ignore(_number: int, _frame: FrameType | None) -> None:
    """Python's handler: the watcher thread does the work; this only stops Python's own action."""


def _end_now(number: int, why: str) -> None:
    print(f"ptquiz: {signal.Signals(number).name} {why}; ending now.", file=sys.stderr, flush=True)
    os._exit(128 + number)


class Termination(QObject):
    """Install once, on the main thread, while the window runs; ``uninstall`` after."""

    _asked = Signal(str)  # from the watcher thread; queued to the window's thread

    def __init__(self, window: Closable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        self._heard = threading.Event()  # the window's thread has taken a signal
        self.received: list[str] = []
        self._asked.connect(self._on_signal)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous: dict[int, object] = {}
        for name in SIGNAL_NAMES:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, _ignore)
        self._watcher = threading.Thread(target=self._watch, name="ptquiz-signals", daemon=True)
        self._watcher.start()

    def _watch(self) -> None:
        count = 0
        while True:
            try:
                data = self._reader.recv(64)
            except OSError:
                return
            if not data:  # uninstalled
                return
            for number in data:
                if number not in self._previous:
                    continue
                count += 1
                if count > 1:
                    _end_now(number, "received again")
                grace = threading.Timer(GRACE_S, self._unheard, (number,))
                grace.daemon = True
                grace.start()
                self._asked.emit(signal.Signals(number).name)

    def _unheard(self, number: int) -> None:
        if not self._heard.is_set():
            _end_now(number, f"not taken by the window within {GRACE_S:.0f} s")

    @Slot(str)
    def _on_signal(self, name: str) -> None:
        self._heard.set()
        self.received.append(name)
        print(f"ptquiz: {name} received; saving and closing.", file=sys.stderr, flush=True)
        self._window.close_without_asking()

    def uninstall(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._writer.close()
        self._watcher.join(1.0)
        self._reader.close()
