"""The journeys of issue 14 in Chromium: posting without GitHub, expressing interest, the draft, the subpath 404."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from generator.cli.main import main
from tests.test_submit_form import DESCRIPTION, LISTING_ID, board_config, fill_in

if TYPE_CHECKING:  # pytest imports the module as a plugin (below); importing it first would stop assert rewriting
    from playwright.sync_api import ViewportSize

    from tests.browser_support import Visit

pytest_plugins = ["tests.browser_support"]

pytestmark = pytest.mark.browser

CONTACT = "board@matchboard.example"  # mkdocs.yml: extra.board.contact.email
FACILITATOR = "facilitator@matchboard.example"
LISTING = "ai-machine-vision-wood-surface-inspection"
PHONE: ViewportSize = {"width": 390, "height": 844}


def _serious(page: Page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in violations if v["impact"] in {"serious", "critical"}
    ]


def _page_width(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


def test_a_listing_can_be_sent_by_email_without_a_github_account(board: Visit) -> None:
    page = board.open("submit/")
    expect(page.get_by_role("link", name="Send it by e-mail")).to_be_attached()
    assert CONTACT not in board.site.html("submit/")
    fill_in(page)
    page.get_by_label("Description", exact=True).fill("A short description of welding work, long enough.")
    page.get_by_role("button", name="Check my answers").click()
    link = page.get_by_role("link", name="Send it by e-mail")
    href = link.get_attribute("href") or ""
    assert href.startswith(f"mailto:{CONTACT}?subject=")
    query = parse_qs(urlsplit(href).query)
    assert query["subject"] == ["New listing for the board: " + page.get_by_label("Title", exact=True).input_value()]
    assert f"id: {LISTING_ID}" in query["body"][0]
    assert len(href) <= 2000


def test_a_file_too_long_for_a_mail_link_is_copied_and_the_address_shown(board: Visit) -> None:
    page = board.open("submit/")
    fill_in(page)
    page.get_by_label("Description", exact=True).fill(DESCRIPTION + "\n\n" + "Welding of thin parts. " * 80)
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_role("link", name="Send it by e-mail")).to_be_hidden()
    expect(page.locator("#mb-mail-long")).to_contain_text(CONTACT)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy the text of the file").click()
    expect(page.locator("#mb-status")).to_have_text("Copied: paste it into your message to the board.")
    assert f"id: {LISTING_ID}" in page.evaluate("navigator.clipboard.readText()")


def test_the_draft_survives_a_reload_and_a_language_switch(board: Visit) -> None:
    page = board.open("submit/")
    page.get_by_label("Title", exact=True).fill("Laser welding of sensor housings")
    page.get_by_label("Type", exact=True).select_option(label="Offer")
    page.reload()
    expect(page.get_by_label("Title", exact=True)).to_have_value("Laser welding of sensor housings")
    expect(page.get_by_label("Type", exact=True)).to_have_value("offer")
    page = board.open("fr/submit/")
    expect(page.locator("#mb-f-title")).to_have_value("Laser welding of sensor housings")
    expect(page.locator("#mb-preview")).to_contain_text('title: "Laser welding of sensor housings"')


@pytest.mark.parametrize(
    ("tree", "button", "subject", "copy"),
    [
        ("", "Express interest through the facilitator", "Interest in", "Copy"),
        ("fr/", "Manifester votre intérêt auprès de l'animateur", "Intérêt pour", "Copier"),
    ],
)
def test_the_interest_dialog_on_a_phone(board: Visit, tree: str, button: str, subject: str, copy: str) -> None:
    page = board.page
    page.set_viewport_size(PHONE)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    board.open(f"{tree}listings/{LISTING}/")
    assert FACILITATOR not in page.content()
    page.get_by_role("button", name=button).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("#mb-interest-address")).to_have_value(FACILITATOR)
    expect(dialog.locator("#mb-interest-subject")).to_have_value(re.compile(f"^{subject}.*\\({LISTING}\\)$"))
    body = dialog.locator("#mb-interest-body").input_value()
    assert board.site.url + f"{tree}listings/{LISTING}/" in body
    href = dialog.get_by_role("link").get_attribute("href") or ""
    assert href.startswith(f"mailto:{FACILITATOR}?subject=")
    assert unquote(href.split("body=", 1)[1]) == body
    box = dialog.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= PHONE["width"]
    dialog.get_by_role("button", name=copy).first.click()
    assert page.evaluate("navigator.clipboard.readText()") == FACILITATOR
    assert _serious(page) == []
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert _page_width(page) == PHONE["width"]


def test_a_double_click_opens_one_interest_dialog(board: Visit) -> None:
    page = board.open(f"listings/{LISTING}/")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.get_by_role("button", name="Express interest through the facilitator").dblclick()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("#mb-interest-address")).to_have_value(FACILITATOR)
    assert page.locator("#mb-interest").count() == 1
    assert errors == []


def test_without_the_dialog_the_facilitators_address_is_a_mail_link(board: Visit) -> None:
    page = board.page
    page.route("**/interest.htm", lambda route: route.abort())  # the network gone between the page and the click
    board.open(f"listings/{LISTING}/")
    button = page.get_by_role("button", name="Express interest through the facilitator")
    button.click()
    link = page.get_by_role("link", name=FACILITATOR)
    expect(link).to_be_visible()
    href = link.get_attribute("href") or ""
    assert href.startswith(f"mailto:{FACILITATOR}?subject=")
    assert unquote(href.split("subject=", 1)[1]).endswith(f"({LISTING})")
    button.click()
    expect(page.get_by_role("link", name=FACILITATOR)).to_have_count(1)
    expect(page.get_by_role("dialog")).to_have_count(0)


@pytest.mark.parametrize("path", ["", f"listings/{LISTING}/", "submit/", "about/", "fr/about/", "sl/search/"])
def test_no_page_is_wider_than_a_small_phone(board: Visit, path: str) -> None:
    board.page.set_viewport_size({"width": 375, "height": 740})
    page = board.open(path)
    assert _page_width(page) == 375
    board.page.set_viewport_size({"width": 1280, "height": 900})
    assert _page_width(page) == 1280


def test_every_footer_links_the_about_page_with_the_imprint(board: Visit) -> None:
    page = board.open("de/needs/")
    page.locator(".mb-footer").get_by_role("link", name="Über diese Plattform").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Über diese Plattform")
    expect(page.locator("address.mb-imprint")).to_contain_text("Alpine Matchboard Demo Agency")
    footer_contact = page.locator(".mb-footer a.mb-email")
    footer_contact.click()
    expect(footer_contact).to_have_text(CONTACT)


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The golden board built for http://127.0.0.1:PORT/board/ (its address from --site-url) and served there."""
    from tests.browser_support import serve_folder

    tmp = tmp_path_factory.mktemp("subpath")
    (tmp / "www").mkdir()
    with serve_folder(tmp / "www") as address:
        golden = Path(__file__).parent / "boards" / "golden"
        status = main(["build", "--listings", str(golden), "--site", str(tmp / "www" / "board"),
                       "--build", str(tmp / "build"), "--today", "2026-11-26", "--config", str(board_config(tmp)),
                       "--site-url", f"{address}board/"])  # fmt: skip
        assert status == 0
        yield f"{address}board/"


def test_the_404_page_under_a_subpath_is_styled_and_leads_back(browser: Browser, subpath_site: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740})
    try:
        page = context.new_page()
        page.goto(subpath_site + "404.html")
        expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
        header = page.locator(".md-header")
        expect(header).to_have_css("position", "sticky")  # Material's stylesheet loaded from the subpath
        page.get_by_role("link", name="Go to the home page").click()
        expect(page).to_have_url(subpath_site)
        page.goto(subpath_site + "fr/404.html")
        expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")
        sitemap = page.request.get(subpath_site + "sitemap.xml").text()
        assert f"<loc>{subpath_site}</loc>" in sitemap
    finally:
        context.close()
