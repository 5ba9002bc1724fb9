"""Facet pages: the board by category, sector, country, region, partnership, language and keyword."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from generator.core import urls
from generator.core.facets import FACETS, Facet
from generator.core.i18n import N_
from generator.core.model import Listing
from generator.render.contexts import BrowseEntry, BrowsePage, FacetGroup, FacetPage, FacetValue
from generator.render.templates import Renderer, embed_snippet, front
from generator.render.views import leaf, newest_first, page_root

# The Browse page's order (partnership before language, as it has always been shown).
BROWSED = tuple(FACETS[k] for k in ("category", "sector", "country", "region", "partnership", "language", "keyword"))
# A keyword gets a page from this many active listings; one listing's own keyword links to the search
# instead (at 10,000 listings most keywords are one listing's, and each page would repeat that listing).
KEYWORD_PAGE_FROM = 2


def keyword_pages(active: Iterable[Listing]) -> frozenset[str]:
    """Return the keywords (as slugs) that have a page: those of at least KEYWORD_PAGE_FROM active listings."""
    found = group_by(active, FACETS["keyword"].values)
    return frozenset(code for code, listings in found.items() if len(listings) >= KEYWORD_PAGE_FROM)


def facet_pages(r: Renderer, facet: Facet, active: list[Listing]) -> None:
    """Render the index of a facet and a paginated page per value."""
    assert facet.segment is not None
    segment, labels = facet.segment, _value_labels(r, facet, active)
    title, index_heading = r._(facet.label), r._(facet.browse_title)
    groups: dict[str, list[FacetValue]] = defaultdict(list)
    for code, listings in sorted(group_by(active, facet.values).items()):
        group = facet.group(r.lang, code) if facet.group else ""
        if facet.key == "keyword" and len(listings) < KEYWORD_PAGE_FROM:
            search = page_root(urls.browse(segment)) + urls.search(labels[code])
            groups[group].append(FacetValue(code, labels[code], search, len(listings)))
            continue
        groups[group].append(FacetValue(code, labels[code], f"{code}/", len(listings)))
        feed = urls.sector_feed(code) if facet.key == "sector" else None
        embed = embed_snippet(r.settings, segment, code) if facet.embeddable else None
        heading = r._(N_("{facet}: {value}"), facet=title, value=labels[code])
        folder = urls.facet(segment, code)
        r.listing_list(folder, heading, "", newest_first(listings), feed=feed, embed=embed, first=leaf(folder),
                       compact=True)  # fmt: skip
    shown_groups = [FacetGroup(g, groups[g]) for g in sorted(groups)]
    r.page(f"{urls.browse(segment)}index.md", "pages/facets.md.j2",
           FacetPage(heading=index_heading, lead="", groups=shown_groups, front=front(index_heading)))  # fmt: skip


def _value_labels(r: Renderer, facet: Facet, active: list[Listing]) -> dict[str, str]:
    """Return each code's label; a keyword shows as first spelled by the earliest listing id."""
    labels: dict[str, str] = {}
    for listing in sorted(active, key=lambda x: x.id):
        spelled = listing.keywords if facet.key == "keyword" else facet.values(listing)
        for code, value in zip(facet.values(listing), spelled, strict=True):
            if code not in labels:
                labels[code] = value if facet.key == "keyword" else facet.value_label(r.lang, code)
    return labels


def group_by(listings: Iterable[Listing], keys: Callable[[Listing], Iterable[str]]) -> dict[str, list[Listing]]:
    """Return the listings under each of their keys (a listing with two sectors is under both)."""
    found: dict[str, list[Listing]] = defaultdict(list)
    for listing in listings:
        for key in dict.fromkeys(keys(listing)):
            found[key].append(listing)
    return found


def browse_page(r: Renderer, active: list[Listing]) -> None:
    """Render the Browse page: each facet with how many values it has."""
    facets = [
        BrowseEntry(r._(f.label), f"{f.segment}/", len({c for x in active for c in f.values(x)})) for f in BROWSED
    ]
    r.page(f"{urls.browse()}index.md", "pages/browse.md.j2",
           BrowsePage(facets=facets, front=front(r._(N_("Browse the board")))))  # fmt: skip
