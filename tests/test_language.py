"""The window's language: which one is chosen, what its catalogues give, and what stays English.

The catalogues are compiled here from the ``.ts`` sources with ``pyside6-lrelease`` (as
``make translations`` and the build do), so a stale or missing ``.qm`` in the checkout
never decides a test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from app_fixtures import Launcher
from helpers.catalogues import TRANSLATIONS, lrelease, lupdate
from helpers.sample import answer_right, answer_wrong, make_bank
from PySide6.QtCore import QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ptquiz_gui.cli import main
from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History
from ptquiz_gui.views import language
from ptquiz_gui.views.language import LANGUAGE_ENV, Translations, chosen_language

REPO = Path(__file__).resolve().parent.parent
NBSP = "\N{NO-BREAK SPACE}"



@pytest.fixture
def catalogues(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(language, "catalogue", lambda code: str(compiled / f"ptquiz_{code}.qm"))
    return compiled


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations()
    yield translations
    translations.uninstall(qapp)


# --- which language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "saved", "system", "chosen"),
    [
        ("de", "en", ["en-US"], "de"),  # the environment beats everything
        ("pseudo", "de", ["de-DE"], "pseudo"),
        ("", "de", ["en-US"], "de"),  # then View → Language (the settings)
        ("", "en", ["de-DE"], "en"),
        ("", "", ["fr-FR", "de-AT", "en-GB"], "de"),  # then the first system UI language we ship
        ("", "", ["de_CH"], "de"),
        ("", "", ["fr-FR", "ja-JP"], "en"),  # then English
        ("", "", [], "en"),
        ("xx", "klingon", ["de-DE"], "de"),  # unknown codes are passed over, never used
    ],
)
def test_the_language_is_the_environments_then_the_saved_then_the_systems_then_english(
    monkeypatch: pytest.MonkeyPatch, env: str, saved: str, system: list[str], chosen: str
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, env)
    assert chosen_language(saved, system) == chosen


def test_without_a_list_the_systems_ui_languages_are_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert chosen_language("") == "de"


# --- plural forms -------------------------------------------------------------------------------


class Counts(QObject):
    """Plural messages as the window writes them (the context is this class's name)."""

    def attempts(self, n: int) -> str:
        return self.tr("%Ln attempts", "", n)


PLURAL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <translation>
            <numerusform>{one}</numerusform>
            <numerusform>{many}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.mark.parametrize(
    ("code", "one", "many", "shown"),
    [
        ("en", "%Ln attempt", "%Ln attempts", ["0 attempts", "1 attempt", "3 attempts", "12,000 attempts"]),
        ("de", "%Ln Versuch", "%Ln Versuche", ["0 Versuche", "1 Versuch", "3 Versuche", "12.000 Versuche"]),
    ],
)
def test_plural_forms_come_from_the_catalogue_and_numbers_from_the_locale(
    qapp: QApplication,
    installed: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: str,
    one: str,
    many: str,
    shown: list[str],
) -> None:
    ts = tmp_path / f"ptquiz_{code}.ts"
    ts.write_text(PLURAL_TS.format(language=code, one=one, many=many), encoding="utf-8")
    lrelease(ts, tmp_path / f"ptquiz_{code}.qm")
    monkeypatch.setattr(language, "catalogue", lambda c: str(tmp_path / f"ptquiz_{c}.qm"))
    installed.install(qapp, code)
    assert [Counts().attempts(n) for n in (0, 1, 3, 12_000)] == shown


def test_without_the_english_catalogue_a_plural_keeps_its_source_form(
    qapp: QApplication, installed: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why English needs a catalogue at all: the source text is the plural."""
    monkeypatch.setattr(language, "catalogue", lambda c: str(tmp_path / f"ptquiz_{c}.qm"))
    installed.install(qapp, "en")
    assert Counts().attempts(1) == "1 attempts"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context, message) of each message in a ``.ts`` file."""
    return [
        (context.findtext("name", ""), message)
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]


def _refreshed(tmp_path: Path, name: str, *options: str) -> Path:
    """The committed catalogue ``name`` brought up to date with the code, as ``make lupdate`` does."""
    copy = tmp_path / name
    shutil.copy(TRANSLATIONS / name, copy)
    lupdate(copy, *options)
    return copy


def _unfinished(ts: Path) -> list[str]:
    found = []
    for context, message in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(form.strip() for form in forms):
            found.append(f"{context}: {message.findtext('source')!r}")
    return found


def test_the_german_translation_is_complete_for_the_code_as_it_is(tmp_path: Path) -> None:
    """``make lupdate`` would find no new or unfinished string in ``ptquiz_de.ts``."""
    refreshed = _refreshed(tmp_path, "ptquiz_de.ts", "-target-language", "de")
    assert _messages(refreshed), "lupdate found no strings"
    missing = _unfinished(refreshed)
    assert missing == [], f"{len(missing)} unfinished German strings:\n" + "\n".join(missing)


def test_every_english_plural_has_its_singular_and_plural(qapp: QApplication, tmp_path: Path) -> None:
    """``ptquiz_en.ts`` holds each ``%n``/``%Ln`` message of the code, and the compiled catalogue
    writes "1 …" with the singular and "3 …" with the plural."""
    refreshed = _refreshed(tmp_path, "ptquiz_en.ts", "-pluralonly", "-target-language", "en")
    missing = _unfinished(refreshed)
    assert missing == [], f"{len(missing)} English plural forms missing:\n" + "\n".join(missing)
    qm = tmp_path / "ptquiz_en.qm"
    lrelease(refreshed, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = []
    for context, message in _messages(refreshed):
        source, comment = message.findtext("source", ""), message.findtext("comment")
        forms = [f.text or "" for f in message.iter("numerusform")]
        for n, form in ((1, forms[0]), (3, forms[-1])):
            got = translator.translate(context, source, comment, n)
            if got != form:
                wrong.append(f"{source!r} for {n}: {got!r}, expected the form {form!r}")
        # Many counts read the same either way ("%Ln wrong", "All (%Ln)"); a noun in the plural
        # right after the number ("%Ln questions") left as the singular is a form never written.
        if forms[0] == forms[-1] and re.search(r"%L?n \w+s\b", forms[0]):
            wrong.append(f"{source!r}: the singular is the plural ({forms[0]!r})")
    assert wrong == []


# --- German numbers, dates and Qt's own words ---------------------------------------------------


def test_german_numbers_percentages_and_dates_follow_qlocale(
    qapp: QApplication, installed: Translations, catalogues: Path
) -> None:
    installed.install(qapp, "de")
    assert installed.code == "de" and installed.missing == []
    assert display.percent(66.67) == f"66,6{NBSP}%"
    assert display.percent(70) == f"70{NBSP}%"
    assert display.score(12_000, 12_000) == "12.000/12.000"
    assert display.score(6.666, 10) == "6,66/10"
    when = datetime(2026, 12, 6, 17, 5, 9).astimezone()  # local time, as the window shows it
    assert display.day(when) == "06.12.26"
    assert display.moment(when) == "06.12.26 17:05"
    assert display.moment_seconds(when) == "06.12.26 17:05:09"
    assert display.duration(65) == "01:05"  # a clock reads the same in every language


def test_english_keeps_the_house_style(qapp: QApplication, installed: Translations, catalogues: Path) -> None:
    installed.install(qapp, "en")
    when = datetime(2026, 12, 6, 17, 5).astimezone()
    assert (display.percent(66.67), display.score(12_000, 12_000), display.moment(when)) == (
        "66.6%",
        "12,000/12,000",
        "2026-12-06 17:05",
    )


def test_qts_own_buttons_speak_german(qapp: QApplication, installed: Translations, catalogues: Path) -> None:
    installed.install(qapp, "de")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Abbrechen", "Ja"}


def test_a_missing_catalogue_is_reported_and_english_is_used(
    qapp: QApplication,
    installed: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(language, "catalogue", lambda code: str(tmp_path / f"ptquiz_{code}.qm"))
    installed.install(qapp, "de")
    err = capsys.readouterr().err
    assert "de translation is missing" in err and "English" in err
    assert str(tmp_path / "ptquiz_en.qm") in err  # English's own plural catalogue is missing too
    assert installed.code == "en"
    assert display.percent(66.67) == "66.6%"  # English numbers with English words, not a mix
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == "Cancel"


def test_translators_belong_to_the_application_and_a_failed_one_is_gone(
    qapp: QApplication, installed: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translator the garbage collector could destroy would take Qt's translation lock in its
    destructor; a collection inside a pseudo translation, which holds that lock, hangs the app."""
    monkeypatch.setattr(language, "catalogue", lambda code: str(tmp_path / f"ptquiz_{code}.qm"))
    before = set(qapp.findChildren(QTranslator))
    installed.install(qapp, "pseudo")  # no pseudo catalogue: a failed load, then the Python translator
    alive = [t for t in qapp.findChildren(QTranslator) if t not in before]
    assert len(alive) == 1 and isinstance(alive[0], language.PseudoTranslator)
    assert not shiboken6.ownedByPython(alive[0])
    assert QApplication.translate("Anything", "Check") == "[Check~~]"


# --- the command line stays English -------------------------------------------------------------


def _two_thirds_right(data_dir: Path) -> None:
    clock = FakeClock(datetime(2026, 2, 3, 14, 30, tzinfo=UTC))
    store = History.open(data_paths(data_dir).history_db, clock=clock)
    attempt = Attempt(plan_for_bank(make_bank("alpha", 3), Mode.PRACTICE, seed=4), clock, store.recorder)
    for right in (True, True, False):
        clock.advance(4)
        if right:
            answer_right(attempt)
        else:
            answer_wrong(attempt)
        attempt.next()
    attempt.finish()
    store.close()


def test_the_command_line_stays_english_after_a_german_window(
    launch: Launcher,
    data_dir: Path,
    catalogues: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _two_thirds_right(data_dir)
    fresh = subprocess.run(
        [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), "history"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert fresh.returncode == 0, fresh.stderr
    assert "66.6%" in fresh.stdout and "2026-02-03" in fresh.stdout

    monkeypatch.setenv(LANGUAGE_ENV, "de")
    run = launch(data_dir)
    assert run.window.translations is not None and run.window.translations.code == "de"
    assert display.percent(66.67) == f"66,6{NBSP}%"  # the window writes German
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "history"]) == 0
    assert capsys.readouterr().out == fresh.stdout


def test_without_qts_own_catalogue_the_language_stays_and_the_gap_is_reported(
    qapp: QApplication,
    installed: Translations,
    catalogues: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(language, "qt_catalogue", lambda code: str(tmp_path / f"qtbase_{code}.qm"))
    installed.install(qapp, "de")
    assert f"{tmp_path / 'qtbase_de.qm'} is missing" in capsys.readouterr().err
    assert installed.code == "de" and display.percent(66.67) == f"66,6{NBSP}%"
