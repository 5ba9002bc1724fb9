"""Needs against offers as arrays: one numbering of terms and codes for both sides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from generator.core.model import Listing
from generator.match.embeddings import Meaning
from generator.match.features import Side, TermWeights, Vocabularies, build_side, finish

Scores = npt.NDArray[np.float64]
Indexes = npt.NDArray[np.int64]


@dataclass
class Pairs:
    """Needs (rows) against offers (columns) as arrays, with the codes places need."""

    needs: Side
    offers: Side
    vocabularies: Vocabularies


def pairs_of(
    needs: Sequence[Listing], offers: Sequence[Listing], weights: Mapping[str, TermWeights], meaning: Meaning
) -> Pairs:
    """Stack needs and offers into arrays sharing one numbering of terms and codes."""
    shared = Vocabularies({})
    need_side = build_side(needs, weights, shared, meaning)
    offer_side = build_side(offers, weights, shared, meaning)
    return Pairs(finish(need_side, shared), finish(offer_side, shared), shared)


def shared_terms(pairs: Pairs, row: int, col: int, limit: int = 8) -> list[str]:
    """Return the terms contributing most to the text similarity of one pair, best first (ties: smaller id)."""
    need = pairs.needs.text
    offer = pairs.offers.text
    need_slice = slice(need.indptr[row], need.indptr[row + 1])
    offer_slice = slice(offer.indptr[col], offer.indptr[col + 1])
    # Vectorised: this runs once per suggestion (30,000 on a board of 10,000), over every term of the need.
    common, at_need, at_offer = np.intersect1d(need.indices[need_slice], offer.indices[offer_slice],
                                               assume_unique=True, return_indices=True)  # fmt: skip
    products = -need.data[need_slice][at_need] * offer.data[offer_slice][at_offer]
    best = np.lexsort((common, products))[:limit]
    names = pairs.vocabularies.names("term")
    return [names[i] for i in common[best].tolist()]
