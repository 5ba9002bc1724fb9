"""Typed records every stage after loading works with: listings, organisations, problems."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    message: str
    level: Level = "error"


@dataclass(frozen=True)
class Organisation:
    """Who posts a listing."""

    name: str
    country: str
    size: str
    anonymous: bool = False
    region: str | None = None
    website: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Identify an organisation across listings: same name (ignoring case) and country."""
        return (" ".join(self.name.casefold().split()), self.country)


@dataclass(frozen=True)
class Contact:
    """How to reach the poster of a listing (public)."""

    name: str | None = None
    email: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Text:
    """A listing's title, summary and description in one language: the original or a translation."""

    language: str
    title: str
    summary: str
    description: str


@dataclass(frozen=True)
class Listing:
    """One need or offer, validated and converted from its YAML file."""

    id: str
    type: str
    category: str
    title: str
    summary: str
    description: str
    language: str
    organisation: Organisation
    sectors: tuple[str, ...]
    keywords: tuple[str, ...]
    partnership: tuple[str, ...]
    published: dt.date
    expires: dt.date
    path: str
    trl: int | None = None
    contact: Contact | None = None
    renewed: dt.date | None = None
    translations: tuple[Text, ...] = ()
    board: str | None = None  # a partner board's url when the listing comes from it; None: this board's own

    @property
    def key(self) -> str:
        """Return what tells listings of every board apart: the id here, the partner's page of it otherwise."""
        return self.id if self.board is None else f"{self.board}listings/{self.id}/"

    def texts(self) -> list[Text]:
        """Return the listing's texts: the original first, then the translations."""
        return [Text(self.language, self.title, self.summary, self.description), *self.translations]

    def text_in(self, language: str) -> Text:
        """Return the text in `language` if the listing is written in it, else the original."""
        texts = self.texts()
        return next((t for t in texts if t.language == language), texts[0])

    def is_active(self, today: dt.date) -> bool:
        """Return whether the listing is on the board on `today` (both ends included)."""
        return self.published <= today <= self.expires


@dataclass(frozen=True)
class LoadResult:
    """Listings that passed every check, the problems found, and how many files were read."""

    listings: tuple[Listing, ...]
    problems: tuple[Problem, ...]
    files_checked: int = 0
    files_with_errors: int = field(default=0)

    @property
    def ok(self) -> bool:
        """Return whether no error (warnings allowed) was found."""
        return not any(p.level == "error" for p in self.problems)


# A value inside a reason, as (kind, value): the kind says how a language shows it, e.g.
# ("sector", "C25") becomes "C25 Fabrication de produits métalliques..." in French.
Term = tuple[str, str]


@dataclass(frozen=True)
class Clause:
    """One statement of a reason: an English template (its msgid in the catalogues) and its values."""

    template: str  # e.g. "both in {sectors}"
    values: tuple[tuple[str, tuple[Term, ...]], ...] = ()


@dataclass(frozen=True)
class Reason:
    """What one criterion contributed to a pair: in English words, and as clauses any language can word."""

    criterion: str
    score: float  # 0..1 before weighting
    text: str  # English, for the command line and the exports
    clauses: tuple[Clause, ...] = ()


# On the set written blind, about 70 % of suggestions scoring 70 or more were judged relevant,
# half of those from 55 to 69, a fifth below.
STRENGTHS = ((70, "strong"), (55, "good"), (0, "possible"))


@dataclass(frozen=True)
class Match:
    """A suggested need-offer pair with its score (0-100) and the reasons behind it."""

    need: str
    offer: str
    score: int
    reasons: tuple[Reason, ...]
    need_board: str | None = None  # a partner board's url when that side comes from it
    offer_board: str | None = None

    @property
    def strength(self) -> str:
        """Return the score in words: strong, good or possible (benchmarks/RESULTS.md: precision by score)."""
        return next(word for floor, word in STRENGTHS if self.score >= floor)
