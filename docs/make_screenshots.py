"""Render the README screenshots from the real window, offscreen, on a throwaway data folder.

    .venv/bin/python docs/make_screenshots.py      (or: make screenshots)

Writes docs/screenshots/*.png at 1180×780: the library, a question with a code block,
the reasoning after a wrong practice answer, a multiple-answer question after checking
(from a demo bank built here; the bundled banks have none), an exam's results, the History
screen, the library and a question in the dark theme, and the results and a question in
German. A fixed clock, seeds and time zone
keep the pictures the same from run to run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "UTC"
time.tzset()

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ptquiz_gui.app import build_window, create_application  # noqa: E402
from ptquiz_gui.app_services import Services, build_services  # noqa: E402
from ptquiz_gui.domain.attempt import Attempt  # noqa: E402
from ptquiz_gui.domain.clock import FakeClock  # noqa: E402
from ptquiz_gui.domain.loader import load_bank_bytes  # noqa: E402
from ptquiz_gui.domain.model import Bank  # noqa: E402
from ptquiz_gui.domain.plan import Mode, plan_for_bank  # noqa: E402
from ptquiz_gui.paths import data_paths  # noqa: E402
from ptquiz_gui.settings import Settings, Theme  # noqa: E402
from ptquiz_gui.views.language import Translations  # noqa: E402
from ptquiz_gui.views.main_window import MainWindow  # noqa: E402
from ptquiz_gui.views.quiz.session import QuizSession  # noqa: E402
from ptquiz_gui.views.theme import apply_theme  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = QSize(1180, 780)
SMALL_SIZE = QSize(1024, 600 - 48)  # the window on a 1024×600 screen, below a title bar
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# (bank, mode, how many right out of 10, days after START): a few weeks of practice.
PAST_ATTEMPTS = [
    ("pytorch-01", Mode.PRACTICE, 6, 0),
    ("pytorch-01", Mode.EXAM, 7, 2),
    ("pytorch-02", Mode.PRACTICE, 5, 3),
    ("pytorch-01", Mode.EXAM, 9, 6),
    ("pytorch-03", Mode.EXAM, 6, 8),
    ("pytorch-02", Mode.EXAM, 8, 10),
    ("pytorch-04", Mode.PRACTICE, 7, 12),
    ("pytorch-03", Mode.EXAM, 8, 15),
]
CODE_QUESTION = ("pytorch-01", "q10-broadcasting")
MULTIPLE_ANSWER_BANK = b"""\
format: 1
id: demo-training-loop
title: "Demo: the training loop"
scoring: partial
questions:
  - id: every-step
    topic: training loop
    prompt: Which of these calls belong in every training step of a plain PyTorch loop?
    choices:
      - optimizer.zero_grad()
      - loss.backward()
      - optimizer.step()
      - model.eval()
      - torch.manual_seed(0)
    answer: [0, 1, 2]
    choose: 3
    explanation: |
      Each step clears the old gradients, computes new ones with `loss.backward()` and
      updates the weights with `optimizer.step()`. `model.eval()` switches to evaluation
      behaviour (dropout off), and seeding belongs once, before training.
