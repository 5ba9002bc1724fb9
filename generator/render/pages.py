"""The board's pages in one language: home, lists, a page per listing, search, statistics (facets: facets.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from generator.core import parallel, urls, vocab
from generator.core.facets import FACETS
from generator.core.i18n import N_
from generator.core.model import Listing, Match
from generator.core.settings import BoardSettings
from generator.match.board import Board
from generator.render import submit
from generator.render.about import about_page
from generator.render.contexts import (
    DataPage,
    FilterOption,
    HomeCounts,
    HomePage,
    Interest,
    ListingPage,
    SearchFilter,
    SearchPage,
    StatisticsCounts,
    StatisticsPage,
    StatisticsRow,
    StatisticsTable,
)
from generator.render.expansion import board_words
from generator.render.facets import BROWSED, browse_page, facet_pages, group_by, keyword_pages
from generator.render.suggestions import match_views, matches_by_listing
from generator.render.templates import Files, Renderer, embed_snippet, front
from generator.render.views import Texts, leaf, listing_texts, listing_view, newest_first, obfuscated, page_root


def write_pages(board: Board, settings: BoardSettings, language: str | None = None,
                texts: Mapping[str, Texts] | None = None) -> Files:  # fmt: skip
    """Return every generated page of the board in one language (the default one if None), by path.

    `texts` are the listings' texts from `board_texts`, shared by every language's pages (computed if None).
    """
    r = Renderer(settings, language)
    active = newest_first(board.active())
    shown = public(board)
    _home(r, board, active)
    _lists(r, board, active, shown)
    _listing_and_facet_pages(r, board, active, shown, board_texts(board, settings) if texts is None else texts)
    browse_page(r, active)
    _statistics(r, board, active, shown)
    found = r.lang.plural_forms("{n} listing found.", "{n} listings found.")
    s = r.settings
    filters = _search_filters(r, active)
    if s.partners:  # one search across boards: the partners' Pagefind bundles join this one's (search.js)
        boards = [FilterOption(b, b) for b in (s.name, *(p.name for p in s.partners))]
        filters.append(SearchFilter("board", r._(N_("Board")), boards))
        r.files[f"{urls.SEARCH}partners.json"] = json.dumps(partner_bundles(s, r.lang.code), ensure_ascii=False)
    r.page(f"{urls.SEARCH}index.md", "pages/search.md.j2", SearchPage(filters=filters, found=found,
           board=s.name if s.partners else "", front=front(r._(N_("Search")))))  # fmt: skip
    # The close words the search page suggests when nothing is found, read only then.
    r.files[f"{urls.SEARCH}words.json"] = json.dumps(board_words(active, r.lang.code), ensure_ascii=False,
                                                     separators=(",", ":"))  # fmt: skip
    if s.facilitator:
        r.files[INTEREST_DIALOG] = r.env.get_template("pages/interest.html.j2").render(
            subject=r._(INTEREST_SUBJECT, title="{title}", id="{id}"),
            body=r._(INTEREST_BODY, title="{title}", id="{id}", url="{url}"))  # fmt: skip
    submit.submit_page(r, settings, active)
    about_page(r, settings)
    r.page("data/index.md", "pages/data.md.j2", DataPage(today=board.today.isoformat(),
           example_embed=embed_snippet(settings, "sectors", "C25"),
           front=front(r._(N_("Feeds, exports and embeds")))))  # fmt: skip
    return r.files


def _home(r: Renderer, board: Board, active: list[Listing]) -> None:
    needs = [x for x in active if x.type == "need"]
    offers = [x for x in active if x.type == "offer"]
    counts = HomeCounts(
        needs=len(needs),
        offers=len(offers),
        matches=len(board.matches),
        countries=len({x.organisation.country for x in active}),
    )
    s = r.settings
    r.page("index.md", "pages/home.md.j2", HomePage(board_name=s.name, intro=s.intro, counts=counts,
           newest_needs=r.cards("index.md", needs[:6]), newest_offers=r.cards("index.md", offers[:6]),
           repository=s.repository, facilitator=s.facilitator, contact=s.contact is not None,
           front=front(s.name, s.intro)))  # fmt: skip


def _lists(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    needs = [x for x in active if x.type == "need"]
    offers = [x for x in active if x.type == "offer"]
    r.listing_list("needs/", r._(N_("Needs")), r._(N_("What organisations are looking for, newest first.")), needs,
                   feed=urls.feed("needs"))  # fmt: skip
    r.listing_list("offers/", r._(N_("Offers")), r._(N_("What organisations provide, newest first.")), offers,
                   feed=urls.feed("offers"))  # fmt: skip
    expired = newest_first(x for x in shown if x.expires < board.today)
    r.listing_list("archive/", r._(N_("Archive")),
                   r._(N_("Expired listings keep their page and address; they are not matched.")), expired)  # fmt: skip


INTEREST_SUBJECT = N_("Interest in “{title}” ({id})")
INTEREST_BODY = N_(
    "Hello,\n\nI am interested in the listing “{title}” ({id}):\n{url}\n\nWho I am and what I propose:\n"
)
# One "Express interest" dialog per language tree (at its root), fetched on the first click (board.js); its subject
# and message keep {title}, {id} and {url} for the script: the title in the reader's words, the id that finds the
# listing in any language. Not .html: it is a fragment, not a page (no frame, feed link or search entry).
INTEREST_DIALOG = "interest.htm"
MORE_SHOWN = 5  # partners listed without reasons after the best top_k: each line is paid once per language
PARALLEL_FROM = 2000  # listing pages; below this, worker processes cost more than they save
LISTING_CHUNK = 100


def public(board: Board) -> list[Listing]:
    """Return the listings that have a page: published by the build date (future ones are not public yet)."""
    return [x for x in board.listings if x.published <= board.today]


def board_texts(board: Board, settings: BoardSettings) -> dict[str, Texts]:
    """Return every public listing's texts as its pages show them, by id: the same in each language tree."""
    shared = _TextsShared(settings.languages, board)
    listings = public(board)
    chunks = [listings[i : i + LISTING_CHUNK] for i in range(0, len(listings), LISTING_CHUNK)]
    found: dict[str, Texts] = {}
    for part in parallel.fork_map(_texts_task, chunks, PARALLEL_FROM // LISTING_CHUNK, shared):
        found.update(part)
    return found


@dataclass(frozen=True)
class _TextsShared:
    languages: tuple[str, ...]
    board: Board


def _texts_task(chunk: list[Listing]) -> dict[str, Texts]:
    t = parallel.shared(_TextsShared)
    today, equivalents = t.board.today, t.board.equivalents
    return {x.id: listing_texts(x, x.is_active(today), t.languages, equivalents) for x in chunk}


@dataclass(frozen=True)
class _Shared:
    """What every worker rendering facets or listing pages reads."""

    settings: BoardSettings
    language: str
    board: Board
    active: list[Listing]
    by_listing: dict[str, list[Match]]
    by_id: dict[str, Listing]  # by Listing.key: partner boards' listings too, for their suggestions
    keyword_pages: frozenset[str]
    texts: Mapping[str, Texts]


def _listing_and_facet_pages(r: Renderer, board: Board, active: list[Listing], shown: list[Listing],
                             texts: Mapping[str, Texts]) -> None:  # fmt: skip
    """Render a page per listing and the facet pages; a large board shares them among the cores."""
    by_key = {x.key: x for x in (*board.listings, *board.partners)}
    shared = _Shared(r.settings, r.lang.code, board, active, matches_by_listing(board.all_matches()), by_key,
                     keyword_pages(active), texts)  # fmt: skip
    chunks = [shown[i : i + LISTING_CHUNK] for i in range(0, len(shown), LISTING_CHUNK)]
    tasks: list[str | list[Listing]] = [*(f.key for f in BROWSED), *chunks]  # facets first: they are the longest tasks
    for files in parallel.fork_map(_render_task, tasks, PARALLEL_FROM // LISTING_CHUNK, shared):
        r.files.update(files)


def _render_task(task: str | list[Listing]) -> Files:
    """Render one facet (by name) or a chunk of listing pages into a fresh set of files."""
    shared = parallel.shared(_Shared)
    r = Renderer(shared.settings, shared.language)
    if isinstance(task, str):
        facet_pages(r, FACETS[task], shared.active)
    else:
        for listing in task:
            _listing_page(r, listing, shared)
    return r.files


def _listing_page(r: Renderer, listing: Listing, shared: _Shared) -> None:
    board = shared.board
    s = r.settings
    path = leaf(urls.listing(listing.id))
    root = page_root(path)
    active = listing.is_active(board.today)
    interest = Interest(obfuscated(s.facilitator), INTEREST_DIALOG) if s.facilitator and active else None
    in_repository = s.repository_path(listing.path)
    edit_url = f"{s.repository}/edit/{s.branch}/{in_repository}" if s.repository and in_repository else None
    matches = match_views(listing, shared.by_listing.get(listing.id, []), shared.by_id, root, r.lang,
                          explained=s.matching.top_k, boards={p.url: p.name for p in s.partners})  # fmt: skip
    shown, more = matches[: s.matching.top_k], matches[s.matching.top_k : s.matching.top_k + MORE_SHOWN]
    hidden = max(len(matches) - s.matching.top_k - MORE_SHOWN, 0)
    offered = {x.code: x.url for x in r.language_links(path)}
    view = listing_view(listing, root, active, r.lang, offered, shared.keyword_pages, shared.texts[listing.id])
    if s.partners:  # the search page's Board filter: partners' pages get theirs from mergeIndex's mergeFilter
        view = replace(view, one_filters=(*view.one_filters, ("board", s.name)))
    r.page(path, "pages/listing.md.j2", ListingPage(l=view, matches=shown, more=more, hidden=hidden,
           interest=interest, edit_url=edit_url, file=in_repository,
           front=front(view.title, view.summary, og_type="article")))  # fmt: skip


def partner_bundles(settings: BoardSettings, language: str) -> list[dict[str, object]]:
    """Return each partner's name, site address and Pagefind bundles to try, best first.

    The bundle of the same language tree comes first (`<url>fr/pagefind/`), then the partner's root bundle,
    whose pages may be in another language: a partner need not offer every language this board does.
    """
    prefix = urls.tree_prefix(settings, language)
    return [{"name": p.name, "url": p.url, "bundles": list(dict.fromkeys((f"{p.url}{prefix}pagefind/",
             f"{p.url}pagefind/")))} for p in settings.partners]  # fmt: skip


def _search_filters(r: Renderer, active: list[Listing]) -> list[SearchFilter]:
    """Return a filter per Pagefind facet: every code of its vocabulary, or the codes active listings have."""
    filters = []
    for f in FACETS.values():
        if f.pagefind:
            codes = vocab.labels(f.vocabulary) if f.vocabulary else {c for x in active for c in f.values(x)}
            options = [FilterOption(c, f.value_label(r.lang, c)) for c in sorted(codes)]
            filters.append(SearchFilter(f.pagefind, r._(f.filter_label or f.label), options))
    return filters


def _statistics(r: Renderer, board: Board, active: list[Listing], shown: list[Listing]) -> None:
    by_id = board.by_id()
    path = "statistics/index.md"
    root = page_root(path)
    columns = [r._(N_("Needs")), r._(N_("Offers")), r._(N_("Matches"))]

    def table(heading: str, column: str, keys: Callable[[Listing], Iterable[str]], label: Callable[[str], str],
              url: Callable[[str], str | None]) -> StatisticsTable:  # fmt: skip
        needs = group_by((x for x in active if x.type == "need"), keys)
        offers = group_by((x for x in active if x.type == "offer"), keys)
        matched: dict[str, int] = defaultdict(int)
        for m in board.matches:
            for key in set(keys(by_id[m.need])) | set(keys(by_id[m.offer])):
                matched[key] += 1
        codes = sorted(set(needs) | set(offers), key=lambda c: (-(len(needs.get(c, [])) + len(offers.get(c, []))), c))
        rows = [StatisticsRow(label(c), url(c), [len(needs.get(c, [])), len(offers.get(c, [])), matched.get(c, 0)])
                for c in codes]  # fmt: skip
        return StatisticsTable(heading, [column, *columns], rows)

    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in shown:
        months[x.published.strftime("%Y-%m")][0 if x.type == "need" else 1] += 1
    month_rows = [StatisticsRow(m, None, months[m]) for m in sorted(months, reverse=True)]
    sector, country = FACETS["sector"], FACETS["country"]
    tables = [
        table(r._(N_("By sector")), r._(sector.label), sector.values, lambda c: sector.value_label(r.lang, c),
              lambda c: root + urls.facet("sectors", c)),
        table(r._(N_("By country")), r._(country.label), country.values, lambda c: country.value_label(r.lang, c),
              lambda c: root + urls.facet("countries", c)),
        StatisticsTable(r._(N_("Published by month")), [r._(N_("Month")), *columns[:2]], month_rows),
    ]  # fmt: skip
    counts = StatisticsCounts(
        needs=sum(x.type == "need" for x in active),
        offers=sum(x.type == "offer" for x in active),
        matches=len(board.matches),
        expired=sum(x.expires < board.today for x in shown),
    )
    r.page(path, "pages/statistics.md.j2", StatisticsPage(counts=counts, today=board.today.isoformat(), tables=tables,
           front=front(r._(N_("Statistics")))))  # fmt: skip
