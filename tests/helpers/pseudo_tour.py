"""The pseudo-locale test's tour: it looks at each screen and dialog, gathers what is cut off
or untranslated per screen, and drives the window as a user would."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from app_fixtures import AppRun, press
from helpers.screen_text import Allowed, cut_off, menu_texts, texts_of, untranslated
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_screen_fit import dialog_problems, screen_problems, settle

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.plan import Mode, plan_for_bank

SCREEN = QRect(0, 0, 1024, 600)


BANKS = Path(__file__).parent.parent / "data" / "pseudo_banks"  # 41 and 42 bracketed, 43 broken


def only_bracketed_banks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path) -> None:
    """No bundled banks, and the user's are ``BANKS``: all their text in brackets, so that
    bank text is told apart from the window's own."""
    bundled = tmp_path / "no-bundled-banks"
    bundled.mkdir()
    monkeypatch.setattr("ptquiz_gui.app_services.bundled_banks_dir", lambda: bundled)
    banks = data_dir / "banks"
    banks.mkdir(exist_ok=True)
    for bank in BANKS.glob("*.yaml"):
        (banks / bank.name).write_bytes(bank.read_bytes())


@dataclass
class PseudoTour:
    qtbot: QtBot
    run: AppRun
    allowed: Allowed
    problems: dict[str, list[str]] = field(default_factory=dict)

    def _add(self, what: str, found: list[str]) -> None:
        if found:
            self.problems.setdefault(what, []).extend(f for f in found if f not in self.problems.get(what, []))

    def look(self, what: str) -> None:
        """The window as it is now: fit, cut-off text and untranslated text, menus included."""
        settle()
        window = self.run.window
        self._keep_picture(what, window)
        self._add(what, screen_problems(self.run, SCREEN) + cut_off(window))
        texts = [*texts_of(window), *menu_texts(window), ("status bar", window.statusBar().currentMessage())]
        self._add(what, untranslated(texts, self.allowed))

    def look_at_dialog(self, what: str, dialog: QWidget) -> None:
        settle()
        self._keep_picture(what, dialog)
        self._add(what, dialog_problems(dialog, SCREEN) + cut_off(dialog))
        self._add(what, untranslated(texts_of(dialog), self.allowed))

    def step(self, what: str, then: Callable[[QWidget], None] | None = None) -> Callable[[QWidget], None]:
        """A ``DialogDriver`` step: look at the dialog, then ``then`` (default: close it with Esc's answer)."""

        def act(dialog: QWidget) -> None:
            self.look_at_dialog(what, dialog)
            if then is not None:
                then(dialog)
            elif isinstance(dialog, QDialog):
                dialog.reject()

        return act

    def _keep_picture(self, what: str, widget: QWidget) -> None:
        """With ``PTQUIZ_PSEUDO_SHOTS=DIR``, each screen is saved there, to see what a failure means."""
        if folder := os.environ.get("PTQUIZ_PSEUDO_SHOTS"):
            name = re.sub(r"[^\w-]+", "-", what).strip("-")
            widget.grab().save(str(Path(folder) / f"{len(os.listdir(folder)):02d}-{name}.png"))

    def report(self) -> str:
        lines = [f"{sum(map(len, self.problems.values()))} problems on {len(self.problems)} screens"]
        for what, found in self.problems.items():
            lines.append(f"{what}:")
            lines.extend(f"  {line}" for line in found)
        return "\n".join(lines)


def click(text: str) -> Callable[[QWidget], None]:
    """A dialog step's action: click the button whose text, without its brackets, tildes and
    mnemonic, is ``text``."""

    def act(dialog: QWidget) -> None:
        wanted = [b for b in dialog.findChildren(QAbstractButton) if bare(b.text()) == text]
        assert wanted, f"no button {text!r} in {[b.text() for b in dialog.findChildren(QAbstractButton)]}"
        wanted[0].click()

    return act


def bare(text: str) -> str:
    return re.sub(r"[~ ]+$", "", text.replace("&", "").strip("[]"))



def record(run: AppRun, bank_id: str, *, right: list[bool], mode: Mode = Mode.PRACTICE, finish: bool = True) -> None:
    """An attempt answered through the engine (right or wrong per question), saved to the history."""
    bank = run.window.bank(bank_id)
    assert bank is not None
    attempt = Attempt(plan_for_bank(bank, mode, seed=3), run.clock, run.services.listener())
    for is_right in right:
        run.clock.advance(7)
        item = attempt.item
        keys = set(item.shown_keys)
        shown = sorted(keys) if is_right else [next(i for i in range(len(item.choice_order)) if i not in keys)]
        for position in shown:
            attempt.select(position)
        if mode is Mode.PRACTICE:
            attempt.confirm()
        attempt.next()
    if finish:
        attempt.finish()
    else:
        attempt.suspend()


def answer_by_keys(run: AppRun, *, right: bool) -> None:
    """Press the digits of the right choices (or of one wrong one), then Enter; in practice the
    reasoning shows and a second Enter goes on."""
    run.clock.advance(6)
    item = run.attempt().item
    keys = set(item.shown_keys)
    shown = sorted(keys) if right else [next(i for i in range(len(item.choice_order)) if i not in keys)]
    for position in shown:
        press(Qt.Key(Qt.Key.Key_1 + position))
    press(Qt.Key.Key_Return)
    if run.attempt().mode is Mode.PRACTICE:
        press(Qt.Key.Key_Return)


def look_at_quiz_dialog(tour: PseudoTour, name: str, what: str, key: Qt.Key) -> None:
    """The quiz's own window-modal question (submit, leave): look, then answer with ``key``."""
    quiz = tour.run.quiz

    def shown() -> bool:
        box = quiz.open_dialog()
        return box is not None and box.isVisible()

    tour.qtbot.waitUntil(shown)
    box = quiz.open_dialog()
    assert box is not None and box.objectName() == name
    tour.look_at_dialog(what, box)
    press(key, to=box.focusWidget() or box)
    tour.qtbot.waitUntil(lambda: quiz.open_dialog() is None)


def opened(tour: PseudoTour, kind: type[QDialog]) -> QDialog:
    """A dialog the window opened with ``open()`` (not blocking)."""
    found: list[QDialog] = []

    def there() -> bool:
        found[:] = [d for d in tour.run.window.findChildren(kind) if d.isVisible()]
        return bool(found)

    tour.qtbot.waitUntil(there)
    return found[0]


def is_box(widget: QWidget) -> bool:
    return isinstance(widget, QMessageBox)


def is_dialog(widget: QWidget) -> bool:
    return isinstance(widget, QDialog)
