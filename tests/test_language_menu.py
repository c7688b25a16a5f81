"""View → Language: "Follow the system" or a language by its own name, saved in the
settings; the window says the change applies at the next start, which then uses it, unless
``PTQUIZ_LANGUAGE`` says otherwise."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from app_fixtures import ALT, AppRun, DialogDriver, Launcher, keys, press, titled
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui import APP_DISPLAY_NAME
from ptquiz_gui.domain import display
from ptquiz_gui.views import language, language_choice
from ptquiz_gui.views.language_choice import NEXT_START


def saved_language(run: AppRun) -> object:
    return json.loads(run.paths.settings_file.read_text(encoding="utf-8")).get("language")


def open_popup() -> QMenu:
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu), "no menu is open"
    return popup


def mnemonic(text: str) -> Qt.Key:
    """The key of ``text``'s ``&`` mnemonic (``&View`` → V, ``&Ansicht`` → A)."""
    letter = text[text.index("&") + 1].upper()
    return Qt.Key(ord(letter))


def choose_language(run: AppRun, code: str) -> None:
    """View → Language → the language ``code`` ("" follows the system), by keyboard, in
    whichever language the window is shown."""
    press(mnemonic(QApplication.translate("MainMenu", "&View")), ALT)
    press(mnemonic(run.window.menu.language_menu.title()), to=open_popup())
    menu = open_popup()
    assert menu is run.window.menu.language_menu
    action = next(a for a in run.window.menu.language_group.actions() if a.data() == code)
    press(mnemonic(action.text()), to=menu)


def checked(run: AppRun) -> list[str]:
    return [a.text() for a in run.window.menu.language_group.actions() if a.isChecked()]


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """No PTQUIZ_LANGUAGE, and a system whose UI language is English (whatever this machine's)."""
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    for module in (language, language_choice):
        monkeypatch.setattr(module, "system_language", lambda ui_languages=None: "en")
    return lambda: None


def test_choosing_a_language_saves_it_says_when_it_applies_and_the_next_start_uses_it(
    qtbot: QtBot, launch: Launcher, data_dir: Path, monkeypatch: pytest.MonkeyPatch, english_system: object
) -> None:
    run = launch(data_dir)
    assert run.window.translations is not None and run.window.translations.code == "en"
    assert [a.text() for a in run.window.menu.language_group.actions()] == [
        "Follow the &system",
        "&English",
        "&Deutsch",
    ]
    assert checked(run) == ["Follow the &system"]

    with DialogDriver(qtbot, (titled("Language"), keys(Qt.Key.Key_Return))) as driver:
        choose_language(run, "de")
    assert f"{APP_DISPLAY_NAME} will be in German from its next start" in driver.text()
    assert "PTQUIZ_LANGUAGE" not in driver.text()
    german = QTranslator()
    if german.load(language.catalogue("de")) and (said := german.translate("LanguageChoice", NEXT_START)):
        assert said.format(app=APP_DISPLAY_NAME, language="Deutsch") in driver.text(), "and in German"
    assert saved_language(run) == "de"
    assert checked(run) == ["&Deutsch"]
    assert run.window.translations.code == "en", "the running window stays in its language"
    launch.close(run)

    run = launch(data_dir)
    assert run.window.translations is not None and run.window.translations.code == "de"
    assert QLocale().language() == QLocale.Language.German
    assert display.percent(66.6) == "66,6\N{NO-BREAK SPACE}%"
    assert checked(run) == ["&Deutsch"]

    # Back to the system's language: saved as "follow the system", again from the next start.
    with DialogDriver(qtbot, (_in_german_or_english("Language"), keys(Qt.Key.Key_Return))):
        choose_language(run, "")
    assert saved_language(run) == ""
    launch.close(run)
    assert launch(data_dir).window.translations.code == "en"  # type: ignore[union-attr]


def _in_german_or_english(title: str) -> Callable[[QWidget], bool]:
    """The message's title in whichever language the catalogue the window loaded gives it."""
    return lambda w: w.windowTitle() in (title, QApplication.translate("LanguageChoice", title))


def test_choosing_the_language_already_shown_needs_no_message(
    qtbot: QtBot, launch: Launcher, data_dir: Path, english_system: object
) -> None:
    run = launch(data_dir)
    with DialogDriver(qtbot):  # no dialog expected: any would be reported
        choose_language(run, "en")
    assert saved_language(run) == "en"
    assert checked(run) == ["&English"]


def test_ptquiz_language_overrides_the_saved_choice_and_the_message_says_so(
    qtbot: QtBot, launch: Launcher, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(language.LANGUAGE_ENV, "en")
    run = launch(data_dir)
    with DialogDriver(qtbot, (titled("Language"), keys(Qt.Key.Key_Return))) as driver:
        choose_language(run, "de")
    assert saved_language(run) == "de"
    said = f"PTQUIZ_LANGUAGE is set, so {APP_DISPLAY_NAME} starts in English for as long as it is set."
    assert said in driver.text()
    launch.close(run)
    assert launch(data_dir).window.translations.code == "en"  # type: ignore[union-attr]


def test_a_language_is_named_in_the_words_of_each_sentence(
    launch: Launcher, data_dir: Path, english_system: object
) -> None:
    """A German window switching to English says "auf Englisch" (it said "auf English"), and
    the English sentence says "English"; an English window names German "German"."""
    data_dir.joinpath("settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    run = launch(data_dir)
    assert run.window.translations is not None and run.window.translations.code == "de"
    choice = run.window.findChild(language_choice.LanguageChoice)
    assert choice is not None
    said = choice.message("en").split("\n\n")
    assert len(said) == 2, said
    assert "auf Englisch" in said[0] and "English" not in said[0]
    assert said[1].startswith(f"{APP_DISPLAY_NAME} will be in English from its next start")
    assert set(language_choice.NAMES) == {lang.code for lang in language.LANGUAGES}
