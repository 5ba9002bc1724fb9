"""The pickers' data: countries labelled and found in the reader's language, a small region list per country."""

from __future__ import annotations

import json

import pycountry
import pytest

from generator.core.i18n import lang
from generator.core.languages import LANGUAGES
from generator.render import places

REGION_FILES = places.region_files(LANGUAGES)


def test_every_subdivision_is_in_its_countrys_file_once() -> None:
    codes = [code for text in REGION_FILES.values() for code in json.loads(text)]
    assert sorted(codes) == sorted(str(s.code) for s in pycountry.subdivisions)
    for path, text in REGION_FILES.items():
        country = path.removeprefix(places.REGIONS_DIR).removesuffix(".json")
        assert all(code.startswith(f"{country}-") for code in json.loads(text)), path


def test_a_region_carries_its_name_in_each_language_that_differs() -> None:
    bavaria = json.loads(REGION_FILES[f"{places.REGIONS_DIR}DE.json"])["DE-BY"]
    assert bavaria == {"name": "Bayern", "fr": "Bavière", "it": "Baviera", "sl": "Bavarska"}  # German: Bayern
    haute_savoie = json.loads(REGION_FILES[f"{places.REGIONS_DIR}FR.json"])["FR-74"]
    assert haute_savoie["parent"] == "FR-ARA"


def test_region_lists_stay_small() -> None:
    sizes = sorted(len(text.encode()) for text in REGION_FILES.values())
    assert sizes[-1] < 20_000  # the longest list (the United Kingdom's), fetched only when it is picked
    assert sizes[len(sizes) // 2] < 1_000


@pytest.mark.parametrize(
    ("language", "code", "label", "found_by"),
    [
        ("fr", "DE", "Allemagne", "Germany"),
        ("fr", "GB", "Royaume-Uni", "UK"),
        ("de", "CH", "Schweiz", "Switzerland"),
        ("sl", "AT", "Avstrija", "Austria"),
        ("en", "GB", "United Kingdom", "UK"),
    ],
)
def test_a_country_is_labelled_in_the_page_language_and_found_by_other_names(
    language: str, code: str, label: str, found_by: str
) -> None:
    country = next(c for c in places.countries(lang(language)) if c.code == code)
    assert country.label == label
    assert found_by in country.search.split(" | ")
    assert country.regions


def test_countries_are_sorted_by_their_label_ignoring_accents() -> None:
    labels = [c.label for c in places.countries(lang("fr"))]
    assert labels.index("Égypte") < labels.index("Espagne") < labels.index("États-Unis")


def test_the_boards_usual_countries_come_most_listed_first() -> None:
    usual = places.usual_countries(["IT", "AT", "IT", "FR", "AT", "IT", "XX"], lang("de"))
    assert [(c.code, c.label) for c in usual] == [("IT", "Italien"), ("AT", "Österreich"), ("FR", "Frankreich")]
