"""Need-offer suggestions: hard rules first, then weighted criteria; every pair explained."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from generator.core import parallel
from generator.core.model import Listing, Match, Reason
from generator.core.settings import MatchSettings
from generator.match import reasons
from generator.match.features import CATEGORIES, PARTNERSHIPS, Side, TermWeights, Vocabularies, build_side, finish

Scores = npt.NDArray[np.float64]
CHUNK = 256  # needs scored at once: 256 x 10,000 offers of float64 is 20 MB per criterion

# Text similarity is a cosine of BM25F vectors; two listings about the same thing written by
# different people rarely pass 0.35, so that counts as a full match.
TEXT_FULL = 0.35
SECTION_ONLY = 0.4  # same NACE section, different division
PHRASE_POINTS, WORD_POINTS = 0.5, 0.15  # per shared keyword, per shared keyword word
RELATED_PARTNERSHIP = 0.5
RELATED = {
    frozenset({"subcontracting", "manufacturing"}), frozenset({"subcontracting", "supplier"}),
    frozenset({"manufacturing", "supplier"}), frozenset({"commercial", "supplier"}),
    frozenset({"commercial", "services"}), frozenset({"research-cooperation", "technical-cooperation"}),
    frozenset({"licensing", "technical-cooperation"}), frozenset({"joint-venture", "investment"}),
    frozenset({"services", "technical-cooperation"}), frozenset({"licensing", "commercial"}),
}  # fmt: skip
CATEGORY_FIT = {("technology", "research"): 0.5, ("technology", "business"): 0.3}
GEOGRAPHY = {"region": 1.0, "country": 0.7, "neighbour": 0.4}
# Alpine countries that share a border: partners there are a short trip away.
NEIGHBOURS = {
    frozenset(pair.split("-"))
    for pair in "FR-IT FR-CH FR-DE FR-MC IT-CH IT-AT IT-SI CH-DE CH-AT CH-LI AT-DE AT-SI AT-LI".split()
}


def _partnership_fit() -> Scores:
    fit = np.zeros((len(PARTNERSHIPS), len(PARTNERSHIPS)))
    for i, a in enumerate(PARTNERSHIPS):
        for j, b in enumerate(PARTNERSHIPS):
            fit[i, j] = 1.0 if a == b else RELATED_PARTNERSHIP if frozenset({a, b}) in RELATED else 0.0
    return fit


def _category_fit() -> Scores:
    fit = np.eye(len(CATEGORIES))
    for (a, b), value in CATEGORY_FIT.items():
        fit[CATEGORIES.index(a), CATEGORIES.index(b)] = fit[CATEGORIES.index(b), CATEGORIES.index(a)] = value
    return fit


PARTNERSHIP_FIT, CATEGORY_FIT_MATRIX = _partnership_fit(), _category_fit()


@dataclass
class Pairs:
    """Needs (rows) against offers (columns) as arrays, with the codes places need."""

    needs: Side
    offers: Side
    vocabularies: Vocabularies

    def criteria(self, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> dict[str, Scores]:
        """Return each criterion's score (0..1) for every need row against every offer column."""
        return {name: criterion(self, rows, cols) for name, criterion in CRITERIA.items()}

    def excluded(self, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        """Return where a hard rule forbids the pair: same organisation, or TRL below the minimum."""
        n, o = self.needs, self.offers
        same_org = n.organisation[rows][:, None] == o.organisation[cols][None, :]
        need_trl, offer_trl = n.trl[rows][:, None], o.trl[cols][None, :]
        too_low = (need_trl > 0) & (offer_trl > 0) & (offer_trl < need_trl)
        result: npt.NDArray[np.bool_] = same_org | too_low
        return result


def _text(p: Pairs, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> Scores:
    cosine: Scores = (p.needs.text[rows] @ p.offers.text[cols].T).toarray()
    return np.clip(cosine / TEXT_FULL, 0.0, 1.0)


def _keywords(p: Pairs, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> Scores:
    phrases: Scores = (p.needs.phrases[rows] @ p.offers.phrases[cols].T).toarray()
    words: Scores = (p.needs.words[rows] @ p.offers.words[cols].T).toarray()
    return np.clip(PHRASE_POINTS * phrases + WORD_POINTS * words, 0.0, 1.0)


def _sectors(p: Pairs, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> Scores:
    division = (p.needs.divisions[rows] @ p.offers.divisions[cols].T).toarray() > 0
    section = (p.needs.sections[rows] @ p.offers.sections[cols].T).toarray() > 0
    return np.where(division, 1.0, np.where(section, SECTION_ONLY, 0.0))


def _partnership(p: Pairs, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> Scores:
    need, offer = p.needs.partnership[rows], p.offers.partnership[cols]
    best = np.zeros((len(rows), len(cols)))
    for k in range(len(PARTNERSHIPS)):
        fit_k = np.max(offer * PARTNERSHIP_FIT[k][None, :], axis=1)
        best = np.maximum(best, need[:, k][:, None] * fit_k[None, :])
    return best


def _category(p: Pairs, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> Scores:
    result: Scores = CATEGORY_FIT_MATRIX[p.needs.category[rows][:, None], p.offers.category[cols][None, :]]
    return result


def _geography(p: Pairs, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]) -> Scores:
    n_country, o_country = p.needs.country[rows][:, None], p.offers.country[cols][None, :]
    n_region, o_region = p.needs.region[rows][:, None], p.offers.region[cols][None, :]
    names = sorted(p.vocabularies.columns.get("country", {}), key=p.vocabularies.columns["country"].__getitem__)
    near = np.array([[frozenset({a, b}) in NEIGHBOURS for b in names] for a in names], dtype=bool)
    neighbour = near[n_country, o_country] if names else np.zeros((len(rows), len(cols)), dtype=bool)
    return np.where(
        (n_region >= 0) & (n_region == o_region),
        GEOGRAPHY["region"],
        np.where(n_country == o_country, GEOGRAPHY["country"], np.where(neighbour, GEOGRAPHY["neighbour"], 0.0)),
    )


# Extension point: a criterion is a function of the pairs; its weight comes from the settings.
CRITERIA: dict[str, Callable[[Pairs, npt.NDArray[np.int64], npt.NDArray[np.int64]], Scores]] = {
    "text": _text,
    "keywords": _keywords,
    "sectors": _sectors,
    "partnership": _partnership,
    "category": _category,
    "geography": _geography,
}
RELEVANCE = ("text", "keywords")  # what a pair must share to be worth suggesting at all


def pairs_of(needs: Sequence[Listing], offers: Sequence[Listing], weights: Mapping[str, TermWeights]) -> Pairs:
    """Stack needs and offers into arrays sharing one numbering of terms and codes."""
    shared = Vocabularies({})
    need_side, offer_side = build_side(needs, weights, shared), build_side(offers, weights, shared)
    return Pairs(finish(need_side, shared), finish(offer_side, shared), shared)


def combine(scores: Mapping[str, Scores], settings: MatchSettings) -> tuple[Scores, Scores]:
    """Return the weighted total (0..100) and the relevance (0..1) of each pair.

    Relevance is what the texts and keywords share. The other criteria (sector, partnership,
    category, place) confirm a match rather than make one: they count in full once the
    relevance reaches `full_relevance`, and in proportion below it, so two listings in the
    same sector and country that talk about different things stay apart.
    """
    weights = settings.weights
    relevance_weight = sum(weights[name] for name in RELEVANCE) or 1.0
    relevance = sum(weights[name] * scores[name] for name in RELEVANCE) / relevance_weight
    confirmed = np.clip(relevance / settings.full_relevance, 0.0, 1.0)
    points = sum(weights[name] * value * (1.0 if name in RELEVANCE else confirmed) for name, value in scores.items())
    total = points * 100.0 / (sum(weights.values()) or 1.0)
    return np.round(np.asarray(total), 4), np.asarray(relevance)


def compute_matches(
    listings: Sequence[Listing], today: dt.date, settings: MatchSettings, weights: Mapping[str, TermWeights]
) -> list[Match]:
    """Return the suggested pairs: each listing's best `top_k` partners above the threshold."""
    active = sorted((x for x in listings if x.is_active(today)), key=lambda x: x.id)
    needs = [x for x in active if x.type == "need"]
    offers = [x for x in active if x.type == "offer"]
    if not needs or not offers:
        return []
    pairs = pairs_of(needs, offers, weights)
    candidates = _candidates(pairs, settings)
    return _explained(pairs, candidates.chosen(settings.top_k), settings)


@dataclass
class Candidates:
    """Pairs that are among the best of their need or of their offer, with what they scored."""

    rows: list[npt.NDArray[np.int64]]
    cols: list[npt.NDArray[np.int64]]
    totals: list[Scores]
    criteria: list[Scores]  # one column per criterion, in CRITERIA order

    def chosen(self, top_k: int) -> dict[tuple[int, int], tuple[float, dict[str, float]]]:
        """Return each need's and each offer's best `top_k` pairs: (row, col) -> (total, criteria)."""
        rows, cols = np.concatenate(self.rows), np.concatenate(self.cols)
        totals, criteria = np.concatenate(self.totals), np.concatenate(self.criteria)
        keep = _top_per_group(rows, -totals, cols, top_k) | _top_per_group(cols, -totals, rows, top_k)
        names = list(CRITERIA)
        picked = sorted(zip(rows[keep].tolist(), cols[keep].tolist(), totals[keep].tolist(),
                            criteria[keep].tolist(), strict=True))  # fmt: skip
        return {(r, c): (t, dict(zip(names, v, strict=True))) for r, c, t, v in picked}


def _top_per_group(
    group: npt.NDArray[np.int64], key: Scores, tie: npt.NDArray[np.int64], top_k: int
) -> npt.NDArray[np.bool_]:
    """Mark the first `top_k` entries of each group, ordered by key then tie (ids: deterministic)."""
    order = np.lexsort((tie, key, group))
    sorted_groups = group[order]
    starts = np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]])
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    keep = np.zeros(len(order), dtype=bool)
    keep[order[rank < top_k]] = True
    return keep


PARALLEL_FROM = 8  # chunks of needs; smaller boards are scored in this process
_SHARED: dict[str, Any] = {}  # what forked workers read: set just before they start

Chunk = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], Scores, Scores]


