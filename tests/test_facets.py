"""Facets as records: each field's pages, Pagefind filter and search flag come from one entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core import urls
from generator.core.facets import FACETS, FILTERS, Facet
from generator.core.i18n import lang
from generator.match import index
from tests.conftest import ROOT, run_cli

GOLDEN = ROOT / "tests" / "boards" / "golden"

# What each facet offers; region has no Pagefind filter and keyword no search flag, as before the records.
EXPECTED = {
    "type": (None, "type", "--type"),
    "category": ("browse/categories/", "category", "--category"),
    "sector": ("browse/sectors/", "sector", "--sector"),
    "country": ("browse/countries/", "country", "--country"),
    "region": ("browse/regions/", None, "--region"),
    "language": ("browse/languages/", "language", "--language"),
    "partnership": ("browse/partnership/", "partnership", "--partnership"),
    "keyword": ("browse/keywords/", None, None),
}


def test_each_facet_has_its_page_pagefind_filter_and_flag() -> None:
    found = {f.key: (f.segment and urls.browse(f.segment), f.pagefind, f.flag) for f in FACETS.values()}
    assert found == EXPECTED


@pytest.mark.parametrize("facet", FILTERS, ids=lambda f: f.key)
def test_each_search_flag_filters_an_index_field(facet: Facet) -> None:
    assert facet.key in index._schema().names()


def test_value_labels_in_a_language() -> None:
    french = lang("fr")
    assert FACETS["country"].value_label(french, "DE") == "Allemagne"
    assert FACETS["sector"].value_label(french, "C25").startswith("C25 ")


def test_search_filters_by_region(tmp_path: Path) -> None:
    args = ("--listings", str(GOLDEN), "--today", "2026-11-26", "--build", str(tmp_path),
            "--config", str(ROOT / "tests" / "boards" / "golden-mkdocs.yml"))  # fmt: skip
    both = run_cli("search", "welding", *args)
    assert both.out.splitlines()[-1] == "2 results for 'welding'"
    in_bavaria = run_cli("search", "welding", "--region", "DE-BY", *args)
    assert in_bavaria.out.splitlines()[0].startswith(" 1. hostile-text-need (need, technology, DE, en) score ")
    assert in_bavaria.out.splitlines()[-1] == "1 result for 'welding'"
