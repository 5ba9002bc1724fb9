"""Rendering pages from the Jinja2 templates of site_templates/: the environment, lists, one language's renderer."""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.core import urls, vocab
from generator.core.i18n import N_, SOURCE_LANGUAGE, lang
from generator.core.model import Listing
from generator.core.settings import BoardSettings
from generator.core.urls import tree_prefix, tree_up
from generator.render.contexts import Front, LanguageLink, ListPage, PageContext, Pager, template_values
from generator.render.views import Card, card, page_root, page_url

TEMPLATES = Path(__file__).resolve().parents[2] / "site_templates"
PAGE_SIZE = 50  # cards
# One-line lists (facet pages) hold twice as many: a line is a third of a card, and every page of every
# language tree carries the theme's frame (about 7 KB), so 50 lines a page was half frame.
LINES_PAGE_SIZE = 100
Files = dict[str, str]  # docs-relative path -> content


@functools.cache  # one per language: templates are compiled once per build, whoever renders them
def environment(language: str = SOURCE_LANGUAGE) -> jinja2.Environment:
    """Return the Jinja2 environment: autoescape everywhere, undefined names are errors, `_()` translates."""
    words = lang(language)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # New-style gettext: values given to _() are escaped, and a missing value is an error.
    env.install_gettext_callables(words.gettext, words.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["long_date"] = words.date  # an ISO date as the reader writes it; <time datetime> keeps the ISO
    return env


def front(title: str, description: str = "", hide_toc: bool = True, feed: str = "", og_type: str = "") -> Front:
    """Return front matter values: MkDocs themes print them unescaped, so they are escaped here."""
    return Front(
        front_title=Markup(yaml_quoted(html.escape(title))),  # noqa: S704 - escaped above
        front_description=Markup(yaml_quoted(html.escape(description))),  # noqa: S704
        front_expected=html.escape(title),  # what the page's title must read back as
        hide_toc=hide_toc,
        front_feed=feed,
        front_og_type=og_type,
    )


def yaml_quoted(text: str) -> str:
    """Return text as a YAML double-quoted scalar that reads back exactly.

    Every character that is not printable is written as an escape: a raw control character,
    noncharacter or line separator would make MkDocs drop the front matter and render it as Markdown.
    """
    return '"' + "".join(_YAML_ESCAPES.get(ch) or (ch if ch.isprintable() else _escape(ch)) for ch in text) + '"'


_YAML_ESCAPES = {"\\": "\\\\", '"': '\\"'}


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


class FrontMatterError(Exception):
    """A page's front matter would not read back as written: MkDocs would render it as Markdown."""


def check_front(path: str, page: str, title: str) -> None:
    """Raise FrontMatterError unless the page's front matter parses, as MkDocs reads it, to `title`.

    It must also still mark the page as finished HTML (final_html.py), which keeps Markdown away from it.
    """
    from mkdocs.utils.meta import get_data

    _, meta = get_data(page)
    if meta.get("title") != title or meta.get("mb_html") != "final":
        raise FrontMatterError(f"{path}: the page's front matter does not read back; the build stops")


def paged(
    base: str, items: Sequence[Listing], first: str | None = None, size: int = PAGE_SIZE
) -> list[tuple[str, list[Listing], Pager]]:
    """Split a list into pages: `first` (base/index.md by default), base/page/2/index.md, ... linked together."""
    chunks = [list(items[i : i + size]) for i in range(0, len(items), size)] or [[]]
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
    `site_root` to the site's, where the data files are shared by all languages (each tree has its own search bundle).
    """

    def __init__(self, settings: BoardSettings, language: str | None = None) -> None:
        self.settings = settings
        self.lang = lang(language or settings.language)
        self.env = environment(self.lang.code)
        self.up = tree_up(settings, self.lang.code)
        self.files: Files = {}

    def _(self, message: str, **values: Any) -> str:
        """Return an interface message in the page's language, its {values} filled in."""
        text = self.lang.gettext(message)
        return text.format(**values) if values else text

    def page(self, path: str, template: str, context: PageContext) -> None:
        """Render one page at a docs path: the record's fields, its front matter, the relative roots and language."""
        root = page_root(path)
        values = template_values(context)
        del values["front"]
        values.update(template_values(context.front))
        self.files[path] = self.env.get_template(template).render(root=root, site_root=root + self.up,
                                                                  language=self.lang.code, **values)  # fmt: skip
        check_front(path, self.files[path], context.front.front_expected)

    def language_links(self, path: str) -> list[LanguageLink]:
        """Return this page in each language the board offers (a listing page links its versions to them)."""
        site_root = page_root(path) + self.up
        address = page_url(path)
        return [LanguageLink(code, vocab.labels("languages")[code], code == self.lang.code,
                             f"{site_root}{tree_prefix(self.settings, code)}{address}")
                for code in self.settings.languages]  # fmt: skip

    def cards(self, path: str, listings: Iterable[Listing]) -> list[Card]:
        """Return cards linked relative to the page at `path`."""
        return [card(x, page_root(path), self.lang) for x in listings]

    def listing_list(self, base: str, heading: str, lead: str, listings: Sequence[Listing], *, feed: str | None = None,
                     embed: str | None = None, first: str | None = None, compact: bool = False) -> None:  # fmt: skip
        """Render a paginated list of listings: cards, or one short line each when `compact=True`.

        `feed` is the list's Atom feed from the tree's root, `embed` the code a website pastes to show it,
        `first` the path of its first page (base/index.md by default).
        """
        for path, chunk, pager in paged(base, listings, first, LINES_PAGE_SIZE if compact else PAGE_SIZE):
            title = heading if pager.number == 1 else self._(N_("{heading} (page {number})"), heading=heading,
                                                                 number=pager.number)  # fmt: skip
            root = page_root(path)
            self.page(path, "pages/list.md.j2", ListPage(heading=title, lead=lead, items=self.cards(path, chunk),
                      pager_=pager, feed=f"{root}{feed}" if feed else None, embed=embed, compact=compact,
                      front=front(title, lead, feed=feed or "")))  # fmt: skip


def embed_snippet(settings: BoardSettings, facet: str, code: str) -> str:
    """Return the iframe code a partner website pastes to show a facet's listings."""
    base = urls.site_base(settings) or urls.EXAMPLE_SITE
    title = html.escape(f"{settings.name}: {facet} {code}", quote=True)  # an agency's name may hold " or &
    return (
        f'<iframe src="{base}{urls.embed(facet, code)}" title="{title}" width="100%" height="480" '
        f'style="border:1px solid #ddd" loading="lazy"></iframe>'
    )
