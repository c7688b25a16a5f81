"""One ptquiz per data folder: a second start asks the first to come forward and exits.

Two processes writing one history file would fight over it; a local socket named after
the data folder lets the second instance find the first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"focus\n"
_TIMEOUT_MS = 500


def ask_running_instance_to_focus(name: str) -> bool:
    """True when another instance owns ``name`` and was told to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(_WAKE)
    socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


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
            socket.readyRead.connect(socket.readAll)
            socket.disconnected.connect(socket.deleteLater)
            self.focus_requested.emit()
