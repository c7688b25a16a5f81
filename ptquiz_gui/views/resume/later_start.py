"""A later ``ptquiz start`` handed its request to this running ptquiz: open it here.

With an attempt running, the user is asked first: leave it (saved, and resumable) and open
the new one, or stay. While a dialog is open the request waits until it is closed, so an
answer is never taken from under the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ptquiz_gui.views.resume.questions import ask_leave_for

if TYPE_CHECKING:
    from ptquiz_gui.domain.attempt import Attempt
    from ptquiz_gui.domain.model import Bank
    from ptquiz_gui.domain.start_request import StartRequest

RETRY_MS = 250  # how often a waiting request looks whether the dialog in its way has closed


class Host(Protocol):
    """What the window offers a later start."""

    def running_attempt(self) -> Attempt | None: ...

    def leave_running_attempt(self) -> None: ...

    def bank(self, bank_id: str) -> Bank | None: ...

    def open_request(self, request: StartRequest) -> bool: ...


class LaterStarts(QObject):
    def __init__(self, window: QWidget, host: Host) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._waiting: list[StartRequest] = []
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self._try_waiting)

    @Slot(object)
    def receive(self, request: StartRequest) -> None:
        """Opened from the event loop, not from inside the socket's signal."""
        self._waiting.append(request)
        QTimer.singleShot(0, self, self._try_waiting)

    @Slot()
    def _try_waiting(self) -> None:
        while self._waiting and QApplication.activeModalWidget() is None:
            self._open(self._waiting.pop(0))
        if self._waiting:
            self._timer.start()
        else:
            self._timer.stop()

    def _open(self, request: StartRequest) -> None:
        running = self._host.running_attempt()
        if running is not None:
            bank = self._host.bank(request.bank_id)
            title = bank.title if bank is not None else request.bank_id
            if not ask_leave_for(self._window, running, request, title):
                return
            self._host.leave_running_attempt()
        self._host.open_request(request)
