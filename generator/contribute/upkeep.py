"""Expiry upkeep: which listings are due for renewal or expired, and renewing one (once)."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.contribute import scaffold
from generator.core.model import Listing

NOTICE_DAYS = 14  # owners are warned two weeks before expiry, as in the EU partnering database
RENEWAL_DAYS = 365


@dataclass(frozen=True)
class Due:
    """A listing that needs its owner's attention."""

    listing: Listing
    days_left: int  # negative once expired

    @property
    def state(self) -> str:
        """Return `expiring` or `expired`."""
        return "expired" if self.days_left < 0 else "expiring"


def due(listings: Sequence[Listing], today: dt.date, within: int = NOTICE_DAYS) -> list[Due]:
    """Return published listings expiring within `within` days, then expired ones, soonest first."""
    found = [
        Due(x, (x.expires - today).days)
        for x in listings
        if x.published <= today and (x.expires - today).days <= within
    ]
    return sorted(found, key=lambda d: (d.days_left < 0, abs(d.days_left), d.listing.id))


class RenewError(Exception):
    """The listing cannot be renewed; the message says why."""


def renew(listing: Listing, path: Path, today: dt.date, days: int = RENEWAL_DAYS) -> dt.date:
    """Extend a listing to `days` after today, once; rewrite only its `expires` line and add `renewed`."""
    if listing.renewed is not None:
        raise RenewError(f"{listing.id} was already renewed on {listing.renewed}; a listing is renewed once, "
                         "then posted again as a new listing")  # fmt: skip
    if not 1 <= days <= RENEWAL_DAYS + 1:
        raise RenewError(f"a renewal runs 1 to {RENEWAL_DAYS + 1} days, not {days}")
    try:
        new_expiry = today + dt.timedelta(days=days)
    except OverflowError:
        raise RenewError(f"{today} is too near the end of the calendar to renew from") from None
    if new_expiry <= listing.expires:
        raise RenewError(f"{listing.id} already runs until {listing.expires}, after {new_expiry}")
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")  # decoding bytes keeps the file's line endings as they are
    lines = EXPIRES_LINE.findall(text)
    if len(lines) != 1:
        raise RenewError(f"{path}: cannot find a single top-level `expires:` line to change")
    updated = EXPIRES_LINE.sub(lambda m: _renewed_lines(m, new_expiry, today), text)
    problems = scaffold.check_text(updated, path.stem)
    if problems:
        raise RenewError(f"{path}: the renewed file would not be valid: {problems[0][2]}")
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    path.write_bytes(bom + updated.encode("utf-8"))
    return new_expiry


# The one line renew changes: its value, an end-of-line comment the owner wrote, and a Windows line end.
EXPIRES_LINE = re.compile(r"^expires:[ \t]*(?P<value>[^\s#]*)(?P<comment>[ \t]+#[^\r\n]*)?[ \t]*(?P<cr>\r?)$",
                          re.MULTILINE)  # fmt: skip


def _renewed_lines(match: re.Match[str], expires: dt.date, today: dt.date) -> str:
    """Return the `expires` line with its new date, keeping its comment and line end, then `renewed`."""
    end = match["cr"] + "\n"
    return f"expires: {expires.isoformat()}{match['comment'] or ''}{end}renewed: {today.isoformat()}{match['cr']}"
