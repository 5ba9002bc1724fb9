"""An attacker's board (tests/boards/hostile/), built end to end: its text shows as written and does nothing."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from generator.render.exports import FORMULA_START
from generator.render.templates import front
from tests.conftest import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog

pytest_plugins = ["tests.browser_support"]

BOARD = ROOT / "tests" / "boards" / "hostile"
CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"
LONG = "attribute-list-payloads"  # its summary holds a 300-character word
# What a page may never hold: a script reaching the DOM as an event handler or a javascript: address.
DOM_CHECK = """() => [...document.querySelectorAll('*')].flatMap((e) => [
  ...[...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`),
  ...['href', 'src', 'action', 'formaction'].filter((n) => (e.getAttribute(n) || '').trim().toLowerCase()
      .startsWith('javascript:')).map((n) => `${e.tagName} ${n}=${e.getAttribute(n)}`)])"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    command = [sys.executable, "-m", "generator", "build", "--listings", str(BOARD), "--site", str(tmp / "site"),
               "--build", str(tmp / "build"), "--today", "2026-11-26", "--config", str(CONFIG)]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    return tmp / "site"


def test_front_matter_reads_back_whatever_the_text() -> None:
    from mkdocs.utils.meta import get_data

    title = 'a\x7fb\x85c\ufffe\U0010ffff "q" \\ \u2028 \u202e {: onfocus=alert(1)}'
    values = front(title, title)
    _, meta = get_data(f"---\ntitle: {values.front_title}\ndescription: {values.front_description}\n---\n")
    assert meta["title"] == meta["description"] == values.front_expected


def test_every_feed_is_well_formed_xml(site: Path) -> None:
    feeds = sorted(site.rglob("feeds/**/*.xml"))
    assert len(feeds) >= 6
    for feed in feeds:
        ET.parse(feed)  # raises on an ill-formed feed


def test_no_csv_cell_starts_a_formula_and_the_json_keeps_the_text(site: Path) -> None:
    text = (site / "api" / "listings.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(text[1:])) for cell in row]
    assert [c for c in cells if c.startswith(FORMULA_START)] == []
    assert '\'=HYPERLINK("https://x.example") {: onclick=alert(1) } [t](javascript:alert(1))' in cells
    listings = json.loads((site / "api" / "listings.json").read_text(encoding="utf-8"))
    hostile = next(x for x in listings if x["id"] == LONG)
    assert hostile["title"].startswith("=HYPERLINK(")
    assert "+1-555-0100" in hostile["keywords"]


def _pages(site: Path) -> Iterator[str]:
    """Every page that shows listing text: listings, lists, facets (keywords too), home, embeds."""
    for page in sorted(site.rglob("index.html")):
        relative = page.relative_to(site).parent.as_posix()
        if relative.split("/")[0] not in ("search", "submit", "fr") or relative.startswith("fr/listings"):
            yield "" if relative == "." else relative + "/"


@pytest.mark.browser
def test_pages_run_nothing_the_listings_hold(site: Path, browser: Browser) -> None:
    from tests.browser_support import serve_folder

    with serve_folder(site) as address:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: _note_dialog(d, dialogs))
        visited = 0
        for path in _pages(site):
            page.goto(address + path)
            page.mouse.move(5, 5)
            page.keyboard.press("Tab")
            assert page.evaluate(DOM_CHECK) == [], path
            visited += 1
        assert dialogs == []
        assert visited > 20
        keyword = page.goto(address + f"listings/{LONG}/")
        assert keyword is not None
        assert page.locator("h1").inner_text().startswith('=HYPERLINK("https://x.example") {: onclick=alert(1) }')


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_a_long_word_wraps_instead_of_widening_the_page(width: int, site: Path, browser: Browser) -> None:
    from tests.browser_support import serve_folder

    with serve_folder(site) as address:
        page = browser.new_page(viewport={"width": width, "height": 800})
        for path in (f"listings/{LONG}/", "needs/", "embed/sectors/C25/"):
            page.goto(address + path)
            assert page.evaluate("document.documentElement.scrollWidth") == width, path


def test_search_output_holds_no_control_character() -> None:
    from generator.cli.board import terminal_text

    assert terminal_text("Title\x1b[2J\x1b]0;owned\x07 \u202eend\x9b") == "Title[2J]0;owned end"


def _note_dialog(dialog: Dialog, seen: list[str]) -> None:
    """Keep what a script tried to show, and close it so the page goes on."""
    seen.append(dialog.message)
    dialog.dismiss()


@pytest.mark.browser
def test_the_interest_message_quotes_a_title_holding_replacement_patterns_as_written(
    site: Path, browser: Browser
) -> None:
    from tests.browser_support import serve_folder

    title, listing = "Welding $' $& $$ {url} {id} {title} offer", "replacement-patterns-in-title"
    with serve_folder(site) as address:
        page = browser.new_page()
        page.goto(address + f"listings/{listing}/")
        page.get_by_role("button", name="Express interest through the facilitator").click()
        dialog = page.get_by_role("dialog")
        assert dialog.get_by_label("Subject").input_value() == f"Interest in “{title}” ({listing})"
        assert dialog.get_by_label("Message (add who you are and what you propose)").input_value() == (
            f"Hello,\n\nI am interested in the listing “{title}” ({listing}):\n{address}listings/{listing}/\n\n"
            "Who I am and what I propose:\n"
        )


@pytest.mark.browser
@pytest.mark.parametrize(
    "draft",
    ["null", "[]", '"x"', "{not json", '{"answers": null}', '{"answers": "x"}',
     '{"answers": {"title": 5, "partnership": "evil", "consent": "yes", "country": ["FR"], "sectors": "C25"}}'],
)  # fmt: skip
def test_a_draft_the_page_did_not_write_never_stops_the_submit_page(draft: str, site: Path, browser: Browser) -> None:
    from tests.browser_support import serve_folder

    with serve_folder(site) as address:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.goto(address + "submit/")
        page.evaluate("(d) => localStorage.setItem('matchboard-draft:https://git.example/golden-board', d)", draft)
        page.reload()
        page.get_by_label("Title", exact=True).fill("Laser welding of sensor housings")
        assert errors == []
        assert page.locator("#mb-preview").inner_text().startswith('id: laser-welding-of-sensor-housings\ntitle: "')
        assert page.locator("#mb-ways").is_visible()
        values = page.locator("#mb-f-partnership input[type=checkbox]").evaluate_all(
            "(boxes) => boxes.map((b) => b.value)"
        )
        assert "evil" not in values


# Descriptions the Submit page and the validator must judge alike: (text, refused).
DESCRIPTIONS = [
    ("Tolerances a<b and 3 < 4, pressure<bar, <3 hearts", False),
    ("Code shows tags as text: `<b>bold</b>` and ``<img src=x>``", False),
    ("Links [x](https://x.example) <https://x.example/> <a@x.example> [m](mailto:a@x.example)", False),
    ("Bold <b>words</b> here", True),
    ("A break <br> here", True),
    ("A <span title='a>b'>span</span> here", True),
    ("Hidden <!-- comment --> here", True),
    ("Text\n\n<div\nclass=x>", True),
    ("See [our page][r].\n\n[r]: javascript:alert(1)", True),
    ("See [our page].\n\n[our page]: ftp://x.example/", True),
    ("See ![our logo][r].\n\n[r]: https://x.example/logo.png", True),
    ("See <javascript:alert(1)> now", True),
    ("See [our page](/about) now", True),
]


@pytest.mark.browser
def test_the_submit_page_judges_a_description_as_the_validator_does(site: Path, browser: Browser) -> None:
    from generator.check import description
    from tests.browser_support import serve_folder

    lead = "We weld stainless steel parts for medical-device makers. "
    with serve_folder(site) as address:
        page = browser.new_page()
        page.goto(address + "submit/")
        field, error = page.get_by_label("Description", exact=True), page.locator("#mb-f-description-error")
        judged = []
        for text, _ in DESCRIPTIONS:
            field.fill(lead + text)
            field.blur()
            judged.append((text, error.is_visible(), bool(list(description.problems(lead + text)))))
        assert judged == [(text, refused, refused) for text, refused in DESCRIPTIONS]


@pytest.mark.browser
def test_markdown_tricks_leave_only_web_and_mail_links_and_text(site: Path, browser: Browser) -> None:
    from tests.browser_support import serve_folder

    with serve_folder(site) as address:
        page = browser.new_page()
        page.goto(address + "listings/markdown-subset-tricks/")
        text = page.locator(".mb-description")
        links = text.locator("a").evaluate_all("(links) => links.map((a) => [a.getAttribute('href'), a.title])")
        assert links == [
            ["https://x.example/a_(b)", ""],
            ["https://x.example/ref", "Title with \"quotes\" and 'single' onmouseover='alert(5)'"],
            ["https://x.example/a%20b", 'x" onfocus="alert(6)'],
            ["https://x.example/?a=%22onmouseover=alert(1)", ""],
            ["https://x.example/t", 'a" onmouseover="alert(2)'],
            ["mailto:a@x.example?subject=hi&body=there", ""],
            ["HTTPS://X.EXAMPLE/", ""],
        ]
        assert text.locator("code").inner_text() == "<img src=x onerror=alert(3)>"
        assert text.locator("h1, h2, img, script").count() == 0
        assert "Entities: <script>alert(4)</script> &lt; <b> \" '" in text.inner_text()


@pytest.mark.browser
def test_search_results_with_a_long_title_stay_within_a_phone_screen(site: Path, browser: Browser) -> None:
    from tests.browser_support import serve_folder

    with serve_folder(site) as address:
        page = browser.new_page(viewport={"width": 375, "height": 800})
        page.goto(address + "search/?q=welding")
        page.locator("#mb-results a", has_text="\U0001d54f" * 3).wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") == 375


@pytest.mark.browser
def test_the_submit_page_finds_one_keyword_typed_and_pasted_as_the_validator_does(site: Path, browser: Browser) -> None:
    from tests.browser_support import serve_folder

    typed, pasted = "soudure affinée", "soudure affine\u0301e"  # é, and e with a combining accent
    with serve_folder(site) as address:
        page = browser.new_page()
        page.goto(address + "submit/")
        page.locator("#mb-f-keywords").fill(f"{pasted}, {typed}")
        page.locator("#mb-f-keywords").blur()
        assert page.locator("#mb-f-keywords-error").inner_text() == f"“{typed}” and “{pasted}” are the same; keep one."
