"""The criteria a pair is scored on: one `Criterion` record each, and the one way points are counted.

Adding a criterion is one entry in `CRITERIA` (its score over the arrays, its default weight, the
wording of its reasons, whether it makes relevance or confirms it) plus the translations of its
reasons' messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from generator.core.settings import MatchSettings, SettingsError
from generator.match import reasons
from generator.match.features import CATEGORIES, PARTNERSHIPS
from generator.match.pairs import Indexes, Pairs, Scores

ScoreFunction = Callable[[Pairs, Indexes, Indexes], Scores]
Number = TypeVar("Number", float, Scores)


@dataclass(frozen=True)
class Criterion:
    """One criterion: how it scores pairs (0..1), its default weight, how its reasons read."""

    name: str
    weight: float
    score: ScoreFunction
    explain: reasons.Explain
    makes_relevance: bool  # True: what a pair must share to be suggested; False: confirms a relevant pair


# Meaning compares two sentence embeddings (match/embeddings.py) by CSLS: twice their cosine less each
# one's mean cosine to its nearest partners, so a pair counts for how much closer it is than either
# listing's usual neighbours (about -0.09 for a typical pair, 0 to 0.1 for the same subject). Floor and
# full calibrated with held-out folds (benchmarks/calibrate.py), never on the fold reported.
MEANING_FLOOR, MEANING_FULL = -0.04, 0.14
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


def meaning_score(cosine: Number) -> Number:
    """Return the meaning criterion's score (0..1) for a cosine of two embeddings."""
    found: Number = np.clip((cosine - MEANING_FLOOR) / (MEANING_FULL - MEANING_FLOOR), 0.0, 1.0)
    return found


def csls(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    """Return 2 cos(need, offer) - hub(need) - hub(offer) for every need row against every offer column."""
    cosine = (p.needs.meaning[rows] @ p.offers.meaning[cols].T).astype(np.float64)
    result: Scores = 2.0 * cosine - p.needs.hub[rows][:, None] - p.offers.hub[cols][None, :]
    return result


def _meaning(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    return meaning_score(csls(p, rows, cols))


def _text(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    cosine: Scores = (p.needs.text[rows] @ p.offers.text[cols].T).toarray()
    return np.clip(cosine / TEXT_FULL, 0.0, 1.0)


def _keywords(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    phrases: Scores = (p.needs.phrases[rows] @ p.offers.phrases[cols].T).toarray()
    words: Scores = (p.needs.words[rows] @ p.offers.words[cols].T).toarray()
    return np.clip(PHRASE_POINTS * phrases + WORD_POINTS * words, 0.0, 1.0)


def _sectors(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    division = (p.needs.divisions[rows] @ p.offers.divisions[cols].T).toarray() > 0
    section = (p.needs.sections[rows] @ p.offers.sections[cols].T).toarray() > 0
    return np.where(division, 1.0, np.where(section, SECTION_ONLY, 0.0))


def _partnership(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    need, offer = p.needs.partnership[rows], p.offers.partnership[cols]
    best = np.zeros((len(rows), len(cols)))
    for k in range(len(PARTNERSHIPS)):
        fit_k = np.max(offer * PARTNERSHIP_FIT[k][None, :], axis=1)
        best = np.maximum(best, need[:, k][:, None] * fit_k[None, :])
    return best


def _category(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    result: Scores = CATEGORY_FIT_MATRIX[p.needs.category[rows][:, None], p.offers.category[cols][None, :]]
    return result


def _geography(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
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


# The extension point: name -> criterion, in the order reasons are shown when they add the same points.
CRITERIA: dict[str, Criterion] = {
    c.name: c
    for c in (
        Criterion("meaning", 30.0, _meaning, reasons.meaning, makes_relevance=True),
        Criterion("text", 20.0, _text, reasons.text, makes_relevance=True),
        Criterion("keywords", 5.0, _keywords, reasons.keywords, makes_relevance=True),
        Criterion("sectors", 15.0, _sectors, reasons.sectors, makes_relevance=False),
        Criterion("partnership", 10.0, _partnership, reasons.partnership, makes_relevance=False),
        Criterion("category", 10.0, _category, reasons.category, makes_relevance=False),
        Criterion("geography", 10.0, _geography, reasons.geography, makes_relevance=False),
    )
}


def weights(settings: MatchSettings) -> dict[str, float]:
    """Return every criterion's weight: the board's setting, else the criterion's default."""
    unknown = sorted(set(settings.weights) - set(CRITERIA))
    if unknown:
        raise SettingsError(
            f"extra.board.matching.weights: unknown criterion {unknown[0]!r}; the criteria are " + ", ".join(CRITERIA)
        )
    return {name: settings.weights.get(name, c.weight) for name, c in CRITERIA.items()}


def scores_of(pairs: Pairs, rows: Indexes, cols: Indexes) -> dict[str, Scores]:
    """Return each criterion's score (0..1) for every need row against every offer column."""
    return {name: c.score(pairs, rows, cols) for name, c in CRITERIA.items()}


def relevance(scores: Mapping[str, Number], weighted: Mapping[str, float]) -> Number:
    """Return what the texts and keywords share (0..1): the weighted mean of the relevance criteria."""
    makers = [name for name, c in CRITERIA.items() if c.makes_relevance]
    total = sum(weighted[name] for name in makers) or 1.0
    found: Number = sum(weighted[name] * scores[name] for name in makers) / total  # type: ignore[assignment]
    return found


def points(
    name: str, score: Number, relevant: Number, weighted: Mapping[str, float], settings: MatchSettings
) -> Number:
    """Return what one criterion adds to a pair's total, out of the sum of the weights.

    The criteria that confirm a match (sector, partnership, category, place) count in full once the
    relevance reaches `full_relevance`, and in proportion below it, so two listings in the same sector
    and country that talk about different things stay apart.
    """
    criterion = CRITERIA.get(name)
    if criterion is None:  # a reason outside the criteria (TRL met) adds nothing
        return score * 0.0
    confirmed = 1.0 if criterion.makes_relevance else np.clip(relevant / settings.full_relevance, 0.0, 1.0)
    added: Number = weighted[name] * score * confirmed
    return added


def combine(scores: Mapping[str, Scores], settings: MatchSettings) -> tuple[Scores, Scores]:
    """Return the weighted total (0..100) and the relevance (0..1) of each pair."""
    weighted = weights(settings)
    relevant = relevance(scores, weighted)
    added = sum(points(name, value, relevant, weighted, settings) for name, value in scores.items())
    total = added * 100.0 / (sum(weighted.values()) or 1.0)
    return np.round(np.asarray(total), 4), np.asarray(relevant)
