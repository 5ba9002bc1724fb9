"""Typed contexts for the board's pages: everything a template shows is computed here, not in Jinja."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.check import description
from generator.core import urls, vocab
from generator.core.facets import FACETS
from generator.core.i18n import ENGLISH, N_, Lang
from generator.core.model import Listing
from generator.core.slugs import keyword_slug
from generator.match.equivalents import Equivalents
from generator.render.expansion import EMPTY, expansion

ANONYMOUS = N_("Anonymous organisation")


def page_url(path: str) -> str:
    """Return a page's address from its docs path: `needs/index.md` -> `needs/`, `listings/x.md` -> `listings/x/`."""
    if path == "index.md" or path.endswith("/index.md"):
        return path.removesuffix("index.md")
    return path.removesuffix(".md") + "/"


def page_root(path: str) -> str:
    """Return the relative prefix from a page (docs path such as `needs/index.md`) or a file to the site root."""
    return "../" * (page_url(path) if path.endswith(".md") else path).count("/")


def leaf(folder: str) -> str:
    """Return the docs path of a page at `folder` (`listings/x/`) as one file, `listings/x.md`.

    MkDocs gives `listings/x.md` the address `listings/x/` as it would `listings/x/index.md`; one file
    instead of a folder and a file halves what the build asks of the file system for 15,000 pages.
    A page named `index` keeps its folder: `listings/index.md` would be the folder's own page.
    """
    name = folder.rstrip("/")
    return f"{name}/index.md" if name.rsplit("/", 1)[-1] == "index" else f"{name}.md"


def obfuscated(address: str) -> str:
    """Encode an e-mail address so it is not in the HTML as text; assets/board.js decodes it on a click."""
    return base64.b64encode(address[::-1].encode("utf-8")).decode("ascii")


def organisation_name(listing: Listing, lang: Lang = ENGLISH) -> str:
    """Return the organisation as the public sees it."""
    return lang.gettext(ANONYMOUS) if listing.organisation.anonymous else listing.organisation.name


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
    lang_attr: str  # the language of title and summary when it is not the page's ("" when it is)


