"""What each listing field is as a facet: its values, labels, pages, search filters and command-line flag.

Adding a facet is one entry in `FACETS` plus the translations of its labels: the facet pages, the
embeds, the search page's filters, the index's filter fields and `matchboard search` read it here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.core.i18n import N_, Lang
from generator.core.model import Listing
from generator.core.slugs import keyword_slug


@dataclass(frozen=True)
class Facet:
    """One listing field as readers browse, filter and search by it."""

    key: str  # the field's name in the index and the search filters: "sector"
    values: Callable[[Listing], Sequence[str]]  # its codes on a listing, in the listing's order
    label: str  # message naming one value's field: "Sector"
    value_label: Callable[[Lang, str], str]  # a code as a language shows it
    segment: str | None = None  # its pages: browse/<segment>/<code>/; None: no pages
    browse_title: str = ""  # message titling the facet's own page
    group: Callable[[Lang, str], str] | None = None  # the heading a value is listed under on that page
    embeddable: bool = False  # partners can embed a value's listings: embed/<segment>/<code>/
    pagefind: str | None = None  # the Pagefind filter on listing pages and the search page; None: none
    filter_label: str = ""  # message labelling the search page's filter, when not `label`
    vocabulary: str | None = None  # schema/vocab file whose every code the search page offers
    many: bool = False  # a listing can have several values
    flag: str | None = None  # the `matchboard search` option filtering on the index field `key`

    def codes(self, listing: Listing) -> list[str]:
        """Return a listing's codes once each, in order."""
        return list(dict.fromkeys(self.values(listing)))


def _vocabulary(name: str) -> Callable[[Lang, str], str]:
    return lambda lang, code: lang.label(name, code)


# In the order of the search page's filters and the command line's options.
FACETS: dict[str, Facet] = {
    f.key: f
    for f in (
        Facet("type", lambda x: [x.type], N_("Type"), _vocabulary("types"),
              pagefind="type", vocabulary="types", flag="--type"),
        Facet("category", lambda x: [x.category], N_("Category"), _vocabulary("categories"),
              segment="categories", browse_title=N_("Browse by category"), embeddable=True,
              pagefind="category", vocabulary="categories", flag="--category"),
        Facet("sector", lambda x: x.sectors, N_("Sector"), Lang.sector,
              segment="sectors", browse_title=N_("Browse by sector"), group=Lang.section, embeddable=True,
              pagefind="sector", many=True, flag="--sector"),
        Facet("country", lambda x: [x.organisation.country], N_("Country"), Lang.country,
              segment="countries", browse_title=N_("Browse by country"), embeddable=True,
              pagefind="country", flag="--country"),
        Facet("region", lambda x: [x.organisation.region] if x.organisation.region else [], N_("Region"),
              Lang.region, segment="regions", browse_title=N_("Browse by region"),
              group=lambda lang, code: lang.country(code.split("-")[0]), flag="--region"),
        Facet("language", lambda x: [x.language], N_("Language"), _vocabulary("languages"),
              segment="languages", browse_title=N_("Browse by language"), embeddable=True,
              pagefind="language", vocabulary="languages", flag="--language"),
        Facet("partnership", lambda x: x.partnership, N_("Partnership type"), _vocabulary("partnership"),
              segment="partnership", browse_title=N_("Browse by partnership type"), embeddable=True,
              pagefind="partnership", filter_label=N_("Partnership"), vocabulary="partnership", many=True,
              flag="--partnership"),
        # A keyword's label is the first spelling on the board (render/facets.py), not a language's.
        Facet("keyword", lambda x: [keyword_slug(k) for k in x.keywords], N_("Keyword"),
              lambda lang, code: code, segment="keywords", browse_title=N_("Browse by keyword"),
              group=lambda lang, code: code[0].upper()),
    )
}  # fmt: skip

FILTERS = tuple(f for f in FACETS.values() if f.flag)  # index fields `matchboard search` filters on
PAGED = tuple(f for f in FACETS.values() if f.segment)  # facets with a page per value
