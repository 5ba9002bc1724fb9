"""Every built page's head: its feeds, its versions in the other languages, its Open Graph preview, its icon."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_site import CONFIG, _build


class _Head(HTMLParser):
    """The <link> and <meta> tags of a page's head, as attribute dicts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.in_head = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.in_head = False
        if self.in_head and tag in {"link", "meta"}:
            self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _head(page: Path) -> _Head:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _alternates(head: _Head) -> list[dict[str, str]]:
    return [a for t, a in head.tags if t == "link" and a.get("rel") == "alternate"]  # exactly, as feed readers match


def _feeds(head: _Head) -> list[tuple[str, str]]:
    return [(a["title"], a["href"]) for a in _alternates(head) if a.get("type") == "application/atom+xml"]


def _hreflang(head: _Head) -> dict[str, str]:
    return {a["hreflang"]: a["href"] for a in _alternates(head) if "hreflang" in a}


def _og(head: _Head) -> dict[str, str]:
    return {a["property"]: a["content"] for t, a in head.tags if a.get("property", "").startswith("og:")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("site"), "site")


def test_every_page_advertises_its_languages_feed(built: Path) -> None:
    for page in sorted(built.rglob("*.html")):
        if "embed" in page.relative_to(built).parts:
            continue  # embeds are fragments for other sites, not board pages
        feeds = _feeds(_head(page))
        assert feeds, page
        assert feeds[0][1].endswith("feeds/all.xml"), page
    assert _feeds(_head(built / "fr" / "index.html")) == [("Toutes les nouvelles annonces", "./feeds/all.xml")]


def test_a_sector_page_also_advertises_its_sectors_feed(built: Path) -> None:
    feeds = _feeds(_head(built / "browse" / "sectors" / "C25" / "index.html"))
    assert feeds == [
        ("All new listings", "../../../feeds/all.xml"),
        ("Sector: C25 Manufacture of fabricated metal products, except machinery and equipment",
         "../../../feeds/sectors/C25.xml"),
    ]  # fmt: skip


def test_without_the_sites_address_a_page_names_no_versions_search_engines_would_refuse(built: Path) -> None:
    head = _head(built / "fr" / "listings" / "laser-welding-workshop" / "index.html")
    assert _hreflang(head) == {}  # hreflang addresses must be absolute (Lighthouse's SEO audit fails relative ones)


def test_open_graph_says_what_a_page_is(built: Path) -> None:
    listing = _og(_head(built / "fr" / "listings" / "laser-welding-workshop" / "index.html"))
    assert listing["og:type"] == "article"
    assert listing["og:locale"] == "fr_FR"
    assert listing["og:site_name"] == "Golden board"
    assert listing["og:title"] == "Soudage laser de petites pièces en acier inoxydable"
    assert "og:url" not in listing  # no site_url: no address to give
    home = _og(_head(built / "index.html"))
    assert home == {
        "og:type": "website",
        "og:site_name": "Golden board",
        "og:title": "Golden board",
        "og:description": "A small board whose generated pages are compared file by file.",
        "og:locale": "en_US",
    }


def test_with_a_site_url_the_head_gives_absolute_addresses(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    text = CONFIG.read_text(encoding="utf-8").replace('site_url: ""', "site_url: https://example.org/board/")
    config.write_text(text.replace("../../site_templates", str(ROOT / "site_templates")), encoding="utf-8")
    head = _head(_build(tmp_path, "site", config=config) / "fr" / "listings" / "laser-welding-workshop" / "index.html")
    assert _og(head)["og:url"] == "https://example.org/board/fr/listings/laser-welding-workshop/"
    assert _hreflang(head) == {
        "en": "https://example.org/board/listings/laser-welding-workshop/",
        "fr": "https://example.org/board/fr/listings/laser-welding-workshop/",
        "x-default": "https://example.org/board/listings/laser-welding-workshop/",
    }


def test_the_site_root_has_a_favicon_that_embeds_link(built: Path) -> None:
    icon = (built / "favicon.ico").read_bytes()
    assert icon[:6] == b"\x00\x00\x01\x00\x01\x00"  # an ICO holding one image
    assert icon[22:30] == b"\x89PNG\r\n\x1a\n"  # Material's favicon, as it is
    assert not (built / "fr" / "favicon.ico").exists()  # browsers ask the root only
    embed = _head(built / "embed" / "sectors" / "C25" / "index.html")
    assert ("link", {"rel": "icon", "href": "../../../favicon.ico"}) in embed.tags
