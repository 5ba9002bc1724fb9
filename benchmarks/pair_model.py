"""A pair model learned with held-out folds: does a logistic combination of the pair signals gate better than one?

Each need goes to one of five folds (calibrate.fold_of: a hash of its id, so a need stays with its
relevant offers). For each fold, a logistic regression over the signals of benchmarks/gate_signals.py
is fitted on the pairs of the other folds of both sets (positives: relevant pairs; negatives: the
engine's top-10 candidates that are not relevant) and applied to the left-out fold. The AUCs printed are
those of the left-out predictions only.

Run: .venv/bin/python -m benchmarks.pair_model
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from benchmarks.calibrate import FOLDS, Board, fold_of, load_board
from benchmarks.evaluate import SETS
from benchmarks.gate_signals import auc, signals
from generator.core.settings import MatchSettings
from generator.match import criteria
from generator.match.pairs import Scores

CANDIDATES = 10


def candidates(board: Board) -> Scores:
    """Return the engine's total with excluded pairs at -1 (the order candidates are taken in)."""
    total, relevance = criteria.combine(board.scores, MatchSettings())
    return np.where(board.excluded | (relevance < MatchSettings().min_relevance), -1.0, total)


def rows_of(
    board: Board, found: Mapping[str, Scores], names: Sequence[str]
) -> list[tuple[str, int, bool, bool, np.ndarray]]:
    """Return (need, fold, is relevant, need has a partner, features) for each candidate and relevant pair."""
    total = candidates(board)
    row_of = {x.id: i for i, x in enumerate(board.pairs.needs.listings)}
    col_of = {x.id: i for i, x in enumerate(board.pairs.offers.listings)}
    out = []
    for need, judged in sorted(board.judged.items()):
        r = row_of[need]
        relevant = {col_of[o] for o in judged.get("relevant") or [] if o in col_of}  # type: ignore[attr-defined]
        top = [int(c) for c in np.argsort(-total[r], kind="stable")[:CANDIDATES] if total[r, c] >= 0]
        for c in sorted(set(top) | relevant):
            out.append((need, fold_of(need), c in relevant, bool(relevant),
                        np.array([found[n][r, c] for n in names])))  # fmt: skip
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Return logistic regression weights (bias last) by Newton's method with an L2 penalty."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.eye(len(w)) * l2
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty @ w
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        w -= np.linalg.solve(hessian, gradient)
    return w


def evaluate(boards: Sequence[Board], names: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Return per set the cross-validated gate AUC and ranking AUC of the fitted model."""
    rows = {b.name: rows_of(b, signals_cache[b.name], names) for b in boards}
    predicted: dict[str, list[float]] = {b.name: [0.0] * len(rows[b.name]) for b in boards}
    for fold in range(FOLDS):
        train = [r for b in boards for r in rows[b.name] if r[1] != fold]
        x = np.vstack([r[4] for r in train])
        mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
        w = fit((x - mean) / spread, np.array([r[2] for r in train], dtype=float))
        for b in boards:
            for i, r in enumerate(rows[b.name]):
                if r[1] == fold:
                    predicted[b.name][i] = float(np.append((r[4] - mean) / spread, 1.0) @ w)
    result = {}
    for b in boards:
        best_of_no_match: dict[str, float] = {}
        positives, distractors = [], []
        for (need, _, relevant, has_partner, _), p in zip(rows[b.name], predicted[b.name], strict=True):
            if relevant:
                positives.append(p)
            elif has_partner:
                distractors.append(p)
            else:
                best_of_no_match[need] = max(best_of_no_match.get(need, -np.inf), p)
        result[b.name] = (auc(np.array(positives), np.array(list(best_of_no_match.values()))),
                          auc(np.array(positives), np.array(distractors)))  # fmt: skip
    return result


signals_cache: dict[str, dict[str, Scores]] = {}

FEATURE_SETS = {
    "engine total alone": ["engine total"],
    "criteria (meaning CSLS, text, keywords, sectors)": ["CSLS", "text (BM25F cosine)", "keywords (stemmed overlap)",
                                                       "sectors"],
    "+ cosine z, mutual rank, margin": ["CSLS", "text (BM25F cosine)", "keywords (stemmed overlap)", "sectors",
                                        "cosine z (need's offers)", "cosine z (offer's needs)",
                                        "mutual rank (-log rank of need for offer)",
                                        "margin over need's 2nd best cosine"],
    "+ keyword embeddings": ["CSLS", "text (BM25F cosine)", "keywords (stemmed overlap)", "sectors",
                             "cosine z (need's offers)", "cosine z (offer's needs)",
                             "keyword embeddings mean best cosine", "keyword embeddings share close (>= 0.9)"],
    "+ sentences": ["CSLS", "text (BM25F cosine)", "keywords (stemmed overlap)", "sectors",
                    "cosine z (need's offers)", "cosine z (offer's needs)", "keyword embeddings mean best cosine",
                    "sentences: best", "sentences: mean best", "sentences: share close"],
}  # fmt: skip


def main() -> None:
    """Print the cross-validated AUCs of each feature set on both sets."""
    boards = [load_board(name, folder) for name, folder in SETS.items()]
    for b in boards:
        signals_cache[b.name] = signals(b)
    print("| features | " + " | ".join(f"{b.name} gate AUC | {b.name} ranking AUC" for b in boards) + " |")
    print("|---|" + "---|---|" * len(boards))
    every = list(signals_cache[boards[0].name])
    # Sentences and the other ways to embed cost new encodings (10,000 listings: far over the cold budget).
    cheap = [n for n in every if not n.startswith(("sentences", "cosine, "))]
    rows = {**FEATURE_SETS, "every signal but sentences and other embeddings": cheap, "every signal": every}
    for label, names in rows.items():
        found = evaluate(boards, names)
        print(f"| {label} | " + " | ".join(f"{found[b.name][0]} | {found[b.name][1]}" for b in boards) + " |")


if __name__ == "__main__":
    main()
