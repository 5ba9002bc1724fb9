"""Vocabularies and labels kept as data under schema/: NACE divisions, partnership types, sizes."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pycountry
import yaml

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
SCHEMA_PATH = SCHEMA_DIR / "listing.schema.json"
VOCABULARIES = ("nace", "nace-sections", "partnership", "sizes", "languages", "categories", "types")


@functools.cache
def schema() -> dict[str, Any]:
    """Return the listing JSON Schema, the single source of truth for fields and enums."""
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        result: dict[str, Any] = json.load(f)
    return result


def field_schema(path: tuple[str, ...]) -> dict[str, Any]:
    """Return the schema of the field at `path`, such as ("organisation", "country")."""
    spec: dict[str, Any] = schema()
    for key in path:
        spec = resolved(spec["properties"][key])
    return spec


def resolved(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a schema with a local `$ref` (to `#/$defs/...`) replaced by what it names."""
    ref = spec.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
        return spec
    target: dict[str, Any] = schema()["$defs"][ref.removeprefix("#/$defs/")]
    return {**target, **{k: v for k, v in spec.items() if k != "$ref"}}


def is_required(path: tuple[str, ...]) -> bool:
    """Return whether the schema requires the field at `path`."""
    return path[-1] in field_schema(path[:-1]).get("required", [])


@functools.cache
def labels(vocabulary: str) -> dict[str, str]:
    """Return code -> English label for one vocabulary file under schema/vocab/."""
    with (SCHEMA_DIR / "vocab" / f"{vocabulary}.yaml").open(encoding="utf-8") as f:
        data: dict[str, str] = yaml.safe_load(f)
    return {str(k): str(v) for k, v in data.items()}


@functools.cache
def translated_labels(vocabulary: str, language: str) -> dict[str, str]:
    """Return code -> label in a language, from schema/vocab/i18n/<language>.yaml (empty if none)."""
    path = SCHEMA_DIR / "vocab" / "i18n" / f"{language}.yaml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as f:
        data: dict[str, dict[str, str]] = yaml.safe_load(f) or {}
    return {str(k): str(v) for k, v in (data.get(vocabulary) or {}).items()}


def sector_label(code: str) -> str:
    """Return the official label of a NACE division code."""
    return labels("nace").get(code, code)


def section_label(code: str) -> str:
    """Return the label of the NACE section a division code belongs to."""
    return labels("nace-sections").get(code[:1], code[:1])


def country_name(code: str) -> str | None:
    """Return the English name of an ISO 3166-1 alpha-2 code, or None if there is none."""
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else str(getattr(country, "common_name", country.name))


def region_country(code: str) -> str | None:
    """Return the country code an ISO 3166-2 subdivision belongs to, or None if it does not exist."""
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    return None if subdivision is None else str(subdivision.country_code)


def region_name(code: str) -> str | None:
    """Return the name of an ISO 3166-2 subdivision, or None if it does not exist."""
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    return None if subdivision is None else str(subdivision.name)


@functools.cache
def topic_labels() -> dict[str, dict[str, str]]:
    """Return concept id -> language -> label (the first term of schema/topics.yaml in that language)."""
    with (SCHEMA_DIR / "topics.yaml").open(encoding="utf-8") as f:
        raw: dict[str, dict[str, list[str]]] = yaml.safe_load(f) or {}
    return {concept: {lang: terms[lang][0] for lang in terms if terms[lang]} for concept, terms in raw.items()}


def topic_label(concept: str, language: str) -> str:
    """Return a concept's label in a language, falling back to English."""
    labels = topic_labels().get(concept, {})
    return labels.get(language) or labels.get("en") or concept
