"""The build as one pipeline: load and check -> settings -> index and match -> pages and site.

`prepare()` runs every stage that computes (nothing is written but the index cache); `build()` adds
the site. The command line, `serve`, the benchmarks and the tests call these instead of composing
the stages again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.check.load import load_listings
from generator.core import dates, locks, urls
from generator.core.model import Problem
from generator.core.progress import SILENT, Progress
from generator.core.settings import BoardSettings, SettingsError, board_settings
from generator.match.board import Board, compute_board
from generator.network.partners import Network, fetch_partners
from generator.render.site import BuildError, build_site
from generator.render.target import TargetError, check_target


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
    network: Network = field(default_factory=lambda: Network((), (), ()))  # partner boards: listings, states, warnings


def prepare(
    listings: Path,
    today: dt.date,
    config: Path = Path("mkdocs.yml"),
    build_dir: Path = Path("build"),
    progress: Progress = SILENT,
    site_url: str | None = None,
) -> Prepared:
    """Load and check every listing, read the settings, then index and match the active ones."""
    # 1. Every listing loaded and checked; one invalid file stops the build, after all are checked.
    if not listings.is_dir():
        raise PipelineError(f"{str(listings)!r} is not a folder")
    loaded = load_listings(listings, progress)
    if not loaded.ok:
        errors = tuple(p for p in loaded.problems if p.level == "error")
        raise PipelineError(f"{listings}: fix the errors above first (matchboard validate)", errors)
    # 2. The board's settings (mkdocs.yml, extra.board).
    try:
        settings = board_settings(config, site_url)
    except SettingsError as err:
        raise PipelineError(str(err)) from None
    # The build folder holds the index, the embeddings and the partners' copies: one command at a time.
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PipelineError(f"cannot use the build folder {build_dir}: {err.strerror}") from None
    lock = build_dir / ".matchboard-lock"
    try:
        with locks.held(lock, f"another matchboard command is using {build_dir} now (it holds {lock}); "
                        "wait for it to end, or give this one its own --build folder"):  # fmt: skip
            # 3. Partner boards' listings, fetched and checked (or their last good copy); never an error.
            network = fetch_partners(settings.partners, build_dir, today, urls.site_base(settings))
            # A partner left out (this board itself, or a board named twice) is not searched across either.
            settings = replace(settings, partners=tuple(s.partner for s in network.states if not s.left_out))
            # 4. The index of the active listings (cached in build_dir) and the suggestions, across boards.
            board = compute_board(loaded, today, settings.matching, build_dir, network.listings, progress)
    except locks.Busy as err:
        raise PipelineError(str(err)) from None
    except SettingsError as err:  # weights naming a criterion the board does not have
        raise PipelineError(str(err)) from None
    return Prepared(board, settings, network)


def build(
    listings: Path,
    site: Path,
    today: dt.date,
    config: Path = Path("mkdocs.yml"),
    build_dir: Path = Path("build"),
    progress: Progress = SILENT,
    site_url: str | None = None,
) -> Prepared:
    """Prepare the board, then write the site: pages per language, mkdocs, Pagefind, swapped in at once."""
    # 0. A --site the build must not replace stops it before any work (checked again under the lock).
    try:
        check_target(site)
    except TargetError as err:
        raise PipelineError(str(err), stage="build") from None
    first, last = dates.SITE_DATES
    if not first <= today <= last:  # MkDocs would fail deep inside, after all the matching
        raise PipelineError(f"a site is built for a date from {first} to {last}, not {today}", stage="build")
    prepared = prepare(listings, today, config, build_dir, progress, site_url)
    # 5. The static site, built beside `site` and moved into place only when whole.
    try:
        build_site(prepared.board, prepared.settings, config, site, progress)
    except BuildError as err:
        raise PipelineError(str(err), stage="build") from None
    return prepared
