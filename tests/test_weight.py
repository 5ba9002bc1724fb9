"""What a board weighs: size report and warning, keyword pages, one-line facet lists, compact HTML, search bundles."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.check.load import load_listings
from generator.core import settings
from generator.match.board import compute_board
from generator.render import site
from generator.render.compact import compact_page
from generator.render.size import site_size, size_report
from tests.conftest import ROOT, run_cli

BOARD = ROOT / "tests" / "boards" / "golden"
CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"
TODAY = "2026-11-26"


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("weight")
    board_settings = settings.board_settings(CONFIG)
    board = compute_board(load_listings(BOARD), dt.date.fromisoformat(TODAY), board_settings.matching, tmp / "build")
    site.write_docs(board, board_settings, tmp / "docs")
    return tmp / "docs"


def test_the_build_prints_the_sites_size_and_warns_near_the_hosts_limit(tmp_path: Path) -> None:
    tiny = tmp_path / "mkdocs.yml"
    tiny.write_text(CONFIG.read_text(encoding="utf-8").replace("custom_dir: ../../", f"custom_dir: {ROOT}/")
                    .replace("    languages: [en, fr]", "    languages: [en, fr]\n    host_limit_mb: 1"),
                    encoding="utf-8")  # fmt: skip
    common = ("--listings", str(BOARD), "--build", str(tmp_path / "build"), "--today", TODAY)
    result = run_cli("build", *common, "--site", str(tmp_path / "small"), "--config", str(tiny))
    assert result.status == 0, result.err
    size = site_size(tmp_path / "small")
    mb = f"{size.bytes / 1e6:,.1f}"
    share = f"{size.bytes / 1e6:.0%}"
    assert f"site: {mb} MB in {size.files:,} files ({share} of the host limit of 1 MB)\n" in result.err
    assert result.err.splitlines()[-1] + "\n" == (
        f"warning: the site is {mb} MB, {share} of extra.board.host_limit_mb (1 MB); offer fewer languages, "
        "prune the archive or start a partner board (docs/HOSTING.md, 'When the site nears its host's limit')\n"
    )

    result = run_cli("build", *common, "--site", str(tmp_path / "roomy"), "--config", str(CONFIG))
    assert result.status == 0, result.err
    assert re.search(r"^site: [\d.]+ MB in \d+ files \(\d% of the host limit of 1,000 MB\)$", result.err, re.M)
    # the default limit: GitHub Pages' 1 GB
    assert "warning: the site is" not in result.err


def test_site_size_counts_apparent_bytes_and_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.html").write_bytes(b"12345")
    (tmp_path / "y.json").write_bytes(b"1")
    assert site_size(tmp_path) == site_size(tmp_path)
    assert (site_size(tmp_path).bytes, site_size(tmp_path).files, site_size(tmp_path).pages) == (6, 2, 1)
    assert size_report(site_size(tmp_path), 1000).warning is None


def test_a_keyword_of_one_listing_has_no_page_and_links_to_the_search(docs: Path) -> None:
    keywords = sorted(p.name for p in (docs / "en" / "browse" / "keywords").iterdir())
    assert keywords == ["index.md", "laser-welding.md"]  # the only keyword two active listings share
    page = (docs / "en" / "listings" / "laser-welding-workshop.md").read_text(encoding="utf-8")
    assert ('<li><a href="../../browse/keywords/laser-welding/">laser welding</a></li>'
            '<li><a href="../../search/?q=stainless%20steel">stainless steel</a></li>'
            '<li><a href="../../search/?q=titanium">titanium</a></li>') in page  # fmt: skip
    index = (docs / "fr" / "browse" / "keywords" / "index.md").read_text(encoding="utf-8")
    assert '<li><a href="laser-welding/">laser welding</a> <span class="mb-count">2</span></li>' in index
    assert '<li><a href="../../search/?q=titanium">titanium</a> <span class="mb-count">1</span></li>' in index


def test_a_facet_page_lists_each_listing_on_one_line(docs: Path) -> None:
    page = (docs / "en" / "browse" / "keywords" / "laser-welding.md").read_text(encoding="utf-8")
    assert "mb-card" not in page
    assert ('<li><a href="../../../listings/laser-welding-workshop/">Laser welding of small stainless steel parts</a>'
            ' <span class="mb-badge mb-badge--offer">Offer</span> <span class="mb-lines__meta">France</span></li>'
            ) in page  # fmt: skip


def test_compacting_a_page_keeps_what_a_browser_shows() -> None:
    page = "<div>\n    <p>a\n\n      b</p>\n  </div>\n<pre>\n  x\n    y</pre><script>\n  let a;\n</script>"
    assert compact_page(page) == "<div>\n<p>a\nb</p>\n</div>\n<pre>\n  x\n    y</pre><script>\n  let a;\n</script>"


def test_each_language_tree_has_its_own_search_bundle(docs: Path) -> None:
    for code, up in (("en", "../"), ("fr", "../")):
        search = (docs / code / "search" / "index.md").read_text(encoding="utf-8")
        assert f'id="mb-search" data-root="{up}"' in search  # the tree's root, where its pagefind/ is


def test_the_interest_dialog_is_in_each_tree_once_not_in_every_listing_page(docs: Path) -> None:
    page = (docs / "fr" / "listings" / "laser-welding-workshop.md").read_text(encoding="utf-8")
    assert "<dialog" not in page
    assert ('<button type="button" class="mb-button" data-mb-interest="ZWxwbWF4ZS5uZWRsb2dAcm90YXRpbGljYWY=" '
            'data-mb-listing="laser-welding-workshop" data-mb-dialog="../../interest.htm">'
            "Manifester votre intérêt auprès de l'animateur</button>") in page  # fmt: skip
    dialog = (docs / "fr" / "interest.htm").read_text(encoding="utf-8")
    assert 'data-template="Intérêt pour « {title} » ({id})"' in dialog  # board.js fills in the listing's
    assert "{url}" in dialog


def test_pagefind_filters_and_metadata_come_from_one_element(docs: Path) -> None:
    page = (docs / "en" / "listings" / "anonymous-milling-offer.md").read_text(encoding="utf-8")
    assert page.count("data-pagefind-filter") == 1
    assert page.count("data-pagefind-meta") == 2  # this element and the title
    assert ('<span data-pagefind-filter="type[data-f1], category[data-f2], country[data-f3], language[data-f4], '
            'sector[data-f5], partnership[data-f6]" data-pagefind-meta="kind[data-m1], type[data-m2], '
            'category[data-m3], organisation[data-m4], country[data-m5], published[data-m6]" data-f1="offer" '
            'data-f2="business" data-f3="IT" data-f4="it" data-f5="C25" data-f6="subcontracting" data-m1="offer" '
            'data-m2="Offer" data-m3="Business"') in page  # fmt: skip
