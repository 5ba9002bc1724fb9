"""Progress of long work: named stages with optional counts, told to whoever listens (by default no one).

The stages only announce; how progress is shown (a live display, timestamped lines, nothing) is the
command line's choice, so no stage depends on a display library and progress never touches the output.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Protocol


class Advance(Protocol):
    """Count `n` more of a stage's items (files checked, pages written)."""

    def __call__(self, n: int = 1) -> None:
        """Count `n` more items."""


class Progress(Protocol):
    """Whoever listens to a long piece of work."""

    def stage(self, name: str, total: int | None = None, unit: str = "") -> contextlib.AbstractContextManager[Advance]:
        """Run a stage: counts go through the callable yielded; the stage ends when the block does."""

    def part(self, name: str, seconds: float) -> None:
        """Tell that a part of the current stage, done elsewhere (a forked worker), took `seconds`."""


def _ignore(n: int = 1) -> None:
    """Count nothing."""


class Silent:
    """No one listens: the default of every stage."""

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None, unit: str = "") -> Iterator[Advance]:
        """Run the stage, telling no one."""
        yield _ignore

    def part(self, name: str, seconds: float) -> None:
        """Tell no one."""


SILENT: Progress = Silent()
