"""Typed contexts for the board's pages: everything a template shows is computed here, not in Jinja."""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from . import description, vocab
from .model import Listing, Match
from .scaffold import slugify

TYPE_LABELS = {"need": "Need", "offer": "Offer"}


def page_root(path: str) -> str:
    """Return the relative prefix from a page (docs path such as `needs/index.md`) to the site root."""
    return "../" * path.count("/")


def obfuscated(address: str) -> str:
    """Encode an e-mail address so it is not in the HTML as text; assets/board.js decodes it on a click."""
    return base64.b64encode(address[::-1].encode("utf-8")).decode("ascii")


def organisation_name(listing: Listing) -> str:
    """Return the organisation as the public sees it."""
    return "Anonymous organisation" if listing.organisation.anonymous else listing.organisation.name


def country_name(code: str) -> str:
    """Return a country's English name, or the code when ISO knows none."""
    return vocab.country_name(code) or code


def keyword_slug(keyword: str) -> str:
    """Return the URL segment of a keyword page; keywords that differ only in case or accents share it."""
    return slugify(keyword) or "keyword"


@dataclass(frozen=True)
class Card:
    """A listing in a list: enough to decide whether to open it."""

    id: str
    url: str
    title: str
    type: str
    type_label: str
    category_label: str
    organisation: str
    country_name: str
    published: str
    summary: str


def card(listing: Listing, root: str) -> Card:
    """Return the card of a listing for a page whose root prefix is `root`."""
    return Card(
        id=listing.id,
        url=f"{root}listings/{listing.id}/",
        title=listing.title,
        type=listing.type,
        type_label=TYPE_LABELS[listing.type],
        category_label=vocab.labels("categories")[listing.category],
        organisation=organisation_name(listing),
        country_name=country_name(listing.organisation.country),
        published=listing.published.isoformat(),
        summary=listing.summary,
    )


def newest_first(listings: Iterable[Listing]) -> list[Listing]:
    """Order listings newest first; ids break ties so the order never depends on the file system."""
    return sorted(listings, key=lambda x: (-x.published.toordinal(), x.id))


@dataclass(frozen=True)
class Link:
    """A labelled link to a facet page."""

    code: str
    label: str
    url: str | None  # None on expired listings: facet pages list only what is active


@dataclass(frozen=True)
class ListingView:
    """Every field of one listing, ready to show."""

    id: str
    path: str
    type: str
    type_label: str
    partner_word: str
    category: str
    category_label: str
    title: str
    summary: str
    description_html: Markup
    language: str
    language_name: str
    language_url: str | None
    organisation: str
    website: str | None
    size_label: str
    country: str
    country_name: str
    country_url: str | None
    region_name: str | None
    region_url: str | None
    sectors: tuple[Link, ...]
    keywords: tuple[Link, ...]
    partnership: tuple[Link, ...]
    trl: int | None
    trl_note: str
    published: str
    expires: str
    active: bool
    contact_name: str | None
    contact_email: str | None  # obfuscated
    contact_url: str | None


def listing_view(listing: Listing, root: str, active: bool) -> ListingView:
    """Return what the listing page shows."""
    org, contact = listing.organisation, listing.contact
    browse = f"{root}browse/"

    def link(facet: str, code: str, label: str) -> Link:
        return Link(code, label, f"{browse}{facet}/{code}/" if active else None)

    return ListingView(
        id=listing.id,
        path=listing.path,
        type=listing.type,
        type_label=TYPE_LABELS[listing.type],
        partner_word="offers" if listing.type == "need" else "needs",
        category=listing.category,
        category_label=vocab.labels("categories")[listing.category],
        title=listing.title,
        summary=listing.summary,
        description_html=Markup(description.to_html(listing.description)),  # noqa: S704 - rendered safe
        language=listing.language,
        language_name=vocab.labels("languages")[listing.language],
        language_url=link("languages", listing.language, "").url,
        organisation=organisation_name(listing),
        website=None if org.anonymous else org.website,
        size_label=vocab.labels("sizes")[org.size],
        country=org.country,
        country_name=country_name(org.country),
        country_url=link("countries", org.country, "").url,
        region_name=vocab.region_name(org.region) if org.region else None,
        region_url=link("regions", org.region, "").url if org.region else None,
        sectors=tuple(link("sectors", s, f"{s} {vocab.sector_label(s)}") for s in listing.sectors),
        keywords=tuple(Link(k, k, link("keywords", keyword_slug(k), k).url) for k in listing.keywords),
        partnership=tuple(link("partnership", p, vocab.labels("partnership")[p]) for p in listing.partnership),
        trl=listing.trl,
        trl_note="level reached" if listing.type == "offer" else "lowest level acceptable",
        published=listing.published.isoformat(),
        expires=listing.expires.isoformat(),
        active=active,
        contact_name=contact.name if contact else None,
        contact_email=obfuscated(contact.email) if contact and contact.email else None,
        contact_url=contact.url if contact else None,
    )


@dataclass(frozen=True)
class MatchView:
    """A suggested partner on a listing page."""

    score: int
    url: str
    title: str
    type_label: str
    country_name: str
    reasons: tuple[str, ...]


def match_views(listing: Listing, matches: Sequence[Match], by_id: dict[str, Listing], root: str) -> list[MatchView]:
    """Return the partners suggested for a listing, best first."""
    views = []
    for m in matches:
        other_id = m.offer if m.need == listing.id else m.need
        other = by_id[other_id]
        reasons = tuple(r.text for r in m.reasons if r.score > 0)
        views.append(
            MatchView(m.score, f"{root}listings/{other.id}/", other.title, TYPE_LABELS[other.type],
                      country_name(other.organisation.country), reasons)
        )  # fmt: skip
    return sorted(views, key=lambda v: (-v.score, v.url))


def matches_by_listing(matches: Iterable[Match]) -> dict[str, list[Match]]:
    """Index the suggestions by each of the two listings they join."""
    found: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        found[m.need].append(m)
        found[m.offer].append(m)
    return found
