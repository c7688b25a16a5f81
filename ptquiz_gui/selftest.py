"""``ptquiz --self-test``: prove an installation works end to end, without showing a window.

Loads every bundled bank, opens a history database in a temporary data folder, builds the
main window offscreen, runs one attempt through the engine and records it, renders one
question, and prints one line. Exit 0 when all of that worked, 1 with the reason otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

from ptquiz_gui import __version__
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.paths import bundled_banks_dir, data_paths


class SelfTestFailure(Exception):
    pass


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _run(tmp: str) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # whatever the session names: it needs no display
    paths = data_paths(tmp)
    library = load_library(bundled_banks_dir(), paths.banks_dir)
    _check(not library.problems, "bundled banks have problems: " + "; ".join(map(str, library.problems[:3])))
    _check(bool(library.banks), f"no bundled banks found in {bundled_banks_dir()}")
    questions = sum(len(b.questions) for b in library.banks)
    _check_reader_process(library.banks[0].path, len(library.banks[0].questions))

    from ptquiz_gui.app import build_window, create_application
    from ptquiz_gui.app_services import build_services
    from ptquiz_gui.domain.attempt import Attempt
    from ptquiz_gui.domain.clock import SystemClock
    from ptquiz_gui.domain.plan import Mode, plan_for_bank
    from ptquiz_gui.settings import Settings

    app = create_application()
    services = build_services(paths, SystemClock(), Settings())
    try:
        _check(paths.history_db.exists(), f"history database was not created at {paths.history_db}")
        window = build_window(services)
        window.show()
        app.processEvents()

        bank = library.banks[0]
        attempt = Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=1), services.clock, services.listener())
        for position in range(attempt.size):
            attempt.go_to(position)
            attempt.select(attempt.item.shown_key)
            attempt.confirm()
        result = attempt.finish()
        _check(attempt.attempt_id is not None, "the attempt was not recorded")
        assert attempt.attempt_id is not None
        stored = services.result_of(attempt.attempt_id)
        _check(stored is not None and stored.score == result.total, "the recorded attempt did not read back")

        window.run_attempt(Attempt(plan_for_bank(bank, Mode.EXAM, seed=2), services.clock, None))
        app.processEvents()
        image = window.grab().toImage()
        _check(not image.isNull() and image.width() > 100, "the question did not render")
        window.close()
        return (
            f"ptquiz {__version__} self-test ok: {len(library.banks)} banks, {questions} questions, "
            f"attempt recorded ({result.score}/{result.total}), question rendered "
            f"({image.width()}x{image.height()})"
        )
    finally:
        services.close()


def _check_reader_process(path: Path | None, questions: int) -> None:
    """The import preview reads files in child processes (``import_reading``); one must start,
    which in the built app needs ``freeze_support`` in ``__main__``."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from ptquiz_gui.import_reading import prepare_one

    _check(path is not None, "the first bundled bank has no file")
    assert path is not None
    with ProcessPoolExecutor(1, multiprocessing.get_context("spawn")) as pool:
        read = pool.submit(prepare_one, path).result(timeout=120)
    _check(
        read.question_count == questions and not read.problems,
        f"a reader process read {read.question_count} questions from {path.name}, not {questions}",
    )


def run_self_test() -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="ptquiz-self-test-") as tmp:
            print(_run(tmp))
        return 0
    except SelfTestFailure as exc:
        print(f"ptquiz {__version__} self-test FAILED: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the self-test reports any fault as a failure
        traceback.print_exc(file=sys.stderr)
        print(f"ptquiz {__version__} self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
