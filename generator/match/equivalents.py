"""Keyword equivalents: the board's own keywords in other languages that mean the same, found with the embeddings.

A listing's keywords are its author's words for its subject. Each distinct keyword of the active
listings is embedded once (multilingual-e5-small, as an E5 query: a short symmetric text), and two
keywords of different languages are equivalents when they are each other's nearest keyword in the
other's language (mutual nearest neighbours) and their cosine is at least THRESHOLD. So a keyword
gains at most one equivalent per other language, and only words some listing of the board wrote.
The search expansion (generator/render/expansion.py) adds a listing's equivalents to its hidden block.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from generator.core.model import Listing
from generator.match import embeddings
from generator.match.embeddings import Encoder, Vectors
from generator.match.textanalysis import fold

# Chosen from the demo board's cross-language mutual-nearest keyword pairs (benchmarks/RESULTS.md,
# "Keyword equivalents"): at and above it the pairs read as translations; below, as related subjects.
THRESHOLD = 0.92
CHUNK = 1024  # rows compared at once: 1,024 x 20,000 float32 is 80 MB

Keyword = tuple[str, str]  # (language, text as written)
Equivalents = Mapping[Keyword, tuple[Keyword, ...]]  # keyed by (language, folded text)


def board_keywords(listings: Iterable[Listing]) -> list[Keyword]:
    """Return the distinct (language, keyword) of the listings, sorted; the same folded text once per language."""
    found: dict[tuple[str, str], str] = {}
    for listing in listings:
        for keyword in listing.keywords:
            found.setdefault((listing.language, fold(keyword)), keyword)
    return sorted((language, text) for (language, _), text in found.items())


Pair = tuple[float, Keyword, Keyword]  # (cosine, a, b), a's language before b's


def pairs(keywords: Sequence[Keyword], vectors: Mapping[str, Vectors], threshold: float) -> list[Pair]:
    """Return (cosine, a, b) for every mutual-nearest pair of keywords of different languages at or above threshold.

    `a` sorts before `b`; the list is sorted by (language pair, a, b). Nearest ties go to the first
    keyword in sorted order, so the result does not depend on the order of the listings.
    """
    by_language: dict[str, list[Keyword]] = defaultdict(list)
    for k in sorted(set(keywords)):
        by_language[k[0]].append(k)
    matrices = {code: np.vstack([vectors[t] for _, t in ks]) for code, ks in by_language.items()}
    found = []
    codes = sorted(by_language)
    for i, one in enumerate(codes):
        for other in codes[i + 1 :]:
            forward, cos = _nearest(matrices[one], matrices[other])
            backward, _ = _nearest(matrices[other], matrices[one])
            for row, column in enumerate(forward):
                a, b = by_language[one][row], by_language[other][column]
                if backward[column] == row and cos[row] >= threshold and fold(a[1]) != fold(b[1]):
                    found.append((float(cos[row]), a, b))
    return found


def _nearest(rows: Vectors, columns: Vectors) -> tuple[list[int], list[float]]:
    """Return each row's nearest column (the first of equals) and its cosine."""
    nearest: list[int] = []
    cosines: list[float] = []
    for start in range(0, len(rows), CHUNK):
        block = rows[start : start + CHUNK] @ columns.T
        best = np.argmax(block, axis=1)
        nearest += best.tolist()
        cosines += block[np.arange(len(best)), best].astype(np.float64).tolist()
    return nearest, cosines


def equivalents_of(
    listings: Sequence[Listing], cache_dir: Path | None, encoder: Encoder = embeddings.encode
) -> dict[Keyword, tuple[Keyword, ...]]:
    """Return (language, folded keyword) -> its equivalents in other languages, sorted by language then text."""
    keywords = board_keywords(listings)
    vectors = embeddings.texts_vectors(sorted({t for _, t in keywords}), cache_dir, encoder)
    return equivalents(pairs(keywords, vectors, THRESHOLD))


def equivalents(found: Iterable[Pair]) -> dict[Keyword, tuple[Keyword, ...]]:
    """Return (language, folded keyword) -> the keywords paired with it, sorted by language then text."""
    by_keyword: dict[Keyword, set[Keyword]] = defaultdict(set)
    for _, a, b in found:
        by_keyword[a[0], fold(a[1])].add(b)
        by_keyword[b[0], fold(b[1])].add(a)
    return {k: tuple(sorted(v)) for k, v in sorted(by_keyword.items())}
