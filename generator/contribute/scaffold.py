"""A new listing file from answers: the YAML text `matchboard new` writes, checked before writing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import yaml

from generator.check import rules
from generator.check.yamlread import YamlError, read_yaml

SCHEMA_URL = "https://matchboard.example/schema/listing.schema.json"
DEFAULT_DAYS = 365


def listing_document(answers: dict[str, Any]) -> dict[str, Any]:
    """Arrange answers in the contract's field order, leaving out the empty ones."""
    order = [
        "id",
        "type",
        "category",
        "title",
        "summary",
        "description",
        "language",
        "organisation",
        "sectors",
        "keywords",
        "partnership",
        "trl",
        "published",
        "expires",
        "contact",
    ]
    doc = {key: _pruned(answers[key]) for key in order if key in answers}
    return {key: value for key, value in doc.items() if value not in (None, "", [], {})}


def _pruned(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if v not in (None, "", [])}
    return value


def default_dates(today: dt.date, published: str | None, expires: str | None) -> tuple[str, str]:
    """Return published (default today) and expires (default a year after it, within the limit)."""
    start = published or today.isoformat()
    try:
        end = expires or (dt.date.fromisoformat(start) + dt.timedelta(days=DEFAULT_DAYS)).isoformat()
    except (ValueError, OverflowError):  # not a date, or a year from the end of the calendar: the checks say so
        end = expires or ""
    return start, end


def listing_text(doc: dict[str, Any], schema_ref: str = SCHEMA_URL) -> str:
    """Return the YAML text of a listing, with the editor schema hint on the first line."""
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88, indent=2)
    return f"# yaml-language-server: $schema={schema_ref}\n{body}"


def check_text(text: str, stem: str) -> list[tuple[int, int, str]]:
    """Return the problems the validator would report for this text under the file name `stem`."""
    try:
        return rules.check_document(read_yaml(text), stem)
    except YamlError as err:
        return [(err.line, err.col, err.message)]


def schema_reference(target: Path, schema_path: Path) -> str:
    """Return the schema hint for a file: relative when the board's schema/ is beside listings/."""
    if schema_path.is_file():
        return Path(os.path.relpath(schema_path.resolve(), target.parent.resolve())).as_posix()
    return SCHEMA_URL


class _Dumper(yaml.SafeDumper):
    """Write plain dates and multi-line text as literal blocks; still quote `NO`, `yes` and friends."""


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)
