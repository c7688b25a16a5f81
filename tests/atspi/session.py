"""ptquiz under Xvfb with its own session D-Bus and AT-SPI bus, read by ``client.py``.

The test's Python (the virtual environment) starts a private ``dbus-daemon``, a private
``Xvfb``, the AT-SPI client under the system Python (the bus launcher and registry are
activated through the session bus when the client first asks for them), then ptquiz on a
temporary data folder with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. Everything it starts is
stopped by process id when the session closes; nothing touches the user's own buses or folders.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from atspi.tree import Node, Tree, parse_tree

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER_PLACES = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
# What CI's .ci/run installs; set there so that a missing piece fails instead of skipping.
REQUIRED_ENV = "PTQUIZ_REQUIRE_ATSPI"


def missing_stack() -> str | None:
    """What of the AT-SPI stack is not installed, named as Debian packages, or None."""
    missing = []
    if shutil.which("Xvfb") is None:
        missing.append("Xvfb (xvfb)")
    if shutil.which("dbus-daemon") is None:
        missing.append("dbus-daemon (dbus)")
    if not any(os.access(p, os.X_OK) for p in BUS_LAUNCHER_PLACES):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    probe = "import gi, pyatspi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        missing.append(f"{SYSTEM_PYTHON} (python3)")
    elif subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode != 0:
        missing.append(f"the AT-SPI client library for {SYSTEM_PYTHON} (python3-pyatspi)")
    try:
        import Xlib.display  # noqa: F401 - gives the window the input focus, as a window manager would
    except ImportError:
        missing.append("python-xlib in the test's environment (make test installs it)")
    return ", ".join(missing) or None


class StepFailed(AssertionError):
    """The walk through the app could not go on: the app or a helper process failed."""


class Bus:
    """The client process: one JSON command out, one JSON answer back."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self._log = open(log, "w")  # noqa: SIM115 - closed in close()
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "client.py")],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            bufsize=1,
        )
        self.events: list[dict[str, Any]] = []
        self._read(30)

    def _read(self, timeout: float) -> dict[str, Any]:
        stdout = self.process.stdout
        assert stdout is not None
        ready, _, _ = select.select([stdout], [], [], timeout)
        if not ready:
            raise StepFailed(f"the AT-SPI client gave no answer within {timeout} s")
        line = stdout.readline()
        if not line:
            raise StepFailed(f"the AT-SPI client exited ({self.process.poll()}); see {self._log.name}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def call(self, cmd: str, timeout: float = 60, **arguments: Any) -> dict[str, Any]:
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(json.dumps({"cmd": cmd, **arguments}) + "\n")
        stdin.flush()
        return self._read(timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(StepFailed, OSError):
                self.call("quit", timeout=5)
        _stop(self.process)
        self._log.close()


def _stop(process: subprocess.Popen[Any], grace: float = 5) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def _read_line(fd: int, timeout: float) -> str:
    """One line a server writes when it is ready. Read to the newline: Xvfb writes the number and
    the newline separately, and dies if the pipe is closed between the two."""
    deadline = time.monotonic() + timeout
    got = b""
    while not got.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        got += chunk
    return got.decode().strip()


def _start_xvfb(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    with open(log, "w") as out:
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=out,
            stderr=out,
        )
    os.close(write_fd)
    try:
        number = _read_line(read_fd, 20)
    finally:
        os.close(read_fd)
    if not number:
        _stop(server)
        raise StepFailed(f"Xvfb did not start; see {log}")
    return server, f":{number}"


def _start_session_bus(log: Path, display: str) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    with open(log, "w") as out:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write_fd}"],
            pass_fds=(write_fd,),
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": display, "LANG": "C.UTF-8"},
            stdout=out,
            stderr=out,
        )
    os.close(write_fd)
    try:
        address = _read_line(read_fd, 20)
    finally:
        os.close(read_fd)
    if not address:
        _stop(daemon)
        raise StepFailed(f"dbus-daemon did not start; see {log}")
    return daemon, address


