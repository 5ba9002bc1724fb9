"""Need-offer suggestions: hard rules first, then the weighted criteria; every suggestion explained."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from generator.core import parallel
from generator.core.model import Listing, Match, Reason
from generator.core.settings import MatchSettings
from generator.match import criteria, hard_rules, reasons
from generator.match.criteria import CRITERIA
from generator.match.embeddings import Meaning
from generator.match.features import TermWeights
from generator.match.pairs import Pairs, Scores, pairs_of, shared_terms

CHUNK = 256  # needs scored at once: 256 x 10,000 offers of float64 is 20 MB per criterion


def compute_matches(
    listings: Sequence[Listing],
    today: dt.date,
    settings: MatchSettings,
    weights: Mapping[str, TermWeights],
    meaning: Meaning,
) -> list[Match]:
    """Return the suggested pairs: each listing's best `top_k` partners above the threshold."""
    active = sorted((x for x in listings if x.is_active(today)), key=lambda x: (x.board or "", x.id))
    needs = [x for x in active if x.type == "need"]
    offers = [x for x in active if x.type == "offer"]
    if not needs or not offers:
        return []
    pairs = pairs_of(needs, offers, weights, meaning)
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


@dataclass(frozen=True)
class _Shared:
    """What every chunk's worker reads."""

    pairs: Pairs
    settings: MatchSettings


Chunk = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], Scores, Scores]


def _candidates(pairs: Pairs, settings: MatchSettings) -> Candidates:
    """Score all pairs, a chunk of needs at a time; keep each need's and each offer's best."""
    starts = list(range(0, len(pairs.needs.listings), CHUNK))
    found = Candidates([], [], [], [])
    chunks = parallel.fork_map(_chunk_candidates, starts, PARALLEL_FROM, _Shared(pairs, settings))
    for rows, cols, totals, scores in chunks:
        found.rows.append(rows)
        found.cols.append(cols)
        found.totals.append(totals)
        found.criteria.append(scores)
    return found


def _chunk_candidates(start: int) -> Chunk:
    """Return the candidate pairs of the needs from row `start` on (one chunk)."""
    pairs, settings = parallel.shared(_Shared).pairs, parallel.shared(_Shared).settings
    cols = np.arange(len(pairs.offers.listings))
    rows = np.arange(start, min(start + CHUNK, len(pairs.needs.listings)))
    scores = criteria.scores_of(pairs, rows, cols)
    total, relevance = criteria.combine(scores, settings)
    total[hard_rules.excluded(pairs, rows, cols) | (relevance < settings.min_relevance)] = -1.0
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
            explained = explain_pair(need, offer, scores, shared_terms(pairs, row, col))
            matches.append(Match(need.id, offer.id, round(total), by_points(explained, settings),
                                 need.board, offer.board))  # fmt: skip
    return sorted(matches, key=lambda m: (m.need, m.need_board or "", -m.score, m.offer, m.offer_board or ""))


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


def explain_pair(
    need: Listing, offer: Listing, scores: Mapping[str, float], terms: Sequence[str]
) -> tuple[Reason, ...]:
    """Return one reason per criterion, in criteria order, plus the TRL met."""
    found = [reasons.reason(name, s, CRITERIA[name].explain(need, offer, s, terms)) for name, s in scores.items()]
    trl = reasons.trl_met(need, offer)
    return tuple(found if trl is None else [*found, trl])


def by_points(found: tuple[Reason, ...], settings: MatchSettings) -> tuple[Reason, ...]:
    """Order reasons by the points they added to the score, biggest first; criteria order breaks ties."""
    weighted = criteria.weights(settings)
    scores = {r.criterion: r.score for r in found if r.criterion in CRITERIA}
    relevant = criteria.relevance(scores, weighted) if len(scores) == len(CRITERIA) else 0.0
    order = list(CRITERIA)
    return tuple(
        sorted(
            found,
            key=lambda r: (
                -criteria.points(r.criterion, r.score, relevant, weighted, settings),
                order.index(r.criterion) if r.criterion in order else len(order),
            ),
        )
    )


@dataclass(frozen=True)
class PairScore:
    """One pair scored on its own: each criterion, the total, the relevance, the reasons."""

    scores: dict[str, float]
    total: float
    relevance: float
    reasons: tuple[Reason, ...]


def score_pair(
    need: Listing, offer: Listing, weights: Mapping[str, TermWeights], meaning: Meaning, settings: MatchSettings
) -> PairScore:
    """Score one need against one offer exactly as the whole board scores it."""
    pairs = pairs_of([need], [offer], weights, meaning)
    one = np.array([0])
    raw = criteria.scores_of(pairs, one, one)
    total, relevance = criteria.combine(raw, settings)
    scores = {name: float(value[0, 0]) for name, value in raw.items()}
    explained = explain_pair(need, offer, scores, shared_terms(pairs, 0, 0))
    return PairScore(scores, float(total[0, 0]), float(relevance[0, 0]), by_points(explained, settings))
