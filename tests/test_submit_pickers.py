"""The Submit page's country and region pickers in Chromium: names in the reader's language, codes in the file.

A person on a phone, on the French page, types "Allem" and picks Allemagne, then Bavière; the file, the
download and the prefilled GitHub issue carry DE and DE-BY, which intake reads back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, ViewportSize, expect

from generator.check.yamlread import read_yaml
from generator.contribute import intake
from tests.test_submit_form import (
    _no_serious_accessibility_violation,
    fill_in_french,
    issue_body,
    query,
    submit_site,
    watched_tab,
)

pytest_plugins = ["tests.browser_support"]

pytestmark = pytest.mark.browser

__all__ = ["submit_site"]  # the golden board with its Submit page, built once for this module
PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser: Browser, submit_site: str) -> Iterator[Page]:
    """A phone-sized tab on the French Submit page (see watched_tab: nothing leaves 127.0.0.1, no console error)."""
    with watched_tab(browser, submit_site, "fr/submit/", locale="fr-FR", viewport=PHONE, has_touch=True) as visit:
        yield visit.page


def country(page: Page) -> Locator:
    return page.get_by_role("combobox", name="Pays", exact=True)


def region(page: Page) -> Locator:
    return page.get_by_role("combobox", name="Région (facultatif)", exact=True)


def suggestions(page: Page, box: str) -> Locator:
    """The options a picker's list offers now."""
    name = "Pays : suggestions" if box == "country" else "Région : suggestions"
    return page.get_by_role("listbox", name=name, exact=True).get_by_role("option")


def pick(page: Page, box: str, typed: str, option: str) -> None:
    """Type part of a name in a picker and tap the option it offers."""
    field = country(page) if box == "country" else region(page)
    field.fill("")
    field.press_sequentially(typed)
    suggestions(page, box).filter(has_text=option).tap()


def test_a_country_and_a_region_are_picked_by_their_french_names_on_a_phone(phone: Page, tmp_path: Path) -> None:
    page = phone
    fill_in_french(page)
    expect(page.locator("#mb-preview")).to_contain_text('  country: "NO"\n  region: "NO-46"\n')

    country(page).fill("")
    country(page).press_sequentially("Allem")
    listbox = page.get_by_role("listbox", name="Pays : suggestions")
    expect(listbox.get_by_role("option")).to_have_text(["Allemagne DE"])
    expect(country(page)).to_have_attribute("aria-expanded", "true")
    country(page).press("ArrowDown")
    expect(country(page)).to_have_attribute("aria-activedescendant", "mb-f-country-option-DE")
    expect(page.locator("#mb-f-country-option-DE")).to_have_attribute("aria-selected", "true")
    country(page).press("Enter")
    expect(country(page)).to_have_value("Allemagne")
    expect(listbox).to_be_hidden()
    expect(region(page)).to_have_value("")  # Norway's region went with Norway

    region(page).press_sequentially("Bav")
    suggestions(page, "region").filter(has_text="Bavière").tap()
    expect(region(page)).to_have_value("Bavière")
    preview = page.locator("#mb-preview")
    expect(preview).to_contain_text('  country: "DE"\n  region: "DE-BY"\n')

    page.get_by_role("button", name="Vérifier mes réponses").tap()
    expect(page.locator("#mb-status")).to_have_text(
        "Toutes les réponses sont correctes : choisissez ci-dessous comment envoyer le fichier."
    )
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger le fichier").tap()
    saved = read_yaml(Path(download.value.path()).read_text(encoding="utf-8")).data
    assert (saved["organisation"]["country"], saved["organisation"]["region"]) == ("DE", "DE-BY")
    params = query(page.get_by_role("link", name="Ouvrir le ticket GitHub prérempli").get_attribute("href") or "")
    assert (params["country"], params["region"]) == (["DE"], ["DE-BY"])
    result = intake.submission(7, issue_body(params), tmp_path / "listings", dt.date(2026, 12, 1))
    assert result.problems == ()
    assert result.text is not None
    organisation = read_yaml(result.text).data["organisation"]
    assert (organisation["country"], organisation["region"]) == ("DE", "DE-BY")
    assert page.evaluate("document.documentElement.scrollWidth") == PHONE["width"]


