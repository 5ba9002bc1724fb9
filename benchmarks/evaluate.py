"""Match quality on the labelled evaluation sets: the engine beside a plain BM25 baseline.

Two sets: tests/eval_blind (340 listings written blind, held out: never tune on it) and tests/eval
(77 listings written beside the engine). Every set is reported; give one with --listings/--judgments.

Run: .venv/bin/python -m benchmarks.evaluate [--listings DIR --judgments FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import yaml

from generator.check.load import load_listings
from generator.core.model import Listing
from generator.core.settings import MatchSettings
from generator.match import index
from generator.match.board import compute_board

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
BLIND = ROOT / "tests" / "eval_blind"
SETS = {"held-out (tests/eval_blind)": BLIND, "team (tests/eval)": EVAL}


@dataclass(frozen=True)
class Metrics:
    """What the evaluation measures, for one ranking method."""

    recall_at_5: float
    mrr: float
    cross_language_recall_at_5: float
    no_match_with_suggestion: float
    hard_rule_violations: int
    traps_above_relevant: int
    needs: int


def _violates(need: Listing, offer: Listing, today: dt.date) -> bool:
    return (
        need.type != "need"
        or offer.type != "offer"
        or not need.is_active(today)
        or not offer.is_active(today)
        or need.organisation.key == offer.organisation.key
        or (need.trl is not None and offer.trl is not None and offer.trl < need.trl)
    )


def score(
    rankings: Mapping[str, Sequence[str]], judgments: Mapping[str, dict[str, object]], by_id: Mapping[str, Listing],
    today: dt.date,
) -> Metrics:  # fmt: skip
    """Compute the metrics of rankings (need id -> offer ids, best first, at most 5)."""
    recalls, reciprocal, cross, no_match, violations, traps = [], [], [], [], 0, 0
    for need_id, judged in sorted(judgments.items()):
        ranked = list(rankings.get(need_id, []))[:5]
        relevant = set(cast("list[str]", judged.get("relevant") or []))
        violations += sum(_violates(by_id[need_id], by_id[o], today) for o in ranked)
        if not relevant:
            no_match.append(1.0 if ranked else 0.0)
            continue
        found = [o for o in ranked if o in relevant]
        recalls.append(len(found) / len(relevant))
        first = next((i for i, o in enumerate(ranked) if o in relevant), None)
        reciprocal.append(0.0 if first is None else 1.0 / (first + 1))
        listed_traps = cast("list[str]", judged.get("traps") or [])
        traps += sum(1 for o in ranked[: first if first is not None else 5] if o in listed_traps)
        if any(by_id[o].language != by_id[need_id].language for o in relevant):
            cross.append(len(found) / len(relevant))
    mean: Callable[[list[float]], float] = lambda xs: round(sum(xs) / len(xs), 3) if xs else 0.0  # noqa: E731
    return Metrics(mean(recalls), mean(reciprocal), mean(cross), mean(no_match), violations, traps, len(judgments))


def engine_rankings(listings_dir: Path, today: dt.date, build: Path) -> tuple[dict[str, list[str]], dict[str, Listing]]:
    """Return need -> suggested offers from the match engine."""
    loaded = load_listings(listings_dir)
    assert loaded.ok, loaded.problems
    board = compute_board(loaded, today, MatchSettings(), build)
    rankings: dict[str, list[str]] = {}
    for m in board.matches:
        rankings.setdefault(m.need, []).append(m.offer)
    return rankings, board.by_id()


def baseline_rankings(listings_dir: Path, today: dt.date, build: Path) -> dict[str, list[str]]:
    """Return need -> top 5 offers of a plain BM25F query with all of the need's words."""
    loaded = load_listings(listings_dir)
    board = compute_board(loaded, today, MatchSettings(), build)
    return {
        need.id: [hit.id for hit in index.more_like(board.index_path, need, {"type": "offer"}, 5)]
        for need in board.active()
        if need.type == "need"
    }


def evaluate(listings_dir: Path, judgments_path: Path) -> dict[str, Metrics]:
    """Return the metrics of the engine and of the baseline."""
    judged = yaml.safe_load(judgments_path.read_text(encoding="utf-8"))
    today = dt.date.fromisoformat(str(judged["date"]))
    with tempfile.TemporaryDirectory() as build:
        engine, by_id = engine_rankings(listings_dir, today, Path(build))
        baseline = baseline_rankings(listings_dir, today, Path(build))
    return {
        "engine": score(engine, judged["needs"], by_id, today),
        "baseline (plain BM25)": score(baseline, judged["needs"], by_id, today),
    }


def main() -> None:
    """Print the metrics of every set as Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listings", type=Path)
    parser.add_argument("--judgments", type=Path)
    args = parser.parse_args()
    sets = {str(args.listings): (args.listings, args.judgments)} if args.listings else {
        name: (folder / "listings", folder / "judgments.yaml") for name, folder in SETS.items()
    }  # fmt: skip
    for name, (listings, judgments) in sets.items():
        print(f"\n{name}\n")
        _print_table(evaluate(listings, judgments))


def _print_table(results: dict[str, Metrics]) -> None:
    columns = [
        "method", "needs", "recall@5", "MRR", "cross-language recall@5", "no-match needs with a suggestion",
        "hard-rule violations", "traps above the first relevant",
    ]  # fmt: skip
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for name, m in results.items():
        values = [
            m.needs, m.recall_at_5, m.mrr, m.cross_language_recall_at_5, m.no_match_with_suggestion,
            m.hard_rule_violations, m.traps_above_relevant,
        ]  # fmt: skip
        print(f"| {name} | " + " | ".join(str(v) for v in values) + " |")


if __name__ == "__main__":
    main()
