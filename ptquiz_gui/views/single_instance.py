"""One ptquiz per data folder: a later start hands what it was asked to the first and exits.

Two processes writing one history file would fight over it. The first holds the data
folder's lock (``ptquiz_gui.instance_lock``) and, once painted, listens on a local
socket named after the folder; a later start that finds the lock taken asks through it:
``ptquiz`` asks it to come forward, ``ptquiz start`` sends its ``StartRequest`` (one
line of JSON), which the first acknowledges with one line before it opens it.
"""

from __future__ import annotations

import time
from enum import Enum

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ptquiz_gui.domain.start_request import MAX_REQUEST_BYTES, StartRequest, decode_request, encode_request

_WAKE = b"focus\n"
_RECEIVED = b"received\n"
_TIMEOUT_MS = 500
_ANSWER_TIMEOUT_MS = 5000  # the running one answers from its event loop, which a dialog may hold
_RETRY_S = 0.05


class Handed(Enum):
    """What became of a later start's request to the running instance."""

    NOBODY = "nobody"  # no instance listens: this start goes ahead itself
    FOCUSED = "focused"  # asked to come forward (nothing else was asked)
    RECEIVED = "received"  # the running one said it has the StartRequest
    UNCONFIRMED = "unconfirmed"  # sent, but the running one never said it arrived


def hand_to_running_instance(
    name: str, request: StartRequest | None = None, *, patience_s: float = 0.0
) -> Handed:
    """Ask the instance that owns ``name`` to come forward and, with ``request``, to open it.

    With ``patience_s`` the question is repeated for that long: an instance known to be
    running (it holds the data folder's lock) opens its socket only after its first paint.
    """
    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_TIMEOUT_MS):
            socket.write(_WAKE if request is None else encode_request(request))
            socket.waitForBytesWritten(_TIMEOUT_MS)
            handed = Handed.FOCUSED if request is None else _await_receipt(socket)
            socket.disconnectFromServer()
            return handed
        if time.monotonic() >= deadline:
            return Handed.NOBODY
        time.sleep(_RETRY_S)


def _await_receipt(socket: QLocalSocket) -> Handed:
    deadline = time.monotonic() + _ANSWER_TIMEOUT_MS / 1000
    while not socket.canReadLine():
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0 or not socket.waitForReadyRead(left_ms):
            return Handed.UNCONFIRMED
    return Handed.RECEIVED if bytes(socket.readLine().data()) == _RECEIVED else Handed.UNCONFIRMED


def ask_running_instance_to_focus(name: str, *, patience_s: float = 0.0) -> bool:
    """True when another instance owns ``name`` and was told to come forward."""
    return hand_to_running_instance(name, patience_s=patience_s) is not Handed.NOBODY


class InstanceServer(QObject):
    """Listens for later instances: ``focus_requested`` when one starts, then
    ``start_requested`` with the ``StartRequest`` a ``ptquiz start`` sent."""

    focus_requested = Signal()
    start_requested = Signal(object)  # a StartRequest

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            # A server left behind by a crashed instance: nobody answered, so take it over.
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @Slot()
    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # A slot of our own: a socket's readAll is no slot, and connecting it made
            # PySide try to add it as a dynamic method, which it reported on stderr.
            socket.readyRead.connect(self._drain)
            socket.disconnected.connect(socket.deleteLater)
            self.focus_requested.emit()

    @Slot()
    def _drain(self) -> None:
        socket = self.sender()
        # A start that gave up waiting may be gone, and its socket deleted, by the time its
        # bytes are read here.
        if not isinstance(socket, QLocalSocket) or not shiboken6.isValid(socket):
            return
        requests = []
        while shiboken6.isValid(socket) and socket.canReadLine():
            request = decode_request(bytes(socket.readLine(MAX_REQUEST_BYTES + 1).data()))
            if request is not None:
                socket.write(_RECEIVED)
                socket.flush()
                requests.append(request)
        if shiboken6.isValid(socket) and socket.bytesAvailable() > MAX_REQUEST_BYTES:  # no line this long is a request
            socket.readAll()
        for request in requests:  # last: what opens them may outlive the socket
            self.start_requested.emit(request)
