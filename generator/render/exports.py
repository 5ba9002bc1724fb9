"""Files for other tools: Atom feeds, JSON and CSV exports, the schema, embeddable lists."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from generator.core import i18n, urls, vocab
from generator.core.facets import FACETS
from generator.core.i18n import N_
from generator.core.model import Listing, Match
from generator.core.settings import BoardSettings
from generator.core.slugs import slugify
from generator.core.urls import tree_prefix, tree_up
from generator.match.board import Board
from generator.render.contexts import template_values
from generator.render.data_contexts import EmbedPage, FeedAlternate, FeedContext, FeedEntry
from generator.render.favicon import FAVICON
from generator.render.templates import embed_snippet, environment
from generator.render.views import card, newest_first, organisation_name, page_root

Files = dict[str, str]
FEED_SIZE = 50
EMBED_SIZE = 20
EMBEDDED = tuple(f for f in FACETS.values() if f.embeddable and f.segment)


def write_exports(board: Board, settings: BoardSettings) -> Files:
    """Return the data files the languages share, by path: api/, schema/, embed/ (feeds: write_feeds)."""
    files: Files = {}
    shown = [x for x in board.listings if x.published <= board.today]
    files[urls.api("listings.json")] = _json_lines([_listing_record(x, board, settings) for x in shown])
    files[urls.api("listings.csv")] = _csv(shown, board, settings)
    files[urls.api("matches.json")] = _json_lines([match_record(m) for m in board.all_matches()])
    files[urls.api("board.json")] = _json(manifest(board, settings, len(shown)))
    files["schema/listing.schema.json"] = _json(vocab.schema())
    files.update(_embeds(board, settings))
    return files


def match_record(m: Match) -> dict[str, Any]:
    """Return a suggestion as `matchboard match --json` prints it; a partner's side names its board."""
    record = {"need": m.need, "offer": m.offer, "score": m.score, "strength": m.strength,
              "reasons": [r.text for r in m.reasons if r.score > 0]}  # fmt: skip
    boards = {"need_board": m.need_board, "offer_board": m.offer_board}
    return {**record, **{name: url for name, url in boards.items() if url is not None}}


MANIFEST_FORMAT = 1  # partners refuse a manifest of another format: raise it only when they could misread this one


