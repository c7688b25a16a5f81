"""Translating the text of a view module's functions, plural forms included.

``pyside6-lupdate`` reads ``QCoreApplication.translate("context", "%Ln files", None, n)`` as
a message without plural forms: it takes a name in the fourth place for the encoding
argument of old Qt. ``name.tr("%Ln files", "", n)`` it reads with them, in the context
``name``. So a module whose functions show text keeps one ``TrContext`` in a variable named
as its context, and calls ``tr`` on it:

    file_actions = TrContext("file_actions")
    file_actions.tr("Exported %Ln unsaved changes to {path}.", "", count)

``QT_TRANSLATE_NOOP`` is here with the type it has (PySide6 declares it as returning
``object``), for tables of text translated where they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802 - the name lupdate looks for

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "TrContext"]


class TrContext:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the window's language; ``%n``/``%Ln`` in it become ``n``."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)
