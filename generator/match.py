"""Need-offer suggestions: hard rules first, then weighted criteria; every pair explained."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from . import reasons
from .features import CATEGORIES, PARTNERSHIPS, Side, TermWeights, Vocabularies, build_side, finish
from .model import Listing, Match, Reason
from .settings import MatchSettings

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
    chosen = _choose(pairs, settings)
    return _explained(pairs, chosen, settings)


def _choose(pairs: Pairs, settings: MatchSettings) -> dict[int, list[int]]:
    """Return need row -> offer columns suggested, from the best per need and per offer."""
    cols = np.arange(len(pairs.offers.listings))
    chosen: dict[int, set[int]] = {}
    offer_best: list[tuple[float, int, int]] = []  # (-score, need row, offer col)
    for start in range(0, len(pairs.needs.listings), CHUNK):
        rows = np.arange(start, min(start + CHUNK, len(pairs.needs.listings)))
        total, relevance = combine(pairs.criteria(rows, cols), settings)
        total[pairs.excluded(rows, cols) | (relevance < settings.min_relevance)] = -1.0
        for i in range(len(rows)):
            chosen[start + i] = set(_best(total[i], settings))
        for col in cols:
            for i in _best(total[:, col], settings):
                offer_best.append((-total[i, col], int(rows[i]), int(col)))
    per_offer: dict[int, list[tuple[float, int]]] = {}
    for score, need_row, offer_col in sorted(offer_best):
        per_offer.setdefault(offer_col, []).append((score, need_row))
    for offer_col, entries in per_offer.items():
        for _, need_row in entries[: settings.top_k]:
            chosen[need_row].add(offer_col)
    return {need_row: sorted(offer_cols) for need_row, offer_cols in chosen.items() if offer_cols}


def _best(scores: Scores, settings: MatchSettings) -> list[int]:
    """Return the indexes of the best `top_k` scores at or above the threshold, ties by index."""
    eligible = np.flatnonzero(scores >= settings.threshold)
    order = eligible[np.argsort(-scores[eligible], kind="stable")]
    return [int(i) for i in order[: settings.top_k]]


def _explained(pairs: Pairs, chosen: dict[int, list[int]], settings: MatchSettings) -> list[Match]:
    matches = []
    for row in sorted(chosen):
        cols = np.array(chosen[row], dtype=np.int64)
        scores = pairs.criteria(np.array([row]), cols)
        total, _ = combine(scores, settings)
        need = pairs.needs.listings[row]
        for j, col in enumerate(cols):
            offer = pairs.offers.listings[col]
            pair_scores = {k: float(v[0, j]) for k, v in scores.items()}
            explained = _by_points(
                reasons.explain_pair(need, offer, pair_scores, shared_terms(pairs, row, int(col))), settings
            )
            matches.append(Match(need.id, offer.id, round(float(total[0, j])), explained))
    return sorted(matches, key=lambda m: (m.need, -m.score, m.offer))


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
    """Return the terms contributing most to the text similarity of one pair, best first."""
    need, offer = pairs.needs.text[row], pairs.offers.text[col]
    weight_of = dict(zip(offer.indices.tolist(), offer.data.tolist(), strict=True))
    products = [(-w * weight_of[i], i) for i, w in zip(need.indices.tolist(), need.data.tolist(), strict=True)
                if i in weight_of]  # fmt: skip
    names = {i: term for term, i in pairs.vocabularies.columns.get("term", {}).items()}
    return [names[i] for _, i in sorted(products)[:limit]]


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
