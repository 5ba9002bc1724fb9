"""What a listing page adds for search in other languages, and the words the search page suggests."""

from __future__ import annotations

from pathlib import Path

from generator.check.load import load_listings
from generator.core.model import Listing
from generator.render.expansion import MAX_WORDS, board_words, expansion, listing_concepts

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
