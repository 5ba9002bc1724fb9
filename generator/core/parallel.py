"""Work shared among the machine's cores for large boards: forked workers, results in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
MAX_WORKERS = 4


def fork_map(
    function: Callable[[T], R], items: Sequence[T], parallel_from: int, done: Callable[[R], None] | None = None
) -> list[R]:
    """Return [function(item) for item in items], computed by forked workers when there are enough items.

    Forked workers see the parent's memory as it was at the call, so module-level state set
    just before (see callers) needs no pickling; results come back in the order of `items`.
    `done` is called in this process with each result as it arrives (for progress), in that order.
    """
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    results: list[R] = []
    if len(items) < parallel_from or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for item in items:
            results.append(function(item))
            if done:
                done(results[-1])
        return results
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for result in pool.imap(function, items, chunksize=max(1, len(items) // (workers * 4))):
            results.append(result)
            if done:
                done(result)
    return results
