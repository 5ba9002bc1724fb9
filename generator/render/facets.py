"""Facet pages: the board by category, sector, country, region, partnership, language and keyword."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.core import urls
from generator.core.i18n import N_
from generator.core.model import Listing
from generator.render.templates import Renderer, embed_snippet, front
from generator.render.views import keyword_slug, leaf, newest_first


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with its page and how many active listings have it."""

    code: str
    label: str
    url: str
    count: int


def _facet_pages(
    r: Renderer, facet: str, values: dict[str, tuple[str, list[Listing]]], embeddable: bool,
    group_of: Callable[[str], str] | None = None,
) -> None:  # fmt: skip
    """Render the index of a facet and a paginated page per value."""
    title, index_heading = (r._(message) for message in FACET_TITLES[facet])
    index_path = f"{urls.browse(facet)}index.md"
    groups: dict[str, list[FacetValue]] = defaultdict(list)
    for code, (label, listings) in sorted(values.items()):
        group = group_of(code) if group_of else ""
        groups[group].append(FacetValue(code, label, f"{code}/", len(listings)))
        feed = urls.sector_feed(code) if facet == "sectors" else None
        embed = embed_snippet(r.settings, facet, code) if embeddable else None
        heading = r._(N_("{facet}: {value}"), facet=title, value=label)
        folder = urls.facet(facet, code)
        r.listing_list(folder, heading, "", newest_first(listings), feed=feed, embed=embed, first=leaf(folder))
    shown_groups = [{"label": g, "entries": groups[g]} for g in sorted(groups)]
    r.page(index_path, "pages/facets.md.j2", heading=index_heading, lead="", groups=shown_groups,
           **front(index_heading))  # fmt: skip


def group_by(listings: Iterable[Listing], keys: Callable[[Listing], Iterable[str]]) -> dict[str, list[Listing]]:
    """Return the listings under each of their keys (a listing with two sectors is under both)."""
    found: dict[str, list[Listing]] = defaultdict(list)
    for listing in listings:
        for key in dict.fromkeys(keys(listing)):
            found[key].append(listing)
    return found


def _labelled(r: Renderer, vocabulary: str, groups: dict[str, list[Listing]]) -> dict[str, tuple[str, list[Listing]]]:
    return {k: (r.lang.label(vocabulary, k), v) for k, v in groups.items()}


def _categories(r: Renderer, facet: str, active: list[Listing]) -> None:
    _facet_pages(r, facet, _labelled(r, "categories", group_by(active, lambda x: [x.category])), True)


def _sectors(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = group_by(active, lambda x: x.sectors)
    values = {k: (r.lang.sector(k), v) for k, v in groups.items()}
    _facet_pages(r, facet, values, True, r.lang.section)


def _countries(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = group_by(active, lambda x: [x.organisation.country])
    _facet_pages(r, facet, {k: (r.lang.country(k), v) for k, v in groups.items()}, True)


def _regions(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = group_by(active, lambda x: [x.organisation.region] if x.organisation.region else [])
    values = {k: (r.lang.region(k), v) for k, v in groups.items()}
    _facet_pages(r, facet, values, False, lambda code: r.lang.country(code.split("-")[0]))


def _partnership(r: Renderer, facet: str, active: list[Listing]) -> None:
    _facet_pages(r, facet, _labelled(r, "partnership", group_by(active, lambda x: x.partnership)), True)


def _languages(r: Renderer, facet: str, active: list[Listing]) -> None:
    _facet_pages(r, facet, _labelled(r, "languages", group_by(active, lambda x: [x.language])), True)


def _keywords(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = group_by(active, lambda x: [keyword_slug(k) for k in x.keywords])
    spelled: dict[str, str] = {}
    for listing in sorted(active, key=lambda x: x.id):
        for keyword in listing.keywords:
            spelled.setdefault(keyword_slug(keyword), keyword)
    values = {k: (spelled[k], v) for k, v in groups.items()}
    _facet_pages(r, facet, values, False, lambda code: code[0].upper())


FACETS: dict[str, Callable[[Renderer, str, list[Listing]], None]] = {
    "categories": _categories,
    "sectors": _sectors,
    "countries": _countries,
    "regions": _regions,
    "partnership": _partnership,
    "languages": _languages,
    "keywords": _keywords,
}
FACET_TITLES = {  # facet -> (what a value page is titled with, the facet's own page title)
    "categories": (N_("Category"), N_("Browse by category")),
    "sectors": (N_("Sector"), N_("Browse by sector")),
    "countries": (N_("Country"), N_("Browse by country")),
    "regions": (N_("Region"), N_("Browse by region")),
    "partnership": (N_("Partnership type"), N_("Browse by partnership type")),
    "languages": (N_("Language"), N_("Browse by language")),
    "keywords": (N_("Keyword"), N_("Browse by keyword")),
}


def browse_page(r: Renderer, active: list[Listing]) -> None:
    """Render the Browse page: each facet with how many values it has."""
    counts = {
        "categories": len({x.category for x in active}),
        "sectors": len({s for x in active for s in x.sectors}),
        "countries": len({x.organisation.country for x in active}),
        "regions": len({x.organisation.region for x in active if x.organisation.region}),
        "partnership": len({p for x in active for p in x.partnership}),
        "languages": len({x.language for x in active}),
        "keywords": len({keyword_slug(k) for x in active for k in x.keywords}),
    }
    facets = [{"label": r._(FACET_TITLES[f][0]), "url": f"{f}/", "count": counts[f]} for f in FACETS]
    r.page("browse/index.md", "pages/browse.md.j2", facets=facets, **front(r._(N_("Browse the board"))))
