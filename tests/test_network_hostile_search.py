"""A hostile partner's Pagefind bundle merged into this board's search page, in Chromium.

The partner's bundle is written with Pagefind's own API, so each result's address, title, excerpt and filters
are whatever the partner chose: addresses on another host, `javascript:`, markup in titles and excerpts.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from pagefind.index import IndexConfig, PagefindIndex
from playwright.sync_api import Browser, Page, Route, expect

from generator import pipeline
from tests.network_support import ROOT, board_config, serving
from tests.test_network import TODAY
from tests.test_network_search import SharedHost, SiteHost

pytest_plugins = ["tests.browser_support"]  # the browser fixture, shared by the session (not imported first)
pytestmark = pytest.mark.browser
TIMEOUT_MS = 15_000
WORD = "infraschall"  # in every hostile record, in no listing of the local board
NAME = "Hostile <i>$&</i> board"  # markup, and what String.replace reads as "the text replaced"

# What the partner's bundle holds: (address as the partner wrote it, title, content, filters).
Record = tuple[str, str, str, dict[str, list[str]]]  # address, title, words, filters
RECORDS: list[Record] = [
    ("/listings/fine/", "A fine partner listing", "infraschall detection", {}),
    ("//evil.example/phish/", "Looks like this board's", "infraschall phishing", {}),
    ("https://evil.example/x/", "Another host", "infraschall elsewhere", {}),
    ("javascript:window.pwned=2", "Script address", "infraschall script", {}),
    ("/listings/markup/", "<img src=x onerror=window.pwned=1>Title", "<img src=x onerror=window.pwned=3> infraschall",
     {"<b>filter</b>": ["<img src=x onerror=window.pwned=4>"]}),
]  # fmt: skip


SPOOF = "listings/bio-based-composites-ski-cores/"  # a page of the local board, claimed by the partner's bundle
OTHER = "lawinenradar"  # in the records below only: two whose fragment files the partner then breaks, one sound
BROKEN: list[Record] = [("/listings/sound/", "A sound listing", f"{OTHER} sound", {}),
          ("/listings/garbage/", "Garbage", f"{OTHER} garbage", {}),
          ("/listings/no-url/", "No address", f"{OTHER} nothing", {})]  # fmt: skip


async def _write_bundle(folder: Path, local: str) -> None:
    records: list[Record] = [*RECORDS, (local + SPOOF, "Spoofed as this board's own", "infraschall spoof", {}), *BROKEN]
    async with PagefindIndex(IndexConfig(output_path=str(folder))) as index:
        for url, title, content, filters in records:
            await index.add_custom_record(url=url, content=content, language="en",
                                          meta={"title": title, "type": "<b>offer</b>"}, filters=filters)  # fmt: skip


def _break_fragments(folder: Path) -> None:
    """Make one fragment file garbage, and another a fragment without address, content or places."""
    for fragment in (folder / "fragment").iterdir():
        text = gzip.decompress(fragment.read_bytes())
        if b'"/listings/garbage/"' in text:
            fragment.write_bytes(b"not a fragment")
        elif b'"/listings/no-url/"' in text:
            fragment.write_bytes(gzip.compress(b'pagefind_dcd{"meta": {"title": "No address"}}'))


@dataclass(frozen=True)
class Network:
    local: str
    partner: str


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    """The repository's needs on a local board naming one partner, whose host serves a hostile bundle."""
    tmp = tmp_path_factory.mktemp("hostile-search")
    shutil.copytree(ROOT / "listings" / "needs", tmp / "savoie" / "needs")
    with (serving(functools.partial(SiteHost, directory=str(tmp / "savoie-site"))) as local,  # built below
          serving(functools.partial(SharedHost, directory=str(tmp / "hostile"))) as partner):  # fmt: skip
        with ThreadPoolExecutor(1) as thread:  # Playwright's own event loop runs in this one
            thread.submit(asyncio.run, _write_bundle(tmp / "hostile" / "pagefind", local)).result()
        _break_fragments(tmp / "hostile" / "pagefind")
        config = board_config(tmp, "Savoie needs", [{"name": NAME, "url": partner}])
        pipeline.build(tmp / "savoie", tmp / "savoie-site", TODAY, config, tmp / "savoie-build")
        yield Network(local, partner)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)

    def cut(route: Route) -> None:  # no request leaves the machine, whatever the partner's results say
        route.abort("blockedbyclient")

    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), cut)
    try:
        yield context.new_page()
    finally:
        context.close()


def _search(page: Page, network: Network, word: str = WORD) -> list[tuple[str, str, str]]:
    page.goto(f"{network.local}search/?q={word}", wait_until="load")
    expect(page.locator("#mb-status")).to_contain_text(re.compile(r"\d"))
    found = []
    for card in page.locator("#mb-results > li.mb-result").all():
        link, board = card.locator("a").first, card.locator(".mb-board")
        found.append((link.inner_text(), link.get_attribute("href") or "", board.inner_text() if board.count() else ""))
    return found


def test_a_partner_result_pointing_off_the_partners_site_is_not_shown(network: Network, page: Page) -> None:
    found = _search(page, network)
    assert found, "the partner's results are not found"
    hrefs = [href for _, href, _ in found]
    assert all(h.startswith(network.partner) for h in hrefs), hrefs  # never evil.example, never as this board's
    assert "Spoofed as this board's own" not in [title for title, _, _ in found]
    assert f"{network.partner}listings/fine/" in hrefs
    assert all(board.startswith("on Hostile") for _, _, board in found)  # every result says whose it is
    expect(page.locator("#mb-status")).to_have_text(re.compile(rf"^{len(found)} listings? found"))


def test_markup_in_a_partners_titles_excerpts_and_filters_stays_text(network: Network, page: Page) -> None:
    found = _search(page, network)
    assert "<img src=x onerror=window.pwned=1>Title" in [title for title, _, _ in found]
    assert page.locator("#mb-results img, #mb-results b, #mb-results i").count() == 0
    assert "<img src=x onerror=window.pwned=3>" in page.locator("#mb-results").inner_text()
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_a_partners_name_is_shown_as_written(network: Network, page: Page) -> None:
    found = _search(page, network)
    assert found
    assert {board for _, _, board in found} == {f"on {NAME}"}
    expect(page.locator("select[name=board] option").last).to_have_text(NAME)


def test_a_partners_broken_fragment_leaves_the_search_working(network: Network, page: Page) -> None:
    found = _search(page, network, OTHER)  # waits for a count: the search did not stop at "Searching…"
    assert [(title, href) for title, href, _ in found] == [("A sound listing", f"{network.partner}listings/sound/")]
    expect(page.locator("#mb-status")).to_have_text(re.compile(r"^1 listing found"))
