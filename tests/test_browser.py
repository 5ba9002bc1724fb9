"""User journeys through the demo board in Chromium, with what a visitor sees at each step.

The demo board (`listings/`, 77 listings) is built once for 2026-11-26 and served on 127.0.0.1; every
journey runs in a fresh tab that records its requests, and none of them may leave 127.0.0.1.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Locator, Page, expect

if TYPE_CHECKING:  # pytest imports the module as a plugin (below); importing it first would stop assert rewriting
    from tests.browser_support import Visit

pytest_plugins = ["tests.browser_support"]  # the fixtures demo_site, browser and board, shared by the session

pytestmark = pytest.mark.browser

THRESHOLD = 30  # mkdocs.yml: extra.board.matching.threshold
NEED = "pelton-laufrad-sanierung-sedimentabrasion"
ITS_BEST_OFFER = "rechargement-reparation-roues-pelton"
WITH_EMAIL = "ai-machine-vision-wood-surface-inspection"
EMAIL = "vertrieb@schwarzwald-vision.example"  # listings/offers/ai-machine-vision-wood-surface-inspection.yaml
EXPIRED = "scandole-larice-tetti-baite"
C25 = "C25 Manufacture of fabricated metal products, except machinery and equipment"


def field(page: Page, name: str) -> Locator:
    """The value of one field ("Place", "Sectors (NACE)", ...) in a listing page's details."""
    return page.locator(f"xpath=//dl[@class='mb-fields']/dt[normalize-space()='{name}']/following-sibling::dd[1]")


def cards(page: Page, heading: str | None = None) -> Locator:
    """The listing cards of a page, or those under the h2 `heading`."""
    if heading is None:
        return page.locator("ul.mb-cards > li.mb-card")
    return page.locator(f"xpath=//h2[normalize-space()='{heading}']/following-sibling::ul[1]/li")


def lines(page: Page) -> Locator:
    """The listings of a facet page: one line each (title, type, country), not a card."""
    return page.locator("ul.mb-lines > li")


# Home, browsing and listing pages


def test_home_shows_the_counts_and_the_newest_needs_and_offers(board: Visit) -> None:
    page = board.open()
    expect(page).to_have_title("Alpine matchboard")
    expect(page.locator("h1")).to_have_text("Alpine matchboard")
    expect(page.locator("ul.mb-counts > li")).to_have_text(
        ["33 needs", "38 offers", "72 suggested matches", "8 countries"]
    )

    needs, offers = cards(page, "Newest needs"), cards(page, "Newest offers")
    expect(needs).to_have_count(6)
    expect(offers).to_have_count(6)
    expect(needs.locator(".mb-badge")).to_have_text(["Need"] * 6)
    expect(offers.locator(".mb-badge")).to_have_text(["Offer"] * 6)
    expect(needs.first.locator(".mb-card__title")).to_have_text(
        "Wireless climate monitoring to control rind mould in cheese ripening cellars"
    )
    expect(needs.first.locator(".mb-card__meta")).to_have_text(
        "Need Technology · Käsekeller Simmental AG · Switzerland · November 25, 2026"
    )
    expect(offers.first.locator(".mb-card__title")).to_have_text(
        "Revêtements PVD et réaffûtage d'outils coupants en carbure pour la mécanique de précision"
    )
    for newest in (needs, offers):  # newest first: the publication date ends each meta line
        dates = [t.get_attribute("datetime") or "" for t in newest.locator(".mb-card__meta time").all()]
        assert dates == sorted(dates, reverse=True)

    page.get_by_role("link", name="33 needs", exact=True).click()
    expect(page).to_have_url(board.site.url + "needs/")
    expect(cards(page)).to_have_count(33)

    board.open("statistics/")
    expect(page.locator(".mb-lead")).to_have_text(
        "Active on November 26, 2026: 33 needs and 38 offers, with 72 suggested matches. Expired listings: 6."
    )


