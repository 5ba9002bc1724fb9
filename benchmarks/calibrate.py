"""Calibrate the matching weights and thresholds with held-out folds of both labelled sets.

Each set's judged needs are split into five folds. For each fold, every setting of the grid is scored
on the other folds of both sets and the best is applied to the held-out fold: the figures printed for
a set are those of settings never tuned on the needs they are measured on. The last table is the
setting the whole of both sets prefers (the defaults to write into generator/match/criteria.py and
generator/core/settings.py), with its in-sample figures for comparison.

The grid and the objective are fixed here before looking at any fold's result: recall@5 + MRR +
(1 - share of no-match needs given a suggestion), averaged over the training needs of both sets.

Run: .venv/bin/python -m benchmarks.calibrate
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from benchmarks.evaluate import ROOT, SETS, Metrics, score
from generator.check.load import load_listings
from generator.core.model import Listing
from generator.core.settings import MatchSettings
from generator.match import criteria, embeddings, hard_rules, index
from generator.match.pairs import Pairs, Scores, pairs_of

FOLDS = 5
# What keeping quiet for a need with no partner is worth, beside recall@5 + MRR. At 1.0 (the first run) the
# folds chose thresholds that lost a tenth of the recall to quiet only a few distractors: on the set written
# blind, a need's near-topic distractors and its real partners are as close in every signal (AUC 0.62).
QUIET_WEIGHT = float(os.environ.get("QUIET_WEIGHT", "0.5"))
GRID = {
    "meaning": (30.0, 45.0, 60.0),
    "text": (10.0, 20.0, 30.0),
    "keywords": (5.0, 10.0, 15.0),
    "structure": (1.0, 0.5, 0.25),  # a factor on the default weights of sectors, partnership, category, place
    "floor": (-0.04, -0.02, 0.0),  # of CSLS (generator/match/criteria.py)
    "full": (0.06, 0.10, 0.14),
    "threshold": (30, 35, 40, 45, 50, 55, 60, 65, 70),
    "min_relevance": (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
}
TOTALS_KEYS = ("meaning", "text", "keywords", "structure", "floor", "full")
STRUCTURE = ("sectors", "partnership", "category", "geography")


@dataclass
class Board:
    """One labelled set, scored once: raw criteria and cosines of every active need against every offer."""

    name: str
    today: dt.date
    judged: dict[str, dict[str, object]]
    by_id: dict[str, Listing]
    pairs: Pairs
    scores: dict[str, Scores]
    cosine: Scores  # CSLS of the embeddings, before the floor and full of the meaning criterion
    excluded: np.ndarray


def load_board(name: str, folder: Path) -> Board:
    """Score every pair of one set with the engine's own features."""
    judged = yaml.safe_load((folder / "judgments.yaml").read_text(encoding="utf-8"))
    today = dt.date.fromisoformat(str(judged["date"]))
    listings = load_listings(folder / "listings").listings
    active = sorted((x for x in listings if x.is_active(today)), key=lambda x: x.id)
    build = ROOT / "build" / "calibrate" / folder.name
    index.build_index(active, build / "index")
    meaning = embeddings.meaning_of(active, build / "embeddings")
    needs, offers = [x for x in active if x.type == "need"], [x for x in active if x.type == "offer"]
    pairs = pairs_of(needs, offers, index.term_weights(build / "index"), meaning)
    rows, cols = np.arange(len(needs)), np.arange(len(offers))
    cosine = criteria.csls(pairs, rows, cols)
    excluded = hard_rules.excluded(pairs, rows, cols)
    return Board(name, today, judged["needs"], {x.id: x for x in listings}, pairs,
                 criteria.scores_of(pairs, rows, cols), cosine, excluded)  # fmt: skip


def rankings(board: Board, totals: Scores, relevance: Scores, settings: MatchSettings) -> dict[str, list[str]]:
    """Return need -> suggested offers as the engine picks them (each side's best top_k above the bar)."""
    total = np.where(board.excluded | (relevance < settings.min_relevance), -1.0, totals)
    ok = total >= settings.threshold
    k = settings.top_k
    keep = np.zeros_like(ok)
    by_row = np.argsort(-total, axis=1, kind="stable")[:, :k]
    np.put_along_axis(keep, by_row, np.take_along_axis(ok, by_row, axis=1), axis=1)
    by_col = np.argsort(-total, axis=0, kind="stable")[:k, :]
    keep |= np.zeros_like(ok) | _mark(by_col, ok)
    needs, offers = board.pairs.needs.listings, board.pairs.offers.listings
    found: dict[str, list[str]] = {}
    for r, c in zip(*np.nonzero(keep), strict=True):
        found.setdefault(needs[r].id, []).append(offers[c].id)
    rounded = {(needs[r].id, offers[c].id): round(float(total[r, c])) for r, c in zip(*np.nonzero(keep), strict=True)}
    return {n: _best_first(n, o, rounded) for n, o in found.items()}


def _best_first(need: str, offers: list[str], rounded: dict[tuple[str, str], int]) -> list[str]:
    return sorted(offers, key=lambda offer: (-rounded[(need, offer)], offer))


def _mark(by_col: np.ndarray, ok: np.ndarray) -> np.ndarray:
    mark = np.zeros_like(ok)
    np.put_along_axis(mark, by_col, np.take_along_axis(ok, by_col, axis=0), axis=0)
    return mark


def settings_of(point: Mapping[str, float]) -> MatchSettings:
    """Return the match settings of one point of the grid (the other weights at their defaults)."""
    weights = {"meaning": point["meaning"], "text": point["text"], "keywords": point["keywords"]}
    weights |= {name: criteria.CRITERIA[name].weight * point["structure"] for name in STRUCTURE}
    return MatchSettings(weights=weights, threshold=int(point["threshold"]), min_relevance=point["min_relevance"])


