"""One command at a time on a folder: an exclusive lock on a file, refused at once when another holds it."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path


class Busy(Exception):
    """The lock is held by another command, or its file cannot be made; the message says which."""


@contextlib.contextmanager
def held(lock: Path, busy: str) -> Iterator[None]:
    """Hold the lock file `lock` (made if missing) while the block runs; raise Busy(busy) if another holds it.

    The kernel drops the lock when its holder ends, however it ends: a killed command leaves no stale lock.
    """
    try:
        handle = lock.open("a")
    except OSError as err:
        raise Busy(f"cannot create the lock file {lock}: {err.strerror}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(busy) from None
        yield
