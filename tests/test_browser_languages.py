"""Search in every language of the demo board: each tree's search page loads its own Pagefind bundle."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported by pytest as a plugin below; importing it first would stop assert rewriting
    from tests.browser_support import Visit

pytest_plugins = ["tests.browser_support"]

pytestmark = pytest.mark.browser

LANGUAGES = ("", "fr/", "de/", "it/", "sl/")  # mkdocs.yml: the default at the root, the others in folders


@pytest.mark.parametrize("tree", LANGUAGES, ids=lambda t: t.rstrip("/") or "en")
def test_each_languages_search_finds_listings_of_its_own_tree(board: Visit, tree: str) -> None:
    page = board.open(f"{tree}search/?q=laser")
    assert board.search_results(), f"/{tree}search/ found nothing for 'laser'"
    links = page.locator("#mb-results > li.mb-result > a").evaluate_all("as => as.map(a => a.href)")
    assert links
    assert all(link.startswith(f"{board.site.url}{tree}listings/") for link in links), links
    bundles = {url.removeprefix(board.site.url).split("pagefind/")[0] for url in board.requests if "/pagefind/" in url}
    assert bundles == {tree}  # its own tree's bundle, no other
