"""Partner boards' listings for this build: fetched and checked, or their last good copy, never a failed build."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from generator.check.records import check_record
from generator.core.model import Listing
from generator.core.settings import Partner
from generator.core.shown import printable
from generator.core.slugs import slugify
from generator.network.fetch import FetchError, Unusable, fetch_bytes, parse_json

FORMAT = 1  # the manifest format this board reads
MANIFEST = "api/board.json"
LISTINGS = "api/listings.json"
FETCHED = "fetched"  # holds the build date of the last good copy
MAX_NAMED = 20  # warnings named per partner: a partner of 100,000 broken listings must not bury the build's log
# Active listings read from one partner. Each is embedded (about 30 a second on 2 cores) and scored against
# every listing of the other side: 50 MB of small listings (100,000) would add an hour to every build.
MAX_ACTIVE = 10_000


@dataclass(frozen=True)
class PartnerState:
    """What one partner gave this build: whether it answered, its format, listings used, the copy's date."""

    partner: Partner
    reachable: bool  # its server answered (its answer may still be unusable: then `problem` says why)
    format: int | None
    listings: int
    copy_date: str | None  # when the copy used was fetched (this build's date when fetched now)
    problem: str | None = None
    address: str | None = None  # the board's own address, as its manifest gives it
    left_out: str | None = None  # why its listings are not used although it answered: it is this board, or another


@dataclass(frozen=True)
class Network:
    """Every partner's checked listings, each partner's state, and the warnings to print."""

    listings: tuple[Listing, ...]
    states: tuple[PartnerState, ...]
    warnings: tuple[str, ...]


def fetch_partners(partners: tuple[Partner, ...], build_dir: Path, today: dt.date, own: str = "") -> Network:
    """Fetch each partner's manifest and listings, keep them as its last good copy, and check every listing.

    A partner whose manifest gives this board's address (`own`) or another partner's is left out: its listings
    would be suggested beside the very listings they copy. A partner's own address in the settings is its own
    whatever comes first, so a partner claiming another's address leaves out itself only, never the other.
    """
    listings: list[Listing] = []
    states: list[PartnerState] = []
    warnings: list[str] = []
    boards: dict[str, str | None] = {a: p.name for p in partners if (a := board_address(p.url))}  # address -> name
    if own_address := board_address(own):
        boards[own_address] = None  # this board
    for partner in partners:
        found, state, said = _partner(partner, copy_folder(build_dir, partner), today, boards)
        if state.address and not state.left_out:
            boards.setdefault(state.address, partner.name)
        listings += found
        states.append(state)
        warnings += said
    return Network(tuple(listings), tuple(states), tuple(printable(w) for w in warnings))  # one line each


def copy_folder(build_dir: Path, partner: Partner) -> Path:
    """Return where a partner's last good copy is kept: `build/partners/<address as a slug>-<its hash>/`.

    The hash keeps apart addresses the slug alone would merge (`/b-c/`, `/b/c/`, `/b.c/`).
    """
    slug = slugify(partner.url.split("://", 1)[1])[:60] or "partner"
    return build_dir / "partners" / f"{slug}-{hashlib.sha256(partner.url.encode()).hexdigest()[:10]}"


def board_address(value: object) -> str | None:
    """Return a board's address as compared (scheme and host in lower case, one final `/`), None if it is none."""
    parts = urlsplit(value) if isinstance(value, str) else None
    if not parts or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}/"


def _left_out(partner: Partner, address: str | None, boards: dict[str, str | None]) -> str | None:
    """Say why a partner whose manifest gives `address` is not read: it is this board (None) or another partner."""
    if address is None or address not in boards or boards[address] == partner.name:
        return None
    other = boards[address]
    if other is None:
        return printable(f"its manifest gives this board's own address, {address}; a board is not its own partner")
    return printable(f"its manifest gives the address of partner {other!r}, {address}; one board is read once")


def _partner(partner: Partner, folder: Path, today: dt.date,
             boards: dict[str, str | None]) -> tuple[list[Listing], PartnerState, list[str]]:  # fmt: skip
    """Fetch one partner (or fall back on its copy) and check its listings; keep a fresh copy once checked."""
    name = f"partner {partner.name!r} ({partner.url})"
    try:
        fetched: _Fetched | None = _fetch(partner)
        problem, reached = None, True
    except FetchError as err:
        fetched, problem = None, printable(str(err))  # it may quote the partner; printed in `partners` too
        reached = isinstance(err, Unusable)
    copy = (fetched.manifest, fetched.records, today.isoformat()) if fetched else _load(folder)
    warnings = []
    if problem:
        fallback = f"using its copy of {copy[2]}" if copy else "no earlier copy, so its listings are left out"
        warnings.append(f"{name}: {problem}; {fallback}")
    if copy is None:
        return [], PartnerState(partner, reached, None, 0, None, problem), warnings
    manifest, records, date = copy
    address = board_address(manifest.get("url"))
    if left_out := _left_out(partner, address, boards):
        state = PartnerState(partner, reached, manifest["format"], 0, date, problem, address, left_out)
        return [], state, [*warnings, f"{name}: {left_out}, so its listings are left out"]
    listings, said = _checked(partner, records, today)
    if fetched and (unsaved := _save(folder, fetched.manifest_body, fetched.listings_body, today)):
        said = [*said, f"{name}: {unsaved}"]  # saved only now: a copy whose checks failed would fail later builds
    state = PartnerState(partner, reached, manifest["format"], len(listings), date, problem, address)
    return listings, state, warnings + said