def _candidates(pairs: Pairs, settings: MatchSettings) -> Candidates:
    """Score all pairs, a chunk of needs at a time; keep each need's and each offer's best."""
    _SHARED.update(pairs=pairs, settings=settings)
    starts = list(range(0, len(pairs.needs.listings), CHUNK))
    found = Candidates([], [], [], [])
    for rows, cols, totals, criteria in parallel.fork_map(_chunk_candidates, starts, PARALLEL_FROM):
        found.rows.append(rows)
        found.cols.append(cols)
        found.totals.append(totals)
        found.criteria.append(criteria)
    return found


def _chunk_candidates(start: int) -> Chunk:
    """Return the candidate pairs of the needs from row `start` on (one chunk)."""
    pairs: Pairs = _SHARED["pairs"]
    settings: MatchSettings = _SHARED["settings"]
    cols = np.arange(len(pairs.offers.listings))
    rows = np.arange(start, min(start + CHUNK, len(pairs.needs.listings)))
    scores = pairs.criteria(rows, cols)
    total, relevance = combine(scores, settings)
    total[pairs.excluded(rows, cols) | (relevance < settings.min_relevance)] = -1.0
    keep = np.zeros(total.shape, dtype=bool)
    for i, best in enumerate(_best(total, settings, axis=1)):
        keep[i, best] = True
    for col, best in enumerate(_best(total, settings, axis=0)):
        keep[best, col] = True
    ii, cc = np.nonzero(keep)
    return ii + start, cc, total[ii, cc], np.stack([scores[name][ii, cc] for name in CRITERIA], axis=1)


