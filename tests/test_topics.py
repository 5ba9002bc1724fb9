"""The multilingual topic vocabulary is complete and maps text in every language onto concepts."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.core.languages import LANGUAGES
from generator.match import topics
from generator.match.textanalysis import fold

RAW = yaml.safe_load(topics.TOPICS_PATH.read_text(encoding="utf-8"))


def test_every_concept_has_every_language() -> None:
    assert len(RAW) >= 150
    for concept, terms in RAW.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", concept)
        assert sorted(terms) == sorted(LANGUAGES), concept
        assert all(1 <= len(terms[lang]) <= 6 and all(t.strip() for t in terms[lang]) for lang in LANGUAGES)


def test_no_term_stands_for_two_concepts() -> None:
    seen: dict[str, str] = {}
    for concept, terms in RAW.items():
        for lang in LANGUAGES:
            for term in terms[lang]:
                key = f"{lang}:{fold(term)}"
                assert seen.setdefault(key, concept) == concept, (term, seen[key], concept)


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        ("Wir suchen einen Partner für Laserschweißen von Edelstahl", "de", "laser-welding"),
        ("Nous proposons le soudage laser de pièces médicales", "fr", "laser-welding"),
        ("Cerchiamo un fornitore per la saldatura laser", "it", "laser-welding"),
        ("Iščemo partnerja za lasersko varjenje", "sl", "laser-welding"),
        ("Die neue Laserschweißanlage läuft seit März", "de", "laser-welding"),
    ],
)
def test_text_in_each_language_maps_to_the_same_concept(text: str, language: str, concept: str) -> None:
    assert concept in topics.concepts(text, language)


def test_labels_in_the_readers_language() -> None:
    assert topics.label("laser-welding", "de") == RAW["laser-welding"]["de"][0]
    assert topics.label("unknown-concept", "de") == "unknown-concept"