def manifest(board: Board, settings: BoardSettings, listings: int) -> dict[str, Any]:
    """Return `api/board.json`: what a partner board reads first (format, name, address, exports)."""
    return {
        "format": MANIFEST_FORMAT,
        "name": settings.name,
        "url": urls.site_base(settings),
        "languages": list(settings.languages),
        "listings": listings,
        "built": board.today.isoformat(),
        "exports": {
            "listings": urls.api("listings.json"),
            "listings_csv": urls.api("listings.csv"),
            "matches": urls.api("matches.json"),
            "schema": "schema/listing.schema.json",
        },
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _json_lines(records: list[dict[str, Any]]) -> str:
    """Return a JSON array with one record per line: as diffable as indented, without its weight (a third)."""
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
    return f"[\n{lines}\n]\n" if records else "[]\n"


def _listing_record(x: Listing, board: Board, settings: BoardSettings) -> dict[str, Any]:
    """Return a listing as exported: every public field but the contact e-mail, plus its status."""
    org = x.organisation
    return {
        "id": x.id,
        "url": urls.absolute(settings, urls.listing(x.id)),
        "status": "active" if x.is_active(board.today) else "expired",
        "type": x.type,
        "category": x.category,
        "title": x.title,
        "summary": x.summary,
        "description": x.description,
        "language": x.language,
        "translations": {
            t.language: {"title": t.title, "summary": t.summary, "description": t.description} for t in x.translations
        },
        "organisation": {
            "name": organisation_name(x),
            "anonymous": org.anonymous,
            "country": org.country,
            "region": org.region,
            "size": org.size,
            "website": None if org.anonymous else org.website,
        },
        "sectors": list(x.sectors),
        "keywords": list(x.keywords),
        "partnership": list(x.partnership),
        "trl": x.trl,
        "published": x.published.isoformat(),
        "expires": x.expires.isoformat(),
        "contact": {"name": x.contact.name, "url": x.contact.url} if x.contact else None,
    }


CSV_COLUMNS = ["id", "url", "status", "type", "category", "title", "summary", "language", "organisation", "country",
               "region", "size", "sectors", "keywords", "partnership", "trl", "published", "expires"]  # fmt: skip


# What a spreadsheet program may run as a formula when a cell starts with it (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # so spreadsheet programs read the file as UTF-8


def inert_cell(value: object) -> object:
    """Return a CSV cell that no spreadsheet program evaluates: a leading `'` before a formula's first character."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


class _InertWriter:
    """A csv writer whose every text cell is made inert."""

    def __init__(self, out: io.StringIO) -> None:
        self.writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: Iterable[object]) -> None:
        self.writer.writerow([inert_cell(cell) for cell in row])


def _csv(shown: list[Listing], board: Board, settings: BoardSettings) -> str:
    out = io.StringIO(BOM)
    out.seek(len(BOM))
    writer = _InertWriter(out)
    writer.writerow(CSV_COLUMNS)
    for x in shown:
        r = _listing_record(x, board, settings)
        org = r["organisation"]
        writer.writerow([
            r["id"], r["url"], r["status"], r["type"], r["category"], r["title"], r["summary"], r["language"],
            org["name"], org["country"], org["region"] or "", org["size"], " ".join(x.sectors), "; ".join(x.keywords),
            " ".join(x.partnership), "" if x.trl is None else x.trl, r["published"], r["expires"],
        ])  # fmt: skip
    return out.getvalue()


def write_feeds(board: Board, settings: BoardSettings, language: str) -> Files:
    """Return the Atom feeds of one language's tree: listings in that language where they are written in it."""
    lang = i18n.lang(language)
    active = newest_first(board.active())
    feeds = {
        urls.feed("all"): (lang.gettext(N_("All new listings")), active, ""),
        urls.feed("needs"): (lang.gettext(N_("New needs")), [x for x in active if x.type == "need"], "needs/"),
        urls.feed("offers"): (lang.gettext(N_("New offers")), [x for x in active if x.type == "offer"], "offers/"),
    }
    for sector in sorted({s for x in active for s in x.sectors}):
        title = lang.gettext(N_("New listings in {sector}")).format(sector=lang.sector(sector))
        feeds[urls.sector_feed(sector)] = (title, [x for x in active if sector in x.sectors],
                                           urls.facet("sectors", sector))  # fmt: skip
    template = environment(lang.code).get_template("pages/feed.xml.j2")
    return {
        path: xml_text(template.render(**template_values(_feed(settings, board, lang, path, title, listings, page))))
        for path, (title, listings, page) in feeds.items()
    }


# Characters XML 1.0 does not allow anywhere in a document, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Return the text without the characters that would make an XML document ill-formed."""
    return _NOT_XML.sub("", text)


def _feed(
    settings: BoardSettings, board: Board, lang: i18n.Lang, path: str, title: str, listings: list[Listing], page: str
) -> FeedContext:
    """Return the context of one Atom feed; entry ids stay the same from build to build."""
    prefix = tree_prefix(settings, lang.code)
    base = urls.absolute(settings, "", lang.code) if settings.site_url else ""
    root = base or page_root(path)
    urn = f"urn:matchboard:{slugify(settings.name) or 'board'}:{prefix.replace('/', ':')}"
    site = urls.site_base(settings) or page_root(path) + tree_up(settings, lang.code)

    def entry(x: Listing) -> FeedEntry:
        shown = x.text_in(lang.code)
        language, title, summary = shown.language, shown.title, shown.summary
        alternates = [FeedAlternate(t.language, site + urls.in_tree(settings, t.language, urls.listing(x.id)))
                      for t in x.texts() if t.language != language and t.language in settings.languages]  # fmt: skip
        return FeedEntry(
            id=base + urls.listing(x.id) if base else f"{urn}listing:{x.id}",
            language=language,
            title=title,
            href=root + urls.listing(x.id),
            alternates=alternates,
            published=x.published.isoformat(),
            author=organisation_name(x, lang),
            categories=[x.type, x.category, *x.sectors],
            summary=summary,
        )

    return FeedContext(
        base=base,
        language=lang.code,
        feed_id=f"{base}{path}" if base else f"{urn}feed:{path}",
        title=f"{settings.name}: {title}",
        updated=max((x.published for x in listings), default=board.today).isoformat(),
        self_href=f"{base}{path}" if base else path.rsplit("/", 1)[-1],
        alternate=f"{root}{page}",
        entries=[entry(x) for x in listings[:FEED_SIZE]],
    )


def _embeds(board: Board, settings: BoardSettings) -> Files:
    lang = i18n.lang(settings.language)
    template = environment(lang.code).get_template("pages/embed.html.j2")
    active = newest_first(board.active())
    files = {}
    for facet in EMBEDDED:
        segment = str(facet.segment)
        values: dict[str, list[Listing]] = {}
        for listing in active:
            for key in facet.codes(listing):
                values.setdefault(key, []).append(listing)
        for code, listings in sorted(values.items()):
            root = "../../../"
            page = urls.facet(segment, code)
            embed = EmbedPage(
                heading=facet.value_label(lang, code), board_name=settings.name, language=lang.code,
                items=[card(x, urls.site_base(settings) or root, lang) for x in listings[:EMBED_SIZE]],
                page_url=urls.absolute(settings, page) if settings.site_url else root + page, icon=root + FAVICON,
            )  # fmt: skip
            files[f"{urls.embed(segment, code)}index.html"] = template.render(**template_values(embed))
    return files


__all__ = ["embed_snippet", "match_record", "write_exports", "write_feeds"]
