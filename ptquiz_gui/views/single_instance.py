"""One ptquiz per data folder: a second start asks the first to come forward and exits.

Two processes writing one history file would fight over it. The first holds the data
folder's lock (``ptquiz_gui.instance_lock``) and, once painted, listens on a local
socket named after the folder; a later start that finds the lock taken asks through it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"focus\n"
_TIMEOUT_MS = 500
_RETRY_S = 0.05


def ask_running_instance_to_focus(name: str, *, patience_s: float = 0.0) -> bool:
    """True when another instance owns ``name`` and was told to come forward.

    With ``patience_s`` the question is repeated for that long: an instance known to be
    running (it holds the data folder's lock) opens its socket only after its first paint.
    """
    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_TIMEOUT_MS):
            socket.write(_WAKE)
            socket.waitForBytesWritten(_TIMEOUT_MS)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_RETRY_S)


class InstanceServer(QObject):
    """Listens for later instances; emits ``focus_requested`` when one starts."""

    focus_requested = Signal()

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
        if isinstance(socket, QLocalSocket):
            socket.readAll()
