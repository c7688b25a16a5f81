"""The whole application on a temporary data folder, driven the way a user drives it.

``launch`` builds the services and the window exactly as ``ptquiz_gui.app.run_gui`` does
(settings file, theme, history file, notices), minus the single-instance check and the
event loop, which pytest-qt provides; the application's look is restored afterwards.
Keys go to whichever widget has the focus, as they would from a keyboard. Dialogs
opened with ``exec()`` block the call that opened them, so ``DialogDriver`` answers
them from a timer inside that nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ptquiz_gui.app import open_history, prepare_window, show_start_notices
from ptquiz_gui.app_services import Services
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.paths import DataPaths, data_paths
from ptquiz_gui.settings import Settings
from ptquiz_gui.views.main_window import MainWindow
from ptquiz_gui.views.quiz.quiz_page import QuizPage
from ptquiz_gui.views.quiz.session import QuizSession


@dataclass
class AppRun:
    """One running window and what it was built on."""

    window: MainWindow
    services: Services
    clock: FakeClock

    @property
    def paths(self) -> DataPaths:
        return self.services.paths

    @property
    def quiz(self) -> QuizPage:
        return self.window.quiz_page

    def session(self) -> QuizSession:
        session = self.window.quiz_page.session
        assert session is not None, "no attempt is running"
        return session

    def attempt(self) -> Attempt:
        return self.session().attempt

    def shown(self) -> QWidget | None:
        return self.window.stack.currentWidget()


@dataclass
class Launcher:
    """Opens windows for one test and closes them (and their history files) afterwards."""

    qtbot: QtBot
    runs: list[AppRun] = field(default_factory=list)

    def __call__(
        self, data_dir: Path, clock: FakeClock | None = None, settings: Settings | None = None
    ) -> AppRun:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window, services = prepare_window(app, data_paths(data_dir), clock or FakeClock(), settings)
        assert isinstance(services.clock, FakeClock)
        run = AppRun(window, services, services.clock)
        self.runs.append(run)
        window.show()
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        open_history(window, services)
        show_start_notices(window, services)
        return run

    def close(self, run: AppRun) -> None:
        """Quit this window as the user would (an attempt still running stays resumable)."""
        if run in self.runs:
            self.runs.remove(run)
            run.window.close()
            run.window.jobs.wait_for_all()  # as run_gui does: no job outlives the history
            run.services.close()
            run.window.deleteLater()

    def close_all(self) -> None:
        for run in list(self.runs):
            self.close(run)


def launcher_for(qtbot: QtBot) -> Iterator[Launcher]:
    """Body of the ``launch`` fixture, and restores the application's look afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = (app.palette(), QFont(app.font()), app.styleSheet(), app.style().name())
    launcher = Launcher(qtbot)
    try:
        yield launcher
    finally:
        launcher.close_all()
        palette, font, sheet, style = look
        app.setStyle(style)
        app.setPalette(QPalette(palette))
        app.setFont(font)
        app.setStyleSheet(sheet)


# --- keyboard ------------------------------------------------------------------------------


def focused() -> QWidget:
    """The widget keys go to now.

    Pending events are delivered first, as they are before a person's next key. When a
    dialog has closed, a window manager hands the activation back to the window below;
    the offscreen platform has none, so this does it.
    """
    QApplication.processEvents()
    active = QApplication.activeWindow()
    if active is None or not active.isVisible():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if len(windows) == 1:
            windows[0].activateWindow()
            QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, *, to: QWidget | None = None) -> None:
    """Press ``key`` on the focused widget (or ``to``), as a keyboard would."""
    QTest.keyClick(to if to is not None else focused(), key, modifier)


def type_text(text: str, *, to: QWidget | None = None) -> None:
    QTest.keyClicks(to if to is not None else focused(), text)


# --- modal dialogs -------------------------------------------------------------------------

Match = Callable[[QWidget], bool]
Act = Callable[[QWidget], None]


def named(name: str) -> Match:
    return lambda w: w.objectName() == name


def titled(title: str) -> Match:
    return lambda w: w.windowTitle() == title


def dialog_text(widget: QWidget) -> str:
    """Everything a message box says, or a dialog's title and its labels for other dialogs."""
    if isinstance(widget, QMessageBox):
        return f"{widget.windowTitle()}\n{widget.text()}\n{widget.informativeText()}"
    labels = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    return "\n".join([widget.windowTitle(), *labels])


@dataclass
class Step:
    match: Match
    act: Act
    seen: QWidget | None = None
    text: str = ""


