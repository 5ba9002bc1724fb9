"""Accessibility: axe-core finds no serious or critical violation on the board's main kinds of page."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from axe_playwright_python.sync_playwright import Axe

if TYPE_CHECKING:  # pytest imports the module as a plugin (below); importing it first would stop assert rewriting
    from playwright.sync_api import ViewportSize

    from tests.browser_support import Visit

pytest_plugins = ["tests.browser_support"]  # the fixtures demo_site, browser and board, shared by the session

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}

PAGES = {
    "home": "",
    "needs": "needs/",
    "listing": "listings/pelton-laufrad-sanierung-sedimentabrasion/",
    "listing with expired notice": "listings/scandole-larice-tetti-baite/",
    "facet index": "browse/sectors/",
    "facet value": "browse/sectors/C25/",
    "statistics": "statistics/",
    "archive": "archive/",
    "data and feeds": "data/",
    "search without a query": "search/",
    "submit form": "submit/",
    "listing in another language's tree": "sl/listings/decolletage-micro-usinage-titane-medical/",
    "listing showing its original beside the page's language": "it/listings/lorawan-snow-depth-sensors/",
    "facet value in German": "de/browse/countries/AT/",
    "about in French": "fr/about/",
    "not found": "404.html",
}


LANGUAGES = ("en", "fr", "de", "it", "sl")  # the demo board's; English is the root tree
PHONE: ViewportSize = {"width": 375, "height": 740}
# The pages of issue 14's targets, each in every language tree, at a small phone's width (Lighthouse's too).
PHONE_PAGES = {
    "home": "",
    "listing": "listings/pelton-laufrad-sanierung-sedimentabrasion/",
    "search with results": "search/?q=laser",
    "submit form": "submit/",
}


def _blocking(results: dict[str, Any]) -> list[dict[str, Any]]:
    return [v for v in results["violations"] if v["impact"] in BLOCKING]


def _report(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {v['helpUrl']}")
        for node in v["nodes"]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:200]}")
            lines.append(f"        {node.get('failureSummary', '').replace(chr(10), ' ')}")
    return "\n".join(lines)


def _check(visit: Visit) -> None:
    results = Axe().run(visit.page).response
    violations = _blocking(results)
    assert violations == [], f"axe found serious or critical violations on {visit.path()}:\n{_report(violations)}"
    assert results["testEngine"]["name"] == "axe-core", json.dumps(results["testEngine"])


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_has_no_serious_accessibility_violation(board: Visit, path: str) -> None:
    board.open(path)
    _check(board)


def test_search_page_with_results_has_no_serious_accessibility_violation(board: Visit) -> None:
    board.open("search/?q=laser&type=offer")
    assert len(board.search_results()) > 1
    _check(board)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PHONE_PAGES.values(), ids=PHONE_PAGES.keys())
def test_main_pages_on_a_phone_in_every_language_are_accessible_and_fit(board: Visit, path: str, language: str) -> None:
    board.page.set_viewport_size(PHONE)
    page = board.open(("" if language == "en" else f"{language}/") + path)
    assert page.locator("html").get_attribute("lang") == language
    if "?q=" in path:
        board.search_results()
    assert page.evaluate("document.documentElement.scrollWidth") == PHONE["width"], board.path()
    _check(board)
