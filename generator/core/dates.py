"""The build date: `--today`, else SOURCE_DATE_EPOCH, else the clock, so builds can be repeated."""

from __future__ import annotations

import argparse
import datetime as dt
import os


def build_date(given: dt.date | None) -> dt.date:
    """Return the date that decides what is active: the flag, SOURCE_DATE_EPOCH, or today (UTC)."""
    if given:
        return given
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and not epoch_problem(epoch):
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def epoch_problem(epoch: str | None) -> str | None:
    """Say what is wrong with a SOURCE_DATE_EPOCH value, or None when it is unset or a usable date."""
    if not epoch:
        return None
    if not (epoch.isascii() and epoch.isdigit()):
        return f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970-01-01 (e.g. 1796083200)"
    try:
        dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    except (OverflowError, ValueError, OSError):
        return f"SOURCE_DATE_EPOCH={epoch!r} is after the year 9999"
    return None


def parse_date(text: str) -> dt.date:
    """Parse YYYY-MM-DD for argparse, with a message a person can act on."""
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _fail(text)
    except ValueError:
        return _fail(text)


def _fail(text: str) -> dt.date:
    raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
