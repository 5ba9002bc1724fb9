"""What matching compares, computed once per listing and stacked into arrays per side."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt
from scipy import sparse

from generator.core import vocab
from generator.core.model import Listing
from generator.match import topics
from generator.match.embeddings import Meaning
from generator.match.textanalysis import fold, surface_forms, tokens

TermWeights = Mapping[str, float]
Matrix: TypeAlias = Any  # scipy.sparse.csr_matrix; SciPy is not typed
PARTNERSHIPS = list(vocab.labels("partnership"))
CATEGORIES = list(vocab.labels("categories"))
TOPIC_PREFIX = "topic:"


@dataclass(frozen=True)
class KeywordKeys:
    """A listing's keywords as comparable keys: whole phrases, their words, their topics."""

    phrases: frozenset[str]
    words: frozenset[str]
    keyword_of: Mapping[str, str]  # normalised phrase -> the keyword as written


@functools.lru_cache(maxsize=50_000)
def keyword_keys(listing: Listing) -> KeywordKeys:
    """Normalise keywords: folded, stemmed phrases plus the topics they name, and their words."""
    phrases: set[str] = set()
    words: set[str] = set()
    keyword_of: dict[str, str] = {}
    for keyword in listing.keywords:
        analysed = tokens(keyword, listing.language)
        phrase = " ".join(analysed) or fold(keyword)
        keyword_of.setdefault(phrase, keyword)
        phrases.add(phrase)
        words.update(analysed)
        phrases.update(TOPIC_PREFIX + c for c in topics.concepts(keyword, listing.language))
    return KeywordKeys(frozenset(phrases), frozenset(words), keyword_of)


@functools.lru_cache(maxsize=50_000)
def surface_words(listing: Listing) -> Mapping[str, str]:
    """Return analysed term -> a word as written, from the title, keywords and summary.

    Reasons name shared terms; stems such as `composit` read badly. The description is left
    out because analysing every listing's whole text again would double the build time.
    """
    text = "\n".join((listing.title, " . ".join(listing.keywords), listing.summary))
    return surface_forms(text, listing.language)


@dataclass
class Side:
    """Needs or offers as arrays, row i being `listings[i]`."""

    listings: Sequence[Listing]
    text: Matrix
    phrases: Matrix
    words: Matrix
    keyword_count: npt.NDArray[np.float64]
    divisions: Matrix
    sections: Matrix
    partnership: npt.NDArray[np.float64]
    category: npt.NDArray[np.int64]
    country: npt.NDArray[np.int64]
    region: npt.NDArray[np.int64]
    organisation: npt.NDArray[np.int64]
    trl: npt.NDArray[np.int64]
    meaning: npt.NDArray[np.float32]  # one L2-normalised sentence embedding per row (zeros when missing)
    hub: npt.NDArray[np.float64]  # each row's mean cosine to its nearest partners (embeddings.Meaning)


@dataclass
class Vocabularies:
    """Shared column numbers for both sides: terms, keyword keys, places, organisations."""

    columns: dict[str, dict[str, int]]
    inverse: dict[str, dict[int, str]] = field(default_factory=dict)

    def number(self, kind: str, key: str) -> int:
        """Return the column of `key`, adding it the first time it is seen."""
        table = self.columns.setdefault(kind, {})
        return table.setdefault(key, len(table))

    def names(self, kind: str) -> dict[int, str]:
        """Return column -> key for a kind (computed once: the columns are final by then)."""
        if kind not in self.inverse:
            self.inverse[kind] = {i: key for key, i in self.columns.get(kind, {}).items()}
        return self.inverse[kind]

    def size(self, kind: str) -> int:
        """Return how many keys of a kind have been seen."""
        return len(self.columns.get(kind, {}))


def build_side(
    listings: Sequence[Listing],
    weights: Mapping[str, TermWeights],
    shared: Vocabularies,
    meaning: Meaning,
) -> Side:
    """Stack the features of listings; columns are numbered in `shared` so sides line up."""
    keys = [keyword_keys(x) for x in listings]
    vectors = meaning.vectors
    width = len(next(iter(vectors.values()))) if vectors else 1
    return Side(
        listings=listings,
        text=_normalised(_rows(shared, "term", [weights.get(x.key, {}) for x in listings])),
        phrases=_rows(shared, "phrase", [dict.fromkeys(k.phrases, 1.0) for k in keys]),
        words=_rows(shared, "word", [dict.fromkeys(k.words, 1.0) for k in keys]),
        keyword_count=np.array([max(len(x.keywords), 1) for x in listings], dtype=np.float64),
        divisions=_rows(shared, "division", [dict.fromkeys(x.sectors, 1.0) for x in listings]),
        sections=_rows(shared, "section", [{s[0]: 1.0 for s in x.sectors} for x in listings]),
        partnership=np.array([[p in x.partnership for p in PARTNERSHIPS] for x in listings], dtype=np.float64).reshape(
            len(listings), len(PARTNERSHIPS)
        ),
        category=np.array([CATEGORIES.index(x.category) for x in listings], dtype=np.int64),
        country=_codes(shared, "country", [x.organisation.country for x in listings]),
        region=_codes(shared, "region", [x.organisation.region for x in listings]),
        organisation=_codes(shared, "organisation", ["\t".join(x.organisation.key) for x in listings]),
        trl=np.array([x.trl or 0 for x in listings], dtype=np.int64),
        meaning=np.array(
            [vectors.get(x.key, np.zeros(width, dtype=np.float32)) for x in listings], dtype=np.float32
        ).reshape(len(listings), width),
        hub=np.array([meaning.hubs.get(x.key, 1.0) for x in listings], dtype=np.float64),
    )


def finish(side: Side, shared: Vocabularies) -> Side:
    """Widen a side's sparse matrices to every column both sides use."""
    for name, kind in (("text", "term"), ("phrases", "phrase"), ("words", "word"), ("divisions", "division"),
                       ("sections", "section")):  # fmt: skip
        matrix: Matrix = getattr(side, name)
        matrix.resize((matrix.shape[0], max(shared.size(kind), 1)))
    return side


def _rows(shared: Vocabularies, kind: str, rows: Sequence[Mapping[str, float]]) -> Matrix:
    indptr, indices, data = [0], [], []
    for row in rows:
        for key in sorted(row):
            indices.append(shared.number(kind, key))
            data.append(row[key])
        indptr.append(len(indices))
    width = max(shared.size(kind), 1)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), width), dtype=np.float64)


def _normalised(matrix: Matrix) -> Matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def _codes(shared: Vocabularies, kind: str, values: Sequence[str | None]) -> npt.NDArray[np.int64]:
    return np.array([-1 if v is None else shared.number(kind, v) for v in values], dtype=np.int64)
