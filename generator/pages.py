"""Page contexts -> Markdown files (with HTML blocks) in the generated docs folder, via Jinja2."""

from __future__ import annotations

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
from .model import Listing
from .settings import BoardSettings
from .views import (
    TYPE_LABELS,
    Card,
    card,
    country_name,
    keyword_slug,
    listing_view,
    match_views,
    matches_by_listing,
    newest_first,
    obfuscated,
    page_root,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
PAGE_SIZE = 50
Files = dict[str, str]  # docs-relative path -> content


def environment() -> jinja2.Environment:
    """Return the Jinja2 environment: autoescape everywhere, undefined names are errors."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


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


def paged(base: str, items: Sequence[Listing]) -> list[tuple[str, list[Listing], Pager]]:
    """Split a list into pages: base/index.md, base/page/2/index.md, ... with links between them."""
    chunks = [list(items[i : i + PAGE_SIZE]) for i in range(0, len(items), PAGE_SIZE)] or [[]]
    result = []
    for n, chunk in enumerate(chunks, 1):
        path = f"{base}index.md" if n == 1 else f"{base}page/{n}/index.md"
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
    """Render templates into a dict of files, nothing written until the caller decides."""

    def __init__(self, settings: BoardSettings) -> None:
        self.env = environment()
        self.settings = settings
        self.files: Files = {}

    def page(self, path: str, template: str, **context: Any) -> None:
        """Render one page at a docs path, giving the template its relative root."""
        self.files[path] = self.env.get_template(template).render(root=page_root(path), **context)

    def cards(self, path: str, listings: Iterable[Listing]) -> list[Card]:
        """Return cards linked relative to the page at `path`."""
        return [card(x, page_root(path)) for x in listings]

    def listing_list(self, base: str, heading: str, lead: str, listings: Sequence[Listing], **extra: Any) -> None:
        """Render a paginated list of listings."""
        for path, chunk, pager in paged(base, listings):
            title = heading if pager.number == 1 else f"{heading} (page {pager.number})"
            root = page_root(path)
            feed = f"{root}{extra['feed']}" if extra.get("feed") else None
            self.page(path, "pages/list.md.j2", heading=title, lead=lead, items=self.cards(path, chunk),
                      pager_=pager, feed=feed, embed=extra.get("embed"), **front(title, lead))  # fmt: skip


def write_pages(board: Board, settings: BoardSettings) -> Files:
    """Return every generated page of the board, by docs-relative path."""
    r = Renderer(settings)
    active = newest_first(board.active())
    shown = [x for x in board.listings if x.published <= board.today]  # future listings are not public yet
    _home(r, board, active)
    _lists(r, board, active, shown)
    _listing_and_facet_pages(r, board, active, shown)
    _browse(r, active)
    _statistics(r, board, active, shown)
    r.page("search/index.md", "pages/search.md.j2", filters=_search_filters(active), **front("Search"))
    submit.submit_page(r, settings)
    r.page("data/index.md", "pages/data.md.j2", today=board.today.isoformat(),
           example_embed=embed_snippet(settings, "sectors", "C25"), **front("Feeds, exports and embeds"))  # fmt: skip
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
    r.listing_list(
        "needs/", "Needs", "What organisations are looking for, newest first.", needs, feed="feeds/needs.xml"
    )
    r.listing_list("offers/", "Offers", "What organisations provide, newest first.", offers, feed="feeds/offers.xml")
    expired = newest_first(x for x in shown if x.expires < board.today)
    r.listing_list(
        "archive/", "Archive", "Expired listings keep their page and address; they are not matched.", expired
    )


MORE_SHOWN = 15  # partners listed without reasons after the best top_k: keeps a page under 25 KB
PARALLEL_FROM = 2000  # listing pages; below this, worker processes cost more than they save
LISTING_CHUNK = 100
_SHARED: dict[str, Any] = {}  # what forked workers read: set just before the pool starts


def _listing_and_facet_pages(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    """Render a page per listing and the facet pages; a large board shares them among the cores."""
    _SHARED.update(settings=r.settings, board=board, active=active,
                   by_listing=matches_by_listing(board.matches), by_id=board.by_id())  # fmt: skip
    chunks = [shown[i : i + LISTING_CHUNK] for i in range(0, len(shown), LISTING_CHUNK)]
    tasks: list[str | list[Listing]] = [*FACETS, *chunks]  # facet names first: they are the longest tasks
    for files in parallel.fork_map(_render_task, tasks, PARALLEL_FROM // LISTING_CHUNK):
        r.files.update(files)


def _render_task(task: str | list[Listing]) -> Files:
    """Render one facet (by name) or a chunk of listing pages into a fresh set of files."""
    r = Renderer(_SHARED["settings"])
    if isinstance(task, str):
        FACETS[task](r, task, _SHARED["active"])
    else:
        for listing in task:
            _listing_page(r, listing)
    return r.files


def _listing_page(r: Renderer, listing: Listing) -> None:
    board: Board = _SHARED["board"]
    s = r.settings
    path = f"listings/{listing.id}/index.md"
    root = page_root(path)
    active = listing.is_active(board.today)
    interest = None
    if s.facilitator and active:
        subject = f"Interest in {listing.type} {listing.id}"
        interest = {"email": obfuscated(s.facilitator), "subject": subject}
    in_repository = s.repository_path(listing.path)
    edit_url = f"{s.repository}/edit/{s.branch}/{in_repository}" if s.repository and in_repository else None
    matches = match_views(listing, _SHARED["by_listing"].get(listing.id, []), _SHARED["by_id"], root)
    shown, more = matches[: s.matching.top_k], matches[s.matching.top_k : s.matching.top_k + MORE_SHOWN]
    hidden = max(len(matches) - s.matching.top_k - MORE_SHOWN, 0)
    r.page(path, "pages/listing.md.j2", l=listing_view(listing, root, active), matches=shown, more=more,
           hidden=hidden,
           interest=interest, edit_url=edit_url, file=in_repository,
           **front(listing.title, listing.summary))  # fmt: skip


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with its page and how many active listings have it."""

    code: str
    label: str
    url: str
    count: int


def _facet_pages(
    r: Renderer, facet: str, title: str, values: dict[str, tuple[str, list[Listing]]], embeddable: bool,
    group_of: Callable[[str], str] | None = None,
) -> None:  # fmt: skip
    """Render the index of a facet and a paginated page per value."""
    index_path = f"browse/{facet}/index.md"
    groups: dict[str, list[FacetValue]] = defaultdict(list)
    for code, (label, listings) in sorted(values.items()):
        group = group_of(code) if group_of else ""
        groups[group].append(FacetValue(code, label, f"{code}/", len(listings)))
        feed = f"feeds/sectors/{code}.xml" if facet == "sectors" else None
        embed = embed_snippet(r.settings, facet, code) if embeddable else None
        r.listing_list(f"browse/{facet}/{code}/", f"{title}: {label}", "", newest_first(listings), feed=feed,
                       embed=embed)  # fmt: skip
    shown_groups = [{"label": g, "entries": groups[g]} for g in sorted(groups)]
    r.page(index_path, "pages/facets.md.j2", heading=f"Browse by {title.lower()}", lead="", groups=shown_groups,
           **front(f"Browse by {title.lower()}"))  # fmt: skip


def _group_by(listings: Iterable[Listing], keys: Callable[[Listing], Iterable[str]]) -> dict[str, list[Listing]]:
    found: dict[str, list[Listing]] = defaultdict(list)
    for listing in listings:
        for key in dict.fromkeys(keys(listing)):
            found[key].append(listing)
    return found


def _categories(r: Renderer, facet: str, active: list[Listing]) -> None:
    labels = vocab.labels("categories")
    groups = _group_by(active, lambda x: [x.category])
    _facet_pages(r, facet, "Category", {k: (labels[k], v) for k, v in groups.items()}, True)


def _sectors(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: x.sectors)
    values = {k: (f"{k} {vocab.sector_label(k)}", v) for k, v in groups.items()}
    _facet_pages(r, facet, "Sector", values, True, lambda code: f"{code[0]} {vocab.section_label(code)}")


def _countries(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: [x.organisation.country])
    _facet_pages(r, facet, "Country", {k: (country_name(k), v) for k, v in groups.items()}, True)


def _regions(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: [x.organisation.region] if x.organisation.region else [])
    values = {k: (vocab.region_name(k) or k, v) for k, v in groups.items()}
    _facet_pages(r, facet, "Region", values, False, lambda code: country_name(code.split("-")[0]))


def _partnership(r: Renderer, facet: str, active: list[Listing]) -> None:
    labels = vocab.labels("partnership")
    groups = _group_by(active, lambda x: x.partnership)
    _facet_pages(r, facet, "Partnership type", {k: (labels[k], v) for k, v in groups.items()}, True)


def _languages(r: Renderer, facet: str, active: list[Listing]) -> None:
    labels = vocab.labels("languages")
    groups = _group_by(active, lambda x: [x.language])
    _facet_pages(r, facet, "Language", {k: (labels[k], v) for k, v in groups.items()}, True)


def _keywords(r: Renderer, facet: str, active: list[Listing]) -> None:
    groups = _group_by(active, lambda x: [keyword_slug(k) for k in x.keywords])
    spelled: dict[str, str] = {}
    for listing in sorted(active, key=lambda x: x.id):
        for keyword in listing.keywords:
            spelled.setdefault(keyword_slug(keyword), keyword)
    values = {k: (spelled[k], v) for k, v in groups.items()}
    _facet_pages(r, facet, "Keyword", values, False, lambda code: code[0].upper())


FACETS: dict[str, Callable[[Renderer, str, list[Listing]], None]] = {
    "categories": _categories,
    "sectors": _sectors,
    "countries": _countries,
    "regions": _regions,
    "partnership": _partnership,
    "languages": _languages,
    "keywords": _keywords,
}
FACET_TITLES = {
    "categories": "Category",
    "sectors": "Sector",
    "countries": "Country",
    "regions": "Region",
    "partnership": "Partnership type",
    "languages": "Language",
    "keywords": "Keyword",
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
    facets = [{"label": FACET_TITLES[f], "url": f"{f}/", "count": counts[f]} for f in FACETS]
    r.page("browse/index.md", "pages/browse.md.j2", facets=facets, **front("Browse the board"))


def embed_snippet(settings: BoardSettings, facet: str, code: str) -> str:
    """Return the iframe code a partner website pastes to show a facet's listings."""
    base = settings.site_url.rstrip("/") + "/" if settings.site_url else "https://your-board.example/"
    title = f"{settings.name}: {facet} {code}"
    return (
        f'<iframe src="{base}embed/{facet}/{code}/" title="{title}" width="100%" height="480" '
        f'style="border:1px solid #ddd" loading="lazy"></iframe>'
    )


def _search_filters(active: list[Listing]) -> list[dict[str, Any]]:
    def options(codes: Iterable[str], label: Callable[[str], str]) -> list[dict[str, str]]:
        return [{"value": c, "label": label(c)} for c in sorted(set(codes))]

    return [
        {"name": "type", "label": "Type", "options": options(TYPE_LABELS, TYPE_LABELS.__getitem__)},
        {"name": "category", "label": "Category",
         "options": options(vocab.labels("categories"), vocab.labels("categories").__getitem__)},
        {"name": "sector", "label": "Sector",
         "options": options((s for x in active for s in x.sectors), lambda c: f"{c} {vocab.sector_label(c)}")},
        {"name": "country", "label": "Country",
         "options": options((x.organisation.country for x in active), country_name)},
        {"name": "language", "label": "Language",
         "options": options(vocab.labels("languages"), vocab.labels("languages").__getitem__)},
        {"name": "partnership", "label": "Partnership",
         "options": options(vocab.labels("partnership"), vocab.labels("partnership").__getitem__)},
    ]  # fmt: skip


def _statistics(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    by_id = board.by_id()
    path = "statistics/index.md"
    root = page_root(path)

    def table(heading: str, keys: Callable[[Listing], Iterable[str]], label: Callable[[str], str],
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
        return {"heading": heading, "columns": [heading.removeprefix("By ").capitalize(), "Needs", "Offers", "Matches"],
                "rows": rows}  # fmt: skip

    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in shown:
        months[x.published.strftime("%Y-%m")][0 if x.type == "need" else 1] += 1
    month_rows = [{"label": m, "url": None, "cells": months[m]} for m in sorted(months, reverse=True)]
    tables = [
        table("By sector", lambda x: x.sectors, lambda c: f"{c} {vocab.sector_label(c)}",
              lambda c: f"{root}browse/sectors/{c}/"),
        table("By country", lambda x: [x.organisation.country], country_name,
              lambda c: f"{root}browse/countries/{c}/"),
        {"heading": "Published by month", "columns": ["Month", "Needs", "Offers"], "rows": month_rows},
    ]  # fmt: skip
    counts = {
        "needs": sum(x.type == "need" for x in active),
        "offers": sum(x.type == "offer" for x in active),
        "matches": len(board.matches),
        "expired": sum(x.expires < board.today for x in shown),
    }
    r.page(path, "pages/statistics.md.j2", counts=counts, today=board.today.isoformat(), tables=tables,
           **front("Statistics"))  # fmt: skip
