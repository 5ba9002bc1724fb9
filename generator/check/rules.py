"""Validation of one listing document: the JSON Schema first, then the contract's other rules."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from jsonschema.exceptions import ValidationError

from generator.check import characters, description
from generator.check.schema_messages import described, field_name, instance, schema_of, shown, validator
from generator.check.yamlread import Document, JsonPath
from generator.core import vocab
from generator.core.languages import LANGUAGES

MAX_VALIDITY_DAYS = 366


def _spec(path: JsonPath) -> dict[str, Any]:
    """Return the schema of the value at `path` (list items included); {} where it has none."""
    spec: Any = vocab.schema()
    for key in path:
        spec = spec.get("items", {}) if isinstance(key, int) else spec.get("properties", {}).get(key, {})
        spec = vocab.resolved(spec)
    return dict(spec)


def expects_text(path: JsonPath) -> bool:
    """Return whether the schema wants text at `path` (list items included)."""
    return bool(_spec(path).get("type") == "string")


def kept(path: JsonPath, text: str) -> str:
    """Return a text field as the board keeps, shows and exports it: no white space around it.

    A summary's runs of white space (a folded block's line breaks) become one space. Lengths are
    counted on this text, so an exported listing passes the same rules on a partner board.
    """
    if path[-1] == "summary":
        return " ".join(text.split())
    return text.strip() + "\n" if path[-1] == "description" else text.strip()


KEPT: tuple[JsonPath, ...] = (
    ("title",), ("summary",), ("description",), ("organisation", "name"),
    *(("translations", lang, name) for lang in LANGUAGES for name in ("title", "summary", "description")),
)  # fmt: skip


def _value_at(data: Any, path: JsonPath) -> Any:
    """Return the value at `path`, or None where the document has no such place."""
    for key in path:
        if isinstance(key, str) and isinstance(data, dict):
            data = data.get(key)
        elif isinstance(key, int) and isinstance(data, list) and key < len(data):
            data = data[key]
        else:
            return None
    return data


def _kept_length_problems(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    keywords = data.get("keywords")
    items = [("keywords", i) for i in range(len(keywords))] if isinstance(keywords, list) else []
    for path in (*KEPT, *items):
        text = _value_at(data, path)
        spec = _spec(path)
        low, high = spec.get("minLength", 0), spec.get("maxLength", len(str(text)))
        shown_length = len(kept(path, text).rstrip("\n")) if isinstance(text, str) else low
        if isinstance(text, str) and high >= len(text) >= low > shown_length:  # else the schema has said it
            unit = "character" if shown_length == 1 else "characters"
            size = f"{shown_length} {unit} long without its extra white space"
            yield path, f"{field_name(path)} is {size}; the minimum is {low}"


def check_document(doc: Document, stem: str) -> list[tuple[int, int, str]]:
    """Return (line, col, message) for every way the document breaks the listing format."""
    doc.as_text_where(expects_text)
    errors = list(validator().iter_errors(doc.data))
    found = [f for f in map(described, errors) if f is not None]
    placed = {(*(doc.key_where(p) if at_key else doc.where(p)), m) for p, m, at_key in found}
    broken = set().union(*map(_broken_fields, errors))
    for fields, rule in CONTRACT_RULES.items():
        if not any(_within(field, broken) for field in fields):  # rules read only what the schema accepted
            placed |= {(*doc.where(p), m) for p, m in rule(doc.data, stem)}
    placed |= set(characters.problems(doc))
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
        extra = set(instance(error)) - set(schema_of(error).get("properties", {}))
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


def _id_matches_file(data: dict[str, Any], stem: str) -> Iterator[tuple[JsonPath, str]]:
    if data["id"] != stem:
        yield ("id",), f"`id` {shown(data['id'])} must equal the file name {stem!r} (without .yaml)"


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
        if not isinstance(keyword, str):  # the schema has named it already
            continue
        # "café" typed and "café" pasted as e + U+0301 (or in full-width letters) are one keyword to a reader
        folded = " ".join(unicodedata.normalize("NFKC", keyword).casefold().split())
        if folded in seen:
            other = seen[folded]
            # Two that look alike (e + U+0301 and é) are told apart in escapes, or the message would seem absurd.
            alike = keyword != other and unicodedata.normalize("NFC", keyword) == unicodedata.normalize("NFC", other)
            how = f" (written {keyword!a} and {other!a})" if alike else ""
            yield ("keywords", i), f"`keywords` lists {keyword!r} and {other!r}: the same keyword{how}"
        seen[folded] = keyword


# The contract's rules beyond the schema, by the fields each one reads.
CONTRACT_RULES: dict[tuple[str, ...], Callable[[dict[str, Any], str], Iterator[tuple[JsonPath, str]]]] = {
    ("id",): _id_matches_file,
    ("published", "expires", "renewed"): _date_problems,
    ("organisation.country", "organisation.region"): _place_problems,
    ("keywords",): _keyword_problems,
    ("language", "translations"): _translation_problems,
    (): _kept_length_problems,  # reads only text the schema found long enough as written
}


def warnings(data: dict[str, Any]) -> Iterator[tuple[JsonPath, str]]:
    """Yield what is allowed but probably not what the poster wants."""
    contact = data.get("contact") or {}
    if data["organisation"].get("anonymous") and contact.get("email"):
        yield (
            ("contact", "email"),
            "`organisation.anonymous` is true but `contact.email` is published and may reveal who you are",
        )
