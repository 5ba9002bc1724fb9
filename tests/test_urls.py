"""The site's addresses: one rule for pages, language folders and the site's own address."""

from __future__ import annotations

import unicodedata

import pytest

from generator.core import slugs, urls
from generator.core.settings import BoardSettings

BOARD = BoardSettings(language="en", languages=("en", "fr"))
UNDER_SUBPATH = BoardSettings(language="en", languages=("en", "fr"), site_url="https://example.org/board")


def test_page_addresses_are_the_stable_ones() -> None:
    assert urls.listing("laser-welding") == "listings/laser-welding/"
    assert urls.facet("sectors", "C25") == "browse/sectors/C25/"
    assert urls.browse("regions") == "browse/regions/"
    assert urls.sector_feed("C25") == "feeds/sectors/C25.xml"
    assert urls.embed("countries", "FR") == "embed/countries/FR/"
    assert urls.api("listings.json") == "api/listings.json"


@pytest.mark.parametrize(
    ("settings", "language", "expected"),
    [
        (BOARD, None, "listings/x/"),
        (BOARD, "en", "listings/x/"),
        (BOARD, "fr", "fr/listings/x/"),
        (UNDER_SUBPATH, None, "https://example.org/board/listings/x/"),
        (UNDER_SUBPATH, "en", "https://example.org/board/listings/x/"),
        (UNDER_SUBPATH, "fr", "https://example.org/board/fr/listings/x/"),
    ],
)
def test_a_listing_address_under_a_language_and_a_subpath(
    settings: BoardSettings, language: str | None, expected: str
) -> None:
    assert urls.absolute(settings, urls.listing("x"), language) == expected


def test_a_facet_address_under_a_language_and_a_subpath() -> None:
    assert urls.absolute(BOARD, urls.facet("countries", "IT"), "fr") == "fr/browse/countries/IT/"
    assert urls.absolute(UNDER_SUBPATH, urls.facet("countries", "IT"), "fr") == (
        "https://example.org/board/fr/browse/countries/IT/"
    )
    assert urls.tree_up(UNDER_SUBPATH, "fr") == "../"
    assert urls.site_base(BoardSettings(site_url="https://example.org/board/")) == "https://example.org/board/"


def test_a_new_listing_id_writes_german_letters_out() -> None:
    assert slugs.new_id("Mikroschweißen für Präzisionsteile") == "mikroschweissen-fuer-praezisionsteile"
    assert slugs.new_id("Über GROẞE Öfen") == "ueber-grosse-oefen"
    assert slugs.new_id("Lasersko mikrovarjenje čistih delov") == "lasersko-mikrovarjenje-cistih-delov"


def test_existing_addresses_and_keyword_pages_keep_their_slugs() -> None:
    assert slugs.slugify("Mikroschweißen für Präzisionsteile") == "mikroschweien-fur-prazisionsteile"
    assert slugs.keyword_slug("Schweißen") == "schweien"


@pytest.mark.parametrize(
    ("keywords", "slugs_"),
    [
        (["C++", "C#", "C", "c++"], ["c-plus-plus", "c-sharp", "c", "c-plus-plus"]),
        (["Notepad++", "F#"], ["notepad-plus-plus", "f-sharp"]),
        (["日本語", "Ελληνικά", "ελληνικά", "Русский"], ["keyword-", "keyword-", "keyword-", "keyword-"]),
    ],
)
def test_keywords_that_differ_in_more_than_case_get_pages_of_their_own(keywords: list[str], slugs_: list[str]) -> None:
    """C++, C# and C shared browse/keywords/c/; every keyword without Latin letters shared one page."""
    made = [slugs.keyword_slug(k) for k in keywords]
    assert [m[: len(s)] for m, s in zip(made, slugs_, strict=True)] == slugs_
    groups = {unicodedata.normalize("NFKC", k).casefold() for k in keywords}
    assert len(set(made)) == len(groups)  # one page per keyword, whatever its case


def test_the_embed_code_quotes_the_boards_name() -> None:
    """A board named `Savoie "Innovation" & Co` gave a partner an iframe whose title attribute ended early."""
    from generator.render.templates import embed_snippet

    named = BoardSettings(name='Savoie "Innovation" & Co', site_url="https://example.org/board")
    assert embed_snippet(named, "sectors", "C25") == (
        '<iframe src="https://example.org/board/embed/sectors/C25/" title="Savoie &quot;Innovation&quot; &amp; Co: '
        'sectors C25" width="100%" height="480" style="border:1px solid #ddd" loading="lazy"></iframe>'
    )
