"""The build's summary: what the board and the site hold and where the time went, as text or Markdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.cli.progress import Recorder, Timing, counted_text
from generator.match.board import Board
from generator.render.size import SiteSize


@dataclass(frozen=True)
class Summary:
    """A finished build in figures."""

    site: str
    today: dt.date
    active: int
    others: int
    suggestions: int
    figures: SiteSize
    timings: tuple[Timing, ...]
    seconds: float

    def megabytes(self) -> str:
        """Return the site's size in MB (1,000,000 bytes), one decimal."""
        return f"{self.figures.bytes / 1e6:.1f}"


def summary_of(site: Path, size: SiteSize, board: Board, recorder: Recorder) -> Summary:
    """Gather the figures of a build that has just put its site at `site`."""
    active = len(board.active())
    return Summary(
        site=f"{site}/",
        today=board.today,
        active=active,
        others=len(board.listings) - active,
        suggestions=len(board.matches),
        figures=size,
        timings=tuple(recorder.timings),
        seconds=recorder.elapsed(),
    )


def _counted(t: Timing) -> str:
    return counted_text(t.count, t.unit) if t.count is not None else ""


def text_lines(s: Summary) -> list[str]:
    """Return the summary as lines for standard error."""
    width = max(len(t.name) for t in s.timings) if s.timings else 0
    return [
        f"summary of {s.site} for {s.today}:",
        f"  listings     {s.active:,} active, {s.others:,} others",
        f"  suggestions  {s.suggestions:,}",
        f"  pages        {s.figures.pages:,} HTML pages",
        f"  site         {s.megabytes()} MB in {s.figures.files:,} files",
        f"  time         {s.seconds:.1f} s in all",
        *(f"    {t.name:<{width}}  {t.seconds:6.1f} s  {_counted(t)}".rstrip() for t in s.timings),
    ]


def markdown(s: Summary) -> str:
    """Return the summary as Markdown, for a GitHub job summary."""
    lines = [
        f"### Board built: `{s.site}` for {s.today}",
        "",
        "| | |",
        "|---|---|",
        f"| listings | {s.active:,} active, {s.others:,} others |",
        f"| suggested matches | {s.suggestions:,} |",
        f"| HTML pages | {s.figures.pages:,} |",
        f"| site | {s.megabytes()} MB in {s.figures.files:,} files |",
        "",
        "| stage | time (s) | count |",
        "|---|---:|---|",
        *(f"| {t.name} | {t.seconds:.1f} | {_counted(t)} |" for t in s.timings),
        f"| all | {s.seconds:.1f} | |",
        "",
    ]
    return "\n".join(lines) + "\n"