class DialogDriver:
    """Answers modal dialogs in order while the code under test waits in ``exec()``.

    Each step names the dialog it expects and what the user does in it. A modal dialog
    that matches no step is closed with Esc and reported, so a test fails instead of
    hanging. Use as a context manager around the call that opens the dialogs; leaving it
    waits for the expected dialogs (a button's mnemonic clicks it a moment after the key)
    and checks that every one was seen.
    """

    def __init__(self, qtbot: QtBot, *steps: tuple[Match, Act]) -> None:
        self.qtbot = qtbot
        self.steps = [Step(m, a) for m, a in steps]
        self.unexpected: list[str] = []
        self._handled: list[QWidget] = []
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._poll)

    def __enter__(self) -> DialogDriver:
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._timer.stop()
            return
        try:
            self.qtbot.waitUntil(lambda: bool(self.unexpected) or all(s.seen for s in self.steps))
            self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        finally:
            self._timer.stop()
        assert self.unexpected == [], f"unexpected dialogs: {self.unexpected}"
        missing = [i for i, s in enumerate(self.steps) if s.seen is None]
        assert missing == [], f"expected dialog step(s) {missing} never appeared"

    def text(self, step: int = 0) -> str:
        return self.steps[step].text

    def dialog(self, step: int = 0) -> QWidget:
        seen = self.steps[step].seen
        assert seen is not None
        return seen

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or any(widget is h for h in self._handled):
            return
        self._handled.append(widget)
        step = next((s for s in self.steps if s.seen is None), None)
        if step is None or not step.match(widget):
            self.unexpected.append(f"{type(widget).__name__} {widget.objectName()!r}: {dialog_text(widget)}")
            if isinstance(widget, QDialog):
                widget.reject()
            return
        step.seen = widget
        step.text = dialog_text(widget)
        step.act(widget)


def keys(*presses: Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier]) -> Act:
    """A dialog step that presses ``presses`` (keys, or (key, modifier) pairs) in order,
    each on the dialog's focused widget."""

    def act(dialog: QWidget) -> None:
        if QApplication.activeWindow() is not dialog:  # as a window manager would; offscreen has none
            dialog.activateWindow()
            QApplication.processEvents()
        for p in presses:
            target = QApplication.focusWidget()
            if target is None or target.window() is not dialog:
                target = dialog
            key, modifier = p if isinstance(p, tuple) else (p, NO_MODIFIER)
            press(key, modifier, to=target)

    return act


# --- answering -----------------------------------------------------------------------------


def choice_key(shown: int) -> Qt.Key:
    """The digit key that chooses the choice shown at ``shown`` (0-based)."""
    return Qt.Key(Qt.Key.Key_1 + shown)


def pick(run: AppRun, *, right: bool) -> int:
    """Press the digit of the right answer (or of a wrong one) for the current question.

    Returns the shown position chosen. The test plays a user who knows the key.
    """
    item = run.attempt().item
    shown = item.shown_key if right else (item.shown_key + 1) % len(item.choice_order)
    press(choice_key(shown))
    return shown


def answer_practice(run: AppRun, *, right: bool, seconds: float = 5) -> None:
    """Choose, Enter to check (the reasoning shows), then Enter to go on."""
    run.clock.advance(seconds)
    pick(run, right=right)
    press(Qt.Key.Key_Return)
    assert run.quiz.reasoning_panel.isVisible()
    verdict = run.quiz.reasoning_panel.verdict_label.text()
    assert verdict == ("✓ Correct" if right else "✗ Not quite")
    press(Qt.Key.Key_Return)


def answer_exam(run: AppRun, *, right: bool, seconds: float = 5) -> None:
    """Choose, then Enter to move on (nothing is revealed in an exam)."""
    run.clock.advance(seconds)
    pick(run, right=right)
    assert not run.quiz.reasoning_panel.isVisible()
    press(Qt.Key.Key_Return)


def confirm_quiz_dialog(qtbot: QtBot, run: AppRun, name: str) -> str:
    """Wait for the quiz's own (non-blocking) submit/leave dialog, press Enter; returns its text."""

    def dialog_open() -> bool:
        box = run.quiz.open_dialog()
        return box is not None and box.isVisible()

    qtbot.waitUntil(dialog_open)
    box = run.quiz.open_dialog()
    assert box is not None and box.objectName() == name
    text = dialog_text(box)
    press(Qt.Key.Key_Return, to=box.focusWidget() or box)
    qtbot.waitUntil(lambda: run.quiz.open_dialog() is None)
    return text
