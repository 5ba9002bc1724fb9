"""How well each pair signal tells a need's real partner from the best offer of a need that has none.

For every judged need of both labelled sets the engine (defaults) ranks the offers; a signal is worth
a gate when its value on a relevant pair is above its value on every top-5 candidate of a no-match need.
Printed per set: the AUC of that comparison (1.0 separates perfectly, 0.5 is chance), computed from
the sets' aggregate figures only (no listing text is read, no parameter is fitted here). Texts only
this benchmark embeds (the descriptions' sentences, other ways to embed) are cached in build/gate-signals/.

Run: .venv/bin/python -m benchmarks.gate_signals
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from benchmarks.calibrate import Board, load_board, rankings
from benchmarks.evaluate import ROOT, SETS, Metrics, score
from generator.core.model import Listing
from generator.core.settings import MatchSettings
from generator.match import criteria, embeddings
from generator.match.pairs import Scores


def auc(positives: np.ndarray, negatives: np.ndarray) -> float:
    """Return the probability that a positive scores above a negative (ties count half)."""
    if not len(positives) or not len(negatives):
        return float("nan")
    greater = (positives[:, None] > negatives[None, :]).mean()
    ties = (positives[:, None] == negatives[None, :]).mean()
    return round(float(greater + 0.5 * ties), 3)


def cosine(board: Board) -> Scores:
    """Return the raw cosine of every need against every offer."""
    p = board.pairs
    return (p.needs.meaning @ p.offers.meaning.T).astype(np.float64)


def zscore(values: Scores, axis: int) -> Scores:
    """Return each value's distance from its row's (axis=1) or column's (axis=0) mean, in standard deviations."""
    mean = values.mean(axis=axis, keepdims=True)
    spread = values.std(axis=axis, keepdims=True)
    result: Scores = (values - mean) / np.where(spread == 0, 1.0, spread)
    return result


def rank_of(values: Scores, axis: int) -> Scores:
    """Return each pair's rank (1 = best) within its row (axis=1) or column (axis=0)."""
    order = np.argsort(-values, axis=axis, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(values.shape[axis])[:, None] if axis == 0 else
                      np.arange(values.shape[axis])[None, :], axis=axis)  # fmt: skip
    return (ranks + 1).astype(np.float64)


CACHE = ROOT / "build" / "gate-signals"  # vectors of the texts only this benchmark embeds (sentences, variants)
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n")
CLOSE_KEYWORD, CLOSE_SENTENCE = 0.9, 0.88  # fixed before measuring: E5 cosines of paraphrases sit about there


def key_of(text: str, query: bool) -> str:
    """Return a text's cache key: the hash of the model, its side and the text."""
    return hashlib.sha256(f"{embeddings.MODEL}\n{query}\n{text}".encode()).hexdigest()


def embedded(board: Board, texts: Sequence[tuple[str, bool]], kind: str) -> Callable[[str, bool], np.ndarray]:
    """Return a lookup (text, is it a query) -> vector, encoding what build/gate-signals lacks (per set, kind)."""
    wanted = {key_of(text, query): (text, query) for text, query in texts}
    prefix = f"{kind}-{'blind' if 'blind' in board.name else 'team'}-"
    found = embeddings._cached(CACHE, prefix, wanted, embeddings.encode)
    return lambda text, query: found[key_of(text, query)]


def keyword_alignment(board: Board) -> dict[str, Scores]:
    """Return per pair the mean over the need's keywords of the best offer keyword's cosine, and the share close.

    Keywords are embedded as E5 queries, as the search's keyword equivalents are (match/equivalents.py):
    a cross-language overlap of keywords.
    """
    needs, offers = board.pairs.needs.listings, board.pairs.offers.listings
    vector = embedded(board, [(k, True) for x in (*needs, *offers) for k in x.keywords], "keyword")
    return _aligned(needs, offers, lambda x: [vector(k, True) for k in x.keywords], CLOSE_KEYWORD)


def sentences_of(listing: Listing) -> list[str]:
    """Return the title and the sentences of the summary and the whole description (over 20 characters)."""
    found = [listing.title]
    for part in (listing.summary, listing.description):
        found += [t.strip() for t in SENTENCE_END.split(part) if len(t.strip()) > 20]
    return found


def sentence_alignment(board: Board) -> dict[str, Scores]:
    """Return per pair the best sentence cosine, the need's sentences' mean best, and their share close (coverage)."""
    needs, offers = board.pairs.needs.listings, board.pairs.offers.listings
    vector = embedded(board, [(t, True) for x in (*needs, *offers) for t in sentences_of(x)], "sentence")
    return _aligned(needs, offers, lambda x: [vector(t, True) for t in sentences_of(x)], CLOSE_SENTENCE)


def _aligned(
    needs: Sequence[Listing], offers: Sequence[Listing], parts: Callable[[Listing], list[np.ndarray]], close: float
) -> dict[str, Scores]:
    """Return, per pair, the best, the mean best and the share close of each need part against the offer's parts."""
    offer_parts = [np.vstack(parts(o)) if parts(o) else None for o in offers]
    out = {name: np.zeros((len(needs), len(offers))) for name in ("best", "mean best", "share close")}
    for r, need in enumerate(needs):
        if not parts(need):
            continue
        mine = np.vstack(parts(need))
        for c, theirs in enumerate(offer_parts):
            if theirs is not None:
                best = (mine @ theirs.T).max(axis=1)
                out["best"][r, c], out["mean best"][r, c], out["share close"][r, c] = (
                    best.max(),
                    best.mean(),
                    (best >= close).mean(),
                )
    return out


