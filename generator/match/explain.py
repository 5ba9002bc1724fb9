"""The full breakdown of one need-offer pair: hard rules, each criterion, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass

from generator.core.model import Listing, Reason
from generator.core.settings import MatchSettings
from generator.match import criteria, hard_rules, index, suggest
from generator.match.board import Board
from generator.match.hard_rules import Rule


@dataclass(frozen=True)
class Explanation:
    """Why a pair is, or is not, suggested."""

    need: Listing
    offer: Listing
    rules: tuple[Rule, ...]
    criteria: tuple[tuple[Reason, float], ...]  # reason, weighted points
    total: float | None
    relevance: float | None
    verdict: str
    # The cosine of the two listings' sentence embeddings and their CSLS (see match/embeddings.py).
    meaning: tuple[float, float] | None = None


def explain(board: Board, need: Listing, offer: Listing, settings: MatchSettings) -> Explanation:
    """Return the breakdown of a pair; criteria are scored only when both are on the board."""
    rules = hard_rules.rules_for(need, offer, board.today)
    broken = [r.text for r in rules if not r.passed]
    if any(not x.is_active(board.today) for x in (need, offer)) or need.type == offer.type:
        return Explanation(need, offer, rules, (), None, None, "not suggested: " + "; ".join(broken))
    scored = suggest.score_pair(need, offer, index.term_weights(board.index_path), board.meaning, settings)
    weights = criteria.weights(settings)
    weighted = tuple(
        (r, float(criteria.points(r.criterion, r.score, scored.relevance, weights, settings))) for r in scored.reasons
    )
    verdict = _verdict(board, need, offer, settings, broken, scored)
    cosine = float(board.meaning.vectors[need.key] @ board.meaning.vectors[offer.key])
    csls = 2 * cosine - board.meaning.hubs[need.key] - board.meaning.hubs[offer.key]
    return Explanation(need, offer, rules, weighted, scored.total, scored.relevance, verdict, (cosine, csls))


def _verdict(
    board: Board, need: Listing, offer: Listing, settings: MatchSettings, broken: list[str], scored: suggest.PairScore
) -> str:
    score = round(scored.total)
    if broken:
        return "not suggested: " + "; ".join(broken)
    if scored.relevance < settings.min_relevance:
        return (
            f"not suggested: relevance {scored.relevance:.2f} is below the minimum {settings.min_relevance:.2f} "
            "(meaning, texts and keywords share too little)"
        )
    if scored.total < settings.threshold:
        return f"not suggested: score {score} is below the threshold {settings.threshold}"
    for_need = [m.offer for m in board.matches if m.need == need.id]
    if offer.id in for_need:
        return f"suggested: score {score}, offer {for_need.index(offer.id) + 1} of {len(for_need)} for this need"
    return (
        f"not suggested: score {score} passes the threshold, "
        f"but the need and the offer each have {settings.top_k} better partners"
    )