def card(listing: Listing, root: str, lang: Lang = ENGLISH) -> Card:
    """Return the card of a listing for a page whose root prefix is `root`, in the reader's language."""
    text = listing.text_in(lang.code)
    language, title, summary = text.language, text.title, text.summary
    return Card(
        id=listing.id,
        url=root + urls.listing(listing.id),
        title=title,
        type=listing.type,
        type_label=lang.label("types", listing.type),
        category_label=lang.label("categories", listing.category),
        organisation=organisation_name(listing, lang),
        country_name=lang.country(listing.organisation.country),
        published=listing.published.isoformat(),
        summary=summary,
        lang_attr="" if language == lang.code else language,
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
class Version:
    """The listing in one of its languages: a page of the board in that language, or text shown in place."""

    language: str
    name: str  # the language's own name: Deutsch, Slovenščina
    original: bool
    current: bool  # the version this page shows
    url: str | None  # its page when the board offers that language
    title: str
    summary: str
    description_html: Markup


@dataclass(frozen=True)
class ListingView:
    """Every field of one listing, ready to show in the reader's language."""

    id: str
    path: str
    type: str
    type_label: str
    partner_heading: str
    category: str
    category_label: str
    title: str
    summary: str
    description_html: Markup
    text_language: str  # the language of title, summary and description as shown
    language: str  # the language the listing was written in
    language_name: str
    language_url: str | None
    versions: tuple[Version, ...]
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
    one_filters: tuple[tuple[str, str], ...]  # (Pagefind filter, code): the fields with one value
    many_filters: tuple[tuple[str, str], ...]  # and those with several, on a line of their own
    trl: int | None
    trl_note: str
    published: str
    expires: str
    active: bool
    contact_name: str | None
    contact_email: str | None  # obfuscated
    contact_url: str | None
    search_terms: str = ""  # the topics' labels in every board language (expansion.py), for search only
    search_meta: tuple[tuple[str, str], ...] = ()  # (Pagefind meta, value): what a search result card shows


TRL_NOTES = {"offer": N_("level reached"), "need": N_("lowest level acceptable")}
PARTNER_HEADINGS = {"need": N_("Suggested offers"), "offer": N_("Suggested needs")}


@dataclass(frozen=True)
class Texts:
    """What a listing's page shows alike in every language tree, by the language of the text shown."""

    descriptions: dict[str, Markup]  # the description as HTML
    search_terms: dict[str, str]  # the words search adds (expansion.py); none when the listing is not active


def listing_texts(listing: Listing, active: bool, languages: Sequence[str] = (),
                  equivalents: Equivalents = EMPTY) -> Texts:  # fmt: skip
    """Return a listing's texts as its pages show them: computed once per build, not once per language tree."""
    texts = listing.texts()
    return Texts(
        descriptions={t.language: Markup(description.to_html(t.description)) for t in texts},  # noqa: S704 - rendered with raw HTML off, links checked
        search_terms={t.language: expansion(listing, t.language, languages, equivalents) for t in texts}
        if active and languages else {},
    )  # fmt: skip


def versions(listing: Listing, lang: Lang, offered: dict[str, str], texts: Texts) -> tuple[Version, ...]:
    """Return the listing's languages; `offered` maps each language the board offers to its page's URL."""
    shown = listing.text_in(lang.code).language
    return tuple(
        Version(t.language, vocab.labels("languages").get(t.language, t.language), t.language == listing.language,
                t.language == shown, offered.get(t.language), t.title, t.summary, texts.descriptions[t.language])
        for t in listing.texts()
    )  # fmt: skip


def listing_view(listing: Listing, root: str, active: bool, lang: Lang = ENGLISH,
                 offered: dict[str, str] | None = None, keyword_pages: frozenset[str] = frozenset(),
                 texts: Texts | None = None) -> ListingView:  # fmt: skip
    """Return what the listing page shows, in the reader's language where the listing is written in it.

    A keyword links to its page when it has one (`keyword_pages`), else to the search for it.
    """
    org, contact = listing.organisation, listing.contact
    texts = texts or listing_texts(listing, active)
    all_versions = versions(listing, lang, offered or {}, texts)
    current = next(v for v in all_versions if v.current)

    def link(key: str, code: str, label: str) -> Link:
        return Link(code, label, root + urls.facet(str(FACETS[key].segment), code) if active else None)

    def keyword(word: str) -> Link:
        code = keyword_slug(word)
        if active and code not in keyword_pages:
            return Link(word, word, root + urls.search(word))
        return Link(word, word, link("keyword", code, word).url)

    def pagefind(many: bool) -> tuple[tuple[str, str], ...]:
        found = (f for f in FACETS.values() if f.pagefind and f.many == many)
        return tuple((str(f.pagefind), c) for f in found for c in f.codes(listing))

    return ListingView(
        id=listing.id,
        path=listing.path,
        type=listing.type,
        type_label=lang.label("types", listing.type),
        partner_heading=lang.gettext(PARTNER_HEADINGS[listing.type]),
        category=listing.category,
        category_label=lang.label("categories", listing.category),
        title=current.title,
        summary=current.summary,
        description_html=current.description_html,
        text_language=current.language,
        language=listing.language,
        language_name=vocab.labels("languages")[listing.language],
        language_url=link("language", listing.language, "").url,
        versions=all_versions,
        organisation=organisation_name(listing, lang),
        website=None if org.anonymous else org.website,
        size_label=lang.label("sizes", org.size),
        country=org.country,
        country_name=lang.country(org.country),
        country_url=link("country", org.country, "").url,
        region_name=lang.region(org.region) if org.region else None,
        region_url=link("region", org.region, "").url if org.region else None,
        sectors=tuple(link("sector", s, lang.sector(s)) for s in listing.sectors),
        keywords=tuple(keyword(k) for k in listing.keywords),
        partnership=tuple(link("partnership", p, lang.label("partnership", p)) for p in listing.partnership),
        one_filters=pagefind(many=False),
        many_filters=pagefind(many=True),
        trl=listing.trl,
        trl_note=lang.gettext(TRL_NOTES[listing.type]),
        published=listing.published.isoformat(),
        expires=listing.expires.isoformat(),
        active=active,
        contact_name=contact.name if contact else None,
        contact_email=obfuscated(contact.email) if contact and contact.email else None,
        contact_url=contact.url if contact else None,
        search_terms=texts.search_terms.get(current.language, ""),
        search_meta=(
            ("kind", listing.type),
            ("type", lang.label("types", listing.type)),
            ("category", lang.label("categories", listing.category)),
            ("organisation", organisation_name(listing, lang)),
            ("country", lang.country(org.country)),
            ("published", listing.published.isoformat()),
        ),
    )
