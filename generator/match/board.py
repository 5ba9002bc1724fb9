"""The board: listings, index and matches, gathered before anything is printed or written."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from generator.core.model import Listing, LoadResult, Match
from generator.core.progress import SILENT, Progress
from generator.core.settings import MatchSettings
from generator.match import criteria, embeddings, equivalents, index, topics
from generator.match.embeddings import Meaning
from generator.match.equivalents import Equivalents
from generator.match.suggest import compute_matches

FINGERPRINT = "listings.sha256"


@dataclass(frozen=True)
class Board:
    """Everything computed from the listings for one build date."""

    listings: tuple[Listing, ...]
    today: dt.date
    matches: tuple[Match, ...]  # between this board's own listings
    index_path: Path
    meaning: Meaning  # the active listings' sentence embeddings and neighbourhoods, by id
    partners: tuple[Listing, ...] = ()  # partner boards' listings: matched, never shown on their own
    partner_matches: tuple[Match, ...] = ()  # a listing of this board with a partner's
    # This board's active keywords' equivalents in other languages, for search (match/equivalents.py)
    equivalents: Equivalents = field(default_factory=lambda: MappingProxyType({}))

    def all_matches(self) -> list[Match]:
        """Return every suggestion, this board's and across boards, by need then best first."""
        return sorted(
            [*self.matches, *self.partner_matches],
            key=lambda m: (m.need, m.need_board or "", -m.score, m.offer, m.offer_board or ""),
        )

    def active(self) -> list[Listing]:
        """Return the listings on the board on the build date, by id."""
        return [x for x in self.listings if x.is_active(self.today)]

    def by_id(self) -> dict[str, Listing]:
        """Return every listing by its id."""
        return {x.id: x for x in self.listings}


def index_of(listings: tuple[Listing, ...], today: dt.date, build_dir: Path) -> Path:
    """Return the Whoosh index of the active listings, rebuilt only when they changed."""
    path = build_dir / "index"
    active = [x for x in listings if x.is_active(today)]
    # The topic vocabulary shapes the index too: a changed vocabulary means a new index.
    vocabulary = topics.TOPICS_PATH.read_bytes() if topics.TOPICS_PATH.is_file() else b""
    digest = hashlib.sha256(repr(active).encode("utf-8") + vocabulary).hexdigest()
    stamp = path / FINGERPRINT
    if stamp.is_file() and stamp.read_bytes() == digest.encode("ascii"):  # bytes: a damaged stamp is only stale
        return path
    if path.exists() and not path.is_dir():  # a file in the index's place: build/ is the build's own folder
        path.unlink()
    index.build_index(active, path)
    stamp.write_text(digest, encoding="utf-8")
    return path


def compute_board(
    loaded: LoadResult,
    today: dt.date,
    settings: MatchSettings,
    build_dir: Path,
    partners: tuple[Listing, ...] = (),
    progress: Progress = SILENT,
) -> Board:
    """Index the active listings and compute the suggestions, partner boards' listings included."""
    criteria.weights(settings)  # an unknown criterion in the settings fails before any work
    with progress.stage("index"):
        path = index_of(loaded.listings, today, build_dir)
        weights = index.term_weights(path)
        if partners:
            # Partners' listings get their own index: this board's (searched by `matchboard search`)
            # stays its own, and their term weights are keyed by their partner page's address.
            weights = {**weights, **index.term_weights(index_of(partners, today, build_dir / "network"))}
    active = [x for x in (*loaded.listings, *partners) if x.is_active(today)]
    with progress.stage("meaning", total=len(active), unit="listings") as advance:
        meaning = embeddings.meaning_of(active, embeddings.cache_folder(build_dir))
        own_active = [x for x in loaded.listings if x.is_active(today)]
        found = equivalents.equivalents_of(own_active, embeddings.cache_folder(build_dir))
        advance(len(active))
    with progress.stage("matching", unit="suggestions") as advance:
        matches = compute_matches([*loaded.listings, *partners], today, settings, weights, meaning)
        advance(len(matches))
    own = tuple(m for m in matches if m.need_board is None and m.offer_board is None)
    across = tuple(m for m in matches if m.need_board is not None or m.offer_board is not None)
    return Board(loaded.listings, today, own, path, meaning, partners, across, MappingProxyType(found))
