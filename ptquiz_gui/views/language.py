"""The window's language: which translation is loaded, and the pseudo-locale for testing.

The language follows the system's UI languages unless View → Language chose one (saved in
the settings); a change takes effect at the next start, when every screen is built in it.
``PTQUIZ_LANGUAGE`` overrides both (``pseudo`` is only reachable that way, for testing).

The translations are ``resources/translations/ptquiz_<code>.qm``, built from the ``.ts``
files by ``pyside6-lrelease`` (``make translations``, the PyInstaller build); Qt's own
strings (dialog buttons, context menus) come from the ``qtbase_<code>.qm`` Qt ships.
English needs a catalogue too: it holds the plural forms (``1 attempt``, ``3 attempts``).
The banks are data and stay in the language they were written in.
"""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass

import shiboken6

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ptquiz_gui.domain import display
from ptquiz_gui.paths import resource
from ptquiz_gui.views.locale_format import QtLocaleFormat, number_locale

LANGUAGE_ENV = "PTQUIZ_LANGUAGE"
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    native_name: str  # shown as itself in every language, as language menus do


LANGUAGES = (Language("en", "English"), Language("de", "Deutsch"))
SYSTEM_LABEL = QT_TRANSLATE_NOOP("language", "Follow the &system")
_CODES = {language.code for language in LANGUAGES}
_QT_CONTEXT = re.compile(r"Q[A-Z]\w*")  # Qt's classes; ptquiz's own are QuizPage, QuestionPane, …
_PAD_WORD = 7  # the length of a padding word in a pseudo-translated sentence
_PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[a-z_]+\}|&(?=\w)")


def catalogue(code: str) -> str:
    return str(resource(f"translations/ptquiz_{code}.qm"))


def qt_catalogue(code: str) -> str:
    """Qt's own strings in ``code`` (dialog buttons, key names), as Qt (or the built app) ships them."""
    from PySide6.QtCore import QLibraryInfo  # for a language other than English only

    return f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}/qtbase_{code}.qm"


def chosen_language(saved: str, ui_languages: list[str] | None = None) -> str:
    """The language to start in: ``PTQUIZ_LANGUAGE``, else the saved choice, else the system's."""
    wanted = os.environ.get(LANGUAGE_ENV, "").strip()
    if wanted == PSEUDO or wanted in _CODES:
        return wanted
    if saved in _CODES:
        return saved
    return system_language(ui_languages)


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's UI languages that ptquiz has, else English."""
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in _CODES:
            return code
    return SOURCE_LANGUAGE


class PseudoTranslator(QTranslator):
    """Every string 40 % longer and in brackets, so cut-off text and missed strings show.

    Placeholders (``%n``, ``%1``, ``{name}``) and the ``&`` of a mnemonic are kept as they are.
    With ``only_qt``, only Qt's own strings (contexts such as ``QPlatformTheme``, ``QShortcut``),
    beside a pseudo catalogue that holds ptquiz's.
    """

    def __init__(self, parent: QCoreApplication, *, only_qt: bool = False) -> None:
        super().__init__(parent)
        self._only_qt = only_qt

    def translate(  # type: ignore[override]  # noqa: N802 - Qt's name
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None, a null QString, passes the string on to the next translator ("" would not)."""
        del disambiguation, n
        if self._only_qt and not _QT_CONTEXT.fullmatch(context):
            return None
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def pseudo_text(text: str) -> str:
    """``[text~~~]``: 40 % longer. A sentence's padding comes as words, so that it wraps as a
    longer sentence would; a single word's stays one longer word."""
    if not text.strip():
        return text
    letters = len(_PLACEHOLDER.sub("", text))
    padding = "~" * math.ceil(letters * 0.4)
    if " " in text.strip():
        padding = "".join(f" {padding[i : i + _PAD_WORD]}" for i in range(0, len(padding), _PAD_WORD))
    return f"[{text}{padding}]"


class Translations:
    """Loads and holds the translators of one language (Qt keeps only pointers to them)."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.code = SOURCE_LANGUAGE
        self.missing: list[str] = []

    def install(self, app: QCoreApplication, code: str) -> None:
        """Load ``code``'s catalogues and formats; a language whose catalogue is missing is
        reported on standard error and English is used instead, words and numbers alike."""
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        self.missing = []
        if code == PSEUDO:
            # A pseudo catalogue built from what lupdate extracts shows a string lupdate misses, or
            # one looked up in another context, untranslated, as German would; without one, every
            # string that reaches tr() is bracketed.
            full = not self._load(app, catalogue(PSEUDO), required=False)
            self._add(app, PseudoTranslator(app, only_qt=not full))
        elif not self._load(app, catalogue(code)) and code != SOURCE_LANGUAGE:
            print(f"ptquiz: the {code} translation is missing; the window is in English", file=sys.stderr)
            code = SOURCE_LANGUAGE
            self._load(app, catalogue(code))
        elif code != SOURCE_LANGUAGE and not self._load(app, qt_catalogue(code), required=False):
            print(f"ptquiz: {qt_catalogue(code)} is missing; Qt's own buttons stay in English", file=sys.stderr)
        self.code = code
        QLocale.setDefault(number_locale(code))
        display.use_locale(QtLocaleFormat(code))
        if isinstance(app, QApplication) and QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft:
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for path in self.missing:
            print(f"ptquiz: translation {path} is missing (build it with `make translations`)", file=sys.stderr)

    def _load(self, app: QCoreApplication, path: str, *, required: bool = True) -> bool:
        translator = QTranslator(app)
        if translator.load(path):
            self._add(app, translator)
            return True
        shiboken6.delete(translator)  # now, never from a garbage collection inside a translation
        if required:
            self.missing.append(path)
        return False

    def _add(self, app: QCoreApplication, translator: QTranslator) -> None:
        app.installTranslator(translator)
        self._translators.append(translator)

    def uninstall(self, app: QCoreApplication) -> None:
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        display.use_locale(display.PLAIN)
        QLocale.setDefault(QLocale.c())
