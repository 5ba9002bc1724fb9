"""What a listing page adds for search in other languages, and the words the search page suggests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from generator.check.load import load_listings
from generator.core.model import Listing
from generator.match import embeddings
from generator.match import equivalents as eq
from generator.match.embeddings import Vectors
from generator.render.expansion import EQUIVALENT_WORDS, MAX_WORDS, board_words, expansion, listing_concepts

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "de", "it", "sl")


def demo(listing_id: str) -> Listing:
    """A listing of the demo board."""
    return next(x for x in load_listings(ROOT / "listings").listings if x.id == listing_id)


def test_an_english_cheese_listing_is_found_by_cheese_in_every_board_language() -> None:
    cheese = demo("rind-mould-humidity-monitoring-cheese-cellars")
    assert "cheese" in listing_concepts(cheese)
    words = expansion(cheese, "en", LANGUAGES).split()
    assert {"fromage", "Käse", "formaggio", "sir"} <= set(words)
    assert "cheese" not in [w.casefold() for w in words]  # the page already says it
    assert len(words) <= MAX_WORDS


def test_a_german_hydrogen_listing_gains_the_word_in_the_other_languages() -> None:
    words = set(expansion(demo("wasserstoff-inselsystem-berghuetten"), "de", LANGUAGES).split())
    assert {"hydrogen", "hydrogène", "idrogeno", "vodik"} <= words


def test_the_expansion_follows_the_language_the_page_shows() -> None:
    translated = demo("decolletage-micro-usinage-titane-medical")  # French, with German and English texts
    assert expansion(translated, "de", LANGUAGES) != expansion(translated, "fr", LANGUAGES)


def test_the_suggested_words_are_folded_sorted_and_at_least_four_letters() -> None:
    words = board_words(load_listings(ROOT / "listings").listings, "en")
    assert words == sorted(words)
    assert "paulownia" in words
    assert "cheese" in words
    assert all(len(w) >= 4 and w == w.casefold() for w in words)


def _unit(*values: float) -> Vectors:
    v = np.array([*values, *[0.0] * (4 - len(values))], dtype=np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


def test_keywords_are_equivalent_only_as_mutual_nearest_neighbours_of_other_languages_above_the_threshold() -> None:
    vectors = {
        "cheese": _unit(1, 0.05),
        "cheeses": _unit(1, 0.05),  # one language: never paired together
        "fromage": _unit(1, 0.1),  # cheese's nearest French keyword, and cheese its nearest English one
        "Käse": _unit(1, 0.3),  # cosine 0.97 with cheese (first by text of the equal cheese and cheeses)
        "formaggio": _unit(1, 1.5),  # the nearest Italian keyword of cheese and Käse, but cosine 0.77 at most
        "sir": _unit(0, 0, 1),  # near nothing
        "wool": _unit(0, 0, 0, 1),
        "Wolle": _unit(0, 0, 0, 1),
        "wolle": _unit(0, 0, 0, 1),
        "lana": _unit(0, 0, 0, 1),
        "lane": _unit(0, 0, 0, 1),  # equally near wool: the first by text wins
    }
    keywords = [("en", "cheese"), ("en", "cheeses"), ("fr", "fromage"), ("de", "Käse"), ("it", "formaggio"),
                ("sl", "sir"), ("en", "wool"), ("de", "Wolle"), ("fr", "wolle"), ("it", "lane"),
                ("it", "lana")]  # fmt: skip
    found = [(a, b) for _, a, b in eq.pairs(keywords, vectors, 0.9)]
    assert (("en", "cheese"), ("fr", "fromage")) in found
    assert (("de", "Käse"), ("en", "cheese")) in found
    assert (("en", "wool"), ("it", "lana")) in found
    assert not any(k[1] in {"cheeses", "formaggio", "sir", "lane"} for pair in found for k in pair)
    assert (("de", "Wolle"), ("fr", "wolle")) not in found  # the same word: nothing to add
    per_language = [(a, b[0]) for a, b in found] + [(b, a[0]) for a, b in found]
    assert len(per_language) == len(set(per_language))  # at most one equivalent per other language
    assert eq.pairs(keywords[::-1], vectors, 0.9) == eq.pairs(keywords, vectors, 0.9)  # whatever the order
    assert eq.equivalents(eq.pairs(keywords, vectors, 0.9))[("en", "wool")] == (("de", "Wolle"), ("fr", "wolle"),
                                                                                 ("it", "lana"))  # fmt: skip


def test_equivalents_are_added_after_the_topics_whole_and_within_their_own_budget() -> None:
    titan = demo("mikrozerspanung-titan-implantatkomponenten")  # German
    many = tuple(("en", f"word{i} other{i}") for i in range(EQUIVALENT_WORDS))  # 2 words each
    equivalents = {("de", "titan"): (("en", "titanium"), ("fr", "titane")), ("de", titan.keywords[2].casefold()): many}
    base = expansion(titan, "de", LANGUAGES).split()
    words = expansion(titan, "de", LANGUAGES, equivalents).split()
    assert words[: len(base)] == base
    added = words[len(base) :]
    assert added[:2] == ["titanium", "titane"]
    assert len(added) <= EQUIVALENT_WORDS
    assert added[2:4] == ["word0", "other0"]  # whole keywords, never half of one


def test_the_demo_boards_equivalents_add_only_board_keywords_and_none_of_the_absent_words() -> None:
    today = dt.date(2026, 11, 26)
    active = [x for x in load_listings(ROOT / "listings").listings if x.is_active(today)]
    found = eq.equivalents_of(active, None)
    assert ("en", "titanium") in found[("de", "titan")]
    absent = {"submarine", "bakery", "tattoo", "boulangerie", "chaussures", "fahrrad", "zahnarzt", "pizzeria",
              "calcio", "pekarna", "zobozdravnik"}  # benchmarks/search_queries.yaml  # fmt: skip
    for listing in active:
        added = set(expansion(listing, listing.language, LANGUAGES, found).casefold().split())
        added -= set(expansion(listing, listing.language, LANGUAGES).casefold().split())
        assert not {w for w in added for a in absent if w.startswith(a[:4])}, listing.id


def test_only_new_keywords_are_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MATCHBOARD_EMBEDDINGS", raising=False)
    asked: list[list[str]] = []

    def encoder(texts: list[str], is_query: bool) -> Vectors:
        asked.append(texts)
        rows = np.zeros((len(texts), embeddings.DIMENSIONS), dtype=np.float32)
        rows[:, 0], rows[:, 1] = 1.0, [len(t) for t in texts]
        return rows

    first = embeddings.texts_vectors(["Käse", "cheese"], tmp_path, encoder)
    again = embeddings.texts_vectors(["cheese", "fromage"], tmp_path, encoder)
    assert sorted(asked[0]) == ["Käse", "cheese"]
    assert asked[1:] == [["fromage"]]  # cheese came from the cache
    assert np.array_equal(first["cheese"], again["cheese"])
    assert set(embeddings.texts_vectors(["cheese"], tmp_path, encoder)) == {"cheese"}
    assert len(asked) == 2
