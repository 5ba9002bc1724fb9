"""The multilingual topic vocabulary (schema/topics.yaml): which concepts a text is about."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

import yaml

from generator.core import vocab
from generator.core.languages import LANGUAGES
from generator.core.vocab import SCHEMA_DIR
from generator.match.textanalysis import tokens

TOPICS_PATH = SCHEMA_DIR / "topics.yaml"
COMPOUND_MIN = 8  # German writes "Laserschweißanlage": a long term may stand inside a longer word


@dataclass(frozen=True)
class Vocabulary:
    """Per language: first analysed token -> [(analysed term, concept id)], and display labels."""

    phrases: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]]
    labels: dict[str, dict[str, str]]


@functools.cache
def vocabulary() -> Vocabulary:
    """Load schema/topics.yaml and analyse every term with each language's analyzer."""
    with TOPICS_PATH.open(encoding="utf-8") as f:
        raw: dict[str, dict[str, list[str]]] = yaml.safe_load(f) or {}
    phrases: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
    for language in LANGUAGES:
        table: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for concept, terms in sorted(raw.items()):
            # A text is matched against its own language's terms and the English ones, which
            # other languages borrow (IoT, SaaS, machine learning).
            for term in terms.get(language, []) + (terms.get("en", []) if language != "en" else []):
                analysed = tuple(tokens(term, language))
                if analysed:
                    table[analysed[0]].append((analysed, concept))
        phrases[language] = dict(table)
    return Vocabulary(phrases, vocab.topic_labels())


def concepts(text: str, language: str) -> dict[str, int]:
    """Return concept id -> number of mentions in a text written in `language`."""
    return concepts_in(tokens(text, language), language)


def concepts_in(words: list[str], language: str) -> dict[str, int]:
    """Return concept id -> number of mentions in a text already analysed into `words`."""
    table = vocabulary().phrases.get(language, {})
    found: dict[str, int] = defaultdict(int)
    for i, word in enumerate(words):
        for phrase, concept in table.get(word, []):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found[concept] += 1
    if language == "de":
        _compounds(words, table, found)
    return dict(found)


def _compounds(words: list[str], table: dict[str, list[tuple[tuple[str, ...], str]]], found: dict[str, int]) -> None:
    for word in words:
        if len(word) > COMPOUND_MIN:
            for concept in _compound_concepts(word, table):
                found[concept] += 1


_COMPOUNDS: dict[tuple[int, str], tuple[str, ...]] = {}  # German repeats its long words: search each once


def _compound_concepts(word: str, table: dict[str, list[tuple[tuple[str, ...], str]]]) -> tuple[str, ...]:
    """Return the concept of each distinct long term found inside `word` (not `word` itself)."""
    key = (id(table), word)
    if key not in _COMPOUNDS:
        pattern, concept_of = _compound_pattern(id(table), table)
        hits = {m.group(0) for m in pattern.finditer(word)} - {word}
        _COMPOUNDS[key] = tuple(concept_of[hit] for hit in sorted(hits))
    return _COMPOUNDS[key]


_PATTERNS: dict[int, tuple[re.Pattern[str], dict[str, str]]] = {}


def _compound_pattern(
    key: int, table: dict[str, list[tuple[tuple[str, ...], str]]]
) -> tuple[re.Pattern[str], dict[str, str]]:
    """Return one regular expression of every long single-word term, longest first."""
    if key not in _PATTERNS:
        concept_of = {
            p[0]: c for entries in table.values() for p, c in entries if len(p) == 1 and len(p[0]) >= COMPOUND_MIN
        }
        alternatives = "|".join(re.escape(t) for t in sorted(concept_of, key=len, reverse=True)) or "(?!)"
        _PATTERNS[key] = (re.compile(alternatives), concept_of)
    return _PATTERNS[key]


@functools.cache
def _raw() -> dict[str, dict[str, list[str]]]:
    with TOPICS_PATH.open(encoding="utf-8") as f:
        raw: dict[str, dict[str, list[str]]] = yaml.safe_load(f) or {}
    return raw


def terms(concept: str, language: str) -> list[str]:
    """Return every term of a concept in a language, its label first (none when the language has none)."""
    return list(_raw().get(concept, {}).get(language, []))


def label(concept: str, language: str) -> str:
    """Return a concept's label in a language, falling back to English."""
    return vocab.topic_label(concept, language)
