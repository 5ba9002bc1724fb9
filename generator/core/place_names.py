"""Countries and regions from what people write: a name in any interface language, an abbreviation, or the code.

The Submit page has pickers; the GitHub issue form has text boxes, where people write "Deutschland",
"Bavière" or "uk" more often than DE, DE-BY or GB. The names are the ones the board shows (pycountry's
translations of ISO 3166, `Lang.country` and `Lang.region`), compared without case, accents or hyphens.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pycountry

from generator.core import i18n, vocab
from generator.core.languages import LANGUAGES

# Names people type that ISO 3166 does not give (its names in every interface language and its codes count too).
ALIASES = {"GB": ("UK", "Great Britain", "Britain"), "GR": ("EL",), "US": ("USA",), "CZ": ("Czech Republic",)}


def unaccented(name: str) -> str:
    """Return a name without its accents and case, so that "Égypte" is listed among the E's."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def folded(name: str) -> str:
    """Return a name as it is compared: no accents, no case, hyphens and runs of spaces as one space."""
    return re.sub(r"[\s\-\u2010\u2013]+", " ", unaccented(name)).strip()


def country_code(text: str) -> str | None:
    """Return the ISO 3166-1 code of a country written by name or code, or None if none is called so."""
    return _countries().get(folded(text))


def region_code(text: str, country: str | None) -> str | None:
    """Return the ISO 3166-2 code of one of `country`'s regions written by name or code, or None."""
    code = text.strip().upper()
    of = vocab.region_country(code)
    if of is not None and country in (None, of):
        return code  # a full code says which region it is, even without the country
    return _regions(country).get(folded(text)) if country else None


@functools.cache
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in sorted(pycountry.countries, key=lambda c: str(c.alpha_2)):
        code = str(country.alpha_2)
        written = [code, str(country.alpha_3), str(country.name), getattr(country, "common_name", ""),
                   getattr(country, "official_name", ""), *ALIASES.get(code, ()),
                   *(i18n.lang(language).country(code) for language in LANGUAGES)]  # fmt: skip
        for name in written:
            if name:
                names.setdefault(folded(name), code)
    return names


@functools.cache
def _regions(country: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for region in sorted(pycountry.subdivisions, key=lambda s: str(s.code)):
        code = str(region.code)
        if str(region.country_code) != country:
            continue
        written = [code, code.split("-", 1)[1], str(region.name), *(i18n.lang(lg).region(code) for lg in LANGUAGES)]
        for name in written:
            names.setdefault(folded(name), code)
    return names
