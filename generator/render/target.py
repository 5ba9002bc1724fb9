"""The folder a build replaces: only one it made, one build at a time, nothing left behind when stopped."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from generator.core import locks

MARKER = ".matchboard-site"  # in every site a build writes: the next build may replace that folder
MARKER_TEXT = "This folder was written by `matchboard build`; the next build replaces it whole.\n"


class TargetError(Exception):
    """The site folder cannot or must not be replaced; the message says why and what to do."""


def work_prefix(site: Path) -> str:
    """Return the name start of a build's temporary folders beside `site` (one site's, not another's)."""
    return f".matchboard-{site.name}-"


def old_site(site: Path) -> Path:
    """Return where the previous site waits while the new one moves in."""
    return site.with_name(site.name + ".old")


def check_target(site: Path) -> None:
    """Raise TargetError unless `site` is absent, an empty folder or a site a build wrote."""
    if site.is_symlink() or (site.exists() and not site.is_dir()):
        raise TargetError(f"--site {site} is a file, not a folder; choose a folder for the site")
    if site.is_dir() and any(site.iterdir()) and not (site / MARKER).is_file():
        raise TargetError(
            f"--site {site} is a folder matchboard did not write (it has no {MARKER} file); "
            "a build replaces only a site it wrote or an empty folder: choose another --site"
        )
    old = old_site(site)
    if old.is_symlink() or (old.exists() and not (old.is_dir() and (old / MARKER).is_file())):
        raise TargetError(
            f"{old} is in the way: a build keeps the previous site there while it swaps, and that is not a "
            f"site matchboard wrote (no {MARKER} file); move it away or choose another --site"
        )
    parent = site.parent
    if not parent.is_dir():
        raise TargetError(f"cannot write the site beside {site}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise TargetError(f"cannot write the site beside {site}: the folder {parent} is not writable")


@contextlib.contextmanager
def locked(site: Path) -> Iterator[None]:
    """Hold the site's lock (a file beside it) for the build; a second build to the same site stops."""
    lock = site.with_name(f".{site.name}.matchboard-lock")
    try:
        with locks.held(lock, f"another build is writing {site} now (it holds {lock}); wait for it to end"):
            yield
    except locks.Busy as err:
        raise TargetError(str(err)) from None


def recover(site: Path) -> None:
    """Clear what a stopped build left beside the site; put the previous site back if it was moved away."""
    for stale in sorted(site.parent.glob(work_prefix(site) + "*")):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
    old = old_site(site)
    if old.is_dir() and (old / MARKER).is_file():
        if site.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.rename(site)  # stopped between the two renames of the swap


class Stopped(Exception):
    """The build was asked to stop (SIGTERM or SIGINT)."""


@contextlib.contextmanager
def stoppable() -> Iterator[None]:
    """Turn SIGTERM and SIGINT into Stopped, so temporary folders are removed on the way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(number: int, frame: FrameType | None) -> None:
        raise Stopped(signal.Signals(number).name)

    before = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
