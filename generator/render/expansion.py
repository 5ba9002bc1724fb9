"""What search adds to a listing page so other languages find it, and the words search suggests."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from types import MappingProxyType

from generator.core.model import Listing
from generator.match import topics
from generator.match.equivalents import Equivalents
from generator.match.textanalysis import fold

# At most this many added words per listing page: Pagefind stores a page's whole indexed text in its
# fragment, and the first search loads a few fragments, so the expansion must stay a few dozen words.
MAX_WORDS = 60
EQUIVALENT_WORDS = 30  # and at most this many more from keyword equivalents (generator/match/equivalents.py)
SUGGESTED_WORDS = 4000  # the board's most frequent words offered as "close words" when nothing is found
EMPTY: Equivalents = MappingProxyType({})
_WORD = re.compile(r"\w[\w'-]*\w|\w", re.UNICODE)


@functools.lru_cache(maxsize=20_000)
def listing_concepts(listing: Listing) -> tuple[str, ...]:
    """Return the topics (schema/topics.yaml) a listing's texts and keywords mention, most mentioned first."""
    counts: Counter[str] = Counter()
    for text in listing.texts():
        words = "\n".join((text.title, text.summary, text.description))
        counts.update(topics.concepts(words, text.language))
    for keyword in listing.keywords:
        counts.update(dict.fromkeys(topics.concepts(keyword, listing.language), 2))  # the author's own choice
    return tuple(sorted(counts, key=lambda c: (-counts[c], c)))


def expansion(listing: Listing, shown: str, languages: Sequence[str], equivalents: Equivalents = EMPTY) -> str:
    """Return the words a listing's page in language `shown` adds for search: its topics' labels in every language.

    Words the page already shows are left out; whole topics are added, most mentioned first, until
    MAX_WORDS would be passed. Then the other languages' keywords equivalent to its own keywords, in
    the order of its keywords, whole keywords while EQUIVALENT_WORDS more allow.
    """
    text = listing.text_in(shown)
    own = {fold(w) for w in _WORD.findall(f"{text.title} {text.summary} {text.description}")}
    own.update(fold(w) for k in listing.keywords for w in _WORD.findall(k))
    added: dict[str, str] = {}
    for concept in listing_concepts(listing):
        labels = dict.fromkeys(term for code in languages for term in _terms(concept, code))
        new = {fold(w): w for label in labels for w in _WORD.findall(label) if fold(w) not in own}
        fresh = {k: w for k, w in new.items() if k not in added}
        if len(added) + len(fresh) > MAX_WORDS:
            break
        added.update(fresh)
    budget = len(added) + EQUIVALENT_WORDS
    for keyword in listing.keywords:
        for _, other in equivalents.get((listing.language, fold(keyword)), ()):
            fresh = {fold(w): w for w in _WORD.findall(other) if fold(w) not in own and fold(w) not in added}
            if len(added) + len(fresh) <= budget:
                added.update(fresh)
    return " ".join(added.values())


def _terms(concept: str, language: str) -> tuple[str, ...]:
    """Return a concept's label in a language and its first one-word term (the likeliest query: "recyclage")."""
    terms = topics.terms(concept, language)
    single = next((t for t in terms if len(_WORD.findall(t)) == 1), None)
    return tuple(dict.fromkeys(t for t in (topics.label(concept, language), single) if t))


def board_words(listings: Iterable[Listing], language: str) -> list[str]:
    """Return the words that find listings, for suggesting close ones: keywords and topic labels, folded.

    The most frequent come first; words under four letters are left out (they are rarely mistyped).
    """
    counts: Counter[str] = Counter()
    for listing in listings:
        phrases = [*listing.keywords, *(topics.label(c, language) for c in listing_concepts(listing))]
        counts.update({fold(w) for p in phrases for w in _WORD.findall(p) if len(w) >= 4 and not w.isdigit()})
    ranked = sorted(counts, key=lambda w: (-counts[w], w))[:SUGGESTED_WORDS]
    return sorted(ranked)
