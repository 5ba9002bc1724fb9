"""Shared pieces of the command line: subcommands with examples, common options."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from generator.core import dates

Command = Callable[[argparse.Namespace], int]
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_command(commands: SubParsers, name: str, summary: str, example: str, run: Command) -> argparse.ArgumentParser:
    """Add a subcommand whose --help ends with an example."""
    sub = commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"Example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.set_defaults(run=run)
    return sub


def add_listings_option(sub: argparse.ArgumentParser) -> None:
    """Add --listings DIR (default: listings)."""
    sub.add_argument(
        "--listings", metavar="DIR", default="listings", help="folder of listing files (default: listings)"
    )


def add_quiet_option(sub: argparse.ArgumentParser) -> None:
    """Add --quiet: no progress and no summary on standard error."""
    sub.add_argument("--quiet", action="store_true", help="show no progress (on standard error)")


def add_config_option(sub: argparse.ArgumentParser) -> None:
    """Add --config FILE (the board's settings)."""
    sub.add_argument("--config", metavar="FILE", type=settings_file, default=Path("mkdocs.yml"),
                     help="board settings (default: mkdocs.yml, or the defaults without one)")  # fmt: skip


def add_today_option(sub: argparse.ArgumentParser) -> None:
    """Add --today YYYY-MM-DD."""
    sub.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=dates.parse_date,
        help="date that decides what is active (default: SOURCE_DATE_EPOCH, else today)",
    )


def _whole(text: str, kind: str) -> int:
    """Return `text` as a whole number, or say it is not `kind` (for argparse types)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {kind}") from None


def count(text: str) -> int:
    """Parse a count of at least 1 (argparse type)."""
    value = _whole(text, "a whole number")
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return value


def days(text: str) -> int:
    """Parse a number of days ahead, 0 (today) or more (argparse type)."""
    value = _whole(text, "a whole number of days")
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} days is in the past: give 0 (today) or more")
    return value


def port(text: str) -> int:
    """Parse a TCP port, 0 (any free one) to 65535 (argparse type)."""
    value = _whole(text, "a port number")
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port from 0 to 65535")
    return value


def settings_file(text: str) -> Path:
    """Parse a --config given on the command line: it must be a file (a mistyped name would mean the defaults).

    The default, mkdocs.yml, is a Path and argparse leaves it alone: without one the defaults apply.
    """
    if not Path(text).is_file():
        raise argparse.ArgumentTypeError(f"{text!r} is not a file; give the board's settings, such as mkdocs.yml")
    return Path(text)
