"""Every address the site writes: pages, feeds, embeds and data files, relative or under `site_url`.

Addresses here are relative to a language tree's root (`listings/x/`); `in_tree` puts one under a
language's folder and `absolute` under the site's own address when the board knows it. Published
addresses are stable: partners link to them, so changing one here breaks their links.
"""

from __future__ import annotations

from urllib.parse import quote

from generator.core.settings import BoardSettings

SEARCH = "search/"
EXAMPLE_SITE = "https://your-board.example/"  # where embed snippets point when the board has no site_url


def listing(listing_id: str) -> str:
    """Return a listing's page: `listings/<id>/`."""
    return f"listings/{listing_id}/"


def search(query: str) -> str:
    """Return the search page looking for `query`: `search/?q=laser%20welding`."""
    return f"{SEARCH}?q={quote(query, safe='')}"


def browse(segment: str = "") -> str:
    """Return the Browse page, or one facet's index (`browse/sectors/`)."""
    return f"browse/{segment}/" if segment else "browse/"


def facet(segment: str, code: str) -> str:
    """Return the page of one value of a facet: `browse/<facet>/<code>/`."""
    return f"browse/{segment}/{code}/"


def feed(name: str) -> str:
    """Return an Atom feed of a language tree: `feeds/needs.xml`."""
    return f"feeds/{name}.xml"


def sector_feed(code: str) -> str:
    """Return the Atom feed of one sector: `feeds/sectors/<code>.xml`."""
    return feed(f"sectors/{code}")


def embed(segment: str, code: str) -> str:
    """Return the embeddable list of one value of a facet: `embed/<facet>/<code>/`."""
    return f"embed/{segment}/{code}/"


def api(name: str) -> str:
    """Return a data export: `api/listings.json`."""
    return f"api/{name}"


def tree_prefix(settings: BoardSettings, language: str) -> str:
    """Return where a language's pages are, from the site's root: "" for the default, "fr/" for French."""
    return "" if language == settings.language else f"{language}/"


def tree_up(settings: BoardSettings, language: str) -> str:
    """Return the relative prefix from a language's tree root to the site's root: "" or "../"."""
    return "../" * tree_prefix(settings, language).count("/")


def in_tree(settings: BoardSettings, language: str, address: str) -> str:
    """Return an address of a language's tree as seen from the site's root: `fr/listings/x/`."""
    return tree_prefix(settings, language) + address


def site_base(settings: BoardSettings) -> str:
    """Return the site's own address with one trailing slash (`https://x.org/board/`), or "" when unknown."""
    return settings.site_url.rstrip("/") + "/" if settings.site_url else ""


def absolute(settings: BoardSettings, address: str, language: str | None = None) -> str:
    """Return an address under `site_url` (and a language's folder) when the board knows it, else as given."""
    full = in_tree(settings, language, address) if language else address
    return site_base(settings) + full if settings.site_url else full