def variants(board: Board) -> dict[str, Scores]:
    """Return cosines of other ways to embed: titles alone, and both sides as E5 queries or as passages."""
    needs, offers = board.pairs.needs.listings, board.pairs.offers.listings
    ways: dict[str, tuple[Callable[[Listing], str], bool, bool]] = {
        "titles alone": (lambda x: x.title, True, True),
        "both as queries": (embeddings.text_of, True, True),
        "both as passages": (embeddings.text_of, False, False),
    }
    found = {}
    for name, (text, need_query, offer_query) in ways.items():
        texts = [(text(x), need_query) for x in needs] + [(text(x), offer_query) for x in offers]
        vector = embedded(board, texts, "variant-" + name.replace(" ", "-"))
        left = np.vstack([vector(text(x), need_query) for x in needs])
        right = np.vstack([vector(text(x), offer_query) for x in offers])
        found[f"cosine, {name}"] = (left @ right.T).astype(np.float64)
    return found


def signals(board: Board) -> dict[str, Scores]:
    """Return every signal tried, as need x offer arrays."""
    total, _ = criteria.combine(board.scores, MatchSettings())
    cos = cosine(board)
    keyword = keyword_alignment(board)
    kw_mean, kw_share = keyword["mean best"], keyword["share close"]
    meaning, text = board.scores["meaning"], board.scores["text"]
    return (
        {
            "engine total": total,
            "engine total z (need's offers)": zscore(total, 1),
            "cosine": cos,
            "CSLS": board.cosine,
            "cosine z (need's offers)": zscore(cos, 1),
            "cosine z (offer's needs)": zscore(cos, 0),
            "cosine z (both)": zscore(cos, 1) + zscore(cos, 0),
            "CSLS z (need's offers)": zscore(board.cosine, 1),
            "mutual rank (-log rank of need for offer)": -np.log(rank_of(cos, 0)),
            "reciprocal rank sum": 1 / rank_of(cos, 1) + 1 / rank_of(cos, 0),
            "margin over need's 2nd best cosine": cos - np.sort(cos, axis=1)[:, -2][:, None],
            "text (BM25F cosine)": board.scores["text"],
            "keywords (stemmed overlap)": board.scores["keywords"],
            "keyword embeddings mean best cosine": kw_mean,
            "keyword embeddings share close (>= 0.9)": kw_share,
            "min(meaning, text)": np.minimum(meaning, text),
            "min(meaning, kw mean)": np.minimum(meaning, np.clip((kw_mean - 0.85) / 0.1, 0, 1)),
            "sectors": board.scores["sectors"],
        }
        | {f"sentences: {k}": v for k, v in sentence_alignment(board).items()}
        | variants(board)
    )


def gate_figures(board: Board, found: Mapping[str, Scores]) -> dict[str, tuple[float, float]]:
    """Return per signal: AUC relevant pair vs no-match need's best top-5 candidate; AUC relevant vs distractor."""
    total, relevance = criteria.combine(board.scores, MatchSettings())
    total = np.where(board.excluded | (relevance < MatchSettings().min_relevance), -1.0, total)
    row_of = {x.id: i for i, x in enumerate(board.pairs.needs.listings)}
    col_of = {x.id: i for i, x in enumerate(board.pairs.offers.listings)}
    result = {}
    for name, values in found.items():
        positives, negatives, distractors = [], [], []
        for need, judged in sorted(board.judged.items()):
            if need not in row_of:
                continue
            r = row_of[need]
            top = np.argsort(-total[r], kind="stable")[:5]
            relevant = {col_of[o] for o in judged.get("relevant") or [] if o in col_of}  # type: ignore[attr-defined]
            if relevant:
                positives += [values[r, c] for c in relevant]
                distractors += [values[r, c] for c in top if c not in relevant]
            else:
                negatives.append(values[r, top].max())
        result[name] = (auc(np.array(positives), np.array(negatives)),
                        auc(np.array(positives), np.array(distractors)))  # fmt: skip
    return result


THRESHOLDS = (30, 40, 50, 60, 70, 80)


def trade_off(board: Board) -> dict[int, Metrics]:
    """Return the engine's metrics (defaults) at each threshold: what quieting no-match needs costs in recall."""
    total, relevance = criteria.combine(board.scores, MatchSettings())
    found = {}
    for threshold in THRESHOLDS:
        ranked = rankings(board, total, relevance, dataclasses.replace(MatchSettings(), threshold=threshold))
        found[threshold] = score(ranked, board.judged, board.by_id, board.today)
    return found


def main() -> None:
    """Print the AUCs of every signal on both sets, then the engine's trade-off by threshold."""
    boards = [load_board(name, folder) for name, folder in SETS.items()]
    print("| set | threshold | recall@5 | MRR | cross-language recall@5 | no-match needs with a suggestion |")
    print("|---|---|---|---|---|---|")
    for b in boards:
        for threshold, m in trade_off(b).items():
            print(f"| {b.name} | {threshold} | {m.recall_at_5} | {m.mrr} | {m.cross_language_recall_at_5} | "
                  f"{m.no_match_with_suggestion} |")  # fmt: skip
    print()
    tables = {b.name: gate_figures(b, signals(b)) for b in boards}
    names = list(next(iter(tables.values())))
    print("| signal | " + " | ".join(f"{b} gate AUC | {b} ranking AUC" for b in tables) + " |")
    print("|---|" + "---|---|" * len(tables))
    for name in names:
        cells = " | ".join(f"{tables[b][name][0]} | {tables[b][name][1]}" for b in tables)
        print(f"| {name} | {cells} |")


if __name__ == "__main__":
    main()