"""
WRONG_QUESTION = ("pytorch-01", "q06-elementwise-arithmetic")


def settle() -> None:
    """Let layouts, deferred scrolls and repaints happen before a picture is taken."""
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / name
    # quality 0 asks Qt's PNG writer for its strongest compression
    if not widget.grab().save(str(path), "PNG", 0):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(OUT.parent.parent)} ({path.stat().st_size // 1024} KB)")


def bank(services: Services, bank_id: str) -> Bank:
    found = services.library.bank(bank_id)
    if found is None:
        raise SystemExit(f"the bundled bank {bank_id} is missing")
    return found


def past_attempts(services: Services, clock: FakeClock) -> None:
    """Finished attempts through the engine and the real history store."""
    for seed, (bank_id, mode, right, days) in enumerate(PAST_ATTEMPTS, start=1):
        clock.advance((START + timedelta(days=days, hours=seed % 3) - clock.now()).total_seconds())
        attempt = Attempt(plan_for_bank(bank(services, bank_id), mode, seed=seed), clock, services.listener())
        for position in range(attempt.size):
            attempt.go_to(position)
            clock.advance(15 + (7 * position + 11 * seed) % 40)
            item = attempt.item
            shown = item.shown_key if position < right else (item.shown_key + 1) % len(item.choice_order)
            attempt.select(shown)
            attempt.confirm()
        attempt.finish()
    clock.advance(2 * 24 * 3600)  # two days on: some missed questions are due for review


def practice_at(window: MainWindow, bank_id: str, question_id: str) -> QuizSession:
    """A practice of ``bank_id`` in file order, a few questions answered, now at ``question_id``."""
    target = bank(window.services, bank_id)
    window.start_plan(plan_for_bank(target, Mode.PRACTICE, seed=7, shuffle=False))
    session = window.quiz_page.session
    assert session is not None
    clock = window.services.clock
    assert isinstance(clock, FakeClock)
    position = [q.id for q in target.questions].index(question_id)
    for earlier in range(min(position, 4)):
        session.go_to(earlier)
        clock.advance(38 + 9 * earlier)
        item = session.attempt.item
        right = earlier != 2
        session.select(item.shown_key if right else (item.shown_key + 1) % len(item.choice_order))
        session.confirm()
    session.go_to(position)
    clock.advance(27)
    session.tick()
    return session


def library_shots(window: MainWindow, suffix: str) -> None:
    window.show_library()
    page = window.library_page
    page.select_row(0)
    page.view.setFocus()
    save(window, f"library{suffix}.png")


def question_shots(window: MainWindow, suffix: str) -> None:
    session = practice_at(window, *CODE_QUESTION)
    session.select(1)
    save(window, f"question{suffix}.png")
    session.leave()


def reasoning_shot(window: MainWindow, suffix: str = "") -> None:
    session = practice_at(window, *WRONG_QUESTION)
    item = session.attempt.item
    session.select((item.shown_key + 1) % len(item.choice_order))
    session.confirm()
    save(window, f"reasoning{suffix}.png")
    session.leave()


def multiple_answer_shot(window: MainWindow) -> None:
    """Two of three keys and one wrong choice ticked, then checked: partly right, every choice marked."""
    demo = load_bank_bytes(MULTIPLE_ANSWER_BANK, "demo-training-loop.yaml")
    window.start_plan(plan_for_bank(demo, Mode.PRACTICE, seed=7, shuffle=False))
    session = window.quiz_page.session
    assert session is not None
    clock = window.services.clock
    assert isinstance(clock, FakeClock)
    for shown in (0, 1, 3):
        clock.advance(6)
        session.select(shown)
    session.confirm()
    session.tick()
    save(window, "multiple-answer.png")
    session.leave()


def results_shot(window: MainWindow, suffix: str = "") -> None:
    clock = window.services.clock
    assert isinstance(clock, FakeClock)
    window.start_plan(plan_for_bank(bank(window.services, "pytorch-02"), Mode.EXAM, seed=11))
    session = window.quiz_page.session
    assert session is not None
    wrong, unanswered, flagged = {1, 6}, {8}, {1, 4}
    for position in range(session.attempt.size):
        session.go_to(position)
        clock.advance(35 + 9 * (position % 3))
        if position in flagged:
            session.toggle_flag()
        if position in unanswered:
            continue
        item = session.attempt.item
        pick = (item.shown_key + 1) % len(item.choice_order) if position in wrong else item.shown_key
        session.select(pick)
    session.finish()
    save(window, f"results{suffix}.png")
    window.show_library()


def history_shot(window: MainWindow) -> None:
    try:
        import ptquiz_gui.views.history.history_page  # noqa: F401
    except ImportError as exc:
        print(f"skipped history.png: the History screen cannot be imported yet ({exc})")
        return
    window.show_history()
    save(window, "history.png")
    window.show_library()


def open_window(services: Services) -> MainWindow:
    window = build_window(services)
    window.resize(SIZE)
    window.show()
    window.activateWindow()
    window.reload_banks()
    settle()
    return window


def german_shots(app: QApplication, translations: Translations, services: Services) -> None:
    """The results and a question in German: every screen is built in one language."""
    translations.install(app, "de")
    window = open_window(services)
    results_shot(window, "-de")
    question_shots(window, "-de")
    window.close()
    translations.install(app, "en")


def main() -> int:
    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    translations.install(app, "en")
    with tempfile.TemporaryDirectory(prefix="ptquiz-demo-") as folder:
        clock = FakeClock(START)
        settings = Settings(theme=Theme.LIGHT, shuffle=False)
        apply_theme(app, settings.theme, settings.font_scale)
        services = build_services(data_paths(Path(folder) / "ptquiz"), clock, settings)
        past_attempts(services, clock)
        window = open_window(services)

        library_shots(window, "")
        results_shot(window)
        history_shot(window)
        question_shots(window, "")
        reasoning_shot(window)
        multiple_answer_shot(window)

        apply_theme(app, Theme.DARK, settings.font_scale)
        library_shots(window, "-dark")
        question_shots(window, "-dark")

        apply_theme(app, Theme.LIGHT, settings.font_scale)  # a small laptop screen
        window.resize(SMALL_SIZE)
        settle()
        reasoning_shot(window, "-1024x600")
        window.close()

        german_shots(app, translations, services)
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
