"""JSON Schema violations -> one plain-language message each, placed at the field (or its key)."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from generator.check.yamlread import JsonPath
from generator.core import vocab

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

_SEPARATORS = {"U+2028": "line", "U+2029": "paragraph"}  # Unicode's own line breaks, invisible in most editors

_PATTERN_HINTS = {
    "id": "may only hold lower-case letters a-z, digits and single hyphens between them, like `laser-micro-welding`",
    "country": "must be an ISO 3166-1 alpha-2 country code in upper case, like FR, IT, DE, AT, SI or CH",
    "region": "must be an ISO 3166-2 region code, like FR-ARA, IT-25, DE-BY, AT-7 or CH-VS",
    "website": "must be an absolute address starting with https:// or http://",
    "url": "must be an absolute address starting with https:// or http://",
    "email": "is not an e-mail address (expected name@example.org: an address only, no ?query and no mailto:)",
    "published": "must be a date written YYYY-MM-DD, like 2026-10-01",
    "expires": "must be a date written YYYY-MM-DD, like 2027-09-30",
}


@functools.cache
def validator() -> jsonschema.protocols.Validator:
    """Return the listing schema's validator, with format checks and patterns read as JSON Schema reads them."""
    cls = jsonschema.validators.validator_for(vocab.schema())
    ecma = jsonschema.validators.extend(cls, {"pattern": _ecma_pattern})  # type: ignore[no-untyped-call]
    checker: jsonschema.protocols.Validator = ecma(vocab.schema(), format_checker=cls.FORMAT_CHECKER)
    return checker


