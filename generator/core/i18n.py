"""The board in the reader's language: Babel message catalogues and translated labels.

The interface's own words live in `site_templates/locale/<language>/LC_MESSAGES/messages.po`
(Babel catalogues; docs/TRANSLATING.md explains `make translations`); they are compiled in memory
when a build starts, so no compiled `.mo` file is kept in the repository or can go stale.
Country and region names come from pycountry's own translations of the ISO standards; NACE
sectors, partnership types and the other vocabularies from `schema/vocab/i18n/<language>.yaml`;
topic names from `schema/topics.yaml`.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycountry
from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from generator.core import vocab
from generator.core.languages import LANGUAGES
from generator.core.model import Clause, Reason, Term

SOURCE_LANGUAGE = "en"  # the language the templates and the code are written in
LOCALE_DIR = Path(__file__).resolve().parents[2] / "site_templates" / "locale"
DOMAIN = "messages"


def N_(message: str) -> str:  # the name Babel looks for
    """Mark a message for the catalogues where it is defined; it is translated where it is shown."""
    return message


@functools.cache
def catalogue(language: str) -> gettext.NullTranslations:
    """Return the interface messages of a language (the source language needs none)."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as f:
        messages = read_po(f, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, messages)  # fuzzy entries are left out: a guess never reaches a page
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@functools.cache
def plural_samples(language: str) -> dict[str, int]:
    """Return a whole number of each CLDR plural category of a language, e.g. {"one": 1, "few": 3, "other": 0}.

    A page's script picks a message's form with `Intl.PluralRules`, which names CLDR categories, while the
    catalogues number their forms as gettext does: asking the catalogue for one number of each category
    gives that category's words. A million is "many" in French and Italian.
    """
    rule = Locale.parse(language).plural_form
    samples: dict[str, int] = {}
    for n in [*range(200), 1_000_000]:
        samples.setdefault(rule(n), n)
    return samples


@functools.cache
def _iso(standard: str, language: str) -> gettext.NullTranslations:
    """Return pycountry's translations of an ISO standard ("3166-1" countries, "3166-2" regions)."""
    return gettext.translation(f"iso{standard}", pycountry.LOCALES_DIR, languages=[language], fallback=True)


@dataclass(frozen=True)
class Lang:
    """Words and labels in one language, for pages, facets and reasons."""

    code: str

    def gettext(self, message: str) -> str:
        """Return an interface message in this language."""
        return catalogue(self.code).gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Return the singular or a plural form of a message, as this language counts."""
        return catalogue(self.code).ngettext(singular, plural, n)

    def date(self, iso: str) -> str:
        """Return a date written as this language writes it in full (`26. November 2026`); data keeps ISO."""
        return format_date(dt.date.fromisoformat(iso), format="long", locale=self.code)

    def plural_forms(self, singular: str, plural: str) -> dict[str, str]:
        """Return a counted message in each CLDR plural category of this language, for a page's script.

        The script picks one with `Intl.PluralRules` (see plural_samples); `make translations` collects
        the two English forms (`-k plural_forms:1,2`).
        """
        return {category: self.ngettext(singular, plural, n) for category, n in plural_samples(self.code).items()}

    def label(self, vocabulary: str, code: str) -> str:
        """Return the label of a code of one of the board's vocabularies (English when untranslated)."""
        if self.code != SOURCE_LANGUAGE:
            translated = vocab.translated_labels(vocabulary, self.code).get(code)
            if translated:
                return translated
        return vocab.labels(vocabulary).get(code, code)

    def sector(self, code: str) -> str:
        """Return a NACE division as its code and label, e.g. "C25 Métallurgie"."""
        return f"{code} {self.label('nace', code)}"

    def section(self, code: str) -> str:
        """Return the NACE section of a division as its letter and label."""
        return f"{code[:1]} {self.label('nace-sections', code[:1])}"

    def country(self, code: str) -> str:
        """Return a country's name, or its code when ISO 3166 knows none."""
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            return code
        if self.code == SOURCE_LANGUAGE:
            return str(getattr(country, "common_name", country.name))
        return _iso("3166-1", self.code).gettext(str(country.name))

    def region(self, code: str) -> str:
        """Return an ISO 3166-2 region's name (pycountry's translation when there is one)."""
        name = vocab.region_name(code)
        if name is None:
            return code
        return name if self.code == SOURCE_LANGUAGE else _iso("3166-2", self.code).gettext(name)

    def term(self, term: Term) -> str:
        """Return one value of a reason as this language shows it."""
        kind, value = term
        if kind == "sector":
            return self.sector(value)
        if kind == "section":
            return self.section(value)
        if kind == "concept":
            return vocab.topic_label(value, self.code)
        if kind in ("partnership", "categories"):
            return self.in_sentence(self.label(kind, value))
        if kind == "region":
            return f"{value} ({self.region(value)})"
        if kind == "country":
            return f"{value} ({self.country(value)})"
        return value  # listing text (keywords, words) and codes are shown as written

    def in_sentence(self, label: str) -> str:
        """Return a label as it reads inside a sentence: German keeps its capital nouns."""
        return label if self.code == "de" else label[:1].lower() + label[1:]

    def clause(self, clause: Clause) -> str:
        """Return one clause of a reason in this language."""
        return _worded(self, clause)

    def clauses(self, clauses: Iterable[Clause]) -> str:
        """Return the clauses of one reason in this language, as one text."""
        return "; ".join(self.clause(c) for c in clauses)

    def reason(self, reason: Reason) -> str:
        """Return a reason in this language (its English text when it has no clauses)."""
        return self.clauses(reason.clauses) if reason.clauses else reason.text


@functools.lru_cache(maxsize=1 << 16)  # "both in C25 ...", "same country AT (Austria)": most clauses recur
def _worded(lang: Lang, clause: Clause) -> str:
    values = {name: ", ".join(lang.term(t) for t in terms) for name, terms in clause.values}
    return lang.gettext(clause.template).format(**values)


ENGLISH = Lang(SOURCE_LANGUAGE)


@functools.cache
def lang(code: str) -> Lang:
    """Return the words and labels of one of LANGUAGES."""
    if code not in LANGUAGES:
        raise ValueError(f"no interface catalogue for language {code!r}; there are {', '.join(LANGUAGES)}")
    return Lang(code)
