"""One search across boards in Chromium: a partner's Pagefind bundle merged, a partner down skipped."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import socket
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from generator import pipeline
from tests.network_support import ROOT, board_config, serving
from tests.test_network import TODAY

pytest_plugins = ["tests.browser_support"]  # the browser fixture, shared by the session (not imported first)
pytestmark = pytest.mark.browser
TIMEOUT_MS = 15_000

PARTNER_ONLY = "infraschall"  # in an offer of the partner (avalanche detection, German), in no need of the local board


class SiteHost(http.server.SimpleHTTPRequestHandler):
    """A board's host, quiet, with the types module scripts and WebAssembly need."""

    extensions_map = {  # noqa: RUF012 (the base class declares it as a plain class attribute)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".wasm": "application/wasm",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass


class SharedHost(SiteHost):
    """A partner's host that lets other boards' search pages read its Pagefind bundle (HOSTING.md, CORS)."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Network:
    local: str  # the local board's address, with its search page
    partner: str  # the partner's address
    down: str  # a partner's address where nothing answers
    broken: str  # a partner whose bundle has its entry file only: merging it fails after it looked reachable


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    """The repository's offers on a partner board (served with CORS); its needs on a local board naming it."""
    tmp = tmp_path_factory.mktemp("search-network")
    shutil.copytree(ROOT / "listings" / "offers", tmp / "alpine" / "offers")
    shutil.copytree(ROOT / "listings" / "needs", tmp / "savoie" / "needs")
    alpine = tmp / "alpine-site"
    pipeline.build(tmp / "alpine", alpine, TODAY, board_config(tmp, "Alpine offers", []), tmp / "alpine-build")
    down = f"http://127.0.0.1:{_free_port()}/"
    (tmp / "broken" / "pagefind").mkdir(parents=True)
    shutil.copy(alpine / "pagefind" / "pagefind-entry.json", tmp / "broken" / "pagefind")
    with (serving(functools.partial(SharedHost, directory=str(alpine))) as partner,
          serving(functools.partial(SharedHost, directory=str(tmp / "broken"))) as broken):  # fmt: skip
        config = board_config(tmp, "Savoie needs", [{"name": "Alpine offers", "url": partner},
                                                     {"name": "Gone board", "url": down},
                                                     {"name": "Broken board", "url": broken}])  # fmt: skip
        pipeline.build(tmp / "savoie", tmp / "savoie-site", TODAY, config, tmp / "savoie-build")
        with serving(functools.partial(SiteHost, directory=str(tmp / "savoie-site"))) as local:
            yield Network(local, partner, down, broken)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


def _results(page: Page) -> list[tuple[str, str]]:
    expect(page.locator("#mb-status")).to_contain_text(re.compile(r"\d"))
    links = page.locator("#mb-results > li.mb-result > a")
    return [(a.inner_text(), a.get_attribute("href") or "") for a in links.all()]


def test_the_search_page_lists_the_partners_bundles_from_the_settings(network: Network) -> None:
    with urllib.request.urlopen(network.local + "search/partners.json", timeout=10) as answer:
        listed = json.loads(answer.read())
    assert listed == [
        {"name": "Alpine offers", "url": network.partner, "bundles": [network.partner + "pagefind/"]},
        {"name": "Gone board", "url": network.down, "bundles": [network.down + "pagefind/"]},
        {"name": "Broken board", "url": network.broken, "bundles": [network.broken + "pagefind/"]},
    ]


def test_a_search_finds_a_listing_only_the_partner_has_and_links_to_its_page(network: Network, page: Page) -> None:
    page.goto(f"{network.local}search/?q={PARTNER_ONLY}", wait_until="load")
    found = _results(page)
    assert found, "the partner's listing is not found"
    assert all(href.startswith(f"{network.partner}listings/") for _, href in found)
    assert "lawinendetektion-infraschall-radar" in found[0][1]
    expect(page.locator("#mb-results .mb-board").first).to_have_text("on Alpine offers")
    # The partners that are down or broken are named, and the search works all the same.
    expect(page.locator("#mb-status")).to_contain_text("Not searched, their search cannot be reached: Gone board, "
                                                       "Broken board.")  # fmt: skip
    page.locator("#mb-results > li.mb-result > a").first.click()
    expect(page).to_have_url(re.compile(re.escape(network.partner) + r"listings/lawinendetektion-infraschall-radar/"))


def test_the_board_filter_keeps_one_boards_listings(network: Network, page: Page) -> None:
    page.goto(f"{network.local}search/?q=pelton", wait_until="load")
    both = _results(page)
    assert any(h.startswith(network.partner) for _, h in both)
    assert any(h.startswith("/listings/") for _, h in both)  # this board's own, found beside the partner's
    page.select_option("select[name=board]", "Savoie needs")
    expect(page.locator("#mb-results > li.mb-result > a").first).not_to_have_attribute(
        "href", re.compile(re.escape(network.partner)))  # fmt: skip
    local = _results(page)
    assert local
    assert not any(h.startswith(network.partner) for _, h in local)
    page.select_option("select[name=board]", "Alpine offers")
    expect(page.locator("#mb-results > li.mb-result > a").first).to_have_attribute(
        "href", re.compile(re.escape(network.partner)))  # fmt: skip
    partner = _results(page)
    assert partner
    assert all(h.startswith(network.partner) for _, h in partner)