def _best(total: Scores, settings: MatchSettings, axis: int) -> list[list[int]]:
    """Return, per row (axis=1) or column (axis=0), the best `top_k` indexes at or above the threshold.

    Rows and columns are in id order and the sort is stable, so ties go to the smaller id.
    """
    scores = total if axis == 1 else total.T
    order = np.argsort(-scores, axis=1, kind="stable")[:, : settings.top_k]
    best = np.take_along_axis(scores, order, axis=1) >= settings.threshold
    return [[int(i) for i in line[keep]] for line, keep in zip(order, best, strict=True)]


def _explained(
    pairs: Pairs, chosen: Mapping[tuple[int, int], tuple[float, dict[str, float]]], settings: MatchSettings
) -> list[Match]:
    matches = []
    with _collector_paused():
        for (row, col), (total, scores) in chosen.items():
            need, offer = pairs.needs.listings[row], pairs.offers.listings[col]
            explained = reasons.explain_pair(need, offer, scores, shared_terms(pairs, row, col))
            matches.append(Match(need.id, offer.id, round(total), _by_points(explained, settings)))
    return sorted(matches, key=lambda m: (m.need, -m.score, m.offer))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Build the reasons with Python's cycle collector paused, then move them out of its sight.

    Explaining 30,000 suggestions makes about a million small objects that all last (they make no
    cycles); the collector's full passes walked every one of them again and again, which more than
    doubled the loop (2.7 s paused, 6.0 s not, on 10,000 listings). Frozen, they are still freed by
    reference counting when the build drops them; only cycles made before stay until the process
    ends, which for a command that builds once and exits costs nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def points(criterion: str, score: float, relevance: float, settings: MatchSettings) -> float:
    """Return what one criterion adds to a pair's total (out of the sum of the weights)."""
    confirmed = 1.0 if criterion in RELEVANCE else min(max(relevance / settings.full_relevance, 0.0), 1.0)
    return settings.weights.get(criterion, 0.0) * score * confirmed


def _by_points(found: tuple[Reason, ...], settings: MatchSettings) -> tuple[Reason, ...]:
    """Order reasons by what they added to the score, biggest first; criteria order breaks ties."""
    order = list(CRITERIA)
    return tuple(
        sorted(
            found,
            key=lambda r: (
                -settings.weights.get(r.criterion, 0.0) * r.score,
                order.index(r.criterion) if r.criterion in order else len(order),
            ),
        )
    )


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


@dataclass(frozen=True)
class PairScore:
    """One pair scored on its own: each criterion, the total, the relevance, the reasons."""

    scores: dict[str, float]
    total: float
    relevance: float
    reasons: tuple[Reason, ...]


def score_pair(need: Listing, offer: Listing, weights: Mapping[str, TermWeights], settings: MatchSettings) -> PairScore:
    """Score one need against one offer exactly as the whole board scores it."""
    pairs = pairs_of([need], [offer], weights)
    one = np.array([0])
    raw = pairs.criteria(one, one)
    total, relevance = combine(raw, settings)
    scores = {name: float(value[0, 0]) for name, value in raw.items()}
    explained = reasons.explain_pair(need, offer, scores, shared_terms(pairs, 0, 0))
    return PairScore(scores, float(total[0, 0]), float(relevance[0, 0]), explained)
