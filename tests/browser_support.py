"""Shared fixtures of the browser tests: the demo board, built once and served locally, and Chromium.

A test module uses the fixtures with `pytest_plugins = ["tests.browser_support"]`: as a plugin, the session-scoped
ones are shared by all modules (one build, one Chromium).
The demo board is built once per session with the real command line, served by a local HTTP server on
127.0.0.1 and visited with Chromium: the one in MATCHBOARD_CHROMIUM, which `make test` sets to the browser that
scripts/ensure_browser.py found (Debian's package, or Playwright's own when downloaded), else /usr/bin/chromium.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-26"
CHROMIUM = Path(os.environ.get("MATCHBOARD_CHROMIUM") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 15_000
LOCAL_HOST = "127.0.0.1"


@dataclass(frozen=True)
class DemoSite:
    """The demo board as built on disk and as served over HTTP."""

    folder: Path
    url: str  # ends with "/"

    def html(self, path: str) -> str:
        """The page source of `path` (e.g. "listings/x/") exactly as the server sends it."""
        return (self.folder / path.strip("/") / "index.html").read_text(encoding="utf-8")


class _StaticFiles(SimpleHTTPRequestHandler):
    """Serve the built site quietly, with the types module scripts and WebAssembly need."""

    extensions_map = {  # noqa: RUF012 (the base class declares it as a plain class attribute)
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
    }

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output clean."""


def build_demo_board(site: Path, build: Path) -> None:
    """Build /work/main/listings into `site` with the real command line, as CI does."""
    command = [sys.executable, "-m", "generator", "build", "--listings", "listings", "--site", str(site),
               "--build", str(build), "--today", TODAY, "--config", "mkdocs.yml"]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, f"matchboard build failed:\n{done.stdout}\n{done.stderr}"


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve a built site on a free port of 127.0.0.1; yield its address."""
    handler = functools.partial(_StaticFiles, directory=str(folder))
    server = ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"serve-{folder.name}", daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    """Build the demo board once and serve it on a free port of 127.0.0.1 for the whole session."""
    tmp = tmp_path_factory.mktemp("demo-board")
    build_demo_board(tmp / "site", tmp / "build")
    with serve_folder(tmp / "site") as address:
        yield DemoSite(tmp / "site", address)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the session: the one `make test` found, so that Playwright downloads nothing."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Chromium. Run `make test`, which finds or installs one"
            " (scripts/ensure_browser.py), or set MATCHBOARD_CHROMIUM to a Chromium's path."
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def is_local(url: str) -> bool:
    """Whether a request stays on the board's own server.

    data: and blob: addresses never leave the page, and a mailto: link opens the visitor's own mail program.
    """
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob", "mailto"} or parts.hostname == LOCAL_HOST


@dataclass
class Visit:
    """A browser tab on the demo board that records the address of every request it makes."""

    page: Page
    site: DemoSite
    requests: list[str] = field(default_factory=list, repr=False)

    def open(self, path: str = "") -> Page:
        """Go to `path` of the board (e.g. "browse/sectors/") and wait until its scripts have run."""
        self.page.goto(self.site.url + path.lstrip("/"), wait_until="load")
        return self.page

    def path(self) -> str:
        """The current address without the server's origin, e.g. "/search/?q=laser"."""
        return self.page.url.removeprefix(self.site.url.rstrip("/"))

    def foreign_requests(self) -> list[str]:
        """Every request that left 127.0.0.1 (fonts, CDNs, analytics): there must be none."""
        return [url for url in self.requests if not is_local(url)]

    def search_results(self) -> list[str]:
        """Wait for the search page to finish and return the titles of its results, in order."""
        expect(self.page.locator("#mb-status")).to_contain_text(re.compile(r"\d"))  # a count, in any language
        return self.page.locator("#mb-results > li.mb-result > a").all_inner_texts()


@pytest.fixture
def board(browser: Browser, demo_site: DemoSite) -> Iterator[Visit]:
    """A fresh tab (own cookies and storage) on the demo board; requests leaving 127.0.0.1 are recorded and cut."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    visit = Visit(context.new_page(), demo_site)

    def record(request: Request) -> None:
        visit.requests.append(request.url)

    def cut(route: Route) -> None:
        route.abort("blockedbyclient")

    context.on("request", record)
    context.route(lambda url: not is_local(url), cut)
    try:
        yield visit
    finally:
        context.close()
    foreign = visit.foreign_requests()
    assert not foreign, f"the board made requests outside {LOCAL_HOST}: {foreign}"