def totals_of(board: Board, point: Mapping[str, float]) -> tuple[Scores, Scores]:
    """Return the totals and relevance of every pair at one point of the grid."""
    meaning = np.clip((board.cosine - point["floor"]) / (point["full"] - point["floor"]), 0.0, 1.0)
    return criteria.combine({**board.scores, "meaning": meaning}, settings_of(point))


def fold_of(need: str) -> int:
    """Return a need's fold: a hash of its id, so folds do not depend on the order of files."""
    return int(hashlib.sha256(need.encode()).hexdigest(), 16) % FOLDS


def objective(m: Metrics) -> float:
    """Return what the calibration maximises."""
    return m.recall_at_5 + m.mrr + (1.0 - m.no_match_with_suggestion)


def evaluate_point(
    boards: Sequence[Board], point: Mapping[str, float], keep: Mapping[str, set[str]]
) -> dict[str, Metrics]:
    """Return each set's metrics at one point, on the judged needs `keep` names for it."""
    found = {}
    for board in boards:
        judged = {k: v for k, v in board.judged.items() if k in keep[board.name]}
        found[board.name] = score(ranked_at(board, point), judged, board.by_id, board.today)
    return found


def ranked_at(board: Board, point: Mapping[str, float]) -> dict[str, list[str]]:
    """Return the engine's rankings of one set at one point of the grid."""
    totals, relevance = _cached_totals(board, point)
    return rankings(board, totals, relevance, settings_of(point))


_TOTALS: dict[tuple[str, tuple[float, ...]], tuple[Scores, Scores]] = {}


def _cached_totals(board: Board, point: Mapping[str, float]) -> tuple[Scores, Scores]:
    key = (board.name, tuple(point[k] for k in TOTALS_KEYS))
    if key not in _TOTALS:
        _TOTALS.clear()  # points come grouped by these keys: only the current group is worth keeping
        _TOTALS[key] = totals_of(board, point)
    return _TOTALS[key]


def per_need(board: Board, ranked: Mapping[str, Sequence[str]]) -> np.ndarray:
    """Return each judged need's share of the objective: recall@5, reciprocal rank, no suggestion (no-match)."""
    rows = []
    for need, judged in sorted(board.judged.items()):
        top = list(ranked.get(need, []))[:5]
        relevant = set(judged.get("relevant") or [])  # type: ignore[call-overload]
        if not relevant:
            rows.append((np.nan, np.nan, 0.0 if top else 1.0))
            continue
        first = next((i for i, o in enumerate(top) if o in relevant), None)
        rows.append((len(relevant & set(top)) / len(relevant), 0.0 if first is None else 1.0 / (first + 1), np.nan))
    return np.array(rows)


def grid_table(boards: Sequence[Board]) -> tuple[list[dict[str, float]], dict[str, np.ndarray]]:
    """Return every point of the grid and, per set, each point's per-need contributions (points x needs x 3)."""
    names = list(GRID)
    points = [dict(zip(names, v, strict=True)) for v in itertools.product(*GRID.values())]
    points = [p for p in points if p["full"] > p["floor"]]
    return points, {b.name: np.stack([per_need(b, ranked_at(b, p)) for p in points]) for b in boards}


def best(points: Sequence[dict[str, float]], table: Mapping[str, np.ndarray], masks: Mapping[str, np.ndarray]) -> int:
    """Return the index of the point with the best objective over the needs the masks keep (ties: the first)."""
    value = np.zeros(len(points))
    count = 0
    for name, contributions in table.items():
        kept = contributions[:, masks[name], :]
        with np.errstate(invalid="ignore"):
            recall = np.nanmean(kept[:, :, 0], axis=1)
            rr = np.nanmean(kept[:, :, 1], axis=1)
            quiet = np.nanmean(kept[:, :, 2], axis=1)
        size = int(masks[name].sum())
        value += size * (recall + rr + QUIET_WEIGHT * np.nan_to_num(quiet, nan=1.0))
        count += size
    return int(np.argmax(value / count))


def main() -> None:
    """Print cross-validated figures per set, and the setting both sets prefer."""
    boards = [load_board(name, folder) for name, folder in SETS.items()]
    points, table = grid_table(boards)
    folds = {b.name: np.array([fold_of(n) for n in sorted(b.judged)]) for b in boards}
    rankings_cv: dict[str, dict[str, list[str]]] = {b.name: {} for b in boards}
    for fold in range(FOLDS):
        point = points[best(points, table, {name: f != fold for name, f in folds.items()})]
        print(f"fold {fold}: {point}")
        for board in boards:
            ranked = ranked_at(board, point)
            rankings_cv[board.name].update({n: r for n, r in ranked.items() if fold_of(n) == fold})
    print(
        f"\n{len(points)} points of the grid. Cross-validated (each fold scored with settings tuned on the others):\n"
    )
    _table({b.name: score(rankings_cv[b.name], b.judged, b.by_id, b.today) for b in boards})
    final = points[best(points, table, {name: f >= 0 for name, f in folds.items()})]
    print(f"\nPreferred by both whole sets: {final}\n")
    _table(evaluate_point(boards, final, {b.name: set(b.judged) for b in boards}))


def _table(results: Mapping[str, Metrics]) -> None:
    print("| set | needs | recall@5 | MRR | cross-language recall@5 | no-match needs with a suggestion "
          "| hard-rule violations |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for name, m in results.items():
        print(f"| {name} | {m.needs} | {m.recall_at_5} | {m.mrr} | {m.cross_language_recall_at_5} | "
              f"{m.no_match_with_suggestion} | {m.hard_rule_violations} |")  # fmt: skip


if __name__ == "__main__":
    main()
