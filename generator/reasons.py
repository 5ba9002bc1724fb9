"""Reasons in words: what each criterion found in a need-offer pair."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from . import topics, vocab
from .features import TOPIC_PREFIX, keyword_keys, surface_words
from .model import Listing, Reason

Explain = Callable[[Listing, Listing, float, Sequence[str]], str]


def explain_pair(
    need: Listing, offer: Listing, scores: Mapping[str, float], terms: Sequence[str]
) -> tuple[Reason, ...]:
    """Return one reason per criterion (best contribution first is up to the caller), plus TRL."""
    found = [Reason(name, round(scores[name], 3), EXPLAIN[name](need, offer, scores[name], terms)) for name in scores]
    if need.trl is not None and offer.trl is not None and offer.trl >= need.trl:
        found.append(Reason("trl", 1.0, f"offer TRL {offer.trl} meets the need's minimum {need.trl}"))
    return tuple(found)


def _text(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> str:
    concepts = [topics.label(t.removeprefix(TOPIC_PREFIX), "en") for t in terms if t.startswith(TOPIC_PREFIX)]
    forms = {**surface_words(offer), **surface_words(need)}
    words = [forms[t] for t in terms if not t.startswith(TOPIC_PREFIX) and t in forms]
    parts = [f"similar texts ({round(score * 100)}%)"]
    if concepts:
        parts.append("shared topics: " + ", ".join(concepts))
    if words:
        parts.append("shared words: " + ", ".join(words))
    return "; ".join(parts) if score > 0 else "the texts have nothing significant in common"


def _keywords(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> str:
    need_keys, offer_keys = keyword_keys(need), keyword_keys(offer)
    same_phrases = [p for p in need_keys.keyword_of if p in offer_keys.phrases]
    same = [need_keys.keyword_of[p] for p in same_phrases]
    need_topics = {p for p in need_keys.phrases if p.startswith(TOPIC_PREFIX)}
    shared_topics = sorted(need_topics & offer_keys.phrases)
    related = sorted(need_keys.words & offer_keys.words - {w for p in same_phrases for w in p.split()})
    parts = []
    if same:
        parts.append("shared keywords: " + ", ".join(same))
    if shared_topics:
        parts.append("keywords on the same topic: " + ", ".join(topics.label(t[len(TOPIC_PREFIX) :], "en")
                                                                for t in shared_topics))  # fmt: skip
    if related:
        forms = surface_words(need)
        parts.append("keywords sharing words: " + ", ".join(forms.get(w, w) for w in related))
    return "; ".join(parts) or "no keyword in common"


def _sectors(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> str:
    same = [s for s in need.sectors if s in offer.sectors]
    if same:
        return "both in " + ", ".join(f"{s} {vocab.sector_label(s)}" for s in same)
    sections = sorted({s[0] for s in need.sectors} & {s[0] for s in offer.sectors})
    if sections:
        a = next(s for s in need.sectors if s[0] in sections)
        b = next(s for s in offer.sectors if s[0] in sections)
        return f"related sectors {a} and {b}, both in section {a[0]} {vocab.section_label(a)}"
    return f"different sectors ({', '.join(need.sectors)} and {', '.join(offer.sectors)})"


def _partnership(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> str:
    same = [p for p in need.partnership if p in offer.partnership]
    if same:
        return "both seek " + ", ".join(same)
    if score > 0:
        return (
            f"compatible partnerships: need seeks {', '.join(need.partnership)}, offer {', '.join(offer.partnership)}"
        )
    return f"different partnerships: need seeks {', '.join(need.partnership)}, offer {', '.join(offer.partnership)}"


def _category(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> str:
    if need.category == offer.category:
        return f"both {need.category}"
    return f"{need.category} need, {offer.category} offer"


def _geography(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> str:
    a, b = need.organisation, offer.organisation
    if a.region and a.region == b.region:
        return f"same region {a.region} ({vocab.region_name(a.region)})"
    if a.country == b.country:
        return f"same country {a.country} ({vocab.country_name(a.country)})"
    if score > 0:
        return f"neighbouring countries {a.country} and {b.country}"
    return f"{a.country} and {b.country} are not neighbours"


EXPLAIN: dict[str, Explain] = {
    "text": _text,
    "keywords": _keywords,
    "sectors": _sectors,
    "partnership": _partnership,
    "category": _category,
    "geography": _geography,
}
