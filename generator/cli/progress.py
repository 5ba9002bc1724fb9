"""Progress on standard error: a live display on a terminal (rich), timestamped lines elsewhere, or nothing.

Every reporter records each stage's time and count for the build's summary; standard output is never written.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TextIO

from generator.core.progress import Advance


@dataclass(frozen=True)
class Timing:
    """One finished stage (or part of one, done in a worker): its time and what it counted."""

    name: str
    seconds: float
    count: int | None = None
    unit: str = ""


class Recorder:
    """Record the stages and show nothing (--quiet; commands whose output is not a terminal)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self.timings: list[Timing] = []

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        """Stop showing progress; a failure is reported by the command afterwards."""

    def elapsed(self) -> float:
        """Return the seconds since the reporter was made (the command's start)."""
        return time.perf_counter() - self.started

    @contextlib.contextmanager
    def stage(self, name: str, total: int | None = None, unit: str = "") -> Iterator[Advance]:
        """Time a stage and count its items; record it when it ends without an error."""
        count = 0
        began = time.perf_counter()
        token = self._begin(name, total, unit)

        def advance(n: int = 1) -> None:
            nonlocal count
            count += n
            self._advance(token, n)

        yield advance
        timing = Timing(name, time.perf_counter() - began, count if unit else None, unit)
        self.timings.append(timing)
        self._end(token, timing)

    def part(self, name: str, seconds: float) -> None:
        """Record a part of the current stage that a worker did."""
        timing = Timing(name, seconds)
        self.timings.append(timing)
        self._end(None, timing)

    def _begin(self, name: str, total: int | None, unit: str) -> Any:
        return None

    def _advance(self, token: Any, n: int) -> None:
        pass

    def _end(self, token: Any, timing: Timing) -> None:
        pass


def done_text(timing: Timing) -> str:
    """Return `NAME: done in S s` with the count when the stage has one."""
    counted = f" ({counted_text(timing.count, timing.unit)})" if timing.count is not None else ""
    return f"{timing.name}: done in {timing.seconds:.1f} s{counted}"


def counted_text(count: int, unit: str, total: int | None = None) -> str:
    """Return `12 files`, `1 file` or `3/12 files`: the units are English plurals, one thing is singular."""
    shown = unit.removesuffix("s") if (count if total is None else total) == 1 else unit
    return f"{count:,}/{total:,} {shown}" if total is not None else f"{count:,} {shown}"


class Lines(Recorder):
    """One timestamped line per finished stage, for logs: `[00:12.3] mkdocs (fr): done in 31.2 s`."""

    def _end(self, token: Any, timing: Timing) -> None:
        minutes, seconds = divmod(self.elapsed(), 60)
        print(f"[{int(minutes):02d}:{seconds:04.1f}] {done_text(timing)}", file=self.stream, flush=True)


class Live(Recorder):
    """A live display on a terminal: the running stages with a spinner, count and time (rich); finished ones above.

    A finished stage leaves the live area as a plain line printed above it, so each refresh redraws only what
    is still running: redrawing every finished stage ten times a second (rich's default) cost about 3 % of a
    10,000-listing build (benchmarks/RESULTS.md, "10,000 listings, and a cheaper live display").
    """

    REFRESHES_PER_SECOND = 4

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__(stream)
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn

        # No redirection of sys.stdout/stderr: forked workers inherit them, and stdout stays the command's.
        self.bars = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}", markup=False),
            TextColumn("{task.fields[counted]}", markup=False),
            _elapsed_column(),
            console=Console(file=self.stream),
            redirect_stdout=False,
            redirect_stderr=False,
            refresh_per_second=self.REFRESHES_PER_SECOND,
        )
        self.counts: dict[Any, tuple[int, int | None, str]] = {}

    def __enter__(self) -> Recorder:
        self.bars.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        """Stop the display, leaving the finished stages on the screen."""
        self.bars.stop()

    def _begin(self, name: str, total: int | None, unit: str) -> Any:
        task = self.bars.add_task(name, total=None, counted=_counted(0, total, unit))
        self.counts[task] = (0, total, unit)
        return task

    def _advance(self, token: Any, n: int) -> None:
        count, total, unit = self.counts[token]
        self.counts[token] = (count + n, total, unit)
        self.bars.update(token, counted=_counted(count + n, total, unit))

    def _end(self, token: Any, timing: Timing) -> None:
        from rich.text import Text

        if token is not None:
            self.bars.remove_task(token)
            del self.counts[token]
            self.bars.refresh()  # else the live area shows the removed stage again under the printed line
        self.bars.console.print(Text.assemble(("✓ ", "green"), done_text(timing)), highlight=False)


def _elapsed_column() -> Any:
    """Return a column showing a running stage's elapsed time."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class Elapsed(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.elapsed or 0:.1f} s", style="progress.elapsed")

    return Elapsed()


def _counted(count: int, total: int | None, unit: str) -> str:
    return counted_text(count, unit, total) if unit else ""


def reporter(quiet: bool, lines: bool, stream: TextIO | None = None) -> Recorder:
    """Choose how to show progress on `stream` (standard error): live on a terminal, else lines if wanted.

    `lines` is for commands whose logs people read (build); match and validate show nothing but on a terminal.
    """
    stream = stream or sys.stderr
    if quiet:
        return Recorder(stream)
    if stream.isatty():
        return Live(stream)
    return Lines(stream) if lines else Recorder(stream)
