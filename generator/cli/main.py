"""Thin command line: parse arguments, call the library, print, return the exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.check import report
from generator.check.load import load_listings
from generator.cli import board as board_commands
from generator.cli import contrib, partners, progress
from generator.cli import new as newlisting
from generator.cli.options import SubParsers, add_command, add_listings_option, add_quiet_option
from generator.core import dates


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status (2 for usage errors, as argparse does)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    if hasattr(args, "today"):  # a broken SOURCE_DATE_EPOCH stops the command before any work, as a usage error
        try:
            args.today = dates.build_date(args.today)
        except dates.DateError as err:
            print(f"matchboard: error: {err}", file=sys.stderr)
            return 2
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `matchboard match | head`: the reader has seen enough
        sys.stderr.close()
        return 0
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matchboard",
        description="Build and check a match-making board of needs and offers.",
        epilog="Example: matchboard validate --listings listings",
    )
    parser.add_argument("--version", action="version", version=f"matchboard {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _validate_command(commands)
    newlisting.add_command(commands)
    board_commands.add_commands(commands)
    contrib.add_commands(commands)
    partners.add_command(commands)
    return parser


def _validate_command(commands: SubParsers) -> None:
    sub = add_command(
        commands,
        "validate",
        "Check every listing file; print one line per problem and a summary.",
        "matchboard validate --listings listings",
        _validate,
    )
    add_listings_option(sub)
    add_quiet_option(sub)


def _validate(args: argparse.Namespace) -> int:
    if not Path(args.listings).is_dir():
        print(f"matchboard validate: error: {args.listings!r} is not a folder", file=sys.stderr)
        return 2
    with progress.reporter(args.quiet, lines=False) as shown:
        result = load_listings(args.listings, shown)
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    for line in report.problem_lines(result.problems, github=github):
        print(line)
    print(report.summary(result))
    return 0 if result.ok else 1
