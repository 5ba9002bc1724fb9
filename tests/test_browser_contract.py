"""The search addresses of the contract (`search/?q=`, `<lang>/search/?q=`) as partner sites write them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:  # imported by pytest as a plugin below; importing it first would stop assert rewriting
    from tests.browser_support import Visit

pytest_plugins = ["tests.browser_support"]

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("tree", ["", "fr/"], ids=["en", "fr"])
def test_a_linked_search_keeps_its_filters_whatever_their_case(board: Visit, tree: str) -> None:
    """A partner's link with `country=it` or `type=Offer` filters as `matchboard search --country it` does.

    The page compared the address's value with its options' exact values, dropped `it` unseen, showed
    every listing and rewrote the address without the filter.
    """
    page = board.open(f"{tree}search/?type=Offer&country=it")
    expect(page.locator("select[name=type]")).to_have_value("offer")
    expect(page.locator("select[name=country]")).to_have_value("IT")
    expect(page.locator("#mb-status")).to_contain_text(re.compile(r"^8 "))  # the eight Italian offers
    expect(page).to_have_url(board.site.url + f"{tree}search/?type=offer&country=IT")
