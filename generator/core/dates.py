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
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def parse_date(text: str) -> dt.date:
    """Parse YYYY-MM-DD for argparse, with a message a person can act on."""
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _fail(text)
    except ValueError:
        return _fail(text)


def _fail(text: str) -> dt.date:
    raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
