"""Work shared among the machine's cores for large boards: forked workers, results in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
MAX_WORKERS = 4


def fork_map(function: Callable[[T], R], items: Sequence[T], parallel_from: int) -> list[R]:
    """Return [function(item) for item in items], computed by forked workers when there are enough items.

    Forked workers see the parent's memory as it was at the call, so module-level state set
    just before (see callers) needs no pickling; results come back in the order of `items`.
    """
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(items) < parallel_from or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(function, items, chunksize=max(1, len(items) // (workers * 4)))
