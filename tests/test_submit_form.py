"""The Submit page in Chromium: a person fills the form, the live preview is a valid listing file, and the
prefilled GitHub issue it links to turns, through intake, into the same listing.

A small board (tests/boards/golden, with `repository:` set) is built once with the Submit page and served
on 127.0.0.1; no request may leave it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Route, expect

from generator.check.yamlread import read_yaml
from generator.cli.main import main
from generator.contribute import forms, intake
from generator.core.settings import BoardSettings
from generator.render import submit
from generator.render import templates as render

if TYPE_CHECKING:
    pass

pytest_plugins = ["tests.browser_support"]  # the session's Chromium (fixture `browser`)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "boards" / "golden"
GOLDEN_CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"
TODAY = "2026-11-26"
REPOSITORY = "https://git.example/golden-board"  # tests/boards/golden-mkdocs.yml: extra.board.repository
LOCAL_HOST = "127.0.0.1"
TIMEOUT_MS = 15_000
SCREENSHOT = ROOT / "docs" / "images" / "submit-form.png"

TITLE = 'Laser micro-welding: 316L & titanium parts for "offshore" sensors'
LISTING_ID = "laser-micro-welding-316l-titanium-parts-for-offshore-sensors"
SUMMARY = "Small Bergen workshop welding 316L and titanium sensor housings with seams down to 0.05 mm."
DESCRIPTION = (
    "We weld small **stainless-steel** and titanium assemblies for makers of offshore sensors.\n"
    "\n"
    "What we offer:\n"
    "\n"
    "- pulsed-laser seams down to 0.05 mm\n"
    "- ISO 13485 documentation\n"
    "- [case studies](https://fjordlaser.example/cases)"
)
ORGANISATION = 'Fjord "Laser" AS: Bergen'
C25 = "C25 Manufacture of fabricated metal products, except machinery and equipment"
M72 = "M72 Scientific research and development"
EXPECTED_FILE = f"""\
id: {LISTING_ID}
type: offer
category: technology
title: "Laser micro-welding: 316L & titanium parts for \\"offshore\\" sensors"
summary: "{SUMMARY}"
description: |-
  We weld small **stainless-steel** and titanium assemblies for makers of offshore sensors.

  What we offer:

  - pulsed-laser seams down to 0.05 mm
  - ISO 13485 documentation
  - [case studies](https://fjordlaser.example/cases)
language: en
organisation:
  name: "Fjord \\"Laser\\" AS: Bergen"
  country: "NO"
  region: "NO-46"
  size: small
  website: "https://fjordlaser.example"
sectors: [C25, M72]
keywords: ["laser welding", "micro-welding", "titanium", "Offshore sensors"]
partnership: [subcontracting, manufacturing]
trl: 9
published: 2026-11-26
expires: 2027-11-26
contact:
  email: "post@fjordlaser.example"
"""


# The board, built with the Submit page and served locally


def board_config(folder: Path) -> Path:
    """The golden board's mkdocs.yml (it has the Submit page in its navigation), usable from another folder."""
    config = yaml.safe_load(GOLDEN_CONFIG.read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str((GOLDEN_CONFIG.parent / config["theme"]["custom_dir"]).resolve())
    assert {"Submit": submit.PAGE} in config["nav"]
    assert config["extra"]["board"]["repository"] == REPOSITORY
    target = folder / "mkdocs.yml"
    target.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


def write_page_without_repository(target: Path) -> None:
    """The Submit page of a board with no repository, as a bare HTML page beside the built site."""
    r = render.Renderer(BoardSettings(repository=None))
    submit.submit_page(r, r.settings, [])
    block = r.files[submit.PAGE].split("---\n", 2)[2]  # without the front matter
    target.parent.mkdir(parents=True)
    target.write_text(f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Submit</title></head>'
                      f"<body><main>{block}</main></body></html>", encoding="utf-8")  # fmt: skip


@pytest.fixture(scope="module")
def submit_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the golden board with the Submit page and serve it on 127.0.0.1; yield the site's address."""
    from tests.browser_support import serve_folder

    tmp = tmp_path_factory.mktemp("submit-board")
    config = board_config(tmp)
    status = main(["build", "--listings", str(GOLDEN), "--site", str(tmp / "site"), "--build", str(tmp / "build"),
                   "--today", TODAY, "--config", str(config)])  # fmt: skip
    assert status == 0
    assert (tmp / "site" / "submit" / "index.html").is_file()
    write_page_without_repository(tmp / "site" / "no-repository" / "index.html")
    with serve_folder(tmp / "site") as address:
        yield address


@dataclass
class Tab:
    """A tab on the Submit page that records every request and every console complaint."""

    page: Page
    site: str
    requests: list[str] = field(default_factory=list)
    complaints: list[str] = field(default_factory=list)


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob"} or parts.hostname == LOCAL_HOST


@contextlib.contextmanager
def watched_tab(browser: Browser, site: str, path: str, **context: Any) -> Iterator[Tab]:
    """A fresh tab on `site` + `path` on 2026-11-26 (the page's clock); requests leaving 127.0.0.1 are recorded and
    cut, and none may have been made, nor any console error or warning, when the tab closes."""
    browsing = browser.new_context(accept_downloads=True, **context)
    browsing.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    page = browsing.new_page()
    visit = Tab(page, site)

    def record(request: Request) -> None:
        visit.requests.append(request.url)

    def cut(route: Route) -> None:
        route.abort("blockedbyclient")

    def complain(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            visit.complaints.append(message.text)

    browsing.on("request", record)
    browsing.route(lambda url: not _is_local(url), cut)
    page.on("console", complain)
    page.on("pageerror", lambda error: visit.complaints.append(str(error)))
    page.clock.set_fixed_time(dt.datetime(2026, 11, 26, 10, 30))
    page.goto(site + path, wait_until="load")
    try:
        yield visit
    finally:
        browsing.close()
    foreign = [url for url in visit.requests if not _is_local(url)]
    assert not foreign, f"the Submit page made requests outside {LOCAL_HOST}: {foreign}"
    assert not visit.complaints, f"the browser console reported: {visit.complaints}"


@pytest.fixture
def tab(browser: Browser, submit_site: str) -> Iterator[Tab]:
    """A desktop tab on the English /submit/ (see watched_tab)."""
    with watched_tab(browser, submit_site, "submit/", locale="en-GB", viewport={"width": 1280, "height": 900}) as visit:
        yield visit


# Filling the form like a person


def fill_in(page: Page) -> None:
    """Answer every question a person posting this offer would answer, the way they would."""
    page.get_by_label("Type", exact=True).select_option(label="Offer")
    page.get_by_label("Category", exact=True).select_option(label="Technology")
    page.get_by_label("Title", exact=True).fill(TITLE)
    page.get_by_label("Summary", exact=True).fill(SUMMARY)
    page.get_by_label("Description", exact=True).fill(DESCRIPTION)
    page.get_by_label("Language", exact=True).select_option(label="English")
    page.get_by_label("Organisation name", exact=True).press_sequentially(ORGANISATION)
    page.get_by_label("Country", exact=True).press_sequentially("NO")
    page.get_by_label("Region (optional)", exact=True).press_sequentially("NO-46")
    page.get_by_label("Size", exact=True).select_option(label="Small enterprise (10 to 49 people)")
    page.get_by_label("Website (optional)", exact=True).fill("https://fjordlaser.example")
    sectors = page.get_by_role("group", name="Sectors", exact=True)
    sectors.get_by_label("Find in the list").fill("fabricated metal")
    expect(sectors.get_by_label(M72, exact=True)).to_be_hidden()
    sectors.get_by_label(C25, exact=True).check()
    sectors.get_by_label("Find in the list").fill("")
    sectors.get_by_label(M72, exact=True).check()
    expect(page.locator("#mb-f-sectors-count")).to_have_text("Chosen (2 of at most 5): C25, M72")
    page.get_by_label("Keywords", exact=True).press_sequentially(
        "laser welding, micro-welding, titanium, Offshore sensors"
    )
    partnership = page.get_by_role("group", name="Partnership types", exact=True)
    partnership.get_by_label("Subcontracting", exact=True).check()
    partnership.get_by_label("Manufacturing agreement", exact=True).check()
    page.get_by_label("Technology readiness level (optional)", exact=True).select_option(label="9")
    page.get_by_label("Contact e-mail (optional)", exact=True).fill("post@fjordlaser.example")
    page.get_by_label(forms.CONSENT, exact=True).check()


def issue_body(params: dict[str, list[str]]) -> str:
    """The body GitHub writes for an issue form filled from these query parameters: `### Label`, the answer."""
    parts = []
    for element in forms.issue_form()["body"]:
        if element["type"] == "markdown":
            continue
        attributes = element["attributes"]
        given = params.get(element["id"], [])
        assert len(given) <= 1, f"{element['id']} is given {len(given)} times"
        answer = given[0] if given else ""
        if element["type"] == "checkboxes":
            labels = [option["label"] for option in attributes["options"]]
            assert answer in ("", *labels), f"{element['id']}: {answer!r} is not an option"
            text = "\n".join(f"- [{'X' if label == answer else ' '}] {label}" for label in labels)
        elif element["type"] == "dropdown" and answer:
            chosen = [option for option in attributes["options"] if option in answer]
            assert ", ".join(chosen) == answer, f"{element['id']}: {answer!r} is not made of option labels"
            text = answer
        else:
            text = answer or "_No response_"
        parts.append(f"### {attributes['label']}\n\n{text}")
    return "\n\n".join(parts)


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True, strict_parsing=True)


def without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in keys}


def validate(listings: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "validate", "--listings", str(listings)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)


def test_a_filled_form_gives_a_valid_file_and_a_prefilled_issue_that_intake_reads_back(
    tab: Tab, tmp_path: Path
) -> None:
    page = tab.page
    expect(page.get_by_role("heading", level=1)).to_have_text("Submit a need or an offer")
    expect(page.locator("#mb-f-published")).to_have_value(TODAY)
    expect(page.locator("#mb-f-expires")).to_have_value("2027-11-26")  # published + 365 days

    # A title that is too short is said so next to the field, as it is typed, and no longer once it is long enough.
    title = page.get_by_label("Title", exact=True)
    title.press_sequentially("Laser")
    error = page.locator("#mb-f-title-error")
    expect(error).to_be_visible()
    expect(error).to_have_text("Write at least 10 characters: 5 so far.")
    expect(title).to_have_attribute("aria-invalid", "true")
    expect(title).to_have_attribute("aria-describedby", "mb-f-title-help mb-f-title-error")
    title.press_sequentially(" micro-welding")
    expect(error).to_be_hidden()
    expect(title).not_to_have_attribute("aria-invalid", "true")
    title.clear()

    fill_in(page)
    preview = page.locator("#mb-preview")
    expect(preview).to_contain_text('  country: "NO"')
    expect(preview).to_have_text(EXPECTED_FILE)
    expect(page.locator("#mb-file-path")).to_have_text(f"listings/offers/{LISTING_ID}.yaml")
    expect(page.locator(".mb-error:visible")).to_have_count(0)
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator("#mb-error-summary")).to_be_hidden()
    expect(page.locator("#mb-status")).to_have_text("All answers are fine: choose how to send the file below.")
    text = preview.inner_text()
    assert text == EXPECTED_FILE

    # The preview, saved as its file in a board, passes `matchboard validate`.
    board = tmp_path / "board" / "listings"
    (board / "offers").mkdir(parents=True)
    (board / "offers" / f"{LISTING_ID}.yaml").write_text(text, encoding="utf-8")
    done = validate(board)
    assert done.returncode == 0, done.stdout + done.stderr

    # Download: the same text, named after the id.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the file").click()
    assert download.value.suggested_filename == f"{LISTING_ID}.yaml"
    assert Path(download.value.path()).read_text(encoding="utf-8") == text

    # Propose the file: GitHub's new-file page in the listings folder, with the text.
    propose = page.get_by_role("link", name="Propose the file on GitHub").get_attribute("href") or ""
    assert propose.startswith(f"{REPOSITORY}/new/main?")
    assert query(propose) == {"filename": [f"listings/offers/{LISTING_ID}.yaml"], "value": [text]}

    # The prefilled issue: every answer as a query parameter; GitHub's issue body, read by intake, gives the listing.
    issue = page.get_by_role("link", name="Open the prefilled GitHub issue").get_attribute("href") or ""
    assert issue.startswith(f"{REPOSITORY}/issues/new?template=new-listing.yml&")
    params = query(issue)
    assert params["template"] == ["new-listing.yml"]
    assert params["title"] == [f"New listing: {TITLE}"]  # the issue's own title
    assert params["listing-title"] == [TITLE]  # the form's Title: never a parameter GitHub reads itself
    assert params["listing-type"] == ["Offer"]
    assert not set(params) & (forms.GITHUB_PARAMETERS - {"title", "template"})
    assert params["country"] == ["NO"]
    assert params["language"] == ["English"]
    assert params["sectors"] == [f"{C25}, {M72}"]
    assert params["consent"] == [forms.CONSENT]
    assert "anonymous" not in params  # unticked, unanswered: left out
    assert "contact-name" not in params
    result = intake.submission(7, issue_body(params), tmp_path / "listings", dt.date(2026, 12, 1))
    assert result.problems == ()
    assert result.path == tmp_path / "listings" / "offers" / f"{LISTING_ID}-7.yaml"
    assert result.text is not None
    from_issue = read_yaml(result.text).data
    from_preview = read_yaml(text).data
    assert without(from_issue, "id", "published", "expires") == without(from_preview, "id", "published", "expires")
    assert (from_issue["published"], from_issue["expires"]) == ("2026-12-01", "2027-12-01")

    _no_serious_accessibility_violation(page)
    page.locator("#mb-submit-form").screenshot(path=str(tmp_path / "submit-form.png"))
    if os.environ.get("MATCHBOARD_SCREENSHOTS") == "1":  # refresh the contributor guide's picture of the form
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.evaluate("window.scrollTo(0, 0)")  # the header is sticky: at the top, where it belongs
        page.screenshot(path=str(SCREENSHOT), full_page=True)


