"""The build date: `--today`, else SOURCE_DATE_EPOCH, else the clock, so builds can be repeated."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re

# The dates a site can be built for: MkDocs stamps sitemap.xml.gz with the build date as gzip's
# 32-bit time (1970 to 2106, or struct.error) and reads it back with a four-digit year.
SITE_DATES = (dt.date(1970, 1, 1), dt.date(2106, 2, 7))


class DateError(ValueError):
    """SOURCE_DATE_EPOCH is set but names no date: a build from it could not be repeated."""


def build_date(given: dt.date | None) -> dt.date:
    """Return the date that decides what is active: the flag, SOURCE_DATE_EPOCH, or today (UTC)."""
    if given:
        return given
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return _epoch_date(epoch)
    return dt.datetime.now(dt.UTC).date()


def epoch_problem(epoch: str | None) -> str | None:
    """Say what is wrong with a SOURCE_DATE_EPOCH value, or None when it is unset or names a date."""
    epoch = (epoch or "").strip()
    if not epoch:
        return None
    try:
        _epoch_date(epoch)
    except DateError as err:
        return str(err)
    return None


def _epoch_date(epoch: str) -> dt.date:
    """Return the UTC date of a SOURCE_DATE_EPOCH, or say why it is none.

    The reproducible-builds convention asks a malformed value to stop the build: falling back to
    the clock would quietly make the build unrepeatable, the one thing the variable is set for.
    """
    wrong = f"SOURCE_DATE_EPOCH is {epoch[:40]!r}; it must be a whole number of seconds since 1970-01-01 UTC"
    if not re.fullmatch(r"[0-9]+", epoch, re.ASCII):
        raise DateError(wrong)
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        raise DateError(f"SOURCE_DATE_EPOCH {epoch[:40]} names a time after the year 9999") from None


def parse_date(text: str) -> dt.date:
    """Parse YYYY-MM-DD for argparse, with a message a person can act on."""
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _fail(text)
    except ValueError:
        return _fail(text)


def _fail(text: str) -> dt.date:
    raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
