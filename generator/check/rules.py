"""Validation of one listing document: the JSON Schema first, then the contract's other rules."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from generator.check import description
from generator.check.yamlread import Document, JsonPath
from generator.core import vocab

MAX_VALIDITY_DAYS = 366
Found = tuple[JsonPath, str, bool]  # where, message, point at the key rather than the value

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a group of fields",
    "null": "empty",
}

_PATTERN_HINTS = {
    "id": "may only hold lower-case letters a-z, digits and single hyphens between them, like `laser-micro-welding`",
    "country": "must be an ISO 3166-1 alpha-2 country code in upper case, like FR, IT, DE, AT, SI or CH",
    "region": "must be an ISO 3166-2 region code, like FR-ARA, IT-25, DE-BY, AT-7 or CH-VS",
    "website": "must be an absolute address starting with https:// or http://",
    "url": "must be an absolute address starting with https:// or http://",
    "email": "is not an e-mail address (expected name@example.org)",
    "published": "must be a date written YYYY-MM-DD, like 2026-10-01",
    "expires": "must be a date written YYYY-MM-DD, like 2027-09-30",
}


def expects_text(path: JsonPath) -> bool:
    """Return whether the schema wants text at `path` (list items included)."""
    spec: Any = vocab.schema()
    for key in path:
        spec = spec.get("items", {}) if isinstance(key, int) else spec.get("properties", {}).get(key, {})
        spec = vocab.resolved(spec)
    return bool(spec.get("type") == "string")


def check_document(doc: Document, stem: str) -> list[tuple[int, int, str]]:
    """Return (line, col, message) for every way the document breaks the listing format."""
    doc.as_text_where(expects_text)
    errors = list(_validator().iter_errors(doc.data))
    described = [found for found in map(_described, errors) if found is not None]
    placed = {(*(doc.key_where(p) if at_key else doc.where(p)), m) for p, m, at_key in described}
    broken = set().union(*map(_broken_fields, errors))
    for fields, rule in CONTRACT_RULES.items():
        if not any(_within(field, broken) for field in fields):  # rules read only what the schema accepted
            placed |= {(*doc.where(p), m) for p, m in rule(doc.data, stem)}
    for path in _descriptions(doc.data):
        if not _within(".".join(map(str, path)), broken):
            placed |= set(_markdown_problems(doc, path))
    return sorted(placed)


def _descriptions(data: dict[str, Any]) -> list[JsonPath]:
    """Return where Markdown descriptions stand: the listing's own and its translations'."""
    translations = data.get("translations")
    langs = sorted(translations) if isinstance(translations, dict) else []
    return [("description",), *(("translations", lang, "description") for lang in langs)]


def _within(field: str, broken: set[str]) -> bool:
    """Return whether a dotted field or one of its parents is broken."""
    parts = field.split(".")
    return any(".".join(parts[: i + 1]) in broken for i in range(len(parts)))


def _broken_fields(error: ValidationError) -> set[str]:
    """Return the dotted name of the field an error is about (a rule skips it and its children)."""
    names = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        names.append(error.message.split("'")[1])
    if error.validator == "additionalProperties":  # the extra field is wrong, not its parent
        extra = set(_instance(error)) - set(_schema_of(error).get("properties", {}))
        return {".".join([*names, str(name)]) for name in extra}
    return {".".join(names)}


def _markdown_problems(doc: Document, path: JsonPath) -> Iterator[tuple[int, int, str]]:
    """Place Markdown problems on their own line when the description is a literal block."""
    text: Any = doc.data
    for key in path:
        text = text.get(key) if isinstance(text, dict) else None
    if not isinstance(text, str):
        return
    line, col = doc.where(path)
    literal = doc.styles.get(path) == "|"
    field = ".".join(map(str, path))
    for offset, message in description.problems(text):
        message = message.replace("`description`", f"`{field}`")
        if literal and line + offset < len(doc.lines):
            text = doc.lines[line + offset]
            yield line + 1 + offset, len(text) - len(text.lstrip()) + 1, message
        else:
            yield line, col, message


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(vocab.schema())
    return cls(vocab.schema(), format_checker=cls.FORMAT_CHECKER)


def _described(error: ValidationError) -> Found | None:
    """Return one plain-language message for a schema violation."""
    if error.context:  # anyOf/oneOf: the closest alternative, and how many others failed
        found = _describe(best_match(error.context))
        if found is None:
            return None
        path, message, at_key = found
        return path, f"{message} (and {len(error.context) - 1} other problems)", at_key
    return _describe(error)


def _describe(error: ValidationError) -> Found | None:
    path: JsonPath = tuple(error.absolute_path)
    describe = _DESCRIBERS.get(str(error.validator))
    if describe is None:
        return path, f"{_name(path)}: {error.message}", False
    return describe(error, path)


def _instance(error: ValidationError) -> Any:
    return error.instance


def _schema_of(error: ValidationError) -> dict[str, Any]:
    schema: Any = error.schema
    return schema if isinstance(schema, dict) else {}


def _name(path: JsonPath) -> str:
    """Return a field path as a person reads it: `organisation.country`, `sectors` item 2."""
    named = ".".join(str(p) for p in path if isinstance(p, str)) or "the listing"
    items = [p for p in path if isinstance(p, int)]
    return f"`{named}` item {items[-1] + 1}" if items else f"`{named}`"


def _shown(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _required(error: ValidationError, path: JsonPath) -> Found:
    missing = error.message.split("'")[1]
    return path, f"missing required field {_name((*path, missing))}", False


def _additional(error: ValidationError, path: JsonPath) -> Found:
    allowed = list(_schema_of(error).get("properties", {}))
    extra = sorted(set(_instance(error)) - set(allowed))[0]
    close = difflib.get_close_matches(extra, allowed, n=1)
    hint = f"did you mean `{close[0]}`?" if close else "allowed fields are " + ", ".join(allowed)
    return (*path, extra), f"unknown field {_name((*path, extra))}; {hint}", True


def _enum(error: ValidationError, path: JsonPath) -> Found:
    allowed: Any = error.validator_value
    options = [str(o) for o in allowed]
    if "sectors" in path:
        return (
            path,
            f"{_name(path)} is {_shown(_instance(error))}; {_sector_hint(str(_instance(error)), options)}",
            False,
        )
    if len(options) > 12:
        close = difflib.get_close_matches(str(_instance(error)), options, n=1)
        hint = f"did you mean {close[0]}?" if close else "see the list of allowed values in schema/"
    else:
        hint = "it must be one of " + ", ".join(options)
    return path, f"{_name(path)} is {_shown(_instance(error))}; {hint}", False


def _sector_hint(value: str, codes: list[str]) -> str:
    """Suggest the NACE division with the same two digits: J25 is C25, 62 is J62."""
    digits = "".join(ch for ch in value if ch.isdigit())
    same = [code for code in codes if code[1:] == digits.zfill(2)]
    if same:
        return f"NACE division {digits.zfill(2)} is written {same[0]}"
    return "it must be a NACE Rev. 2 division code such as C25, J62 or M72 (all are in schema/vocab/nace.yaml)"


def _type(error: ValidationError, path: JsonPath) -> Found:
    wanted = _TYPE_WORDS.get(str(error.validator_value), str(error.validator_value))
    value = _instance(error)
    if error.validator_value == "boolean" and isinstance(value, str):
        return path, f"{_name(path)} must be true or false, not {_shown(value)}", False
    if error.validator_value == "string" and not isinstance(value, (list, dict)) and value is not None:
        return path, f"{_name(path)} must be text, not {_shown(value)}; put it in quotes", False
    return path, f"{_name(path)} must be {wanted}, not {_kind(value)}", False


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return _shown(value)
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return f"the text {_shown(value)}"


def _length(error: ValidationError, path: JsonPath) -> Found:
    limit = "minimum" if error.validator == "minLength" else "maximum"
    size = len(_instance(error))
    unit = "character" if size == 1 else "characters"
    return path, f"{_name(path)} is {size} {unit} long; the {limit} is {error.validator_value}", False


def _items(error: ValidationError, path: JsonPath) -> Found:
    limit = "at least" if error.validator == "minItems" else "at most"
    size = len(_instance(error))
    return path, f"{_name(path)} lists {size} items; give {limit} {error.validator_value}", False


def _unique(error: ValidationError, path: JsonPath) -> Found:
    seen: set[str] = set()
    for i, item in enumerate(_instance(error)):
        if str(item) in seen:
            return (*path, i), f"{_name(path)} lists {_shown(item)} more than once", False
        seen.add(str(item))
    return path, f"{_name(path)} lists a value more than once", False


def _range(error: ValidationError, path: JsonPath) -> Found:
    low, high = _schema_of(error).get("minimum"), _schema_of(error).get("maximum")
    return path, f"{_name(path)} is {_instance(error)}; it must be from {low} to {high}", False


def _pattern(error: ValidationError, path: JsonPath) -> Found:
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    if field not in _PATTERN_HINTS:
        return path, f"{_name(path)} must fit on one line", False
    return path, f"{_name(path)} {_shown(_instance(error))} {_PATTERN_HINTS[field]}", False


def _format(error: ValidationError, path: JsonPath) -> Found | None:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", str(_instance(error))):
        return None  # the pattern error already says how to write a date
    return path, f"{_name(path)} {_shown(_instance(error))} is not a real calendar date", False


def _const(error: ValidationError, path: JsonPath) -> Found:
    return path, f"{_name(path)} is {_shown(_instance(error))}; this board reads format 1 only", False


_DESCRIBERS: dict[str, Callable[[ValidationError, JsonPath], Found | None]] = {
    "required": _required,
    "additionalProperties": _additional,
    "enum": _enum,
    "type": _type,
    "minLength": _length,
    "maxLength": _length,
    "minItems": _items,
    "maxItems": _items,
    "uniqueItems": _unique,
    "minimum": _range,
    "maximum": _range,
    "pattern": _pattern,
    "format": _format,
    "const": _const,
}


def _id_matches_file(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    if data["id"] != stem:
        yield ("id",), f"`id` {_shown(data['id'])} must equal the file name {stem!r} (without .yaml)"


def _date_problems(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    published = dt.date.fromisoformat(data["published"])
    expires = dt.date.fromisoformat(data["expires"])
    renewed = dt.date.fromisoformat(data["renewed"]) if data.get("renewed") else None
    start, name = (renewed, "renewed") if renewed else (published, "published")
    days = (expires - start).days
    if renewed and renewed < published:
        yield ("renewed",), f"`renewed` {renewed} is before `published` {published}"
    if expires <= published:
        yield ("expires",), f"`expires` {expires} must be after `published` {published}"
    elif days > MAX_VALIDITY_DAYS:
        yield (
            ("expires",),
            f"`expires` {expires} is {days} days after `{name}` {start}; the limit is {MAX_VALIDITY_DAYS}",
        )


def _place_problems(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    country, region = data["organisation"]["country"], data["organisation"].get("region")
    if vocab.country_name(country) is None:
        yield ("organisation", "country"), f"`organisation.country` {country!r} is not an ISO 3166-1 country code"
    if region is None:
        return
    owner = vocab.region_country(region)
    if owner is None:
        yield ("organisation", "region"), f"`organisation.region` {region!r} is not an ISO 3166-2 region code"
    elif owner != country:
        yield (
            ("organisation", "region"),
            f"`organisation.region` {region!r} is in {owner}, not in `organisation.country` {country}",
        )


def _translation_problems(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    language = data["language"]
    if language in (data.get("translations") or {}):
        yield (
            ("translations", language),
            f"`translations.{language}` repeats the listing's own language; translations are for other languages",
        )


def _keyword_problems(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    seen: dict[str, str] = {}
    for i, keyword in enumerate(data["keywords"]):
        folded = " ".join(keyword.casefold().split())
        if folded in seen:
            yield ("keywords", i), f"`keywords` lists {keyword!r} and {seen[folded]!r}: the same keyword"
        seen[folded] = keyword


# The contract's rules beyond the schema, by the fields each one reads.
CONTRACT_RULES: dict[tuple[str, ...], Callable[[dict[str, Any], str], Iterator[tuple[JsonPath, str]]]] = {
    ("id",): _id_matches_file,
    ("published", "expires", "renewed"): _date_problems,
    ("organisation.country", "organisation.region"): _place_problems,
    ("keywords",): _keyword_problems,
    ("language", "translations"): _translation_problems,
}


def warnings(data: dict[str, Any]) -> Iterator[tuple[JsonPath, str]]:
    """Yield what is allowed but probably not what the poster wants."""
    contact = data.get("contact") or {}
    if data["organisation"].get("anonymous") and contact.get("email"):
        yield (
            ("contact", "email"),
            "`organisation.anonymous` is true but `contact.email` is published and may reveal who you are",
        )
