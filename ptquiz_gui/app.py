"""Composition root: builds the services, the window and the application, and wires them.

Nothing in ptquiz reaches for a global; everything a screen needs is handed to it here.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QApplication

from ptquiz_gui import APP_DISPLAY_NAME, APP_NAME, __version__
from ptquiz_gui.app_services import Services, build_services
from ptquiz_gui.domain.clock import Clock, SystemClock
from ptquiz_gui.instance_lock import Claim, InstanceLock
from ptquiz_gui.paths import DataPaths, data_paths, resource
from ptquiz_gui.settings import Settings, load_settings, save_settings
from ptquiz_gui.views.first_paint import after_first_paint
from ptquiz_gui.views.language import Translations, chosen_language
from ptquiz_gui.views.main_window import MainWindow
from ptquiz_gui.views.startup_probe import watch_first_paint
from ptquiz_gui.views.theme import FRESH_STYLE_PROPERTY, STYLE, apply_theme

if TYPE_CHECKING:
    from ptquiz_gui.domain.start_request import StartRequest
    from ptquiz_gui.views.single_instance import Handed
    from ptquiz_gui.views.termination import Termination


class SettingsWriter(QObject):
    """Saves settings whenever the window changes them (a failure is shown, never raised) and
    hands them to the services."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._paths = services.paths
        window.settings_changed.connect(self.save)

    @Slot(object)
    def save(self, settings: Settings) -> None:
        # A history opened later (after the start-up migration) uses the retention chosen now.
        self._services.settings = settings
        try:
            save_settings(self._paths.settings_file, settings)
        except OSError as exc:
            failed = self.tr("Could not save settings to {path}: {reason}").format(
                path=self._paths.settings_file, reason=exc.strerror or exc
            )
            self._window.statusBar().showMessage(failed, 10_000)


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication([*sys.argv[:1], "-style", STYLE, *sys.argv[1:]])
        app.setProperty(FRESH_STYLE_PROPERTY, True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ptquiz")
    return app


def set_window_icon(app: QApplication) -> None:
    """Called once the window is up: QIcon's Python type (with its 151-member ``ThemeIcon``)
    and the SVG drawn at the four sizes X11 asks for cost a start about 14M instructions."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource("icons/ptquiz.svg"))))


def build_window(services: Services, *, details_now: bool = True) -> MainWindow:
    window = MainWindow(services, details_now=details_now)
    SettingsWriter(window, services)
    if services.history_open:
        window.attach_history()
    return window


def prepare_window(
    app: QApplication,
    paths: DataPaths,
    clock: Clock,
    settings: Settings | None = None,
    *,
    details_now: bool = True,
) -> tuple[MainWindow, Services]:
    """Everything the first paint needs: settings, theme, banks and the library window.

    The history is not opened here; ``open_history`` does that once the window is up. With
    ``details_now=False`` the library's details pane is left for ``library_page.add_details()``.
    """
    loaded = load_settings(paths.settings_file)
    chosen = settings or loaded.settings
    translations = Translations()
    translations.install(app, chosen_language(chosen.language))
    apply_theme(app, chosen.theme, chosen.font_scale)
    services = build_services(paths, clock, chosen, open_history=False)
    if loaded.notice:
        services.notices.insert(0, loaded.notice)
    window = build_window(services, details_now=details_now)
    window.translations = translations  # the language menu shows what was loaded
    return window, services


def open_history(window: MainWindow, services: Services) -> None:
    services.open_history()
    window.attach_history()


def show_start_notices(window: MainWindow, services: Services) -> None:
    if services.recovery is not None:
        window.storage.show_recovery(services.notices)
    elif services.notices:
        window.banner.show_message("\n".join(services.notices))
    services.notices.clear()


def open_start_request(window: MainWindow, services: Services, request: StartRequest) -> bool:
    del services  # the window opens it from the banks it shows
    return window.open_request(request)


def start_daily_backup(window: MainWindow, services: Services) -> None:
    if services.history.recorder.is_in_memory:
        return
    from ptquiz_gui.views.daily_backup import DailyBackup

    backup = DailyBackup(window)
    backup.failed.connect(window.storage.show_storage_error)
    backup.start(window.jobs.runner, services.paths, services.clock.now())


def after_first_show(window: MainWindow, services: Services, request: StartRequest | None) -> None:
    services.save_bank_cache()
    window.lint_user_banks()
    from ptquiz_gui.views.history_upgrade import start_upgrade

    def with_history() -> None:
        after_history_upgrade(window, services, request)

    # A large history from before FSRS is migrated on a worker first (progress in the status bar),
    # its cards due at the student's desired retention.
    retention = services.settings.desired_retention
    if not services.may_write_history() or not start_upgrade(
        window.jobs.runner, services.paths.history_db, with_history, desired_retention=retention
    ):
        with_history()


def after_history_upgrade(window: MainWindow, services: Services, request: StartRequest | None) -> None:
    open_history(window, services)
    start_daily_backup(window, services)
    show_start_notices(window, services)
    if request is not None:
        open_start_request(window, services, request)
        return
    window.resumer.offer_at_start()


# How long a start waits for the ptquiz that owns the data folder to answer or exit. The
# owner opens its socket only after its first paint, which a slow disk or a folder of many
# large banks can delay by several seconds.
OWNER_PATIENCE_S = 30.0
_OWNER_POLL_S = 0.5


def settle_claim(
    lock: InstanceLock, paths: DataPaths, claim: Claim, request: StartRequest | None = None
) -> Claim | Handed:
    """Who owns the data folder, once any other ptquiz has had its chance to answer.

    A ``Handed``: another ptquiz owns it and was asked to come forward (and, with
    ``request``, handed it). ``OWNED``: this process holds the lock (the owner may have
    exited while we waited). ``TAKEN``: the owner held on to the lock and never answered;
    this start must not open anything. ``UNKNOWN``: no lock can be taken here, and nobody
    answered.
    """
    if claim is Claim.OWNED:
        return claim
    from ptquiz_gui.views.single_instance import Handed, hand_to_running_instance

    if claim is Claim.UNKNOWN:
        handed = hand_to_running_instance(paths.ipc_name, request)
        return claim if handed is Handed.NOBODY else handed
    deadline = time.monotonic() + OWNER_PATIENCE_S
    told = False
    while True:
        handed = hand_to_running_instance(paths.ipc_name, request, patience_s=_OWNER_POLL_S)
        if handed is not Handed.NOBODY:
            return handed
        if lock.claim() is Claim.OWNED:
            return Claim.OWNED
        if time.monotonic() >= deadline:
            return Claim.TAKEN
        if not told:
            print(
                f"{APP_DISPLAY_NAME} is already running for {paths.root}; waiting for it to answer…",
                file=sys.stderr,
                flush=True,
            )
            told = True


def what_the_owner_was_told(paths: DataPaths, handed: Handed, request: StartRequest | None) -> str:
    """The line a later start prints before it exits: what it asked the running ptquiz."""
    from ptquiz_gui.domain.start_request import asked_for
    from ptquiz_gui.views.single_instance import Handed

    running = f"{APP_DISPLAY_NAME} is already running for {paths.root}"
    if request is None:
        return f"{running}; brought it to the front."
    asked = asked_for(request)
    if handed is Handed.RECEIVED:
        return f"{running}; handed it {asked} to open (it asks first if an attempt is running there)."
    return f"{running}; sent it {asked}, but it did not confirm receiving it."


def owner_not_answering(paths: DataPaths) -> str:
    """Why this start did not open, in the language installed (none yet: English, for stderr)."""
    return QCoreApplication.translate(
        "app",
        "{app} is already running for {folder}, but it has not answered for {seconds} seconds. Only one "
        "{app} at a time may use a data folder, so this one did not open. Switch to the running one, or "
        "close it (end it if it is stuck), and start again.",
    ).format(app=APP_DISPLAY_NAME, folder=paths.root, seconds=f"{OWNER_PATIENCE_S:.0f}")


def listen_for_later_starts(window: MainWindow, paths: DataPaths) -> None:
    from ptquiz_gui.views.single_instance import InstanceServer

    server = InstanceServer(paths.ipc_name, window)
    server.focus_requested.connect(window.focus_window)
    server.start_requested.connect(window.open_later_request)


def no_display() -> bool:
    """Linux with neither an X11 nor a Wayland display to open a window on (a shell over SSH,
    cron), and no Qt platform chosen that needs none: Qt would abort on creating the app."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return False
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")


def _without_a_display(
    lock: InstanceLock, paths: DataPaths, claim: Claim, request: StartRequest | None
) -> int:
    """A ptquiz already running on the folder (on a display) is handed the request; else say why
    no window opens."""
    settled = settle_claim(lock, paths, claim, request) if claim is not Claim.OWNED else claim
    if not isinstance(settled, Claim):
        print(what_the_owner_was_told(paths, settled, request))
        return 0
    lock.release()
    print(
        f"ptquiz: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        f"set); start {APP_DISPLAY_NAME} from the desktop, or set DISPLAY.",
        file=sys.stderr,
    )
    return 1


