"""The built site: golden pages, byte-identical builds, escaping, links, subpaths, atomic builds."""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from generator.check.load import load_listings
from generator.core import settings
from generator.match.board import compute_board
from generator.render import site
from tests.conftest import ROOT, run_cli

BOARD = ROOT / "tests" / "boards" / "golden"
CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"
GOLDEN = ROOT / "tests" / "golden" / "docs"
TODAY = "2026-11-26"


def _build(tmp: Path, name: str, config: Path = CONFIG, board: Path = BOARD) -> Path:
    result = run_cli("build", "--listings", str(board), "--site", str(tmp / name), "--build", str(tmp / "build"),
                     "--today", TODAY, "--config", str(config))  # fmt: skip
    assert result.status == 0, result.err
    return tmp / name


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("site"), "site")


def _docs(tmp_path: Path) -> Path:
    import datetime as dt

    loaded = load_listings(BOARD)
    board_settings = settings.board_settings(CONFIG)
    board = compute_board(loaded, dt.date.fromisoformat(TODAY), board_settings.matching, tmp_path / "build")
    docs = tmp_path / "docs"
    site.write_docs(board, board_settings, docs)
    for tree in docs.iterdir():
        shutil.rmtree(tree / "assets")  # copied as they are; not generated
    return docs


def test_generated_pages_match_the_golden_files(tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(docs, GOLDEN)
    generated = sorted(str(p.relative_to(docs)) for p in docs.rglob("*") if p.is_file())
    expected = sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*") if p.is_file())
    assert generated == expected
    for name in generated:
        assert (docs / name).read_text(encoding="utf-8") == (GOLDEN / name).read_text(encoding="utf-8"), name


def _files(site_dir: Path) -> list[str]:
    # Every file, Pagefind's bundle included: the build puts Pagefind's randomly ordered filter and
    # metadata files in order (render/stable_search.py; upstream issue Pagefind/pagefind#638).
    return sorted(str(p.relative_to(site_dir)) for p in site_dir.rglob("*") if p.is_file())


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    again = _build(tmp_path, "again")
    assert _files(built) == _files(again)
    _, mismatch, errors = filecmp.cmpfiles(built, again, _files(built), shallow=False)
    assert (mismatch, errors) == ([], [])
    assert (built / "pagefind" / "pagefind-entry.json").is_file()


def test_listing_text_is_escaped_and_never_evaluated(built: Path) -> None:
    page = (built / "listings" / "hostile-text-need" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; {{ config.site_name }} *stars* &amp; [link](x)" in page
    assert "<img src=x" not in page
    assert "{{ 7 * 7 }} must not become 49" in page
    assert "${{ github.event }}" in page
    assert '<a href="https://example.org/page?a=1&amp;b=2" rel="nofollow noopener">safe link</a>' in page


def test_email_addresses_are_not_in_the_html(built: Path) -> None:
    for path in built.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert "o'brien" not in text, path
            assert "o&#39;brien" not in text, path
            assert "facilitator@golden.example" not in text, path


def test_expired_listing_keeps_its_page_future_one_is_not_published(built: Path) -> None:
    page = (built / "listings" / "expired-welding-offer" / "index.html").read_text(encoding="utf-8")
    assert "This listing expired on August 31, 2026." in page
    assert "data-pagefind-body" not in page
    assert not (built / "listings" / "future-need").exists()
    archive = (built / "archive" / "index.html").read_text(encoding="utf-8")
    assert "../listings/expired-welding-offer/" in archive


def test_exports(built: Path) -> None:
    listings = json.loads((built / "api" / "listings.json").read_text(encoding="utf-8"))
    assert [(x["id"], x["status"]) for x in listings] == [
        ("anonymous-milling-offer", "active"), ("expired-welding-offer", "expired"),
        ("hostile-text-need", "active"), ("laser-welding-workshop", "active"),
    ]  # fmt: skip
    anonymous = listings[0]["organisation"]
    assert (anonymous["name"], anonymous["website"]) == ("Anonymous organisation", None)
    csv_text = (built / "api" / "listings.csv").read_text(encoding="utf-8")
    assert csv_text.startswith("\ufeff")  # a byte order mark: spreadsheet programs then read UTF-8
    header = csv_text[1:].splitlines()[0]
    assert header.startswith("id,url,status,type,category,title,summary,language,organisation,country")
    matches = json.loads((built / "api" / "matches.json").read_text(encoding="utf-8"))
    cli = run_cli("match", "--listings", str(BOARD), "--today", TODAY, "--json", "--config", str(CONFIG),
                  "--build", str(built.parent / "build"))  # fmt: skip
    assert matches == json.loads(cli.out)
    assert json.loads((built / "schema" / "listing.schema.json").read_text())["title"] == "matchboard listing, format 1"


def test_feeds_are_atom_with_stable_ids(built: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(built / "feeds" / "all.xml").getroot()
    ids = [e.findtext("a:id", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert ids == [
        "urn:matchboard:golden-board:listing:hostile-text-need",
        "urn:matchboard:golden-board:listing:laser-welding-workshop",
        "urn:matchboard:golden-board:listing:anonymous-milling-offer",
    ]
    assert (built / "feeds" / "sectors" / "C25.xml").is_file()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def _internal_links(site_dir: Path) -> list[tuple[Path, str]]:
    found = []
    for page in sorted(site_dir.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [(page, link) for link in parser.links]
    return found


def _target(site_dir: Path, page: Path, link: str) -> Path | None:
    """Return the file a relative link from a page leads to (None for external links)."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", link) or link.startswith(("#", "//")):
        return None
    page_url = "http://site/" + str(page.relative_to(site_dir))
    path = unquote(urlsplit(urljoin(page_url, link)).path).lstrip("/")
    target = site_dir / path
    return target / "index.html" if path == "" or path.endswith("/") else target


def test_no_broken_internal_link(built: Path) -> None:
    broken = [(str(p.relative_to(built)), link) for p, link in _internal_links(built)
              if (t := _target(built, p, link)) is not None and not t.is_file()]  # fmt: skip
    assert broken == []


def test_no_request_can_leave_the_site(built: Path) -> None:
    for page, link in _internal_links(built):
        if link.startswith(("http://", "https://", "//")):
            # External addresses appear only as links a person follows, never as loaded resources.
            text = page.read_text(encoding="utf-8")
            assert f'src="{link}"' not in text, (page, link)
            assert not re.search(rf'<link[^>]+href="{re.escape(link)}"', text), (page, link)


def test_works_under_a_subpath(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    text = CONFIG.read_text(encoding="utf-8").replace('site_url: ""', "site_url: https://example.org/board/")
    config.write_text(text.replace("../../site_templates", str(ROOT / "site_templates")), encoding="utf-8")
    built = _build(tmp_path, "site", config=config)
    # 404.html is served at any address, so MkDocs links it from the site root on purpose.
    root_absolute = [(str(p.relative_to(built)), link) for p, link in _internal_links(built)
                     if link.startswith("/") and not link.startswith("//") and p.name != "404.html"]  # fmt: skip
    assert root_absolute == []
    feed = (built / "feeds" / "all.xml").read_text(encoding="utf-8")
    assert "<id>https://example.org/board/listings/hostile-text-need/</id>" in feed
    embed = (built / "embed" / "sectors" / "C25" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/board/listings/laser-welding-workshop/"' in embed


def test_a_failed_build_leaves_the_previous_site(tmp_path: Path) -> None:
    first = _build(tmp_path, "site")
    before = (first / "index.html").read_bytes()
    broken = tmp_path / "broken.yml"
    broken.write_text(CONFIG.read_text(encoding="utf-8").replace("name: material", "name: no-such-theme"))
    result = run_cli("build", "--listings", str(BOARD), "--site", str(first), "--build", str(tmp_path / "build"),
                     "--today", TODAY, "--config", str(broken))  # fmt: skip
    assert result.status == 1
    # The stages that finished before it are in the log (progress on standard error); the error closes it.
    assert result.err.splitlines()[-1].startswith("matchboard build: error: mkdocs build failed: ")
    assert "mkdocs (en): done" not in result.err
    assert (first / "index.html").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".matchboard-")] == []


def test_each_language_offered_is_a_tree_of_the_same_pages(built: Path) -> None:
    english = {p.relative_to(built) for p in built.rglob("*.html") if p.relative_to(built).parts[0] not in
               ("fr", "embed")}  # fmt: skip
    french = {p.relative_to(built / "fr") for p in (built / "fr").rglob("*.html")}
    assert english == french  # so the language switch always leads to a page
    home = (built / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr" class="no-js">' in home
    assert '<a href="./../" lang="en" class="md-select__link">English</a>' in home
    assert '<a href="./../fr/" lang="fr" class="md-select__link" aria-current="true">Français</a>' in home
    # One search bundle per language tree, each with its own stemming: Pagefind indexes one tree at a time.
    for tree, code in ((built, "en"), (built / "fr", "fr")):
        entry = json.loads((tree / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert list(entry["languages"]) == [code]


def test_a_listing_is_shown_in_the_readers_language_and_offers_its_others(built: Path) -> None:
    french = (built / "fr" / "listings" / "laser-welding-workshop" / "index.html").read_text(encoding="utf-8")
    assert '<h1 data-pagefind-meta="title">Soudage laser de petites pièces en acier inoxydable</h1>' in french
    assert ('<a href="../../../listings/laser-welding-workshop/" hreflang="en" lang="en">English</a> (original)'
            in french)  # fmt: skip
    english = (built / "listings" / "laser-welding-workshop" / "index.html").read_text(encoding="utf-8")
    assert '<h1 data-pagefind-meta="title">Laser welding of small stainless steel parts</h1>' in english
    # German is not a language of this board: its text is shown below the original, marked as German.
    assert '<section class="mb-translation" id="text-de" lang="de" data-pagefind-ignore>' in english
    assert "<p><strong>Laserschweißen kleiner Edelstahlteile</strong></p>" in english
    assert '<a href="#text-de" lang="de">Deutsch</a>' in english


def test_feeds_carry_the_translations(built: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    french = ET.parse(built / "fr" / "feeds" / "all.xml").getroot()
    assert french.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    entry = next(e for e in french.findall("a:entry", ns) if (e.findtext("a:id", namespaces=ns) or "").endswith(
        "laser-welding-workshop"))  # fmt: skip
    assert entry.findtext("a:title", namespaces=ns) == "Soudage laser de petites pièces en acier inoxydable"
    assert entry.findtext("a:id", namespaces=ns) == "urn:matchboard:golden-board:fr:listing:laser-welding-workshop"
    links = [(x.get("hreflang"), x.get("href")) for x in entry.findall("a:link", ns)]
    assert links == [(None, "../listings/laser-welding-workshop/"),
                     ("en", "../../listings/laser-welding-workshop/")]  # fmt: skip
    english = ET.parse(built / "feeds" / "all.xml").getroot()
    entry = next(e for e in english.findall("a:entry", ns) if (e.findtext("a:id", namespaces=ns) or "").endswith(
        "laser-welding-workshop"))  # fmt: skip
    assert [x.get("hreflang") for x in entry.findall("a:link", ns)] == [None, "fr"]
    listings = json.loads((built / "api" / "listings.json").read_text(encoding="utf-8"))
    laser = next(x for x in listings if x["id"] == "laser-welding-workshop")
    assert sorted(laser["translations"]) == ["de", "fr"]


def test_a_board_whose_default_language_is_not_english(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    text = CONFIG.read_text(encoding="utf-8").replace("    language: en\n", "    language: fr\n")
    config.write_text(text.replace("../../site_templates", str(ROOT / "site_templates")), encoding="utf-8")
    built = _build(tmp_path, "site", config=config)
    home = (built / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr" class="no-js">' in home
    assert (built / "en" / "listings" / "laser-welding-workshop" / "index.html").is_file()
    feed = (built / "feeds" / "all.xml").read_text(encoding="utf-8")
    assert 'xml:lang="fr"' in feed
    assert "<title>Soudage laser de petites pièces en acier inoxydable</title>" in feed
    broken = [(str(p.relative_to(built)), link) for p, link in _internal_links(built)
              if (t := _target(built, p, link)) is not None and not t.is_file()]  # fmt: skip
    assert broken == []