@pytest.mark.parametrize("typed", ["UK", "United Kingdom", "Royaume-Uni", "royaume", "gb"])
def test_the_united_kingdom_is_found_by_the_names_people_type(phone: Page, typed: str) -> None:
    country(phone).press_sequentially(typed)
    expect(suggestions(phone, "country").first).to_have_text("Royaume-Uni GB")
    country(phone).press("Enter")
    expect(country(phone)).to_have_value("Royaume-Uni")
    expect(phone.locator("#mb-preview")).to_contain_text('  country: "GB"\n')


def test_a_name_typed_but_not_picked_is_said_so(phone: Page) -> None:
    country(phone).press_sequentially("Allemand")
    expect(phone.get_by_role("status").filter(has_text="Rien trouvé")).to_have_count(1)
    country(phone).press("Escape")
    expect(phone.get_by_role("listbox", name="Pays : suggestions")).to_be_hidden()
    phone.get_by_role("combobox", name="Taille").focus()  # ... and leaves the field
    expect(phone.locator("#mb-f-country-error")).to_have_text(
        "Choisissez une valeur pour « pays » dans la liste : tapez une partie du nom, puis sélectionnez-la."
    )
    expect(phone.locator("#mb-preview")).not_to_contain_text("country:")


def test_changing_the_country_clears_the_region_and_offers_only_its_own(phone: Page) -> None:
    expect(region(phone)).to_be_disabled()  # no country, no regions to offer
    pick(phone, "country", "Allem", "Allemagne DE")
    pick(phone, "region", "Bav", "Bavière DE-BY")
    pick(phone, "country", "Autr", "Autriche AT")
    expect(region(phone)).to_have_value("")
    expect(phone.locator("#mb-preview")).not_to_contain_text("region:")
    region(phone).press_sequentially("Bav")
    expect(suggestions(phone, "region")).to_have_count(0)
    region(phone).fill("")
    region(phone).press("ArrowDown")
    options = suggestions(phone, "region")
    expect(options).to_have_count(9)  # Austria's nine states, and only those
    assert all(code.startswith("mb-f-region-option-AT-") for code in options.evaluate_all("os => os.map(o => o.id)"))
    expect(options.first).to_have_text("Basse-Autriche AT-3")  # sorted by the French names
    _no_serious_accessibility_violation(phone)  # with the list open
    options.filter(has_text="Tyrol").tap()
    expect(phone.locator("#mb-preview")).to_contain_text('  country: "AT"\n  region: "AT-7"\n')


def test_the_boards_own_countries_come_first(phone: Page) -> None:
    country(phone).press("ArrowDown")
    expect(suggestions(phone, "country").first).to_be_visible()
    names = suggestions(phone, "country").all_inner_texts()
    assert names[:3] == ["Allemagne DE", "France FR", "Italie IT"]  # the golden board's active listings
    assert len(names) == len(set(names)) >= 249


def test_the_picks_survive_a_reload_and_a_language_switch(phone: Page) -> None:
    pick(phone, "country", "Allem", "Allemagne DE")
    pick(phone, "region", "Bav", "Bavière DE-BY")
    phone.reload(wait_until="load")
    expect(country(phone)).to_have_value("Allemagne")
    expect(region(phone)).to_have_value("Bavière")
    expect(phone.locator("#mb-preview")).to_contain_text('  country: "DE"\n  region: "DE-BY"\n')
    phone.goto(phone.url.replace("/fr/submit/", "/submit/"), wait_until="load")
    expect(phone.get_by_role("combobox", name="Country", exact=True)).to_have_value("Germany")
    expect(phone.get_by_role("combobox", name="Region (optional)", exact=True)).to_have_value("Bayern")
    _no_serious_accessibility_violation(phone)
