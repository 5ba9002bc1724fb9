"""Language-aware analysis of listing text: the same tokens for the index, matching and topics."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

from generator.core.languages import LANGUAGES

# Whoosh has no Slovenian stop words or stemmer: the commonest function words, and a light
# suffix stripper for the noun and adjective endings that otherwise split one word into six.
SLOVENIAN_STOP_WORDS = frozenset(
    """
    in je za na v z s ki se da so ali pa tudi od do po pri ter kot bo bi smo ste sem si iz k o
    ne ni to ta te ti tem tega temu teh tej že lahko kjer kar ko če sta nas vas njih naš vaš
    svoj svoje svojo svojih ima imajo imamo biti med nad pod pred brez zaradi ob proti
    """.split()
)
_SLOVENIAN_ENDINGS = sorted(
    "ega emu ima ami ih im om em ov ev ah ja je ji jo ju a e i o u".split(),
    key=len,
    reverse=True,
)
# Words every listing uses to say it is a listing ("we are looking for a partner company"):
# they carry no topic, so they are dropped like stop words before matching and search.
BOARD_STOP_WORDS = {
    "en": "we our us you your looking look seek seeking seeks offer offers offering need needs partner partners "
    "partnership company companies firm enterprise sme smes provide provides providing able also well new year "
    "years based including include includes per within across interested interest contact please would like "
    "can will may",
    "fr": "nous notre nos vous votre recherche recherchons cherche cherchons offre offrons proposons propose "
    "besoin partenaire partenaires partenariat entreprise entreprises société pme également ainsi année ans "
    "notamment sein dont",
    "de": "wir unser unsere unseren ihr ihre suchen sucht gesucht bieten bietet angebot partner partnern "
    "partnerschaft unternehmen firma kmu auch sowie jahr jahre jahren bereits insbesondere",
    "it": "noi nostro nostra nostri nostre cerchiamo cerca ricerchiamo offriamo offre offerta partner "
    "partenariato azienda aziende impresa imprese pmi anche inoltre anno anni già",
    "sl": "iščemo išče ponujamo ponuja ponudba partner partnerja partnerje partnerstvo podjetje podjetja "
    "podjetij msp tudi leto let letno",
}
MAX_PLAIN_NUMBER = 3  # "10", "50", "120" say nothing alone; "9001" or "13485" (ISO standards) do


class _DropShortNumbers(Filter):  # type: ignore[misc]
    """Drop tokens that are short plain numbers."""

    def __call__(self, stream: Iterator[Token]) -> Iterator[Token]:
        for token in stream:
            if not (token.text.isdigit() and len(token.text) <= MAX_PLAIN_NUMBER):
                yield token


WORD_PATTERN = r"[^\W_]+(?:\.[^\W_]+)*"


def slovenian_stem(word: str) -> str:
    """Strip one common inflectional ending from a Slovenian word of six letters or more."""
    if len(word) < 6:
        return word
    for ending in _SLOVENIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@functools.cache
def analyzer(language: str) -> Analyzer:
    """Return the analyzer for a language: tokens, lower case, stop words, stems, no accents."""
    chain = RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | _DropShortNumbers()
    stop = set(BOARD_STOP_WORDS[language].split())
    if language == "sl":
        chain = chain | StopFilter(stoplist=SLOVENIAN_STOP_WORDS | stop, minsize=2) | StemFilter(slovenian_stem)
    else:
        stop |= set(stopwords_for_language(language))
        chain = chain | StopFilter(stoplist=stop, minsize=2) | StemFilter(lang=language)
    return chain | CharsetFilter(accent_map)


# Every filter of the analyzer works on one token at a time, so a word analyses the same
# wherever it stands: each distinct word goes through Whoosh's filter chain once per language
# and is looked up afterwards. The index, topics and reasons analyse the same texts many times.
_WORD = re.compile(WORD_PATTERN)
_ANALYSED: dict[str, dict[str, str | None]] = {lang: {} for lang in LANGUAGES}


def _analysed(word: str, language: str) -> str | None:
    """Return what the analyzer makes of one word, or None when it drops it (stop word, short number)."""
    table = _ANALYSED[language]
    if word not in table:
        found = [token.text for token in analyzer(language)(word)]
        table[word] = found[0] if found else None
    return table[word]


def tokens(text: str, language: str) -> list[str]:
    """Return the analysed tokens of a text in a language."""
    found = (_analysed(word, language) for word in _WORD.findall(text))
    return [token for token in found if token is not None]


def fold(text: str) -> str:
    """Lower-case a text and drop its accents, for comparing keywords and labels."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def surface_forms(text: str, language: str) -> dict[str, str]:
    """Return analysed token -> the first word of the text it came from, lower-cased."""
    forms: dict[str, str] = {}
    for word in _WORD.findall(text):
        token = _analysed(word, language)
        if token is not None:
            forms.setdefault(token, word.lower())
    return forms