def test_browse_a_sector_then_open_a_listing_of_that_sector(board: Visit) -> None:
    page = board.open()
    page.locator("nav.md-nav--primary").get_by_role("link", name="Browse", exact=True).click()
    expect(page.locator("h1")).to_have_text("Browse the board")
    page.get_by_role("link", name="Sector", exact=True).click()
    expect(page).to_have_url(board.site.url + "browse/sectors/")
    page.get_by_role("link", name=C25, exact=True).click()

    expect(page).to_have_url(board.site.url + "browse/sectors/C25/")
    expect(page.locator("h1")).to_have_text(f"Sector: {C25}")
    expect(lines(page)).to_have_count(11)
    expect(lines(page).first.locator("a")).to_have_text(
        "Revêtements PVD et réaffûtage d'outils coupants en carbure pour la mécanique de précision"
    )
    expect(lines(page).first).to_have_text(
        "Revêtements PVD et réaffûtage d'outils coupants en carbure pour la mécanique de précision Offer France"
    )
    addresses = [str(a.get_attribute("href")) for a in lines(page).locator("a").all()]

    lines(page).filter(has_text="HVOF tungsten-carbide coatings").locator("a").click()
    expect(page).to_have_url(board.site.url + "listings/hvof-carbide-coating-pelton-runners/")
    expect(page.locator("h1")).to_have_text(
        "HVOF tungsten-carbide coatings against hydro-abrasive wear of Pelton runners"
    )
    expect(field(page, "Sectors (NACE)").get_by_role("link", name=C25)).to_be_visible()

    for address in addresses:  # every listing of the sector page is in that sector
        page.goto(board.site.url + "browse/sectors/C25/" + address)
        expect(field(page, "Sectors (NACE)").get_by_role("link", name=C25)).to_be_visible()


def test_a_listing_shows_every_field_and_its_suggested_partners_with_score_and_reasons(board: Visit) -> None:
    page = board.open(f"listings/{NEED}/")
    expect(page.locator(".mb-kicker")).to_have_text("Need Technology")
    expect(page.locator("h1")).to_have_text(
        "Sanierung und Verschleissschutz von Pelton-Laufrädern gegen Sedimentabrasion"
    )
    expect(field(page, "Organisation")).to_have_text("Anonymous organisation · Small enterprise (10 to 49 people)")
    expect(field(page, "Place")).to_have_text("Switzerland · Valais")
    expect(field(page, "Sectors (NACE)").locator("li")).to_have_count(3)
    expect(field(page, "Keywords").locator("li").first).to_have_text("Kleinwasserkraft")
    expect(field(page, "Partnership sought")).to_contain_text("Subcontracting")
    expect(field(page, "Technology readiness")).to_have_text("TRL 7 (lowest level acceptable)")
    expect(field(page, "Language")).to_have_text("Deutsch")
    expect(field(page, "Published")).to_have_text("June 18, 2026")
    expect(field(page, "Expires")).to_have_text("June 15, 2027")
    expect(page.get_by_role("link", name="Edit this listing")).to_have_attribute(
        "href", f"https://github.com/matchboard-example/alpine-board/edit/main/listings/needs/{NEED}.yaml"
    )
    expect(page.get_by_role("button", name="Express interest through the facilitator")).to_be_visible()

    expect(page.locator("h2#matches")).to_have_text("Suggested offers")
    matches = page.locator("ol.mb-matches > li.mb-match")
    expect(matches.first).to_be_visible()
    scores = [int(s) for s in matches.locator(".mb-score").all_text_contents()]
    assert scores == sorted(scores, reverse=True)
    assert all(THRESHOLD <= s <= 100 for s in scores), scores
    expect(matches.locator(".mb-card__meta")).to_have_text([re.compile(r"^Offer · ")] * len(scores))

    best = matches.first
    expect(best.get_by_role("link")).to_have_attribute("href", f"../../listings/{ITS_BEST_OFFER}/")
    expect(best.get_by_role("link")).to_have_text(
        "Réparation, rechargement et usinage de roues Pelton et de turbines hydrauliques"
    )
    expect(best.locator(".mb-card__meta")).to_have_text("Offer · France")
    reasons = best.locator("ul.mb-reasons > li")
    expect(reasons.filter(has_text="shared topics")).to_have_count(1)
    expect(reasons.filter(has_text="both seek subcontracting")).to_have_count(1)

    best.get_by_role("link").click()  # the offer suggests the need back
    expect(page).to_have_url(board.site.url + f"listings/{ITS_BEST_OFFER}/")
    expect(page.locator("h2#matches")).to_have_text("Suggested needs")
    expect(
        page.locator("ol.mb-matches > li.mb-match").filter(has=page.locator(f"a[href$='/listings/{NEED}/']"))
    ).to_have_count(1)


