"""Reasons: what each criterion found in a need-offer pair, as clauses any language can word.

Each template is an English message with named values; `i18n.Lang.reason` words it in the
reader's language (the templates are in the catalogues through `N_`), and the English wording
is kept on the reason for the command line and the exports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from generator.core.i18n import ENGLISH, N_
from generator.core.model import Clause, Listing, Reason, Term
from generator.match.features import TOPIC_PREFIX, keyword_keys, surface_words

Explain = Callable[[Listing, Listing, float, Sequence[str]], list[Clause]]


def trl_met(need: Listing, offer: Listing) -> Reason | None:
    """Return the reason an offer's TRL meets the need's minimum, when both give one and it does."""
    if need.trl is None or offer.trl is None or offer.trl < need.trl:
        return None
    met = _clause(N_("offer TRL {offer} meets the need's minimum {need}"),
                  offer=[("text", str(offer.trl))], need=[("text", str(need.trl))])  # fmt: skip
    return reason("trl", 1.0, [met])


def reason(criterion: str, score: float, clauses: list[Clause]) -> Reason:
    """Return a criterion's reason: its score and clauses, with their English wording."""
    return Reason(criterion, round(score, 3), ENGLISH.clauses(clauses), tuple(clauses))


def _clause(template: str, **values: Iterable[Term]) -> Clause:
    return Clause(template, tuple((name, tuple(terms)) for name, terms in values.items()))


def _texts(kind: str, values: Iterable[str]) -> list[Term]:
    return [(kind, v) for v in values]


def meaning(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say how close the two listings are in meaning, whatever their languages."""
    if score >= 0.8:
        return [_clause(N_("very close in meaning"))]
    if score >= 0.4:
        return [_clause(N_("close in meaning"))]
    if score > 0:
        return [_clause(N_("related in meaning"))]
    return [_clause(N_("about different things"))]


def text(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say what the texts share: the topics and the words that weigh most, not a bare percentage."""
    if score <= 0:
        return [_clause(N_("the texts have nothing significant in common"))]
    concepts = [t.removeprefix(TOPIC_PREFIX) for t in terms if t.startswith(TOPIC_PREFIX)]
    forms = {**surface_words(offer), **surface_words(need)}
    words = [forms[t] for t in terms if not t.startswith(TOPIC_PREFIX) and t in forms]
    found = []
    if concepts:
        found.append(_clause(N_("shared topics: {concepts}"), concepts=_texts("concept", concepts)))
    if words:
        found.append(_clause(N_("shared words: {words}"), words=_texts("text", words)))
    return found or [_clause(N_("similar wording"))]


def keywords(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say which keywords are the same, on the same topic, or share words."""
    need_keys, offer_keys = keyword_keys(need), keyword_keys(offer)
    same_phrases = [p for p in need_keys.keyword_of if p in offer_keys.phrases]
    same = [need_keys.keyword_of[p] for p in same_phrases]
    need_topics = {p for p in need_keys.phrases if p.startswith(TOPIC_PREFIX)}
    shared_topics = [t[len(TOPIC_PREFIX) :] for t in sorted(need_topics & offer_keys.phrases)]
    related = sorted(need_keys.words & offer_keys.words - {w for p in same_phrases for w in p.split()})
    found = []
    if same:
        found.append(_clause(N_("shared keywords: {keywords}"), keywords=_texts("text", same)))
    if shared_topics:
        found.append(_clause(N_("keywords on the same topic: {concepts}"), concepts=_texts("concept", shared_topics)))
    if related:
        forms = surface_words(need)
        words = [forms.get(w, w) for w in related]
        found.append(_clause(N_("keywords sharing words: {words}"), words=_texts("text", words)))
    return found or [_clause(N_("no keyword in common"))]


def sectors(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say whether the NACE divisions or sections are the same."""
    same = [s for s in need.sectors if s in offer.sectors]
    if same:
        return [_clause(N_("both in {sectors}"), sectors=_texts("sector", same))]
    sections = sorted({s[0] for s in need.sectors} & {s[0] for s in offer.sectors})
    if sections:
        a = next(s for s in need.sectors if s[0] in sections)
        b = next(s for s in offer.sectors if s[0] in sections)
        return [_clause(N_("related sectors {need} and {offer}, both in section {section}"),
                        need=[("text", a)], offer=[("text", b)], section=[("section", a)])]  # fmt: skip
    return [_clause(N_("different sectors ({need} and {offer})"),
                    need=_texts("text", need.sectors), offer=_texts("text", offer.sectors))]  # fmt: skip


def partnership(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say whether the partnership types are the same or compatible."""
    same = [p for p in need.partnership if p in offer.partnership]
    if same:
        return [_clause(N_("both seek {partnerships}"), partnerships=_texts("partnership", same))]
    template = (
        N_("compatible partnerships: need seeks {need}, offer {offer}")
        if score > 0
        else N_("different partnerships: need seeks {need}, offer {offer}")
    )
    return [_clause(template, need=_texts("partnership", need.partnership),
                    offer=_texts("partnership", offer.partnership))]  # fmt: skip


def category(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say whether the categories are the same."""
    if need.category == offer.category:
        return [_clause(N_("both {category}"), category=[("categories", need.category)])]
    return [_clause(N_("{need} need, {offer} offer"),
                    need=[("categories", need.category)], offer=[("categories", offer.category)])]  # fmt: skip


def geography(need: Listing, offer: Listing, score: float, terms: Sequence[str]) -> list[Clause]:
    """Say whether the organisations share a region or country, or are neighbours."""
    a, b = need.organisation, offer.organisation
    if a.region and a.region == b.region:
        return [_clause(N_("same region {region}"), region=[("region", a.region)])]
    if a.country == b.country:
        return [_clause(N_("same country {country}"), country=[("country", a.country)])]
    template = (
        N_("neighbouring countries {need} and {offer}") if score > 0 else N_("{need} and {offer} are not neighbours")
    )
    return [_clause(template, need=[("text", a.country)], offer=[("text", b.country)])]
