"""Work shared among the machine's cores for large boards: forked workers, results in input order."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")
MAX_WORKERS = 4
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies
# Looked up once here: a child calling it between fork and exec must not load a library (the loader's
# lock may be held by another thread of the parent at the fork, such as the progress display's).
_PRCTL = ctypes.CDLL(None).prctl if sys.platform == "linux" else None

_shared: object = None  # what the running fork_map's workers read through shared()


def fork_map(
    function: Callable[[T], R],
    items: Sequence[T],
    parallel_from: int,
    shared: object = None,
    done: Callable[[R], None] | None = None,
) -> list[R]:
    """Return [function(item) for item in items], computed by forked workers when there are enough items.

    `shared` is what every call of `function` reads through `shared(kind)`: forked workers see the
    parent's memory as it was at the call, so it needs no pickling. Results come back in the order of
    `items`; `done` is called in this process with each result as it arrives (for progress), in that order.
    """
    global _shared  # the one place the workers' shared state is set, and reset after
    before, _shared = _shared, shared
    try:
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        results: list[R] = []
        if len(items) < parallel_from or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            for item in items:
                results.append(function(item))
                if done:
                    done(results[-1])
            return results
        with multiprocessing.get_context("fork").Pool(workers, initializer=_worker_signals) as pool:
            for result in pool.imap(function, items, chunksize=max(1, len(items) // (workers * 4))):
                results.append(result)
                if done:
                    done(result)
        return results
    finally:
        _shared = before


def shared(kind: type[S]) -> S:
    """Return the state the running fork_map shares with its function, checked to be a `kind`."""
    if not isinstance(_shared, kind):
        raise TypeError(f"parallel.shared: expected {kind.__name__}, the running fork_map shares {_shared!r}")
    return _shared


def _worker_signals() -> None:
    """Let the parent alone answer Ctrl-C, and let a worker die at once when the pool ends it.

    A worker inheriting a Python handler would raise mid-task while holding the pool's queue lock,
    and the pool would wait for ever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()


def die_with_parent() -> None:
    """Ask Linux to end this process when its parent dies, even by SIGKILL, instead of leaving an orphan.

    Also a `preexec_fn` for programs the build runs: the request outlives exec. Elsewhere it does nothing.
    """
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGTERM)