# Search


def test_the_header_search_of_any_page_finds_a_distinctive_word_first(board: Visit) -> None:
    page = board.open("statistics/")
    page.locator("#mb-header-q").fill("LoRaWAN")
    page.locator("#mb-header-q").press("Enter")

    expect(page).to_have_url(board.site.url + "search/?q=LoRaWAN")
    expect(page.locator("#mb-q")).to_have_value("LoRaWAN")
    assert (
        board.search_results()[0] == "Solar-powered LoRaWAN snow depth sensors for ski resorts and avalanche services"
    )
    expect(page.locator("#mb-status")).to_have_text("4 listings found.")
    hrefs = [a.get_attribute("href") for a in page.locator("#mb-results a").all()]
    assert hrefs == [
        "/listings/lorawan-snow-depth-sensors/",
        "/listings/capteurs-hauteur-neige-lorawan-domaine-skiable/",
        "/listings/brezzicni-senzorji-klime-zorilnice/",
        "/listings/rind-mould-humidity-monitoring-cheese-cellars/",
    ]
    expect(page.locator("#mb-results mark").first).to_have_text(re.compile("lorawan", re.IGNORECASE))

    page.locator("#mb-results a").first.click()
    expect(page).to_have_url(board.site.url + "listings/lorawan-snow-depth-sensors/")


def test_the_home_search_form_finds_another_word_first(board: Visit) -> None:
    page = board.open()
    page.get_by_role("searchbox", name="Search the board").last.fill("Paulownia")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(board.site.url + "search/?q=Paulownia")
    results = board.search_results()
    assert results[0] == "Holzkerne aus Esche, Pappel und Paulownia für Ski und Snowboards"
    assert len(results) == 2


def test_two_filters_narrow_the_results_and_stay_in_the_address(board: Visit) -> None:
    page = board.open("search/")
    expect(page.locator("#mb-status")).to_have_text("Type words to search, or choose a filter.")
    page.locator("select[name=type]").select_option(label="Offer")
    page.locator("select[name=country]").select_option(label="Italy")

    expect(page).to_have_url(board.site.url + "search/?type=offer&country=IT")
    expect(page.locator("#mb-status")).to_have_text("8 listings found.")
    expect(page.locator("#mb-results .mb-card__meta")).to_have_text(
        [re.compile(r"^Offer \S.* · Italy · \d{4}-\d{2}-\d{2}$")] * 8
    )
    first_view = board.search_results()

    page.reload()
    expect(page.locator("select[name=type]")).to_have_value("offer")
    expect(page.locator("select[name=country]")).to_have_value("IT")
    expect(page.locator("#mb-status")).to_have_text("8 listings found.")
    assert board.search_results() == first_view

    addresses = [str(a.get_attribute("href")) for a in page.locator("#mb-results a").all()]
    for address in addresses:  # each result really is an offer from Italy
        board.open(address)
        expect(page.locator(".mb-kicker .mb-badge")).to_have_text("Offer")
        expect(field(page, "Place")).to_contain_text("Italy")