def _ecma_pattern(checker: Any, pattern: str, value: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    r"""Check a `pattern` keyword with `$` meaning the end of the text, as in JSON Schema (ECMA-262).

    In Python `$` also matches before a final newline: `website: "https://x.example\n"` passed the
    schema that the Submit page, and every other JSON Schema validator, refuse.
    """
    if isinstance(value, str) and pattern == _one_line() and value.endswith("\n"):
        # A one-line text written as a `|` or `>` block ends with the block's line break; the board
        # trims these texts (rules.kept), so the break is layout, not content, and what it keeps passes.
        value = value[:-1]
    if isinstance(value, str) and not _end_anchored(pattern).search(value):
        yield ValidationError(f"{value!r} does not match {pattern!r}")


@functools.cache
def _one_line() -> str:
    """Return the schema's pattern for one-line texts (titles, names, keywords)."""
    return str(vocab.schema()["properties"]["title"]["pattern"])


@functools.cache
def _end_anchored(pattern: str) -> re.Pattern[str]:
    r"""Return the pattern compiled with each `$` outside a character class written as `\Z`."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped or char == "\\":
            escaped = not escaped and char == "\\"
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
    return re.compile("".join(out))


def described(error: ValidationError) -> Found | None:
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
        return path, f"{field_name(path)}: {error.message}", False
    return describe(error, path)


def instance(error: ValidationError) -> Any:
    """Return the value that broke the schema."""
    return error.instance


def schema_of(error: ValidationError) -> dict[str, Any]:
    """Return the schema a violation was found against."""
    schema: Any = error.schema
    return schema if isinstance(schema, dict) else {}


def field_name(path: JsonPath) -> str:
    """Return a field path as a person reads it: `organisation.country`, `sectors` item 2."""
    named = ".".join(str(p) for p in path if isinstance(p, str)) or "the listing"
    items = [p for p in path if isinstance(p, int)]
    return f"`{named}` item {items[-1] + 1}" if items else f"`{named}`"


def shown(value: Any) -> str:
    """Return a value as a message quotes it, cut to 60 characters."""
    text = repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _required(error: ValidationError, path: JsonPath) -> Found:
    missing = error.message.split("'")[1]
    return path, f"missing required field {field_name((*path, missing))}", False


def _additional(error: ValidationError, path: JsonPath) -> Found:
    allowed = list(schema_of(error).get("properties", {}))
    extra = sorted(set(instance(error)) - set(allowed))[0]
    close = difflib.get_close_matches(extra, allowed, n=1)
    hint = f"did you mean `{close[0]}`?" if close else "allowed fields are " + ", ".join(allowed)
    return (*path, extra), f"unknown field {field_name((*path, extra))}; {hint}", True


def _enum(error: ValidationError, path: JsonPath) -> Found:
    allowed: Any = error.validator_value
    options = [str(o) for o in allowed]
    if "sectors" in path:
        return (
            path,
            f"{field_name(path)} is {shown(instance(error))}; {_sector_hint(str(instance(error)), options)}",
            False,
        )
    if len(options) > 12:
        close = difflib.get_close_matches(str(instance(error)), options, n=1)
        hint = f"did you mean {close[0]}?" if close else "see the list of allowed values in schema/"
    else:
        hint = "it must be one of " + ", ".join(options)
    return path, f"{field_name(path)} is {shown(instance(error))}; {hint}", False


def _sector_hint(value: str, codes: list[str]) -> str:
    """Suggest the NACE division with the same two digits: J25 is C25, 62 is J62."""
    digits = "".join(ch for ch in value if ch.isdigit())
    same = [code for code in codes if code[1:] == digits.zfill(2)]
    if same:
        return f"NACE division {digits.zfill(2)} is written {same[0]}"
    return "it must be a NACE Rev. 2 division code such as C25, J62 or M72 (all are in schema/vocab/nace.yaml)"


def _type(error: ValidationError, path: JsonPath) -> Found:
    wanted = _TYPE_WORDS.get(str(error.validator_value), str(error.validator_value))
    value = instance(error)
    if error.validator_value == "boolean" and isinstance(value, str):
        return path, f"{field_name(path)} must be true or false, not {shown(value)}", False
    if error.validator_value == "string" and not isinstance(value, (list, dict)) and value is not None:
        return path, f"{field_name(path)} must be text, not {shown(value)}; put it in quotes", False
    return path, f"{field_name(path)} must be {wanted}, not {_kind(value)}", False


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return shown(value)
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return f"the text {shown(value)}"


def _length(error: ValidationError, path: JsonPath) -> Found:
    limit = "minimum" if error.validator == "minLength" else "maximum"
    size = len(instance(error))
    unit = "character" if size == 1 else "characters"
    return path, f"{field_name(path)} is {size} {unit} long; the {limit} is {error.validator_value}", False


def _items(error: ValidationError, path: JsonPath) -> Found:
    limit = "at least" if error.validator == "minItems" else "at most"
    size = len(instance(error))
    return path, f"{field_name(path)} lists {size} items; give {limit} {error.validator_value}", False


def _unique(error: ValidationError, path: JsonPath) -> Found:
    seen: set[str] = set()
    for i, item in enumerate(instance(error)):
        if str(item) in seen:
            return (*path, i), f"{field_name(path)} lists {shown(item)} more than once", False
        seen.add(str(item))
    return path, f"{field_name(path)} lists a value more than once", False


def _range(error: ValidationError, path: JsonPath) -> Found:
    low, high = schema_of(error).get("minimum"), schema_of(error).get("maximum")
    return path, f"{field_name(path)} is {instance(error)}; it must be from {low} to {high}", False


def _pattern(error: ValidationError, path: JsonPath) -> Found:
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    value = str(instance(error))
    if value.endswith("\n") and _end_anchored(str(error.validator_value)).search(value.rstrip("\n")):
        keeps = "(a `|` or `>` block keeps one, `|-` or `>-` does not)"
        return path, f"{field_name(path)} ends with a line break {keeps}", False
    if field not in _PATTERN_HINTS:
        breaks = [f"U+{ord(c):04X}" for c in "\u2028\u2029" if c in value]
        named = f" (it holds {breaks[0]}, a {_SEPARATORS[breaks[0]]} separator)" if breaks else ""
        return path, f"{field_name(path)} must fit on one line{named}", False
    return path, f"{field_name(path)} {shown(instance(error))} {_PATTERN_HINTS[field]}", False


def _format(error: ValidationError, path: JsonPath) -> Found | None:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", str(instance(error))):
        return None  # the pattern error already says how to write a date
    return path, f"{field_name(path)} {shown(instance(error))} is not a real calendar date", False


def _const(error: ValidationError, path: JsonPath) -> Found | None:
    value = instance(error)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None  # `format: true` or `format: "1"`: the type error says what is wrong, once
    return path, f"{field_name(path)} is {shown(instance(error))}; this board reads format 1 only", False


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