def _no_serious_accessibility_violation(page: Page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page).response
    serious = [v for v in results["violations"] if v["impact"] in {"serious", "critical"}]
    assert serious == [], "\n".join(f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']]}" for v in serious)


def test_problems_are_listed_in_a_summary_that_leads_to_each_field(tab: Tab) -> None:
    page = tab.page
    expect(page.locator(".mb-error:visible")).to_have_count(0)  # nothing is said before the person answers

    page.get_by_role("button", name="Download the file").click()
    summary = page.locator("#mb-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    links = summary.get_by_role("link")
    expect(links.first).to_have_text("Type: Choose the type.")
    expect(links).to_contain_text(["Title: Fill in the title.", "Sectors: Choose at least 1."])
    expect(links.last).to_have_text("Publication: Tick the box to agree that the listing becomes public.")
    summary.get_by_role("link", name="Sectors: Choose at least 1.").click()
    expect(page.locator("#mb-f-sectors-A01")).to_be_focused()

    fill_in(page)
    expect(summary).to_be_hidden()  # the summary follows the answers once shown

    keywords = page.get_by_label("Keywords", exact=True)
    keywords.fill("laser welding, titanium, Laser  Welding")
    expect(page.locator("#mb-f-keywords-error")).to_have_text(
        "“Laser  Welding” and “laser welding” are the same; keep one."
    )
    keywords.fill(", ".join(f"k{n}" for n in range(11)))
    expect(page.locator("#mb-f-keywords-error")).to_have_text("Choose at most 10: 11 now.")
    keywords.fill("x, titanium")
    expect(page.locator("#mb-f-keywords-error")).to_have_text("Write at least 2 characters for “x”: 1 so far.")
    keywords.fill("laser welding")

    sectors = page.get_by_role("group", name="Sectors", exact=True)
    for code in ("A01", "A02", "A03", "B05"):
        sectors.locator(f"#mb-f-sectors-{code}").check()
    expect(page.locator("#mb-f-sectors-error")).to_have_text("Choose at most 5: 6 now.")
    expect(sectors).to_have_attribute("aria-invalid", "true")
    sectors.locator("#mb-f-sectors-A01").uncheck()
    expect(page.locator("#mb-f-sectors-error")).to_be_hidden()

    country = page.get_by_label("Country", exact=True)
    country.fill("XX")
    expect(page.locator("#mb-f-country-error")).to_be_hidden()  # not while the person is still typing
    country.press("Escape")
    country.blur()
    expect(page.locator("#mb-f-country-error")).to_have_text(
        "Pick the country in the list: type part of its name, then choose it."
    )
    country.fill("FR")  # a code typed in full is picked; the region of another country goes
    expect(page.get_by_label("Region (optional)", exact=True)).to_have_value("")
    country.fill("NO")
    page.get_by_label("Region (optional)", exact=True).fill("NO-46")

    website = page.get_by_label("Website (optional)", exact=True)
    website.fill("ftp://fjordlaser.example")
    expect(page.locator("#mb-f-website-error")).to_have_text(
        "Write the full address, starting with https:// (or http://)."
    )
    assert website.evaluate("input => input.validity.patternMismatch")  # the HTML pattern compiles in the browser
    website.fill("https://fjordlaser.example")
    assert not website.evaluate("input => input.validity.patternMismatch")

    description = page.get_by_label("Description", exact=True)
    description.fill(DESCRIPTION + "\n\n<b>bold</b> ![photo](https://fjordlaser.example/a.jpg)")
    expect(page.locator("#mb-f-description-error")).to_contain_text("No HTML such as <b>")
    description.fill(DESCRIPTION + "\n\n[call us](javascript:alert(1))")
    expect(page.locator("#mb-f-description-error")).to_have_text(
        "The link javascript:alert(1 must start with https://, http:// or mailto:."
    )
    description.fill(DESCRIPTION)

    expires = page.get_by_label("Expires", exact=True)
    expires.fill("2027-11-28")  # 367 days after 2026-11-26
    expect(page.locator("#mb-f-expires-error")).to_have_text(
        "At most 366 days after the publication date: 2027-11-27 or earlier."
    )
    expires.fill("2026-11-26")
    expect(page.locator("#mb-f-expires-error")).to_have_text("Choose a date after the publication date 2026-11-26.")
    expires.fill("2027-11-27")
    expect(page.locator("#mb-preview")).to_contain_text("expires: 2027-11-27\n")
    page.get_by_label("Published", exact=True).fill("2026-12-01")  # a date chosen by hand stays
    expect(expires).to_have_value("2027-11-27")
    expect(page.locator(".mb-error:visible")).to_have_count(0)


def test_text_that_yaml_could_misread_is_quoted(tab: Tab) -> None:
    page = tab.page
    fill_in(page)
    page.get_by_label("Organisation name", exact=True).fill("yes")
    page.get_by_label("Country", exact=True).fill("no")  # a code typed in lower case picks its country
    page.get_by_label("Keywords", exact=True).fill("NO, 2030, null, #1 choice, a: b, 'quoted'")
    page.get_by_label("Summary", exact=True).fill('Tab\there, a backslash \\ and "quotes": still one line of text.')
    page.get_by_label("Contact name (optional)", exact=True).fill("- [not a list]")
    page.get_by_label("Anonymous (optional)", exact=True).check()
    text = page.locator("#mb-preview").inner_text()
    data = read_yaml(text).data
    assert data["organisation"] == {
        "name": "yes",
        "anonymous": True,
        "country": "NO",
        "region": "NO-46",
        "size": "small",
        "website": "https://fjordlaser.example",
    }
    assert data["keywords"] == ["NO", "2030", "null", "#1 choice", "a: b", "'quoted'"]
    assert data["summary"] == 'Tab\there, a backslash \\ and "quotes": still one line of text.'
    assert data["contact"]["name"] == "- [not a list]"
    assert yaml.safe_load(text)["organisation"]["name"] == "yes"  # also for YAML 1.1 readers
    params = query(page.get_by_role("link", name="Open the prefilled GitHub issue").get_attribute("href") or "")
    anonymous = next(f for f in forms.fields() if f.id == "anonymous")
    assert params["anonymous"] == [anonymous.option]


C25_FR = "C25 Fabrication de produits métalliques, à l'exception des machines et des équipements"
M72_FR = "M72 Recherche-développement scientifique"
CONSENT_FR = (
    "Je comprends que tout ce que je soumets devient public sur la plateforme et dans son dépôt, "
    "y compris toute adresse e-mail."
)


def fill_in_french(page: Page) -> None:
    """Give the answers of `fill_in` on the French page, reading its French labels and options."""
    page.get_by_label("Type", exact=True).select_option(label="Offre")
    page.get_by_label("Catégorie", exact=True).select_option(label="Technologie")
    page.get_by_label("Titre", exact=True).fill(TITLE)
    page.get_by_label("Résumé", exact=True).fill(SUMMARY)
    page.get_by_label("Description", exact=True).fill(DESCRIPTION)
    page.get_by_label("Langue", exact=True).select_option(label="English")
    page.get_by_label("Nom de l'organisation", exact=True).press_sequentially(ORGANISATION)
    page.get_by_label("Pays", exact=True).press_sequentially("NO")
    page.get_by_label("Région (facultatif)", exact=True).press_sequentially("NO-46")
    page.get_by_label("Taille", exact=True).select_option(label="Petite entreprise (10 à 49 personnes)")
    page.get_by_label("Site web (facultatif)", exact=True).fill("https://fjordlaser.example")
    sectors = page.get_by_role("group", name="Secteurs", exact=True)
    sectors.get_by_label("Rechercher dans la liste").fill("produits métalliques")  # the French words are searched
    expect(sectors.get_by_label(M72_FR, exact=True)).to_be_hidden()
    sectors.get_by_label(C25_FR, exact=True).check()
    sectors.get_by_label("Rechercher dans la liste").fill("")
    sectors.get_by_label(M72_FR, exact=True).check()
    expect(page.locator("#mb-f-sectors-count")).to_have_text("Choisis (2 sur 5 au plus) : C25, M72")
    page.get_by_label("Mots-clés", exact=True).press_sequentially(
        "laser welding, micro-welding, titanium, Offshore sensors"
    )
    partnership = page.get_by_role("group", name="Types de partenariat", exact=True)
    partnership.get_by_label("Sous-traitance", exact=True).check()
    partnership.get_by_label("Accord de fabrication", exact=True).check()
    page.get_by_label("Niveau de maturité technologique (facultatif)", exact=True).select_option(label="9")
    page.get_by_label("E-mail de contact (facultatif)", exact=True).fill("post@fjordlaser.example")
    page.get_by_label(CONSENT_FR, exact=True).check()


def test_the_french_page_speaks_french_and_prefills_the_same_english_issue(tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    fill_in(page)
    english_issue = page.get_by_role("link", name="Open the prefilled GitHub issue").get_attribute("href") or ""

    page.goto(tab.site + "fr/submit/", wait_until="load")
    expect(page.get_by_role("heading", level=1)).to_have_text("Soumettre une demande ou une offre")
    title = page.get_by_label("Titre", exact=True)
    expect(title).to_have_value(TITLE)  # the draft follows the language switch; start afresh for what follows
    page.evaluate("localStorage.clear()")
    page.reload(wait_until="load")
    title.press_sequentially("Laser")
    expect(page.locator("#mb-f-title-error")).to_have_text("Écrivez au moins 10 caractères : 5 pour l'instant.")
    title.clear()
    page.get_by_role("button", name="Télécharger le fichier").click()
    links = page.locator("#mb-error-summary").get_by_role("link")
    expect(links.first).to_have_text("Type : Choisissez une valeur pour « type ».")
    expect(links).to_contain_text(["Titre : Remplissez le champ « titre ».", "Secteurs : Choisissez-en au moins 1."])
    expect(links.last).to_have_text("Publication : Cochez la case pour accepter que l'annonce devienne publique.")

    fill_in_french(page)
    expect(page.locator("#mb-preview")).to_have_text(EXPECTED_FILE)  # the file is the same in every language
    page.get_by_role("button", name="Vérifier mes réponses").click()
    expect(page.locator("#mb-status")).to_have_text(
        "Toutes les réponses sont correctes : choisissez ci-dessous comment envoyer le fichier."
    )

    # What goes to GitHub is the English issue form's words, as the English page sends them, and intake reads it.
    french_issue = page.get_by_role("link", name="Ouvrir le ticket GitHub prérempli").get_attribute("href") or ""
    params = query(french_issue)
    assert params["listing-type"] == ["Offer"]
    assert params["sectors"] == [f"{C25}, {M72}"]
    assert params["partnership"] == ["Subcontracting, Manufacturing agreement"]
    assert params["size"] == ["Small enterprise (10 to 49 people)"]
    assert params["consent"] == [forms.CONSENT]
    assert params == query(english_issue)
    result = intake.submission(7, issue_body(params), tmp_path / "listings", dt.date(2026, 12, 1))
    assert result.problems == ()


def test_without_a_repository_the_file_can_still_be_downloaded(tab: Tab) -> None:
    page = tab.page
    page.goto(tab.site + "no-repository/", wait_until="load")
    fill_in(page)
    expect(page.locator("#mb-preview")).to_have_text(EXPECTED_FILE)
    expect(page.get_by_role("link", name="Open the prefilled GitHub issue")).to_have_count(0)
    expect(page.get_by_role("link", name="Propose the file on GitHub")).to_have_count(0)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the file").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == EXPECTED_FILE
    expect(page.locator("#mb-status")).to_have_text(f"Saved {LISTING_ID}.yaml.")


# The page as rendered, without a browser


def test_every_field_of_the_form_is_on_the_page_with_its_label_help_and_limits() -> None:
    r = render.Renderer(BoardSettings(repository="https://github.com/agency/board", branch="live"))
    submit.submit_page(r, r.settings, [])
    html = r.files[submit.PAGE]
    for f in forms.fields():
        assert f'data-field="{f.id}"' in html
        assert f">{f.label}" in html
        if f.kind != "checkbox":
            assert f.help.replace("'", "&#39;") in html
        for _, label in f.options:
            assert f">{label}<".replace("'", "&#39;") in html
    assert 'minlength="10" maxlength="120"' in html
    assert 'data-min-items="1" data-max-items="5"' in html
    assert 'href="https://github.com/agency/board/issues/new?template=new-listing.yml"' in html
    assert 'data-branch="live"' in html
    assert "Propose the file on GitHub" in html


def test_without_a_repository_only_the_download_is_offered() -> None:
    r = render.Renderer(BoardSettings(repository=None))
    submit.submit_page(r, r.settings, [])
    html = r.files[submit.PAGE]
    assert "Download the file" in html
    assert "issues/new" not in html
    assert "Propose the file" not in html
    assert 'data-repository=""' in html


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^[A-Z]{2}$", r"^[A-Z]{2}$"),
        (r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$", r"^https?://[^\s\/?#]+\.[^\s\/?#]+([\/?#]\S*)?$"),
        (r'^[^@\s<>()\[\],;:"]+$', r'^[^@\s<>\(\)\[\],;:"]+$'),
    ],
)
def test_schema_patterns_are_escaped_for_html(pattern: str, expected: str) -> None:
    assert submit.html_pattern(pattern) == expected
    assert re.compile(submit.html_pattern(pattern))
