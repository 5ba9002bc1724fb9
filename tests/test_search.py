"""Search in Chromium on the demo board: across languages, no partial-word noise, a way on when nothing matches."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:
    from tests.browser_support import Visit

pytest_plugins = ["tests.browser_support"]

pytestmark = pytest.mark.browser


def result_ids(board: Visit) -> list[str]:
    """The listing ids the search page lists in #mb-results, in order, once it has answered."""
    expect(board.page.locator("#mb-status")).to_contain_text(re.compile(r"\d|\."))
    hrefs = [str(a.get_attribute("href")) for a in board.page.locator("#mb-results > li.mb-result > a").all()]
    return [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs]


@pytest.mark.parametrize(
    ("path", "other_language_listing"),
    [
        ("search/?q=hydrogen", "wasserstoff-inselsystem-berghuetten"),  # German
        ("fr/search/?q=fromage", "rind-mould-humidity-monitoring-cheese-cellars"),  # English
        ("de/search/?q=K%C3%A4se", "brezzicni-senzorji-klime-zorilnice"),  # Slovenian
        ("it/search/?q=idrogeno", "pem-elektrolyseur-stacks-lieferant"),  # German
        ("sl/search/?q=vodik", "idrogeno-verde-rifugi-alpini-interreg"),  # Italian
    ],
)
def test_a_word_in_each_language_finds_a_listing_written_in_another(
    board: Visit, path: str, other_language_listing: str
) -> None:
    board.open(path)
    assert other_language_listing in result_ids(board)[:10]


def test_slovenian_finds_an_inflected_form_by_its_beginning(board: Visit) -> None:
    board.open("sl/search/?q=zorilnicah")  # the listing says "zorilnice"; "zorilnicah" is another case
    assert "brezzicni-senzorji-klime-zorilnice" in result_ids(board)


def test_a_word_about_nothing_on_the_board_lists_nothing(board: Visit) -> None:
    page = board.open("search/?q=submarine")
    expect(page.locator("#mb-status")).to_have_text("0 listings found. No listing contains these words.")
    expect(page.locator("#mb-results a")).to_have_count(0)
    expect(page.get_by_role("link", name="browse the board")).to_have_attribute("href", "../browse/")
    expect(page.get_by_role("link", name="post a need")).to_have_attribute("href", "../submit/")


def test_a_partial_word_fallback_is_shown_apart_and_not_counted(board: Visit) -> None:
    page = board.open("fr/search/?q=boulangerie")  # Pagefind would answer with listings matching "bo..."
    expect(page.locator("#mb-status")).to_have_text("0 annonce trouvée. Aucune annonce ne contient ces mots.")
    expect(page.locator("#mb-results a")).to_have_count(0)
    partial = page.locator("#mb-partial")
    if page.locator("#mb-partial-results > li").count():
        expect(partial.locator("h2")).to_have_text("Annonces qui ne contiennent que le début d'un mot saisi")


def test_a_mistyped_word_gets_close_words_that_search_in_place(board: Visit) -> None:
    page = board.open("search/?q=Paulovnia")
    expect(page.locator("#mb-status")).to_have_text("0 listings found. No listing contains these words.")
    close = page.locator("#mb-close-words a")
    expect(close.first).to_have_text("paulownia")
    close.first.click()
    expect(page.locator("#mb-q")).to_have_value("paulownia")
    expect(page.locator("#mb-status")).to_have_text("2 listings found.")
    expect(page).to_have_url(board.site.url + "search/?q=paulownia")


def test_result_cards_show_type_category_organisation_country_and_date(board: Visit) -> None:
    page = board.open("search/?q=Paulownia")
    board.search_results()
    card = page.locator("#mb-results > li.mb-result").first
    expect(card.locator(".mb-badge")).to_have_text("Offer")
    expect(card.locator(".mb-card__meta")).to_have_text(
        re.compile(r"^Offer \S.* · .+ · (Austria|Germany) · 2026-\d\d-\d\d$")
    )
    excerpt = card.locator("p").inner_text()
    assert not re.search(r"[a-zäöü][A-ZÄÖÜ][a-zäöü]", excerpt), excerpt  # no glued words ("OrganisationKäsekeller")


def test_the_language_switch_keeps_the_words_and_filters(board: Visit) -> None:
    page = board.open("search/?q=LoRaWAN&type=need")
    board.search_results()
    page.get_by_role("button", name="Select language").hover()
    page.locator(".mb-languages").get_by_role("link", name="Français", exact=True).click()
    expect(page).to_have_url(board.site.url + "fr/search/?q=LoRaWAN&type=need")
    expect(page.locator("#mb-q")).to_have_value("LoRaWAN")
    expect(page.locator("select[name=type]")).to_have_value("need")
    page.locator("#mb-q").fill("neige")
    page.locator("#mb-q").press("Enter")
    expect(page.locator(".mb-languages a[lang=de]")).to_have_attribute(
        "href", re.compile(r"de/search/\?q=neige&type=need$")
    )
