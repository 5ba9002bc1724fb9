"""What each template is given: one frozen record per page type, and the small records its loops read.

A template sees a record's fields as its variables, shallowly (nested view records are passed as they are):
the names are the templates' own, so a field renamed here is a template to change.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.core.contacts import Operator
from generator.render.suggestions import MatchView
from generator.render.views import Card, ListingView

if TYPE_CHECKING:  # submit.py renders through templates.py, which reads this module
    from generator.render.places import Country
    from generator.render.submit import FieldView
    from generator.render.submit_messages import Messages


def template_values(record: object) -> dict[str, object]:
    """Return a record's fields by name, without copying what they hold (dataclasses.asdict would, deeply)."""
    assert dataclasses.is_dataclass(record)
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


@dataclass(frozen=True)
class Front:
    """A page's front matter, escaped for MkDocs, and the title it must read back as.

    `front_feed` (an Atom feed from the tree's root) and `front_og_type` are read by the theme for the page's head.
    """

    front_title: Markup
    front_description: Markup
    front_expected: str
    hide_toc: bool
    front_feed: str = ""
    front_og_type: str = ""


@dataclass(frozen=True, kw_only=True)
class PageContext:
    """What every Markdown page has: its front matter (the renderer adds root, site_root and language)."""

    front: Front


@dataclass(frozen=True)
class HomeCounts:
    """The home page's figures."""

    needs: int
    offers: int
    matches: int
    countries: int


@dataclass(frozen=True, kw_only=True)
class HomePage(PageContext):
    """The home page: the board, its figures and its newest listings."""

    board_name: str
    intro: str
    counts: HomeCounts
    newest_needs: list[Card]
    newest_offers: list[Card]
    repository: str | None
    facilitator: str | None
    contact: bool


@dataclass(frozen=True)
class Pager:
    """Where a page of a long list stands."""

    number: int
    pages: int
    previous: str | None
    next: str | None


@dataclass(frozen=True, kw_only=True)
class ListPage(PageContext):
    """One page of a list of listings: cards, or one short line each when compact."""

    heading: str
    lead: str
    items: list[Card]
    pager_: Pager
    feed: str | None
    embed: str | None
    compact: bool


@dataclass(frozen=True)
class LanguageLink:
    """A page in one of the board's languages."""

    code: str
    name: str
    current: bool
    url: str


@dataclass(frozen=True)
class Interest:
    """The "Express interest" button: the facilitator's encoded address and where its dialog is (INTEREST_DIALOG)."""

    email: str
    dialog: str


@dataclass(frozen=True, kw_only=True)
class ListingPage(PageContext):
    """A listing's page with its suggested partners."""

    l: ListingView  # noqa: E741 - the templates' name
    matches: list[MatchView]
    more: list[MatchView]
    hidden: int
    interest: Interest | None
    edit_url: str | None
    file: str | None


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with its page and how many active listings have it."""

    code: str
    label: str
    url: str
    count: int


@dataclass(frozen=True)
class FacetGroup:
    """The values of a facet under one heading ("" when the facet has no groups)."""

    label: str
    entries: list[FacetValue]


@dataclass(frozen=True, kw_only=True)
class FacetPage(PageContext):
    """The index of one facet: its values, grouped."""

    heading: str
    lead: str
    groups: list[FacetGroup]


@dataclass(frozen=True)
class BrowseEntry:
    """A facet on the Browse page with how many values it has."""

    label: str
    url: str
    count: int


@dataclass(frozen=True, kw_only=True)
class BrowsePage(PageContext):
    """The Browse page: every facet."""

    facets: list[BrowseEntry]


@dataclass(frozen=True)
class FilterOption:
    """One choice of a search filter."""

    value: str
    label: str


@dataclass(frozen=True)
class SearchFilter:
    """A Pagefind filter on the search page."""

    name: str
    label: str
    options: list[FilterOption]


@dataclass(frozen=True, kw_only=True)
class SearchPage(PageContext):
    """The search page: its filters and the "n listings found" message in each plural form."""

    filters: list[SearchFilter]
    found: dict[str, str]
    board: str = ""  # this board's name when partners' bundles join the search (search/partners.json), else ""


@dataclass(frozen=True)
class StatisticsRow:
    """A row of a statistics table: what is counted, its page if it has one, the counts."""

    label: str
    url: str | None
    cells: list[int]


@dataclass(frozen=True)
class StatisticsTable:
    """A table of the statistics page."""

    heading: str
    columns: list[str]
    rows: list[StatisticsRow]


@dataclass(frozen=True)
class StatisticsCounts:
    """The statistics page's lead figures."""

    needs: int
    offers: int
    matches: int
    expired: int


@dataclass(frozen=True, kw_only=True)
class StatisticsPage(PageContext):
    """The statistics page."""

    counts: StatisticsCounts
    today: str
    tables: list[StatisticsTable]


@dataclass(frozen=True, kw_only=True)
class DataPage(PageContext):
    """The page of feeds, exports and embeds."""

    today: str
    example_embed: str


@dataclass(frozen=True, kw_only=True)
class AboutPage(PageContext):
    """The About page: the board, its operator's imprint, the privacy notice."""

    board_name: str
    intro: str
    operator: Operator | None
    address_lines: list[str]
    operator_email: str | None
    contact_email: str | None
    contact_form: str | None
    facilitator: bool
    repository: str | None
    max_days: int


@dataclass(frozen=True, kw_only=True)
class SubmitPage(PageContext):
    """The Submit page: the form's questions, the script's settings and messages."""

    fields: list[FieldView]
    dates: list[FieldView]
    countries: list[Country]
    usual_countries: list[Country]
    regions: str  # the folder of the region lists, from the site's root
    repository: str | None
    branch: str
    issue_template: str
    issue_url: str | None
    issue_title: str
    consent_label: str
    consent: str
    consent_issue: str
    messages: Messages
    order: list[str]
    default_days: int
    max_days: int
    refused: dict[str, str]
    name_fields: tuple[str, ...]
    contact_email: str | None
    contact_form: str | None
