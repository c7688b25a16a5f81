"""Start-up as a user sees it on a real X server: spawn to the window being mapped, and to its
first paint, under Xvfb.

The offscreen platform measured in ``bench_startup`` leaves out what only a display costs
(the X connection, the window icon, fonts, the accessibility bridge, the window manager's
round trips). Here one Xvfb serves every run; a python-xlib client listens on the root
window for ``MapNotify`` and notes ``time.monotonic()`` when the program's first top-level
window is mapped, and the program itself reports its first paint through the same probe as
the offscreen runs (``PTQUIZ_BENCH_EXIT_AFTER_PAINT=1``) and quits.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from ptquiz_gui.views.startup_probe import MARKER


@dataclass(frozen=True, slots=True)
class XStart:
    mapped_ms: float  # spawn to the first top-level MapNotify
    painted_ms: float  # spawn to the end of the first paint


def xvfb_available() -> bool:
    if shutil.which("Xvfb") is None:
        return False
    try:
        import Xlib.display  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def xvfb(width: int = 1366, height: int = 768) -> Iterator[str]:
    """A private Xvfb for the bench; yields its DISPLAY (``:N``)."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 20)
        if not ready:
            raise RuntimeError("Xvfb did not start within 20 s")
        number = os.read(read_fd, 32).decode().strip()
        if not number:
            raise RuntimeError("Xvfb exited before it was ready")
        yield f":{number}"
    finally:
        os.close(read_fd)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def time_to_map_and_paint(command: Sequence[str], env: dict[str, str], display: str, timeout: float = 60) -> XStart:
    from Xlib import X
    from Xlib.display import Display

    watcher = Display(display)
    try:
        root = watcher.screen().root
        root.change_attributes(event_mask=X.SubstructureNotifyMask)
        watcher.sync()
        run_env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        started = time.monotonic()
        child = subprocess.Popen(list(command), env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        mapped: float | None = None
        deadline = started + timeout
        exited = False
        while mapped is None and time.monotonic() < deadline:
            if not watcher.pending_events():
                if exited:
                    break
                # A program that quits right after its paint may exit before its MapNotify is
                # read: once it has, read what the server still holds, then stop.
                exited = child.poll() is not None
                if exited:
                    watcher.sync()
                else:
                    select.select([watcher.fileno()], [], [], 0.05)
                continue
            event = watcher.next_event()
            if event.type == X.MapNotify and not event.override:
                mapped = time.monotonic()
        stdout, stderr = child.communicate(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        watcher.close()
    painted = next((float(line.split()[1]) for line in stdout.splitlines() if line.startswith(MARKER + " ")), None)
    if mapped is None or painted is None:
        tail = " | ".join(stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"{os.path.basename(command[-1])} under Xvfb: mapped={mapped}, painted={painted}: {tail}")
    return XStart((mapped - started) * 1000, (painted - started) * 1000)


def alternate_under_x(*commands: Sequence[str], env: dict[str, str], runs: int) -> list[list[XStart]]:
    """Each command's start-ups under one Xvfb, the commands taking turns run after run."""
    times: list[list[XStart]] = [[] for _ in commands]
    with xvfb() as display:
        for command in commands:  # warm the disk cache and the server
            time_to_map_and_paint(command, env, display)
        for _ in range(runs):
            for command, samples in zip(commands, times, strict=True):
                samples.append(time_to_map_and_paint(command, env, display))
    return times
