"""What the templates of data files are given: an Atom feed and an embeddable list (pages: contexts.py).

These are rendered outside the Renderer (they are not Markdown pages and have no front matter),
so each record carries its language itself; contexts.template_values passes the fields to the template.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.render.views import Card


@dataclass(frozen=True)
class FeedAlternate:
    """A feed entry's listing in another of the board's languages."""

    language: str
    href: str


@dataclass(frozen=True)
class FeedEntry:
    """One listing in an Atom feed."""

    id: str
    language: str
    title: str
    href: str
    alternates: list[FeedAlternate]
    published: str
    author: str
    categories: list[str]
    summary: str


@dataclass(frozen=True)
class FeedContext:
    """An Atom feed: its ids, links and newest entries."""

    base: str
    language: str
    feed_id: str
    title: str
    updated: str
    self_href: str
    alternate: str
    entries: list[FeedEntry]


@dataclass(frozen=True)
class EmbedPage:
    """The list a partner website shows in an iframe: one facet value's newest listings."""

    heading: str
    board_name: str
    language: str
    items: list[Card]
    page_url: str
    icon: str  # the site's favicon.ico: a page without a link makes the browser ask the host's root
