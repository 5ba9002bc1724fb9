"""Commands of the contribution paths: intake (issue form -> file), upkeep and renew."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.check import report
from generator.check.load import load_listings
from generator.cli import options
from generator.contribute import intake, upkeep
from generator.core import dates


def add_commands(commands: options.SubParsers) -> None:
    """Register intake, upkeep and renew."""
    sub = options.add_command(
        commands, "intake", "Turn a GitHub issue-form submission into a listing file under listings/.",
        'matchboard intake --event "$GITHUB_EVENT_PATH"', run_intake,
    )  # fmt: skip
    sub.add_argument("--event", metavar="FILE", required=True, help="the GitHub `issues` event (JSON)")
    options.add_listings_option(sub)
    options.add_today_option(sub)
    sub = options.add_command(
        commands, "upkeep", "List listings expiring within 14 days and those expired.",
        "matchboard upkeep --today 2026-11-26 --json", run_upkeep,
    )  # fmt: skip
    options.add_listings_option(sub)
    options.add_today_option(sub)
    sub.add_argument("--within", type=options.days, default=upkeep.NOTICE_DAYS, help="days of notice (default: 14)")
    sub.add_argument("--json", action="store_true", help="print JSON for workflows")
    sub = options.add_command(
        commands, "renew", "Extend a listing by up to one year from today; a listing is renewed once.",
        "matchboard renew laser-micro-welding-medical-steel", run_renew,
    )  # fmt: skip
    sub.add_argument("id", metavar="ID", help="id of the listing to renew")
    options.add_listings_option(sub)
    options.add_today_option(sub)
    sub.add_argument("--days", type=int, default=upkeep.RENEWAL_DAYS, help="days from today (default: 365)")


def run_intake(args: argparse.Namespace) -> int:
    """Write the listing an issue holds and print its path, or print the problems as Markdown."""
    try:
        number, body = intake.read_event(Path(args.event))
    except (OSError, ValueError) as err:
        print(f"matchboard intake: error: cannot read the event: {err}", file=sys.stderr)
        return 2
    except RecursionError:
        print("matchboard intake: error: cannot read the event: JSON nested too deeply", file=sys.stderr)
        return 2
    result = intake.submission(number, body, Path(args.listings), dates.build_date(args.today))
    if result.path is None or result.text is None:
        print(intake.problems_comment(result.problems))
        return 1
    try:
        result.path.parent.mkdir(parents=True, exist_ok=True)
        with result.path.open("x", encoding="utf-8") as out:  # "x": never replace a file written meanwhile
            out.write(result.text)
    except FileExistsError:
        print(intake.problems_comment((f"a listing file {result.path.as_posix()} already exists",)))
        return 1
    except OSError as err:  # --listings is a file, or a folder in the way is one
        print(f"matchboard intake: error: cannot write {result.path}: {err.strerror}", file=sys.stderr)
        return 2
    print(result.path)
    return 0


def run_upkeep(args: argparse.Namespace) -> int:
    """Print the listings due for renewal and the expired ones."""
    if not Path(args.listings).is_dir():  # "0 expiring" for a mistyped folder would be a false all-clear
        print(f"matchboard upkeep: error: {args.listings!r} is not a folder", file=sys.stderr)
        return 2
    loaded = load_listings(args.listings)
    for line in report.problem_lines(p for p in loaded.problems if p.level == "error"):
        print(line, file=sys.stderr)
    today = dates.build_date(args.today)
    found = upkeep.due(loaded.listings, today, args.within)
    if args.json:
        print(json.dumps([_due_record(d) for d in found], indent=2))
        return 0
    for d in found:
        when = f"expires in {d.days_left} days" if d.days_left >= 0 else f"expired {-d.days_left} days ago"
        note = "" if d.listing.renewed is None else f" (renewed on {d.listing.renewed}; cannot be renewed again)"
        print(f"{d.listing.path}: {d.listing.id} {when}, on {d.listing.expires}{note}")
    print(f"{sum(d.state == 'expiring' for d in found)} expiring within {args.within} days, "
          f"{sum(d.state == 'expired' for d in found)} expired")  # fmt: skip
    return 0


def run_renew(args: argparse.Namespace) -> int:
    """Renew one listing and say until when."""
    loaded = load_listings(args.listings)
    listing = next((x for x in loaded.listings if x.id == args.id), None)
    if listing is None:
        bad = [p for p in loaded.problems if Path(p.path).stem == args.id]
        reason = f"; fix it first: {report.format_problem(bad[0])}" if bad else ""
        print(f"matchboard renew: error: no valid listing with id {args.id!r}{reason}", file=sys.stderr)
        return 1
    try:
        until = upkeep.renew(listing, Path(listing.path), dates.build_date(args.today), args.days)
    except upkeep.RenewError as err:
        print(f"matchboard renew: error: {err}", file=sys.stderr)
        return 1
    print(f"{listing.path}: {listing.id} renewed until {until}")
    return 0


def _due_record(d: upkeep.Due) -> dict[str, object]:
    listing = d.listing
    return {
        "id": listing.id,
        "path": listing.path,
        "state": d.state,
        "expires": listing.expires.isoformat(),
        "days_left": d.days_left,
        "renewed": listing.renewed.isoformat() if listing.renewed else None,
    }
