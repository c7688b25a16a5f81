"""View → Language: the choice is saved in the settings and applies at the next start.

Every screen is built in one language (and History, Results and the quiz keep what they
wrote), so a change is not applied to the running window: a message says when it takes
effect, in the language being left and in the one chosen. ``PTQUIZ_LANGUAGE`` still
overrides the saved choice; the message says so when it is set.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTranslator, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from ptquiz_gui import APP_DISPLAY_NAME
from ptquiz_gui.views.language import LANGUAGE_ENV, PSEUDO, catalogue, system_language
from ptquiz_gui.views.plain_message import inform

CONTEXT = "LanguageChoice"
NEXT_START = str(
    QT_TRANSLATE_NOOP(
        "LanguageChoice",
        "{app} will be in {language} from its next start. Close and open it again to switch now.",
    )
)
FOLLOW_SYSTEM = str(
    QT_TRANSLATE_NOOP("LanguageChoice", "{app} will follow the system's language from its next start.")
)


# A language named in a sentence, in that sentence's language ("auf Englisch", not "auf
# English"); the menu lists each by its own name.
NAMES = {
    "en": str(QT_TRANSLATE_NOOP("LanguageChoice", "English")),
    "de": str(QT_TRANSLATE_NOOP("LanguageChoice", "German")),
}


class LanguageChoice(QObject):
    """Saves the choice of the language ``group`` with ``save`` and says when it applies."""

    def __init__(
        self,
        window: QWidget,
        group: QActionGroup,
        saved: str,
        *,
        running: Callable[[], str],
        save: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._saved = saved
        self._running = running  # the language the screens were built in
        self._save = save
        group.triggered.connect(self._chosen)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._saved:
            return
        self._saved = code
        self._save(code)
        if _overriding() or (code or system_language()) != self._running():
            inform(self._window, self.tr("Language"), self.message(code))

    def message(self, code: str) -> str:
        """What choosing ``code`` ("" follows the system) does: in the running language, then
        in the language it chooses."""
        target = code or system_language()
        said = [self._said(self._running(), code)]
        if (other := self._said(target, code)) not in said:
            said.append(other)
        if overriding := _overriding():
            note = self.tr("{variable} is set, so {app} starts in {language} for as long as it is set.")
            named = self._named(self._running(), overriding)
            said.append(note.format(variable=LANGUAGE_ENV, app=APP_DISPLAY_NAME, language=named))
        return "\n\n".join(said)

    def _said(self, language: str, code: str) -> str:
        text = self._in(language, NEXT_START if code else FOLLOW_SYSTEM)
        return text.format(app=APP_DISPLAY_NAME, language=self._named(language, code))

    def _named(self, language: str, code: str) -> str:
        """The language ``code`` as ``language`` calls it (the code itself for the pseudo-locale)."""
        return self._in(language, NAMES[code]) if code in NAMES else code

    def _in(self, language: str, source: str) -> str:
        """``source`` as ``language`` says it: through the running translation for the running
        language, else from that language's catalogue, read for this one message."""
        if language == self._running():
            return QCoreApplication.translate(CONTEXT, source)
        translator = QTranslator()
        if language != PSEUDO and translator.load(catalogue(language)):
            return translator.translate(CONTEXT, source) or source
        return source


def _overriding() -> str:
    """The language ``PTQUIZ_LANGUAGE`` sets, whatever the saved choice ("" when unset)."""
    return os.environ.get(LANGUAGE_ENV, "").strip()

