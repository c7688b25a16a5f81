"""Making a folder read-only for a test, in a way that also binds root."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` read-only for the duration; yields how it was done.

    Permission bits do not stop root, so as root the folder is bind-mounted read-only
    onto itself. Where that is not allowed either, the test is skipped with that reason.
    """
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield "chmod 555"
        finally:
            folder.chmod(mode)
        return
    mount = shutil.which("mount")
    umount = shutil.which("umount")
    as_root = "running as root, where chmod does not stop writes,"
    if mount is None or umount is None:
        pytest.skip(f"{as_root} and there is no mount command to bind the folder read-only")
    bound = subprocess.run([mount, "--bind", str(folder), str(folder)], capture_output=True, check=False)
    if bound.returncode != 0:
        pytest.skip(f"{as_root} and bind mounts are not allowed here: {bound.stderr!r}")
    try:
        remount = subprocess.run(
            [mount, "-o", "remount,bind,ro", str(folder)], capture_output=True, check=False
        )
        if remount.returncode != 0:
            pytest.skip(f"running as root and a read-only remount is not allowed: {remount.stderr!r}")
        yield "read-only bind mount"
    finally:
        subprocess.run([umount, str(folder)], capture_output=True, check=False)
