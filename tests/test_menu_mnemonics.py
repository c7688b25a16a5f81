"""Alt+letter reaches every menu entry: in each menu (and the menu bar) no two entries share
their underlined letter, in English and in German. With two, Alt+V, R only highlighted the
first ("Reload banks", never "Spaced review retention…")."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from app_fixtures import Launcher
from helpers.catalogues import speak
from PySide6.QtWidgets import QMenu




def _letter(text: str) -> str | None:
    """The letter after ``&`` (``&&`` is a literal ampersand), if any."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def _clashes(menus: dict[str, list[str]]) -> dict[str, list[str]]:
    found = {}
    for name, texts in menus.items():
        counts = Counter(letter for text in texts if (letter := _letter(text)))
        if twice := sorted(letter for letter, n in counts.items() if n > 1):
            found[name] = [t for t in texts if _letter(t) in twice]
    return found


def _menus(menu: QMenu, name: str, into: dict[str, list[str]]) -> None:
    into[name] = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    for action in menu.actions():
        if (sub := action.menu()) is not None:
            _menus(sub, f"{name} → {action.text()}", into)


@pytest.mark.parametrize("code", ["en", "de"])
def test_no_two_entries_of_a_menu_share_their_letter(
    launch: Launcher, data_dir: Path, compiled: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    speak(monkeypatch, code, compiled)
    run = launch(data_dir)
    bar = run.window.menuBar()
    menus = {"menu bar": [a.text() for a in bar.actions()]}
    for action in bar.actions():
        menu = action.menu()
        assert menu is not None
        _menus(menu, action.text(), menus)
    assert len(menus) >= 5, menus  # File, View, Help, and View's Theme and Language
    assert _clashes(menus) == {}
