"""The `partners` command: each partner board's state, as the next build would find it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli import options
from generator.core import dates, settings, urls
from generator.network.partners import PartnerState, fetch_partners


def add_command(commands: options.SubParsers) -> None:
    """Register partners."""
    sub = options.add_command(
        commands, "partners", "Fetch each partner board named in mkdocs.yml and print its state.",
        "matchboard partners --config mkdocs.yml", run_partners,
    )  # fmt: skip
    options.add_today_option(sub)
    options.add_config_option(sub)
    sub.add_argument("--build", metavar="DIR", default="build", help="where last good copies are kept (default: build)")


def run_partners(args: argparse.Namespace) -> int:
    """Print one line per partner: reachable or not, format, listings used, date of the copy used."""
    try:
        board = settings.board_settings(Path(args.config))
    except settings.SettingsError as err:
        print(f"matchboard partners: error: {err}", file=sys.stderr)
        return 1
    if not board.partners:
        print(f"{args.config} names no partner boards (extra.board.partners)")
        return 0
    network = fetch_partners(board.partners, Path(args.build), dates.build_date(args.today), urls.site_base(board))
    for state in network.states:
        print(state_line(state))
    return 0


def state_line(state: PartnerState) -> str:
    """Return a partner's state in one line."""
    if state.problem:  # a partner that answered what cannot be used is there: its problem is not the network
        reached = f"{'reachable, not read' if state.reachable else 'not reachable'} ({state.problem})"
    else:
        reached = "reachable"
    if state.copy_date is None:
        return f"{state.partner.name} {state.partner.url}: {reached}; no copy yet"
    if state.left_out:
        return (f"{state.partner.name} {state.partner.url}: {reached}, format {state.format}, "
                f"left out ({state.left_out}), copy of {state.copy_date}")  # fmt: skip
    return (f"{state.partner.name} {state.partner.url}: {reached}, format {state.format}, "
            f"{state.listings} listings, copy of {state.copy_date}")  # fmt: skip
