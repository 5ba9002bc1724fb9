"""Suggested partners as a listing page shows them: score, strength in words, title, reasons."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.core import urls
from generator.core.i18n import ENGLISH, N_, Lang
from generator.core.model import Listing, Match

# A suggestion's strength in words, beside its score (the thresholds are Match.strength's).
STRENGTH_LABELS = {"strong": N_("strong"), "good": N_("good"), "possible": N_("possible")}


@dataclass(frozen=True)
class MatchView:
    """A suggested partner on a listing page."""

    score: int
    strength: str  # strong, good or possible (Match.strength), for the badge's style
    strength_label: str  # the same in the reader's language
    url: str
    title: str
    title_language: str
    type_label: str
    country_name: str
    reasons: tuple[str, ...]
    board_name: str | None = None  # the partner board the suggested listing is on; None: this board


def other_key(listing: Listing, m: Match) -> str:
    """Return the key (Listing.key) of the listing a suggestion pairs with this board's `listing`."""
    is_need = m.need_board is None and m.need == listing.id
    other, board = (m.offer, m.offer_board) if is_need else (m.need, m.need_board)
    return other if board is None else f"{board}{urls.listing(other)}"


def match_views(listing: Listing, matches: Sequence[Match], by_key: dict[str, Listing], root: str,
                lang: Lang = ENGLISH, explained: int | None = None,
                boards: Mapping[str, str] | None = None) -> list[MatchView]:  # fmt: skip
    """Return the partners suggested for a listing, best first; the first `explained` (all if None) with reasons.

    `by_key` holds the listings by Listing.key; `boards` names partner boards by their url.
    """
    views = []
    ranked = sorted(matches, key=lambda m: (-m.score, other_key(listing, m)))
    for rank, m in enumerate(ranked):
        other = by_key[other_key(listing, m)]
        text = other.text_in(lang.code)
        shown = explained is None or rank < explained  # wording reasons nobody sees costs a third of the pages
        reasons = tuple(lang.reason(r) for r in m.reasons if r.score > 0) if shown else ()
        url = root + urls.listing(other.id) if other.board is None else other.key  # a partner's own page
        views.append(
            MatchView(m.score, m.strength, lang.gettext(STRENGTH_LABELS[m.strength]), url, text.title, text.language,
                      lang.label("types", other.type),
                      lang.country(other.organisation.country), reasons,
                      None if other.board is None else (boards or {}).get(other.board, other.board))
        )  # fmt: skip
    return views


def matches_by_listing(matches: Iterable[Match]) -> dict[str, list[Match]]:
    """Index the suggestions by each of this board's listings they join (partner sides have no page here)."""
    found: dict[str, list[Match]] = defaultdict(list)
    for m in matches:
        if m.need_board is None:
            found[m.need].append(m)
        if m.offer_board is None:
            found[m.offer].append(m)
    return found
