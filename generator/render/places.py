"""Countries and regions for the Submit page's pickers: labels in the reader's language, codes for the file.

The labels are the facets' own (`Lang.country`, `Lang.region`: pycountry's translations of ISO 3166); the
form stores the ISO codes the schema wants. Countries are inlined in the page (about 250, a few KB); regions
(about 5,000) are one small JSON file per country under `assets/regions/`, shared by every language's
tree and fetched only when a country is picked.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry

from generator.core import i18n, vocab
from generator.core.i18n import Lang
from generator.core.place_names import ALIASES, unaccented

REGIONS_DIR = "assets/regions/"  # in the default language's tree: the site's root
USUAL = 8  # how many of the board's own countries the country picker offers first


@dataclass(frozen=True)
class Country:
    """One option of the country picker."""

    code: str
    label: str  # in the page's language
    search: str  # other names that find it: the English and ISO names, usual abbreviations (not shown)
    regions: bool  # ISO 3166-2 has subdivisions for it, so the region picker has a list to fetch


def countries(words: Lang) -> list[Country]:
    """Return every ISO 3166-1 country labelled in the page's language, sorted by that label."""
    found = [_country(words, str(c.alpha_2)) for c in pycountry.countries]
    return sorted(found, key=lambda c: (unaccented(c.label), c.label))


def usual_countries(codes: Iterable[str], words: Lang) -> list[Country]:
    """Return the board's most frequent countries (most listings first, then by code), offered first."""
    counted = Counter(codes).most_common()
    ranked = sorted(counted, key=lambda item: (-item[1], item[0]))[:USUAL]
    return [_country(words, code) for code, _ in ranked if vocab.country_name(code) is not None]


def _country(words: Lang, code: str) -> Country:
    country = pycountry.countries.get(alpha_2=code)
    names = [i18n.ENGLISH.country(code), str(country.name) if country else ""]  # the code is the option's value
    label = words.country(code)
    others = [n for n in dict.fromkeys([*names, *ALIASES.get(code, ())]) if n and n != label]
    return Country(code, label, " | ".join(others), code in _with_regions())


@functools.cache  # asked once per country option in every language: read pycountry's 5,000 subdivisions once
def _with_regions() -> frozenset[str]:
    return frozenset(str(s.country_code) for s in pycountry.subdivisions)


def region_files(languages: Iterable[str]) -> dict[str, str]:
    """Return `assets/regions/<country>.json` for every country with subdivisions, by path.

    Each file holds the country's ISO 3166-2 codes with the ISO name, its translation into each board
    language that differs from it, and the subdivision it lies in (French departments lie in regions).
    """
    by_country: dict[str, dict[str, dict[str, str]]] = {}
    tongues = [i18n.lang(code) for code in languages if code != i18n.SOURCE_LANGUAGE]
    for s in sorted(pycountry.subdivisions, key=lambda s: str(s.code)):
        code, name = str(s.code), str(s.name)
        entry = {"name": name, **{w.code: w.region(code) for w in tongues if w.region(code) != name}}
        if s.parent_code:
            entry["parent"] = str(s.parent_code)
        by_country.setdefault(str(s.country_code), {})[code] = entry
    return {f"{REGIONS_DIR}{country}.json": json.dumps(regions, ensure_ascii=False, separators=(",", ":"))
            for country, regions in sorted(by_country.items())}  # fmt: skip
