"""The build as one pipeline: load and check -> settings -> index and match -> pages and site.

`prepare()` runs every stage that computes (nothing is written but the index cache); `build()` adds
the site. The command line, `serve`, the benchmarks and the tests call these instead of composing
the stages again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.check.load import load_listings
from generator.core.model import Problem
from generator.core.settings import BoardSettings, SettingsError, board_settings
from generator.match.board import Board, compute_board
from generator.render.site import BuildError, build_site


class PipelineError(Exception):
    """A stage cannot go on: its message says why; listing problems come with it."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = (), stage: str = "") -> None:
        super().__init__(message)
        self.problems = problems
        self.stage = stage  # "build" when the site stage failed, for the message's prefix


@dataclass(frozen=True)
class Prepared:
    """The board computed from the listings and the settings it was computed with."""

    board: Board
    settings: BoardSettings


def prepare(
    listings: Path,
    today: dt.date,
    config: Path = Path("mkdocs.yml"),
    build_dir: Path = Path("build"),
    site_url: str | None = None,
) -> Prepared:
    """Load and check every listing, read the settings, then index and match the active ones."""
    # 1. Every listing loaded and checked; one invalid file stops the build, after all are checked.
    if not listings.is_dir():
        raise PipelineError(f"{str(listings)!r} is not a folder")
    loaded = load_listings(listings)
    if not loaded.ok:
        errors = tuple(p for p in loaded.problems if p.level == "error")
        raise PipelineError(f"{listings}: fix the errors above first (matchboard validate)", errors)
    # 2. The board's settings (mkdocs.yml, extra.board).
    try:
        settings = board_settings(config, site_url)
    except SettingsError as err:
        raise PipelineError(str(err)) from None
    # 3. The index of the active listings (cached in build_dir) and the suggestions.
    try:
        board = compute_board(loaded, today, settings.matching, build_dir)
    except SettingsError as err:  # weights naming a criterion the board does not have
        raise PipelineError(str(err)) from None
    return Prepared(board, settings)


def build(
    listings: Path,
    site: Path,
    today: dt.date,
    config: Path = Path("mkdocs.yml"),
    build_dir: Path = Path("build"),
    site_url: str | None = None,
) -> Prepared:
    """Prepare the board, then write the site: pages per language, mkdocs, Pagefind, swapped in at once."""
    prepared = prepare(listings, today, config, build_dir, site_url)
    # 4. The static site, built beside `site` and moved into place only when whole.
    try:
        build_site(prepared.board, prepared.settings, config, site)
    except BuildError as err:
        raise PipelineError(str(err), stage="build") from None
    return prepared
