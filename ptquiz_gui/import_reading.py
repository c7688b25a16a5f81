"""Read the files to import in child processes, so a large bank never stops the window.

Reading a 10,000-question bank builds and then frees hundreds of thousands of objects.
On a thread of the window's own process, freeing them and the garbage collector's passes
over them hold the interpreter lock for tens of milliseconds at a time, and the window
cannot paint meanwhile. In a child process they cost the window nothing: the caller's
thread only waits, and receives each file's ``ImportCandidate`` (plain, picklable data).

Children are started with ``spawn`` (a fresh interpreter: forking a process that runs Qt
threads is unsafe), which PyInstaller supports once ``__main__`` calls
``multiprocessing.freeze_support()``. If no child can be started, or one dies, the rest
of the files are read on the calling thread, as before.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ptquiz_gui.importing import ImportCandidate, prepare

MAX_WORKERS = 4
POLL_S = 0.05  # how soon a cancel is noticed while a large file is read


def prepare_one(path: Path) -> ImportCandidate:
    """What ``prepare`` makes of one file (runs in the child)."""
    return prepare([path])[0]


def workers_for(files: int) -> int:
    """One core is left to the window; at least one worker."""
    return max(1, min(files, (os.cpu_count() or 1) - 1, MAX_WORKERS))


def prepare_each(
    paths: Sequence[Path], stopped: Callable[[], bool] = lambda: False
) -> Generator[ImportCandidate, None, None]:
    """Each file's candidate, in the order of ``paths``, read in child processes.

    Ends early, without an error, once ``stopped()`` is true. A file whose reading raises
    raises here, as ``prepare`` would.
    """
    if not paths:
        return
    pool = ProcessPoolExecutor(workers_for(len(paths)), multiprocessing.get_context("spawn"))
    try:
        try:
            futures = [pool.submit(prepare_one, path) for path in paths]
        except (OSError, BrokenProcessPool):
            futures = []
        for index, path in enumerate(paths):
            if index >= len(futures):
                candidate = prepare_one(path)
            else:
                done = _wait(futures[index], stopped)
                if done is None:
                    return
                try:
                    candidate = done.result()
                except BrokenProcessPool:
                    futures = futures[:index]  # the rest here, on this thread
                    candidate = prepare_one(path)
            yield candidate
            if stopped():
                return
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _wait(future: Future[ImportCandidate], stopped: Callable[[], bool]) -> Future[ImportCandidate] | None:
    while not future.done():
        if stopped():
            return None
        wait([future], POLL_S, FIRST_COMPLETED)
    return future