def test_words_and_a_filter_combine_and_clearing_the_filter_widens_the_results(board: Visit) -> None:
    page = board.open("search/?q=Pelton&type=offer")
    expect(page.locator("#mb-q")).to_have_value("Pelton")
    expect(page.locator("select[name=type]")).to_have_value("offer")
    assert sorted(board.search_results()) == [
        "HVOF tungsten-carbide coatings against hydro-abrasive wear of Pelton runners",
        "Réparation, rechargement et usinage de roues Pelton et de turbines hydrauliques",
    ]

    page.locator("select[name=type]").select_option("")
    expect(page).to_have_url(board.site.url + "search/?q=Pelton")
    expect(page.locator("#mb-status")).to_have_text("3 listings found.")
    assert board.search_results()[0] == "Sanierung und Verschleissschutz von Pelton-Laufrädern gegen Sedimentabrasion"


# Contact


def test_the_email_address_is_revealed_only_on_click(board: Visit) -> None:
    response = board.page.goto(board.site.url + f"listings/{WITH_EMAIL}/")
    assert response is not None
    assert EMAIL not in response.text()
    assert EMAIL not in board.site.html(f"listings/{WITH_EMAIL}/")
    page = board.page
    assert EMAIL not in page.content()
    expect(field(page, "Organisation")).to_contain_text("Schwarzwald Vision Systems GmbH")

    link = page.locator(".mb-contact a.mb-email").first
    expect(link).to_have_text("Show the e-mail address")
    link.click()
    expect(link).to_have_text(EMAIL)
    expect(link).to_have_attribute("href", f"mailto:{EMAIL}")
    expect(page).to_have_url(board.site.url + f"listings/{WITH_EMAIL}/")  # the click does not follow "#"


def test_express_interest_opens_a_dialog_addressed_to_the_facilitator(board: Visit) -> None:
    page = board.open(f"listings/{WITH_EMAIL}/")
    page.get_by_role("button", name="Express interest through the facilitator").click()
    link = page.get_by_role("dialog").get_by_role("link", name="Open in my mail program")
    expect(link).to_have_attribute(
        "href",
        re.compile(rf"^mailto:facilitator@matchboard\.example\?subject=Interest%20in%20.*%20\({WITH_EMAIL}\)&body="),
    )


# Expired listings


def test_an_expired_listing_is_in_the_archive_and_says_it_expired(board: Visit) -> None:
    page = board.open()
    page.get_by_role("link", name="archive", exact=True).click()
    expect(page.locator("h1")).to_have_text("Archive")
    expect(cards(page)).to_have_count(6)
    archived = cards(page).first.locator("a.mb-card__title")
    expect(archived).to_have_text("Cercasi fornitore di scandole in larice spaccate a mano per tetti di baite")
    archived.click()

    expect(page).to_have_url(board.site.url + f"listings/{EXPIRED}/")
    notice = page.get_by_role("status")
    expect(notice).to_contain_text("This listing expired on November 25, 2026.")
    expect(notice).to_contain_text("it is no longer matched or searchable")
    expect(page.locator("ol.mb-matches")).to_have_count(0)
    expect(page.get_by_text("Expired listings are not matched.")).to_be_visible()

    board.open("search/?q=scandole")  # its own distinctive word does not find it
    assert "Cercasi fornitore di scandole in larice spaccate a mano per tetti di baite" not in board.search_results()


# Privacy


def test_a_visit_of_every_kind_of_page_requests_nothing_outside_the_board(board: Visit) -> None:
    for path in ("", "needs/", "offers/", "browse/", "browse/keywords/", "browse/countries/AT/", f"listings/{NEED}/",
                 "statistics/", "archive/", "data/", "404.html"):  # fmt: skip
        board.open(path)
    board.open("search/?q=laser&type=offer")
    assert board.search_results()

    assert any("/pagefind/" in url for url in board.requests), "the search should have loaded the Pagefind index"
    assert board.foreign_requests() == []