class AppOnBus:
    """ptquiz on a private display and buses, and the client that reads it."""

    def __init__(self, work: Path, data_dir: Path, args: Iterable[str] = ()) -> None:
        self.work = work
        self.data_dir = data_dir
        self._started: list[subprocess.Popen[Any]] = []
        self.bus: Bus | None = None
        self.app: subprocess.Popen[str] | None = None
        self._args = list(args)
        self.display = ""

    def __enter__(self) -> AppOnBus:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        server, display = _start_xvfb(self.work / "xvfb.log")
        self._started.append(server)
        self.display = display
        # The services the bus starts (the AT-SPI launcher and registry) inherit its
        # environment: the registry needs DISPLAY to synthesize keys.
        daemon, address = _start_session_bus(self.work / "dbus.log", display)
        self._started.append(daemon)
        home = self.work / "home"
        home.mkdir(exist_ok=True)
        base = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "XDG_RUNTIME_DIR": str(self._runtime_dir()),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "NO_AT_BRIDGE": "0",
        }
        # The client first: asking for the AT-SPI bus starts the launcher and the registry.
        self.bus = Bus(dict(base, GTK_MODULES=""), self.work / "client.log")
        app_env = dict(
            base,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            PTQUIZ_LANGUAGE="en",
            PTQUIZ_DATA_DIR=str(self.data_dir),
            PYTHONPATH=str(REPO_ROOT),
            PYTHONFAULTHANDLER="1",  # a crash leaves the Python stack in app.log
        )
        self._app_log = open(self.work / "app.log", "w")  # noqa: SIM115 - closed in close()
        self.app = subprocess.Popen(
            [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(self.data_dir), *self._args],
            env=app_env,
            cwd=self.work,
            stdout=self._app_log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._started.append(self.app)
        answer = self.bus.call("wait_app", name="ptquiz", timeout=40)
        if not answer["ok"]:
            raise StepFailed(f"{answer['error']}; the app's output:\n{self.app_output()}")

    def focus_window(self) -> bool:
        """Give ptquiz's newest top-level window the X input focus, as a window manager would.

        Xvfb runs no window manager, so nothing activates the window: Qt then reports no
        focused widget, ignores Component.grabFocus, and no key reaches it.
        """
        from Xlib import X, Xatom
        from Xlib.display import Display

        display = Display(self.display)
        try:
            root = display.screen().root
            chosen = None
            for window in root.query_tree().children:
                attributes = window.get_attributes()
                if attributes.map_state != X.IsViewable or attributes.override_redirect:
                    continue
                pid = window.get_full_property(display.intern_atom("_NET_WM_PID"), Xatom.CARDINAL)
                if pid is not None and self.app is not None and int(pid.value[0]) == self.app.pid:
                    chosen = window  # stacking order: the last is the topmost
            if chosen is None:
                return False
            chosen.set_input_focus(X.RevertToParent, X.CurrentTime)
            chosen.configure(stack_mode=X.Above)
            display.sync()
            return True
        finally:
            display.close()

    def _runtime_dir(self) -> Path:
        runtime = self.work / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        return runtime

    def app_output(self) -> str:
        path = self.work / "app.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def close(self) -> None:
        if self.app is not None:
            _stop(self.app)
        if self.bus is not None:
            self.bus.close()
        for process in reversed(self._started):
            _stop(process)
        if getattr(self, "_app_log", None) is not None:
            self._app_log.close()

    # --- reading and acting ------------------------------------------------------------------

    def call(self, cmd: str, **arguments: Any) -> dict[str, Any]:
        assert self.bus is not None
        if self.app is not None and self.app.poll() is not None:
            raise StepFailed(f"ptquiz exited with {self.app.returncode}:\n{self.app_output()}")
        return self.bus.call(cmd, **arguments)

    def tree(self) -> Tree:
        answer = self.call("tree")
        if not answer["ok"]:
            raise StepFailed(answer["error"])
        return parse_tree(answer["nodes"])

    def act(self, node: Node, action: str) -> str | None:
        """Runs ``action`` on ``node``; None when done, else why not."""
        answer = self.call("action", id=node.id, name=action)
        return None if answer["ok"] else f"{action!r} on {node.brief()}: {answer.get('error') or 'refused'}"

    def key(self, keysym: str) -> None:
        """A key press as the keyboard would give it (to the window with the input focus)."""
        answer = self.call("key", keysym=keysym)
        if not answer["ok"]:
            raise StepFailed(f"the key {keysym!r} could not be sent: {answer.get('error')}")

    def events(self, seconds: float = 0.0) -> list[dict[str, Any]]:
        answer = self.call("events", seconds=seconds)
        return list(answer["events"])

    def settle(self, seconds: float = 0.4) -> list[dict[str, Any]]:
        """Let the app work for ``seconds`` and return the events it sent meanwhile."""
        return self.events(seconds)

    def poll(self, predicate: Callable[[Tree], bool], timeout: float = 3) -> tuple[Tree, bool]:
        """The tree once ``predicate`` holds, or the last one read when ``timeout`` ran out."""
        deadline = time.monotonic() + timeout
        while True:
            tree = self.tree()
            if predicate(tree):
                return tree, True
            if time.monotonic() > deadline:
                return tree, False
            self.call("pump", seconds=0.2)

    def wait_for(self, predicate: Callable[[Tree], bool], what: str, timeout: float = 10) -> Tree:
        tree, seen = self.poll(predicate, timeout)
        if not seen:
            raise StepFailed(f"{what}: not seen within {timeout} s; showing:\n{tree.outline()}")
        return tree
