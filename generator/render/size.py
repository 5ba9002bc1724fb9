"""The built site's weight against its host's limit: apparent bytes and files, and a warning near the limit."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

WARN_AT = 0.8  # share of the host's limit from which a build warns
MB = 1_000_000  # hosts count in decimal megabytes: GitHub Pages publishes at most 1 GB


@dataclass(frozen=True)
class SiteSize:
    """How much a built site weighs: apparent bytes (what a host counts) and files."""

    bytes: int
    files: int
    pages: int  # HTML pages among the files


@dataclass(frozen=True)
class SizeReport:
    """The line a build prints about the site's size, and the warning when it nears the host's limit."""

    line: str
    warning: str | None


def site_size(path: Path) -> SiteSize:
    """Return the apparent size, the number of files and of HTML pages of the folder at `path`."""
    total = files = pages = 0
    for folder, _, names in os.walk(path):
        for name in names:
            total += os.lstat(os.path.join(folder, name)).st_size
            files += 1
            pages += name.endswith(".html")
    return SiteSize(total, files, pages)


def size_report(size: SiteSize, limit_mb: int) -> SizeReport:
    """Return what a build says about a site of `size`, warning from 80 % of `limit_mb`."""
    share = size.bytes / (limit_mb * MB)
    line = f"site: {size.bytes / MB:,.1f} MB in {size.files:,} files ({share:.0%} of the host limit of {limit_mb:,} MB)"
    if share < WARN_AT:
        return SizeReport(line, None)
    warning = (
        f"warning: the site is {size.bytes / MB:,.1f} MB, {share:.0%} of extra.board.host_limit_mb ({limit_mb:,} MB); "
        "offer fewer languages, prune the archive or start a partner board (docs/HOSTING.md, 'When the site nears "
        "its host's limit')"
    )
    return SizeReport(line, warning)
