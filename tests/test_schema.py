"""The schema is the single source of truth: vocabularies and docs agree with it."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from generator.core import vocab

SCHEMA = vocab.schema()
PROPS = SCHEMA["properties"]


def test_schema_is_valid_json_schema_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def _fields(spec: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name, sub in spec.get("properties", {}).items():
        found.append((prefix + name, sub))
        found += _fields(sub, prefix + name + ".")
    return found


@pytest.mark.parametrize(("name", "spec"), _fields(SCHEMA), ids=[n for n, _ in _fields(SCHEMA)])
def test_every_field_has_title_and_description(name: str, spec: dict[str, Any]) -> None:
    assert spec.get("title"), name
    assert len(spec.get("description", "")) > 10, name


@pytest.mark.parametrize(
    ("vocabulary", "enum"),
    [
        ("nace", PROPS["sectors"]["items"]["enum"]),
        ("partnership", PROPS["partnership"]["items"]["enum"]),
        ("sizes", PROPS["organisation"]["properties"]["size"]["enum"]),
        ("languages", PROPS["language"]["enum"]),
        ("categories", PROPS["category"]["enum"]),
        ("types", PROPS["type"]["enum"]),
    ],
)
def test_vocabulary_labels_match_schema_enum(vocabulary: str, enum: list[str]) -> None:
    assert list(vocab.labels(vocabulary)) == enum


def test_all_88_nace_divisions_with_their_sections() -> None:
    divisions = vocab.labels("nace")
    assert len(divisions) == 88
    assert vocab.sector_label("C25") == "Manufacture of fabricated metal products, except machinery and equipment"
    assert {code[0] for code in divisions} == set(vocab.labels("nace-sections"))
    assert vocab.section_label("J62") == "Information and communication"


def test_contract_required_fields() -> None:
    assert SCHEMA["required"] == [
        "id", "type", "category", "title", "summary", "description", "language", "organisation",
        "sectors", "keywords", "partnership", "published", "expires",
    ]  # fmt: skip
    assert SCHEMA["additionalProperties"] is False


@pytest.mark.parametrize("language", ["fr", "de", "it", "sl"])
def test_vocabulary_translations_are_complete(language: str) -> None:
    import yaml

    path = vocab.SCHEMA_DIR / "vocab" / "i18n" / f"{language}.yaml"
    translated = yaml.safe_load(path.read_text(encoding="utf-8"))
    for vocabulary in ("nace", "nace-sections", "partnership", "sizes", "categories", "types"):
        assert list(translated[vocabulary]) == list(vocab.labels(vocabulary)), vocabulary
        assert all(str(label).strip() for label in translated[vocabulary].values()), vocabulary
