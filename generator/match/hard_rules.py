"""The rules no score can overcome: one list, read by matching (over arrays) and by `explain` (in words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from generator.core.model import Listing
from generator.match.pairs import Indexes, Pairs

Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Rule:
    """One hard rule as it applies to one pair: whether the pair passes it, in words."""

    passed: bool
    text: str


@dataclass(frozen=True)
class HardRule:
    """A rule with its words for one pair and, where matching applies it over arrays, that form too.

    `excludes` is None for the rules matching applies by choosing whom it pairs at all (only active
    needs against active offers).
    """

    name: str
    check: Callable[[Listing, Listing, dt.date], list[Rule]]
    excludes: Callable[[Pairs, Indexes, Indexes], Mask] | None


def _kinds(need: Listing, offer: Listing, today: dt.date) -> list[Rule]:
    return [Rule(need.type == "need" and offer.type == "offer", f"a need and an offer ({need.type}, {offer.type})")]


def _active(need: Listing, offer: Listing, today: dt.date) -> list[Rule]:
    return [Rule(x.is_active(today), _activity(x, today.isoformat())) for x in (need, offer)]


def _activity(listing: Listing, today: str) -> str:
    if listing.published.isoformat() > today:
        return f"{listing.type} {listing.id} is not published until {listing.published}"
    if listing.expires.isoformat() < today:
        return f"{listing.type} {listing.id} expired on {listing.expires}"
    return f"{listing.type} {listing.id} is active until {listing.expires}"


def _organisations(need: Listing, offer: Listing, today: dt.date) -> list[Rule]:
    same = need.organisation.key == offer.organisation.key
    return [Rule(not same, "the same organisation" if same else "different organisations")]


def _same_organisation(p: Pairs, rows: Indexes, cols: Indexes) -> Mask:
    result: Mask = p.needs.organisation[rows][:, None] == p.offers.organisation[cols][None, :]
    return result


def _trl(need: Listing, offer: Listing, today: dt.date) -> list[Rule]:
    if need.trl is None or offer.trl is None:
        return []
    meets = offer.trl >= need.trl
    return [Rule(meets, f"offer TRL {offer.trl} {'meets' if meets else 'is below'} the need's minimum {need.trl}")]


def _trl_too_low(p: Pairs, rows: Indexes, cols: Indexes) -> Mask:
    need_trl, offer_trl = p.needs.trl[rows][:, None], p.offers.trl[cols][None, :]
    result: Mask = (need_trl > 0) & (offer_trl > 0) & (offer_trl < need_trl)
    return result


def _boards(need: Listing, offer: Listing, today: dt.date) -> list[Rule]:
    if need.board is None and offer.board is None:
        return []  # the usual case says nothing
    both = need.board is not None and offer.board is not None
    return [Rule(not both, "both on partner boards" if both else "one of them on this board")]


def _both_on_partner_boards(p: Pairs, rows: Indexes, cols: Indexes) -> Mask:
    """Two partners' listings are their boards' business, not this one's."""
    need = np.array([x.board is not None for x in p.needs.listings], dtype=bool)
    offer = np.array([x.board is not None for x in p.offers.listings], dtype=bool)
    result: Mask = need[rows][:, None] & offer[cols][None, :]
    return result


# In the order a person would ask them.
HARD_RULES = (
    HardRule("kinds", _kinds, None),
    HardRule("active", _active, None),
    HardRule("organisations", _organisations, _same_organisation),
    HardRule("trl", _trl, _trl_too_low),
    HardRule("boards", _boards, _both_on_partner_boards),
)


def rules_for(need: Listing, offer: Listing, today: dt.date) -> tuple[Rule, ...]:
    """Return every hard rule's verdict on one pair, in words."""
    return tuple(rule for hard in HARD_RULES for rule in hard.check(need, offer, today))


def excluded(pairs: Pairs, rows: Indexes, cols: Indexes) -> Mask:
    """Return where a hard rule forbids the pair, for every need row against every offer column."""
    mask = np.zeros((len(rows), len(cols)), dtype=bool)
    for hard in HARD_RULES:
        if hard.excludes is not None:
            mask |= hard.excludes(pairs, rows, cols)
    return mask