@dataclass(frozen=True)
class _Fetched:
    """A partner's two files as fetched (kept as they came) and as read."""

    manifest_body: bytes
    listings_body: bytes
    manifest: dict[str, Any]
    records: list[Any]


def _fetch(partner: Partner) -> _Fetched:
    """Return the partner's manifest and listings as fetched, once both are checked to be usable."""
    address = partner.url + MANIFEST
    manifest_body = fetch_bytes(address)
    manifest = _manifest(parse_json(manifest_body, address), address)
    listings_address = urljoin(partner.url, manifest.get("exports", {}).get("listings", LISTINGS))
    if not listings_address.startswith(partner.url):
        raise Unusable(f"{address} points its listings outside the partner's site: {listings_address}")
    listings_body = fetch_bytes(listings_address)
    records = parse_json(listings_body, listings_address)
    if not isinstance(records, list):
        raise Unusable(f"{listings_address} is not a list of listings")
    return _Fetched(manifest_body, listings_body, manifest, records)


def _manifest(data: Any, address: str) -> dict[str, Any]:
    """Return a manifest this board can read, or say why not (another format, missing fields)."""
    if not isinstance(data, dict) or "format" not in data:
        raise Unusable(f"{address} is not a board manifest (no `format`)")
    version = data["format"]
    if isinstance(version, bool) or not isinstance(version, int):  # "1", 1.1, true: not a format this board wrote
        raise Unusable(f'{address} gives `format` as {json.dumps(version)[:60]}; a manifest says "format": {FORMAT}')
    if version != FORMAT:  # say which side has to move: the one whose format is older
        newer = "this board" if version > FORMAT else "the partner"
        raise Unusable(f"{address} is in format {version}; this board reads format {FORMAT} only ({newer} needs a "
                       "newer matchboard)")  # fmt: skip
    exports = data.get("exports", {})
    if not isinstance(exports, dict) or not all(isinstance(v, str) for v in exports.values()):
        raise Unusable(f"{address}: `exports` must map names to addresses")
    return data


def _save(folder: Path, manifest: bytes, listings: bytes, today: dt.date) -> str | None:
    """Keep a good copy, each file replaced whole, or say why it cannot be kept (the build goes on without it).

    The date goes first and comes back last, so it only ever names a complete copy.
    """
    try:
        (folder / FETCHED).unlink(missing_ok=True)
        folder.mkdir(parents=True, exist_ok=True)
        for name, body in ((MANIFEST, manifest), (LISTINGS, listings), (FETCHED, today.isoformat().encode())):
            target = folder / Path(name).name
            part = target.with_name(target.name + ".part")
            part.write_bytes(body)
            os.replace(part, target)
    except OSError as err:  # build/partners a file, a full disk, a folder not ours to write
        return f"its copy cannot be kept in {folder} ({err.strerror or err}); a build while it is away has no copy"
    return None


def _load(folder: Path) -> tuple[dict[str, Any], list[Any], str] | None:
    """Return the last good copy (manifest, listing records, date), or None when there is none."""
    try:
        date = (folder / FETCHED).read_text(encoding="utf-8").strip()
        manifest = json.loads((folder / Path(MANIFEST).name).read_text(encoding="utf-8-sig"))
        records = json.loads((folder / Path(LISTINGS).name).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or not isinstance(records, list):  # a copy damaged by hand is no copy
        return None
    return manifest, records, date


def _checked(partner: Partner, records: list[Any], today: dt.date) -> tuple[list[Listing], list[str]]:
    """Return the partner's listings that pass the rules, the first MAX_ACTIVE active ones; warnings say the rest."""
    listings: list[Listing] = []
    warnings: list[str] = []
    seen: set[str] = set()
    active = 0
    for i, record in enumerate(records):
        listing, messages = check_record(record, f"partner {partner.name!r}: listing {i + 1}", partner.url)
        if listing is not None and listing.id in seen:
            messages = [f"partner {partner.name!r}: listing {i + 1} ({listing.id}): the id is used twice"]
            listing = None
        if listing is None:
            more = f" (and {len(messages) - 1} more problems)" if len(messages) > 1 else ""
            warnings.append(f"{messages[0]}; skipped{more}")
            continue
        seen.add(listing.id)
        is_active = listing.is_active(today)
        active += is_active
        if active <= MAX_ACTIVE or not is_active:
            listings.append(listing)
            warnings += messages
    if len(warnings) > MAX_NAMED:
        warnings[MAX_NAMED:] = [f"partner {partner.name!r}: {len(warnings) - MAX_NAMED} more warnings about its "
                                f"listings are not shown; {len(records) - len(listings)} of its {len(records)} "
                                "listings were skipped"]  # fmt: skip
    if active > MAX_ACTIVE:
        warnings.append(f"partner {partner.name!r}: {active} active listings; this board reads the first {MAX_ACTIVE} "
                        f"of one partner, so {active - MAX_ACTIVE} are left out")  # fmt: skip
    return listings, warnings
