"""Page contexts -> Markdown files (with HTML blocks) in the generated docs folder, via Jinja2."""

from __future__ import annotations

import functools
import html
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import parallel, submit, vocab
from .board import Board
from .i18n import N_, Lang, lang, plural_samples
from .model import Listing
from .settings import BoardSettings
from .views import (
    Card,
    card,
    keyword_slug,
    leaf,
    listing_view,
    match_views,
    matches_by_listing,
    newest_first,
    obfuscated,
    page_root,
    page_url,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
PAGE_SIZE = 50
Files = dict[str, str]  # docs-relative path -> content


def environment(language: Lang | None = None) -> jinja2.Environment:
    """Return the Jinja2 environment: autoescape everywhere, undefined names are errors, `_()` translates."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # New-style gettext: values given to _() are escaped, and a missing value is an error.
    env.install_gettext_callables(  # type: ignore[attr-defined]
        (language or lang("en")).gettext, (language or lang("en")).ngettext, newstyle=True
    )
    return env


def tree_prefix(settings: BoardSettings, code: str) -> str:
    """Return where a language's pages are, from the site's root: "" for the default, "fr/" for French."""
    return "" if code == settings.language else f"{code}/"


def front(title: str, description: str = "", hide_toc: bool = True) -> dict[str, Any]:
    """Return front matter values: MkDocs themes print them unescaped, so they are escaped here."""
    return {
        "front_title": Markup(json.dumps(html.escape(title), ensure_ascii=False)),  # noqa: S704 - escaped above
        "front_description": Markup(json.dumps(html.escape(description), ensure_ascii=False)),  # noqa: S704
        "hide_toc": hide_toc,
    }


@dataclass(frozen=True)
class Pager:
    """Where a page of a long list stands."""

    number: int
    pages: int
    previous: str | None
    next: str | None


def paged(base: str, items: Sequence[Listing], first: str | None = None) -> list[tuple[str, list[Listing], Pager]]:
    """Split a list into pages: `first` (base/index.md by default), base/page/2/index.md, ... linked together."""
    chunks = [list(items[i : i + PAGE_SIZE]) for i in range(0, len(items), PAGE_SIZE)] or [[]]
    result = []
    for n, chunk in enumerate(chunks, 1):
        path = (first or f"{base}index.md") if n == 1 else f"{base}page/{n}/index.md"
        previous = _page_link(n, n - 1) if n > 1 else None
        following = _page_link(n, n + 1) if n < len(chunks) else None
        result.append((path, chunk, Pager(n, len(chunks), previous, following)))
    return result


def _page_link(current: int, target: int) -> str:
    """Return the relative link from page `current` of a list to page `target`."""
    if current == 1:
        return f"page/{target}/"
    return "../../" if target == 1 else f"../{target}/"


class Renderer:
    """Render one language's pages into a dict of files, nothing written until the caller decides.

    Paths are relative to that language's tree; `root` in a template leads to the tree's root and
    `site_root` to the site's, where the data files and the search bundle are shared by all languages.
    """

    def __init__(self, settings: BoardSettings, language: str | None = None) -> None:
        self.settings = settings
        self.lang = lang(language or settings.language)
        self.env = _environment(self.lang.code)
        self.up = "../" * tree_prefix(settings, self.lang.code).count("/")
        self.files: Files = {}

    def _(self, message: str, **values: Any) -> str:
        """Return an interface message in the page's language, its {values} filled in."""
        text = self.lang.gettext(message)
        return text.format(**values) if values else text

    def page(self, path: str, template: str, **context: Any) -> None:
        """Render one page at a docs path, giving the template its relative roots and language."""
        root = page_root(path)
        self.files[path] = self.env.get_template(template).render(root=root, site_root=root + self.up,
                                                                  language=self.lang.code, **context)  # fmt: skip

    def language_links(self, path: str) -> list[dict[str, Any]]:
        """Return this page in each language the board offers (a listing page links its versions to them)."""
        site_root = page_root(path) + self.up
        address = page_url(path)
        return [{"code": code, "name": vocab.labels("languages")[code], "current": code == self.lang.code,
                 "url": f"{site_root}{tree_prefix(self.settings, code)}{address}"}
                for code in self.settings.languages]  # fmt: skip

    def cards(self, path: str, listings: Iterable[Listing]) -> list[Card]:
        """Return cards linked relative to the page at `path`."""
        return [card(x, page_root(path), self.lang) for x in listings]

    def listing_list(self, base: str, heading: str, lead: str, listings: Sequence[Listing], **extra: Any) -> None:
        """Render a paginated list of listings."""
        for path, chunk, pager in paged(base, listings, extra.get("first")):
            title = heading if pager.number == 1 else self._(N_("{heading} (page {number})"), heading=heading,
                                                                 number=pager.number)  # fmt: skip
            root = page_root(path)
            feed = f"{root}{extra['feed']}" if extra.get("feed") else None
            self.page(path, "pages/list.md.j2", heading=title, lead=lead, items=self.cards(path, chunk),
                      pager_=pager, feed=feed, embed=extra.get("embed"), **front(title, lead))  # fmt: skip


@functools.cache
def _environment(language: str) -> jinja2.Environment:
    return environment(lang(language))


def write_pages(board: Board, settings: BoardSettings, language: str | None = None) -> Files:
    """Return every generated page of the board in one language (the default one if None), by path."""
    r = Renderer(settings, language)
    active = newest_first(board.active())
    shown = [x for x in board.listings if x.published <= board.today]  # future listings are not public yet
    _home(r, board, active)
    _lists(r, board, active, shown)
    _listing_and_facet_pages(r, board, active, shown)
    _browse(r, active)
    _statistics(r, board, active, shown)
    found = {category: r.lang.ngettext("{n} listing found.", "{n} listings found.", n)
             for category, n in plural_samples(r.lang.code).items()}  # fmt: skip
    r.page("search/index.md", "pages/search.md.j2", filters=_search_filters(r, active), found=found,
           **front(r._(N_("Search"))))  # fmt: skip
    submit.submit_page(r, settings)
    r.page("data/index.md", "pages/data.md.j2", today=board.today.isoformat(),
           example_embed=embed_snippet(settings, "sectors", "C25"),
           **front(r._(N_("Feeds, exports and embeds"))))  # fmt: skip
    return r.files


def _home(r: Renderer, board: Board, active: list[Listing]) -> None:
    needs = [x for x in active if x.type == "need"]
    offers = [x for x in active if x.type == "offer"]
    counts = {
        "needs": len(needs),
        "offers": len(offers),
        "matches": len(board.matches),
        "countries": len({x.organisation.country for x in active}),
    }
    s = r.settings
    r.page("index.md", "pages/home.md.j2", board_name=s.name, intro=s.intro, counts=counts,
           newest_needs=r.cards("index.md", needs[:6]), newest_offers=r.cards("index.md", offers[:6]),
           repository=s.repository, facilitator=s.facilitator, **front(s.name, s.intro))  # fmt: skip


def _lists(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    needs = [x for x in active if x.type == "need"]
    offers = [x for x in active if x.type == "offer"]
    r.listing_list("needs/", r._(N_("Needs")), r._(N_("What organisations are looking for, newest first.")), needs,
                   feed="feeds/needs.xml")  # fmt: skip
    r.listing_list("offers/", r._(N_("Offers")), r._(N_("What organisations provide, newest first.")), offers,
                   feed="feeds/offers.xml")  # fmt: skip
    expired = newest_first(x for x in shown if x.expires < board.today)
    r.listing_list("archive/", r._(N_("Archive")),
                   r._(N_("Expired listings keep their page and address; they are not matched.")), expired)  # fmt: skip


MORE_SHOWN = 15  # partners listed without reasons after the best top_k: keeps a page under 25 KB
PARALLEL_FROM = 2000  # listing pages; below this, worker processes cost more than they save
LISTING_CHUNK = 100
_SHARED: dict[str, Any] = {}  # what forked workers read: set just before the pool starts


def _listing_and_facet_pages(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    """Render a page per listing and the facet pages; a large board shares them among the cores."""
    _SHARED.update(settings=r.settings, language=r.lang.code, board=board, active=active,
                   by_listing=matches_by_listing(board.matches), by_id=board.by_id())  # fmt: skip
    chunks = [shown[i : i + LISTING_CHUNK] for i in range(0, len(shown), LISTING_CHUNK)]
    tasks: list[str | list[Listing]] = [*FACETS, *chunks]  # facet names first: they are the longest tasks
    for files in parallel.fork_map(_render_task, tasks, PARALLEL_FROM // LISTING_CHUNK):
        r.files.update(files)


def _render_task(task: str | list[Listing]) -> Files:
    """Render one facet (by name) or a chunk of listing pages into a fresh set of files."""
    r = Renderer(_SHARED["settings"], _SHARED["language"])
    if isinstance(task, str):
        FACETS[task](r, task, _SHARED["active"])
    else:
        for listing in task:
            _listing_page(r, listing)
    return r.files


def _listing_page(r: Renderer, listing: Listing) -> None:
    board: Board = _SHARED["board"]
    s = r.settings
    path = leaf(f"listings/{listing.id}/")
    root = page_root(path)
    active = listing.is_active(board.today)
    interest = None
    if s.facilitator and active:
        subject = f"Interest in {listing.type} {listing.id}"  # read by the facilitator: always English
        interest = {"email": obfuscated(s.facilitator), "subject": subject}
    in_repository = s.repository_path(listing.path)
    edit_url = f"{s.repository}/edit/{s.branch}/{in_repository}" if s.repository and in_repository else None
    matches = match_views(listing, _SHARED["by_listing"].get(listing.id, []), _SHARED["by_id"], root, r.lang,
                          explained=s.matching.top_k)  # fmt: skip
    shown, more = matches[: s.matching.top_k], matches[s.matching.top_k : s.matching.top_k + MORE_SHOWN]
    hidden = max(len(matches) - s.matching.top_k - MORE_SHOWN, 0)
    offered = {x["code"]: x["url"] for x in r.language_links(path)}
    view = listing_view(listing, root, active, r.lang, offered)
    r.page(path, "pages/listing.md.j2", l=view, matches=shown, more=more, hidden=hidden,
           interest=interest, edit_url=edit_url, file=in_repository,
           **front(view.title, view.summary))  # fmt: skip


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
    index_path = f"browse/{facet}/index.md"
    groups: dict[str, list[FacetValue]] = defaultdict(list)
    for code, (label, listings) in sorted(values.items()):
        group = group_of(code) if group_of else ""
        groups[group].append(FacetValue(code, label, f"{code}/", len(listings)))
        feed = f"feeds/sectors/{code}.xml" if facet == "sectors" else None
        embed = embed_snippet(r.settings, facet, code) if embeddable else None
        heading = r._(N_("{facet}: {value}"), facet=title, value=label)
        folder = f"browse/{facet}/{code}/"
        r.listing_list(folder, heading, "", newest_first(listings), feed=feed, embed=embed, first=leaf(folder))
    shown_groups = [{"label": g, "entries": groups[g]} for g in sorted(groups)]
    r.page(index_path, "pages/facets.md.j2", heading=index_heading, lead="", groups=shown_groups,
           **front(index_heading))  # fmt: skip


def _group_by(listings: Iterable[Listing], keys: Callable[[Listing], Iterable[str]]) -> dict[str, list[Listing]]:
    found: dict[str, list[Listing]] = defaultdict(list)
    for listing in listings:
        for key in dict.fromkeys(keys(listing)):
            found[key].append(listing)
    return found


def _labelled(r: Renderer, vocabulary: str, groups: dict[str, list[Listing]]) -> dict[str, tuple[str, list[Listing]]]:
    return {k: (r.lang.label(vocabulary, k), v) for k, v in groups.items()}


def _categories(r: Renderer, facet: str, active: list[Listing]) -> None:
    _facet_pages(r, facet, _labelled(r, "categories", _group_by(active, lambda x: [x.category])), True)


def _sectors(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: x.sectors)
    values = {k: (r.lang.sector(k), v) for k, v in groups.items()}
    _facet_pages(r, facet, values, True, r.lang.section)


def _countries(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: [x.organisation.country])
    _facet_pages(r, facet, {k: (r.lang.country(k), v) for k, v in groups.items()}, True)


def _regions(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: [x.organisation.region] if x.organisation.region else [])
    values = {k: (r.lang.region(k), v) for k, v in groups.items()}
    _facet_pages(r, facet, values, False, lambda code: r.lang.country(code.split("-")[0]))


def _partnership(r: Renderer, facet: str, active: list[Listing]) -> None:
    _facet_pages(r, facet, _labelled(r, "partnership", _group_by(active, lambda x: x.partnership)), True)


def _languages(r: Renderer, facet: str, active: list[Listing]) -> None:
    _facet_pages(r, facet, _labelled(r, "languages", _group_by(active, lambda x: [x.language])), True)


def _keywords(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: [keyword_slug(k) for k in x.keywords])
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


def _browse(r: Renderer, active: list[Listing]) -> None:
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


def embed_snippet(settings: BoardSettings, facet: str, code: str) -> str:
    """Return the iframe code a partner website pastes to show a facet's listings."""
    base = settings.site_url.rstrip("/") + "/" if settings.site_url else "https://your-board.example/"
    title = f"{settings.name}: {facet} {code}"
    return (
        f'<iframe src="{base}embed/{facet}/{code}/" title="{title}" width="100%" height="480" '
        f'style="border:1px solid #ddd" loading="lazy"></iframe>'
    )


def _search_filters(r: Renderer, active: list[Listing]) -> list[dict[str, Any]]:
    def options(codes: Iterable[str], label: Callable[[str], str]) -> list[dict[str, str]]:
        return [{"value": c, "label": label(c)} for c in sorted(set(codes))]

    def vocabulary(name: str) -> list[dict[str, str]]:
        return options(vocab.labels(name), lambda c: r.lang.label(name, c))

    return [
        {"name": "type", "label": r._(N_("Type")), "options": vocabulary("types")},
        {"name": "category", "label": r._(N_("Category")), "options": vocabulary("categories")},
        {"name": "sector", "label": r._(N_("Sector")),
         "options": options((s for x in active for s in x.sectors), r.lang.sector)},
        {"name": "country", "label": r._(N_("Country")),
         "options": options((x.organisation.country for x in active), r.lang.country)},
        {"name": "language", "label": r._(N_("Language")), "options": vocabulary("languages")},
        {"name": "partnership", "label": r._(N_("Partnership")), "options": vocabulary("partnership")},
    ]  # fmt: skip


def _statistics(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    by_id = board.by_id()
    path = "statistics/index.md"
    root = page_root(path)
    columns = [r._(N_("Needs")), r._(N_("Offers")), r._(N_("Matches"))]

    def table(heading: str, column: str, keys: Callable[[Listing], Iterable[str]], label: Callable[[str], str],
              url: Callable[[str], str | None]) -> dict[str, Any]:  # fmt: skip
        needs = _group_by((x for x in active if x.type == "need"), keys)
        offers = _group_by((x for x in active if x.type == "offer"), keys)
        matched: dict[str, int] = defaultdict(int)
        for m in board.matches:
            for key in set(keys(by_id[m.need])) | set(keys(by_id[m.offer])):
                matched[key] += 1
        codes = sorted(set(needs) | set(offers), key=lambda c: (-(len(needs.get(c, [])) + len(offers.get(c, []))), c))
        rows = [{"label": label(c), "url": url(c), "cells": [len(needs.get(c, [])), len(offers.get(c, [])),
                 matched.get(c, 0)]} for c in codes]  # fmt: skip
        return {"heading": heading, "columns": [column, *columns], "rows": rows}

    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in shown:
        months[x.published.strftime("%Y-%m")][0 if x.type == "need" else 1] += 1
    month_rows = [{"label": m, "url": None, "cells": months[m]} for m in sorted(months, reverse=True)]
    tables = [
        table(r._(N_("By sector")), r._(N_("Sector")), lambda x: x.sectors, r.lang.sector,
              lambda c: f"{root}browse/sectors/{c}/"),
        table(r._(N_("By country")), r._(N_("Country")), lambda x: [x.organisation.country], r.lang.country,
              lambda c: f"{root}browse/countries/{c}/"),
        {"heading": r._(N_("Published by month")), "columns": [r._(N_("Month")), *columns[:2]], "rows": month_rows},
    ]  # fmt: skip
    counts = {
        "needs": sum(x.type == "need" for x in active),
        "offers": sum(x.type == "offer" for x in active),
        "matches": len(board.matches),
        "expired": sum(x.expires < board.today for x in shown),
    }
    r.page(path, "pages/statistics.md.j2", counts=counts, today=board.today.isoformat(), tables=tables,
           **front(r._(N_("Statistics"))))  # fmt: skip
