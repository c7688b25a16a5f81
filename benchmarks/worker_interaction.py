"""Worker: answer every bundled question by keyboard in practice and time each step to its paint.

    python benchmarks/worker_interaction.py FOLDER   (an empty data folder)

The quiz screen runs in a window of the app's size, with the app's theme and a real
history store as the attempt's listener (each confirmed answer is committed to disk, as
in the app). Keys go to the focused widget. First pass, for every question: key ``1``
then Enter (choose, check), then everything they caused is laid out and painted; the
clock stops when the reasoning panel has been painted. Second pass: the same keys one at
a time, each followed by its own paint. Enter again moves to the next question (timed
too). Baseline: the same window repainted with nothing changed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from qt_probe import PaintCounter, settle
from report import emit

from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import SystemClock
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import bundled_banks_dir
from ptquiz_gui.settings import Settings
from ptquiz_gui.storage.history import History
from ptquiz_gui.views.quiz.quiz_page import QuizPage
from ptquiz_gui.views.quiz.session import QuizSession
from ptquiz_gui.views.theme import apply_theme

WINDOW_SIZE = (1180, 780)


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def press(app: QApplication, key: Qt.Key, page: QWidget) -> None:
    target = app.focusWidget() or page
    QTest.keyClick(target, key)


def main(folder: Path) -> None:
    app = QApplication([sys.argv[0]])
    settings = Settings()
    apply_theme(app, settings.theme, settings.font_scale)
    clock = SystemClock()
    store = History.open(folder / "history.sqlite3", clock=clock)
    library = load_library(bundled_banks_dir(), folder / "banks")

    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    page = QuizPage()
    window.setCentralWidget(page)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    settle(app)

    choice_list = page.findChild(QWidget, "choice_list")
    reasoning = page.findChild(QWidget, "reasoning_panel")
    prompt = page.findChild(QWidget, "prompt_view")
    if choice_list is None or reasoning is None or prompt is None:
        raise SystemExit("the quiz page has no 'choice_list', 'reasoning_panel' or 'prompt_view'")
    choice_painted = PaintCounter(choice_list)
    reasoning_painted = PaintCounter(reasoning)
    prompt_painted = PaintCounter(prompt)

    samples: dict[str, list[float]] = {
        name: [] for name in ("answer", "answer_cpu", "choose", "check", "next", "repaint")
    }
    for together in (True, False):
        for seed, bank in enumerate(library.banks):
            attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=seed), clock, store.recorder)
            session = QuizSession(attempt, window)
            page.start(session)
            settle(app, prompt_painted)
            for position in range(attempt.size):
                if together:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    press(app, Qt.Key.Key_1, page)
                    press(app, Qt.Key.Key_Return, page)
                    settle(app, reasoning_painted)
                    samples["answer"].append(ms_since(started))
                    samples["answer_cpu"].append((time.process_time() - cpu_started) * 1000)
                else:
                    started = time.perf_counter()
                    press(app, Qt.Key.Key_1, page)
                    settle(app, choice_painted)
                    samples["choose"].append(ms_since(started))
                    started = time.perf_counter()
                    press(app, Qt.Key.Key_Return, page)
                    settle(app, reasoning_painted)
                    samples["check"].append(ms_since(started))
                if not (attempt.is_committed(position) and reasoning.isVisible()):
                    raise SystemExit(f"question {position + 1} of {bank.id}: no answer or no reasoning shown")
                started = time.perf_counter()
                window.repaint()
                samples["repaint"].append(ms_since(started))
                if position < attempt.size - 1:
                    started = time.perf_counter()
                    press(app, Qt.Key.Key_Return, page)
                    settle(app, prompt_painted)
                    samples["next"].append(ms_since(started))
                    if attempt.current != position + 1:
                        raise SystemExit(f"Enter did not move past question {position + 1} of {bank.id}")
            session.leave()
    if store.recorder.pending_count:
        raise SystemExit(f"{store.recorder.pending_count} answers were not saved")
    store.close()
    emit({f"{name}_ms": values for name, values in samples.items()} | {"questions": len(samples["answer"])})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