def run_gui(data_dir: str | None, request: StartRequest | None = None, clock: Clock | None = None) -> int:
    paths = data_paths(data_dir)
    lock = InstanceLock(paths.instance_lock_file)
    claim = lock.claim()
    if no_display():
        return _without_a_display(lock, paths, claim, request)
    app = create_application()
    settled = settle_claim(lock, paths, claim, request)
    if not isinstance(settled, Claim):
        print(what_the_owner_was_told(paths, settled, request))
        return 0
    if settled is Claim.TAKEN:
        print(owner_not_answering(paths), file=sys.stderr, flush=True)  # no language installed yet
        Translations().install(app, chosen_language(load_settings(paths.settings_file).settings.language))
        from PySide6.QtWidgets import QMessageBox

        from ptquiz_gui.views.plain_message import plain_box

        set_window_icon(app)
        refusal = plain_box(None, QMessageBox.Icon.Warning, APP_DISPLAY_NAME, owner_not_answering(paths))
        refusal.setStandardButtons(QMessageBox.StandardButton.Ok)
        refusal.exec()
        return 1
    # The list of banks is painted first; its details pane follows at once, in the next turn
    # of the event loop (a few hundredths of a second: its Markdown view and their Qt types).
    window, services = prepare_window(app, paths, clock or SystemClock(), details_now=False)
    # Only the lock's holder writes the history; without a lock (UNKNOWN) it stays in memory.
    services.may_write_history = lock.holds

    terminations: list[Termination] = []

    def after_paint() -> None:
        from ptquiz_gui.views.termination import Termination

        window.library_page.add_details()
        set_window_icon(app)
        # SIGTERM, SIGHUP, Ctrl+C: save, or export, and close. Installed after the first paint
        # (its socket and thread cost the start a few ms); until then nothing is open to save.
        terminations.append(Termination(window))
        listen_for_later_starts(window, paths)
        after_first_show(window, services, request)

    after_first_paint(window, after_paint)
    watch_first_paint(window)  # last: its report must come before the work queued above
    window.show()
    code = app.exec()
    for termination in terminations:
        termination.uninstall()
    window.jobs.wait_for_all()  # a job still running (the desktop session ended) finishes first
    services.close()
    lock.release()
    return code