def test_a_page_view_requests_nothing_the_board_does_not_have(board: Visit) -> None:
    missing: list[str] = []
    board.page.on("response", lambda response: missing.append(f"{response.status} {response.url}")
                  if response.status >= 400 else None)  # fmt: skip
    for path in ("", f"listings/{NEED}/", f"fr/listings/{TRANSLATED}/", "browse/sectors/C25/", "search/", "submit/"):
        board.open(path).wait_for_load_state("networkidle")
    assert missing == []  # Material's language script once fetched a sitemap.xml beside every rel="alternate" link
    head = board.page.locator('head link[rel="alternate"]')  # still there, exactly as the HTML says, for readers
    expect(head).to_have_count(1)  # the language's feed (versions in other languages need the site's address)


# Languages

TRANSLATED = "decolletage-micro-usinage-titane-medical"  # French, with German and English translations


def test_the_language_switch_leads_to_the_same_page_with_translated_interface_and_facets(board: Visit) -> None:
    page = board.open(f"listings/{NEED}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("button", name="Select language").hover()
    page.locator(".mb-languages").get_by_role("link", name="Français", exact=True).click()

    expect(page).to_have_url(board.site.url + f"fr/listings/{NEED}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator(".mb-kicker")).to_have_text("Demande Technologie")
    expect(field(page, "Lieu")).to_have_text("Suisse · Valais")
    expect(field(page, "Partenariat recherché")).to_contain_text("Sous-traitance")
    expect(field(page, "Maturité technologique")).to_have_text("TRL 7 (niveau minimal accepté)")
    expect(page.locator("h2#matches")).to_have_text("Offres suggérées")
    best = page.locator("ol.mb-matches > li.mb-match").first
    expect(best.locator(".mb-card__meta")).to_have_text("Offre · France")
    expect(best.locator("ul.mb-reasons > li").filter(has_text="les deux recherchent : sous-traitance")).to_have_count(1)
    expect(page.locator("nav.md-nav--primary").get_by_role("link", name="Parcourir", exact=True)).to_be_visible()
    expect(page.get_by_role("searchbox", name="Rechercher sur la plateforme")).to_be_visible()

    field(page, "Lieu").get_by_role("link", name="Suisse").click()  # a facet, in French too
    expect(page).to_have_url(board.site.url + "fr/browse/countries/CH/")
    expect(page.locator("h1")).to_have_text("Pays : Suisse")  # French puts a space before the colon
    expect(lines(page).first.locator(".mb-badge")).to_have_text(re.compile("^(Demande|Offre)$"))

    page.get_by_role("button", name="Sélectionner la langue").hover()
    page.locator(".mb-languages").get_by_role("link", name="Deutsch", exact=True).click()
    expect(page).to_have_url(board.site.url + "de/browse/countries/CH/")
    expect(page.locator("h1")).to_have_text("Land: Schweiz")


def test_a_listing_offers_the_languages_it_is_written_in(board: Visit) -> None:
    page = board.open(f"listings/{TRANSLATED}/")
    expect(page.locator("h1")).to_have_text(
        "Swiss-type turning and micro-machining of titanium parts for medical devices"
    )
    versions = page.get_by_role("navigation", name="This listing in other languages")
    expect(versions).to_have_text("Written in Français (original) · Deutsch · English")
    versions.get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(board.site.url + f"de/listings/{TRANSLATED}/")
    expect(page.locator("h1")).to_have_text("Präzisionsdrehteile und Mikrozerspanung aus Titan für Medizinprodukte")
    expect(field(page, "Sprache")).to_have_text("Français")


def test_searching_in_german_finds_the_german_translation_of_a_french_listing(board: Visit) -> None:
    page = board.open("de/search/?q=Gewindewirbeln")
    assert board.search_results() == ["Präzisionsdrehteile und Mikrozerspanung aus Titan für Medizinprodukte"]
    expect(page.locator("#mb-status")).to_have_text("1 Eintrag gefunden.")
    expect(page.locator("#mb-results a").first).to_have_attribute("href", f"/de/listings/{TRANSLATED}/")
    board.open("search/?q=Gewindewirbeln")  # the English board shows the listing in English
    assert "Swiss-type turning and micro-machining of titanium parts for medical devices" not in board.search_results()
