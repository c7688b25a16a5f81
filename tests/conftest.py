"""Test configuration: Qt runs offscreen and no test ever sees the real user folder."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from app_fixtures import AppRun, Launcher
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# A session-wide fallback, so that even a test that forgets the fixture writes nowhere real.
_SESSION_DATA = tempfile.mkdtemp(prefix="ptquiz-test-data-")
os.environ["PTQUIZ_DATA_DIR"] = _SESSION_DATA
os.environ["XDG_DATA_HOME"] = os.path.join(_SESSION_DATA, "xdg-data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SESSION_DATA, "xdg-config")

# The window speaks English in tests whatever the machine's locale; language tests change it.
os.environ["PTQUIZ_LANGUAGE"] = "en"

REPO_ROOT = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run, so that CI passes or fails on the code,
# never on luck; `make fuzz` draws new ones each time (PTQUIZ_HYPOTHESIS=explore) and keeps
# what fails in .hypothesis/ to try first next time.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("PTQUIZ_HYPOTHESIS", "repeatable"))


@pytest.fixture(autouse=True)
def _plain_display() -> Iterator[None]:
    """The command line's English formats after every test, whatever language a window loaded."""
    yield
    from ptquiz_gui.domain import display

    display.use_locale(display.PLAIN)
    if "PySide6.QtCore" in sys.modules:  # a window's translators would outlive it in the one QApplication
        import shiboken6
        from PySide6.QtCore import QCoreApplication, QTranslator

        # Deleted here and now: a translator handed to Python would be destroyed whenever a later
        # garbage collection ran, and its destructor takes the lock that QCoreApplication.translate
        # holds while it calls a Python translator, so a collection inside one hung the run.
        qt_app = QCoreApplication.instance()
        if qt_app is not None:
            for translator in qt_app.findChildren(QTranslator):
                qt_app.removeTranslator(translator)
                shiboken6.delete(translator)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty user data folder for one test."""
    root = tmp_path / "data"
    root.mkdir()
    monkeypatch.setenv("PTQUIZ_DATA_DIR", str(root))
    yield root


@pytest.fixture
def bundled_dir() -> Path:
    return REPO_ROOT / "quizzes"


@pytest.fixture
def launch(qtbot: QtBot) -> Iterator[Launcher]:
    """Starts the real app window on a data folder; closes and restores everything after."""
    from app_fixtures import launcher_for  # imports Qt: after the environment above is set

    yield from launcher_for(qtbot)


@pytest.fixture
def app(launch: Launcher, data_dir: Path) -> AppRun:
    """The app, started on this test's empty data folder."""
    return launch(data_dir)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English as the window loads it: its catalogue holds the singulars ("1 question", not "1 questions")."""
    from ptquiz_gui.views.language import Translations

    translations = Translations()
    translations.install(qapp, "en")
    yield
    translations.uninstall(qapp)


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's catalogues, compiled from the committed ``.ts`` files (not the built ``.qm``)."""
    from helpers.catalogues import compile_all

    return compile_all(tmp_path_factory.mktemp("qm"))
